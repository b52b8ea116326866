"""The import log, and sorting a batch of packages by it before any row is read.

Each package merged leaves one line: its id and SHA-256, who sent it, what it changed. A
package whose bytes are already in the log (or earlier in the same batch) is not opened
again; every other one is inspected (size, header, schema, meta) and held back when it
belongs to another arena than the target's, unless the person accepted that. A merge
keeps each package open from this inspection until its rows are read
(`sync/open_packages.py`).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Insert, insert, select

from arenadesk.i18n.messages import UserError
from arenadesk.store.db.live import live
from arenadesk.sync.intake import MAX_FILE_BYTES
from arenadesk.sync.open_packages import OpenPackages
from arenadesk.sync.outcomes import ALREADY, MERGE, REJECTED, PackageOutcome
from arenadesk.sync.package import PackageInfo, file_sha256, open_package
from arenadesk.sync.planner import now_us
from arenadesk.sync.rows import table_named


def record_import(
    connection: Connection, info: PackageInfo, outcome: PackageOutcome | None = None
) -> None:
    """One line of the import log: the package by id and SHA-256, and what it changed."""
    connection.execute(
        _import_line(),
        {
            "package_id": info.package_id,
            "sha256": info.sha256,
            "kind": info.kind,
            "file_name": info.file_name[:255],
            "device_id": info.device_id[:36],
            "device_name": info.device_name[:200],
            "schema_revision": info.revision,
            "imported_at": now_us(),
            "added": outcome.added if outcome else 0,
            "updated": outcome.updated if outcome else 0,
            "deleted": outcome.deleted if outcome else 0,
            "conflicts": outcome.conflicts if outcome else 0,
        },
    )


@cache
def _import_line() -> Insert:
    return insert(table_named("import_log"))


def screen_packages(
    target: Connection,
    paths: Sequence[Path],
    accept_other_arena: bool | None,
    kept: OpenPackages | None = None,
) -> list[PackageOutcome]:
    """Each package's outcome before its rows are read: MERGE, ALREADY (one already
    imported, same SHA-256, is known by its hash alone) or REJECTED (its file, header,
    schema or meta; another arena's unless accepted). Its rows are checked as merged.
    Each package to merge stays open in `kept` (if given) for its rows to be read."""
    outcomes: list[PackageOutcome] = []
    imports = table_named("import_log")
    columns = (imports.c.sha256, imports.c.kind, imports.c.package_id, imports.c.device_id)
    known: dict[str, PackageInfo] = {
        str(r.sha256): PackageInfo(
            path=Path(),
            kind=str(r.kind),
            package_id=str(r.package_id),
            sha256=str(r.sha256),
            revision="",
            arena_id=None,
            arena_name="",
            group_codes=(),
            device_id=str(r.device_id),
            device_name=str(r.device_name),
            exported_at="",
            base_clock=0,
        )
        for r in target.execute(select(*columns, imports.c.device_name))
    }
    for path in map(Path, paths):
        digest = _digest(path)
        if digest is not None and digest in known:
            # Its bytes are those of a package that passed every check: what the import
            # log (or this batch) says about it will do; the file is not opened.
            info = dataclasses.replace(known[digest], path=path)
            outcomes.append(PackageOutcome(path, info, ALREADY))
            continue
        try:
            info, connection = open_package(path, rows=False, sha256=digest)
        except UserError as error:
            outcomes.append(PackageOutcome(path, None, REJECTED, error))
            continue
        if kept is None:
            connection.close()
        else:
            kept.keep(info, connection)
        known[info.sha256] = info
        outcomes.append(PackageOutcome(info.path, info, MERGE))
    arena = _target_arena(target, [o.info for o in outcomes if o.status == MERGE and o.info])
    for outcome in outcomes:
        found = outcome.info
        if outcome.status != MERGE or found is None or arena is None:
            continue
        if found.arena_id != arena:
            outcome.other_arena = True
            if accept_other_arena is False:
                outcome.status = REJECTED
                outcome.error = UserError(
                    "sync.other_arena", name=found.file_name, arena=found.arena_name
                )
                if kept is not None:
                    kept.let_go(found)
    return outcomes


def _digest(path: Path) -> str | None:
    """The SHA-256 of a regular file within the size bound (None: let the check say why)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return file_sha256(path)
    except OSError:
        return None


def _target_arena(target: Connection, infos: Iterable[PackageInfo]) -> uuid.UUID | None:
    """The target's arena; for an empty target, the arena most packages share (ties: the
    lowest id), so which package counts as "another arena" never depends on their order."""
    arenas = table_named("arena")
    own = target.scalar(
        select(arenas.c.id).where(live(arenas)).order_by(arenas.c.created_at, arenas.c.id).limit(1)
    )
    if own is not None:
        return uuid.UUID(str(own))
    counts = Counter(i.arena_id for i in infos if i.arena_id is not None)
    if not counts:
        return None
    return min(counts, key=lambda a: (-counts[a], str(a)))
