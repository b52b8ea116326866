"""Merging packages into a target database (the organiser's master, or a facilitator's
working file taking in a later setup file).

Rules, all per row by its UUID:
- the newer version wins: higher `updated_at`, ties broken by `device_id`, and two versions
  with the same stamp and device (a cloned laptop) by their content; a tombstone is a
  version like any other, so deletes travel;
- every version that is not current is kept in the merge log (once per version), so
  nothing is ever lost and any of them can be restored (`arenadesk.sync.log`);
- the outcome depends only on the set of versions seen, never on the order of packages or
  how often they come: the merge is deterministic, idempotent and order-independent;
- a package already in the import log (same SHA-256) is skipped without writing anything;
- every package is validated before a single row is read, and everything that merges does
  so in one transaction: a failure writes nothing;
- a package that deletes the arena, or more than half of its rows, merges only when
  confirmed (`accept_deletions`); the master is backed up before every merge;
- merged stamps never move the master's clock (they are at most a day ahead, see
  sync/intake.py); an edit of a merged row still stamps past it.

The writes are SQLAlchemy Core statements, so the target may be SQLite or PostgreSQL.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.erase import forget_erased_people
from arenadesk.sync.content import CONTENT_TABLE, ContentPlan
from arenadesk.sync.package import PackageInfo, inspect_package, package_engine
from arenadesk.sync.planner import Planner, now_us
from arenadesk.sync.rows import synced_tables, table_named

_LOCAL_TABLES = ("meta", "import_log", "merge_log")
BEFORE_IMPORT = "before_import."  # meta key prefix: + package id -> backup file name

# Outcome of one package.
MERGE, REJECTED, ALREADY = "merge", "rejected", "already"

log = logging.getLogger(__name__)


@dataclass
class PackageOutcome:
    path: Path
    info: PackageInfo | None
    status: str
    error: UserError | None = None
    other_arena: bool = False
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    removed: int = 0  # the target's live rows this package turns into tombstones
    deletes_arena: bool = False
    needs_deletion_confirmation: bool = False

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.deleted


@dataclass
class MergePreview:
    outcomes: list[PackageOutcome]

    @property
    def rejected(self) -> list[PackageOutcome]:
        return [o for o in self.outcomes if o.status == REJECTED]

    @property
    def needs_confirmation(self) -> list[PackageOutcome]:
        """Packages of another arena than the target's: merged only when confirmed."""
        return [o for o in self.outcomes if o.status == MERGE and o.other_arena]

    @property
    def deletions_to_confirm(self) -> list[PackageOutcome]:
        """Packages that delete the arena or most of their rows: merged only when confirmed."""
        return [o for o in self.outcomes if o.status == MERGE and o.needs_deletion_confirmation]

    def total(self, name: str) -> int:
        return sum(int(getattr(o, name)) for o in self.outcomes)


@dataclass
class MergeResult(MergePreview):
    written: bool = False
    logged: int = field(default=0)
    backup: Path | None = None  # the master as it was before this merge


def record_import(
    connection: Connection, info: PackageInfo, outcome: PackageOutcome | None = None
) -> None:
    """One line of the import log: the package by id and SHA-256, and what it changed."""
    connection.execute(
        insert(table_named("import_log")).values(
            package_id=info.package_id,
            sha256=info.sha256,
            kind=info.kind,
            file_name=info.file_name[:255],
            device_id=info.device_id[:36],
            device_name=info.device_name[:200],
            schema_revision=info.revision,
            imported_at=now_us(),
            added=outcome.added if outcome else 0,
            updated=outcome.updated if outcome else 0,
            deleted=outcome.deleted if outcome else 0,
            conflicts=outcome.conflicts if outcome else 0,
        )
    )


def _validate(
    target: Connection, paths: Sequence[Path], accept_other_arena: bool | None
) -> list[PackageOutcome]:
    outcomes: list[PackageOutcome] = []
    seen: set[str] = set(target.scalars(select(table_named("import_log").c.sha256)).all())
    for path in paths:
        try:
            info = inspect_package(Path(path))
        except UserError as error:
            outcomes.append(PackageOutcome(Path(path), None, REJECTED, error))
            continue
        status = ALREADY if info.sha256 in seen else MERGE
        seen.add(info.sha256)
        outcomes.append(PackageOutcome(info.path, info, status))
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
    return outcomes


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


def _read_package(
    info: PackageInfo, stack: contextlib.ExitStack, compiled: dict[Any, Any]
) -> Connection:
    engine = stack.enter_context(package_engine(info))
    # One engine per package file; sharing the compiled statements saves compiling the
    # same SELECTs again for every package.
    return stack.enter_context(engine.connect()).execution_options(compiled_cache=compiled)


def _meta_value(connection: Connection, key: str) -> str | None:
    meta = table_named("meta")
    value = connection.scalar(select(meta.c.value).where(meta.c.key == key))
    return None if value is None else str(value)


def _set_meta(connection: Connection, key: str, value: str) -> None:
    meta = table_named("meta")
    if _meta_value(connection, key) is None:
        connection.execute(insert(meta).values(key=key, value=value))
    else:
        connection.execute(update(meta).where(meta.c.key == key).values(value=value))


def _needs_deletion_confirmation(outcome: PackageOutcome) -> bool:
    """It deletes the arena, or more than half of the package's rows."""
    assert outcome.info is not None
    rows = sum(n for t, n in outcome.info.row_counts.items() if t not in _LOCAL_TABLES)
    return outcome.deletes_arena or (outcome.removed > 0 and 2 * outcome.removed > rows)


def _reset(outcome: PackageOutcome) -> None:
    outcome.added = outcome.updated = outcome.deleted = outcome.conflicts = 0
    outcome.unchanged = outcome.removed = 0
    outcome.deletes_arena = False


def _plan(
    connection: Connection, sources: list[tuple[PackageOutcome, Connection]]
) -> tuple[Planner, ContentPlan]:
    planner = Planner(connection, int(_meta_value(connection, "base_clock") or 0))
    for outcome, _source in sources:
        _reset(outcome)
    for table in synced_tables():
        if table.name == CONTENT_TABLE:
            continue  # images merge by their hash (sync/content.py)
        incoming = [
            (outcome, [dict(r._mapping) for r in source.execute(select(table))])
            for outcome, source in sources
        ]
        planner.plan_table(table, incoming)
    return planner, ContentPlan.plan(connection, sources)


def _run(
    target_db: Database,
    paths: Sequence[Path],
    *,
    accept_other_arena: bool | None,
    accept_deletions: bool | None = None,
    write: bool,
    backup: Path | None = None,
) -> MergeResult:
    with contextlib.ExitStack() as stack:
        connection = stack.enter_context(
            target_db.engine.begin() if write else target_db.engine.connect()
        )
        outcomes = _validate(connection, paths, accept_other_arena)
        merging = [o for o in outcomes if o.status == MERGE]
        result = MergeResult(outcomes)
        if not merging:
            return result
        sources: list[tuple[PackageOutcome, Connection]] = []
        compiled: dict[Any, Any] = {}
        for outcome in merging:
            assert outcome.info is not None
            try:
                sources.append((outcome, _read_package(outcome.info, stack, compiled)))
            except UserError as error:
                outcome.status, outcome.error = REJECTED, error
        planner, content = _plan(connection, sources)
        while True:
            for outcome, _source in sources:
                outcome.needs_deletion_confirmation = _needs_deletion_confirmation(outcome)
            refused = [o for o, _s in sources if o.needs_deletion_confirmation]
            if accept_deletions is not False or not refused:
                break
            for outcome in refused:
                outcome.status = REJECTED
                outcome.error = deletion_error(outcome)
            # The others are planned again without them (what they would change differs).
            sources = [(o, s) for o, s in sources if o not in refused]
            planner, content = _plan(connection, sources)
        if not write:
            return result
        planner.write(connection)
        content.write(connection)
        for outcome, _source in sources:
            assert outcome.info is not None
            record_import(connection, outcome.info, outcome)
            if backup is not None:  # which backup holds the state before this import
                _set_meta(connection, BEFORE_IMPORT + outcome.info.package_id, backup.name)
        # Merged stamps (at most a day ahead, see sync/intake.py) never move the clock past
        # the real time: an honest edit after the merge still stamps past them per row.
        merged_up_to = min(planner.highest, now_us())
        clock = max(int(_meta_value(connection, "clock") or 0), merged_up_to)
        _set_meta(connection, "clock", str(clock))
        result.written = bool(sources)
        result.logged = len(planner.log_rows)
    target_db.clock.observe(merged_up_to)
    return result


def deletion_error(outcome: PackageOutcome) -> UserError:
    assert outcome.info is not None
    rows = sum(n for t, n in outcome.info.row_counts.items() if t not in _LOCAL_TABLES)
    what = (
        Phrase("sync.deletes_arena")
        if outcome.deletes_arena
        else Phrase("sync.deletes_rows", deleted=outcome.removed, rows=rows)
    )
    return UserError("sync.deletions", name=outcome.path.name, what=what)


def preview_merge(target_db: Database, paths: Sequence[Path]) -> MergePreview:
    """What merging `paths` would do, package by package; nothing is written."""
    result = _run(target_db, paths, accept_other_arena=None, write=False)
    return MergePreview(result.outcomes)


def merge_packages(
    target_db: Database,
    paths: Sequence[Path],
    *,
    accept_other_arena: bool = False,
    accept_deletions: bool = False,
    backup: bool = True,
    backup_root: Path | None = None,
) -> MergeResult:
    """Merge every valid package in one transaction; rejected ones are reported, not merged.

    A package of another arena than the target's is rejected unless `accept_other_arena`;
    one that deletes the arena or more than half of its rows unless `accept_deletions`.
    A target file is first backed up into its backup rotation (label "before-merge"), so
    the state before any import can be restored.
    """
    kept = _backup_before_merge(target_db, backup_root) if backup else None
    try:
        result = _run(
            target_db,
            paths,
            accept_other_arena=accept_other_arena,
            accept_deletions=accept_deletions,
            write=True,
            backup=kept,
        )
        result.backup = kept
        # An erased participant's earlier versions must not live on in the merge log.
        forget_erased_people(target_db)
    except UserError as error:
        log.warning("merge into %s refused: %s", target_db.location, error.text("en"))
        raise
    except Exception as exc:
        log.exception("merge into %s failed", target_db.location)
        detail = os_reason(exc)
        raise UserError("sync.merge_failed", path=target_db.location, detail=detail) from exc
    for outcome in result.outcomes:
        log.info(
            "merge %s into %s: %s, %d added, %d updated, %d deleted, %d conflicts%s",
            outcome.path.name,
            target_db.location,
            outcome.status,
            outcome.added,
            outcome.updated,
            outcome.deleted,
            outcome.conflicts,
            f" ({outcome.error.text('en')})" if outcome.error else "",
        )
    return result


def _backup_before_merge(target_db: Database, root: Path | None) -> Path | None:
    """A snapshot of the target file in its backup rotation; a server backs up itself."""
    if target_db.path is None:
        return None
    from arenadesk.store.db.backups import BEFORE_MERGE, BackupPolicy

    policy = BackupPolicy(target_db, root=root)
    kept = policy.backup_now(label=BEFORE_MERGE)
    if kept is None:
        raise UserError("sync.cannot_back_up", path=target_db.location, detail=policy.failure)
    return kept
