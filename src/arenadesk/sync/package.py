"""Packages (facilitator → organiser) and setup files (organiser → facilitators).

Both are ArenaDesk SQLite files with data only: a consistent snapshot of the arena file
(`VACUUM INTO`), the local tables emptied, and a `meta` table that says what the file is:

- `package_kind`: "package" (`.arenapakke`) or "setup" (`.arenaoppsett`)
- `package_id`: a new UUID per export; `exported_at` (UTC, ISO 8601)
- `exported_by_device`, `exported_by_device_name`: the exporting laptop
- `arena_id`, `arena_name`, `group_codes` (comma-separated), `source_file_id`
- `base_clock`: the highest stamp the exporting file received from a setup file (0 if none),
  which tells an ordinary later edit from a conflicting one
- `created_by_version`, `clock`

A setup file holds only the arena, its days, groups, people, memberships and master
støttemaler (no boards, reports, runs or group plans), the organiser's report template, the
Open Space wall and documented inputs with their photos. Packages and setup files carry
the stored images of live photos only; kept originals never leave the laptop.

`sync/export.py` writes them; this module reads one without changing a byte of it and
checks it whole (`inspect_package`), or brings an older one to the current schema in a
temporary copy.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.database import sqlite_url
from arenadesk.store.db.fileinfo import (
    APPLICATION_ID,
    FileInfo,
    open_inspected,
    read_only_connection,
)
from arenadesk.store.db.row_rules import LATEST_STAMP_ANYWHERE
from arenadesk.store.db.row_rules import device_problem as row_problems_of_device
from arenadesk.store.models.arena import SCHEMA_REVISION
from arenadesk.sync.intake import MAX_FILE_BYTES, check_meta, check_package_rows

PACKAGE_SUFFIX = ".arenapakke"
SETUP_SUFFIX = ".arenaoppsett"
SUFFIXES = {"package": PACKAGE_SUFFIX, "setup": SETUP_SUFFIX}
KINDS = tuple(SUFFIXES)
MAX_META = 65  # rows of meta read (check_meta refuses more than 64)

# fileinfo's message keys → the same problem said about a package ("nothing was imported").
_SYNC_KEYS = {
    "db.not_found": "sync.not_found",
    "db.empty_file": "sync.not_package",
    "db.not_sqlite": "sync.not_package",
    "db.truncated": "sync.truncated",
    "db.corrupt": "sync.corrupt",
    "db.foreign": "sync.not_package",
    "db.read_only": "sync.unreadable",
    "db.locked": "sync.unreadable",
    "db.schema": "sync.schema",
    "db.unusable_path": "sync.unusable",
}


@dataclass(frozen=True)
class PackageInfo:
    """What a package says about itself, read without changing a byte of it."""

    path: Path
    kind: str
    package_id: str
    sha256: str
    revision: str
    arena_id: uuid.UUID | None
    arena_name: str
    group_codes: tuple[str, ...]
    device_id: str
    device_name: str
    exported_at: str
    base_clock: int
    clock: int = 0  # the exporting file's clock (a setup file's becomes its takers' base)
    row_counts: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != SCHEMA_REVISION

    @property
    def file_name(self) -> str:
        return self.path.name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _as_sync_error(error: UserError, path: Path) -> UserError:
    key = _SYNC_KEYS.get(error.key)
    if key is None:
        return error
    return UserError(key, name=path.name, detail=error.params.get("detail", ""))


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # open_inspected says what is wrong with the path
    if size > MAX_FILE_BYTES:
        raise UserError(
            "sync.too_large",
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )


def _identity(meta: dict[str, str], name: str) -> tuple[str, uuid.UUID | None, int, int]:
    """The kind, arena, base clock and clock the meta names, each well formed."""
    kind = meta.get("package_kind")
    if kind not in KINDS or not meta.get("package_id"):
        raise UserError("sync.not_package", name=name)
    device = meta.get("exported_by_device", "")
    if row_problems_of_device(device):
        raise UserError("sync.bad_meta", name=name, detail="exported_by_device")
    try:
        arena_id = uuid.UUID(meta["arena_id"]) if meta.get("arena_id") else None
        base_clock = int(meta.get("base_clock") or 0)
        clock = int(meta.get("clock") or 0)
        uuid.UUID(meta["package_id"])
    except ValueError as exc:
        raise UserError(
            "sync.bad_meta", name=name, detail="arena_id, package_id, base_clock, clock"
        ) from exc
    if not 0 <= base_clock <= LATEST_STAMP_ANYWHERE:
        raise UserError("sync.bad_meta", name=name, detail="base_clock")
    # No upper bound: a laptop whose clock ran ahead exported rows dated ahead too, and
    # the rows' check says so, naming the laptop (sync/intake.py).
    if clock < 0:
        raise UserError("sync.bad_meta", name=name, detail="clock")
    return str(kind), arena_id, base_clock, clock


def inspect_package(
    path: Path, *, rows: bool = True, accept_future: bool = False, sha256: str | None = None
) -> PackageInfo:
    """Open a package read-only and check it fully; a bad one raises a UserError that names
    the file and says nothing was imported from it. With `rows=False` the rows are left
    to the caller's own pass (a merge checks each row as it takes it in)."""
    info, connection = open_package(path, rows=rows, accept_future=accept_future, sha256=sha256)
    connection.close()
    return info


def open_package(
    path: Path, *, rows: bool = True, accept_future: bool = False, sha256: str | None = None
) -> tuple[PackageInfo, sqlite3.Connection]:
    """`inspect_package`, returning also the read-only connection it checked the package
    through, still open in the same read transaction, for the caller to read its rows on
    (and close); on any problem it is closed before the error is raised."""
    from arenadesk.store.db import migrate

    path = Path(path)
    _check_size(path)
    try:
        # A merge reads each table through once (rows=False): SQLite's quick check covers
        # what that reads; a damaged index that lets one id in twice is refused when the
        # target's keys meet it (sync/merge.py).
        file, connection = open_inspected(path, full_check=rows, exact_schema=True, values=False)
    except UserError as error:
        raise _as_sync_error(error, path) from error
    try:
        if file.application_id != APPLICATION_ID or file.revision is None:
            raise UserError("sync.not_package", name=path.name)
        if file.integrity != "ok":
            raise UserError("sync.corrupt", name=path.name, detail=file.integrity)
        # Alembic loads only for a package of another schema (it costs ~10 ms a time).
        if file.revision != SCHEMA_REVISION and file.revision not in migrate.known_revisions():
            raise UserError("sync.newer", name=path.name)
        try:
            info = _checked(connection, file, rows=rows, accept_future=accept_future)
        except sqlite3.DatabaseError as exc:
            raise UserError("sync.corrupt", name=path.name, detail=os_reason(exc)) from exc
        info = dataclasses.replace(info, sha256=sha256 or file_sha256(path))
    except BaseException:
        connection.close()
        raise
    return info, connection


def _checked(
    connection: sqlite3.Connection, file: FileInfo, *, rows: bool, accept_future: bool
) -> PackageInfo:
    """The package's meta, foreign keys and (with `rows`, at the current schema) every
    row, read on the connection its file was inspected through."""
    path, revision = file.path, str(file.revision)
    meta = dict(connection.execute(f"SELECT key, value FROM meta LIMIT {MAX_META}").fetchall())
    check_meta(meta, path.name)
    broken = connection.execute("PRAGMA foreign_key_check").fetchmany(1)
    kind, arena_id, base_clock, clock = _identity(meta, path.name)
    if broken:
        raise UserError(
            "sync.corrupt",
            name=path.name,
            detail=Phrase(
                "sync.broken_reference", table=broken[0][0], row=broken[0][1], parent=broken[0][2]
            ),
        )
    if rows and revision == SCHEMA_REVISION:
        check_package_rows(
            connection,
            name=path.name,
            kind=kind,
            arena_id=arena_id,
            device_name=meta.get("exported_by_device_name", ""),
            accept_future=accept_future,
        )
    codes = tuple(c for c in meta.get("group_codes", "").split(",") if c)
    return PackageInfo(
        path=path,
        kind=str(kind),
        package_id=meta["package_id"],
        sha256="",
        revision=revision,
        arena_id=arena_id,
        arena_name=meta.get("arena_name", ""),
        group_codes=codes,
        device_id=meta.get("exported_by_device", ""),
        device_name=meta.get("exported_by_device_name", ""),
        exported_at=meta.get("exported_at", ""),
        base_clock=base_clock,
        clock=clock,
        row_counts=file.row_counts,
    )


@contextlib.contextmanager
def current_schema_file(
    info: PackageInfo, source: sqlite3.Connection | None = None
) -> Iterator[Path]:
    """The package's file at the current schema, its rows not yet checked.

    A package from an older ArenaDesk is copied to a temporary folder and migrated there;
    the file itself is never written to. It is copied through `source`, the read-only
    connection it was inspected through, if the caller still has it open.
    """
    if not info.needs_upgrade:
        yield info.path
        return
    from arenadesk.store.db import migrate

    with tempfile.TemporaryDirectory(prefix="arenadesk-") as work:
        path = Path(work) / "package.sqlite"
        with contextlib.ExitStack() as stack:
            if source is None:
                source = stack.enter_context(read_only_connection(info.path))
            copy = stack.enter_context(contextlib.closing(sqlite3.connect(path)))
            source.backup(copy)
        upgrade_engine = create_engine(sqlite_url(path))
        try:
            migrate.upgrade(upgrade_engine)
        except Exception as exc:
            raise UserError(
                "sync.upgrade_failed", name=info.file_name, detail=os_reason(exc)
            ) from exc
        finally:
            upgrade_engine.dispose()
        yield path


@contextlib.contextmanager
def package_engine(info: PackageInfo) -> Iterator[Engine]:
    """A read-only engine on the package's checked rows at the current schema."""
    with contextlib.ExitStack() as stack:
        path = stack.enter_context(current_schema_file(info))
        if info.needs_upgrade:
            with contextlib.closing(sqlite3.connect(path)) as upgraded:
                check_package_rows(
                    upgraded,
                    name=info.file_name,
                    kind=info.kind,
                    arena_id=info.arena_id,
                    device_name=info.device_name,
                )

        def connect() -> sqlite3.Connection:
            return stack.enter_context(read_only_connection(path))

        engine = create_engine("sqlite://", creator=connect)
        try:
            yield engine
        finally:
            engine.dispose()
