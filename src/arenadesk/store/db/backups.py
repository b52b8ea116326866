"""Automatic backups of an open arena file: snapshots, rotation, restore.

A backup is a consistent snapshot made with SQLite's backup API (never a plain copy of a
live WAL file) into the data folder, `backups/<file stem>/`. `BackupPolicy` decides when:
on open, then whenever at least ten minutes have passed since the last backup and
something changed. Its clock is passed in, so the timing is tested without waiting; the
window only calls `tick()` from a timer. A server database is backed up by the server's
own tools, so a policy for one never writes anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.platform.files import publish
from arenadesk.platform.settings import data_dir
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.db.fileinfo import inspect_file, read_only_connection
from arenadesk.store.db.schema import synced_models

INTERVAL_SECONDS = 10 * 60
KEEP_RECENT = 10
BEFORE_RESTORE = "before-restore"
BEFORE_MERGE = "before-merge"  # taken by every merge (sync/merge.py)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<time>\d{8}-\d{6})(?:-(?P<label>[a-z-]+?))?(?:-\d+)?\.sqlite$"
)
_TIME_FORMAT = "%Y%m%d-%H%M%S"
# Told (pages copied, pages in all) while a snapshot is written; raising stops it.
Copying = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, counted on its live rows."""

    groups: int
    participants: int
    notes: int
    reports_filled: int


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken: dt.datetime  # local time, from the file name
    label: str  # "" for an automatic backup, BEFORE_RESTORE for the one kept by a restore

    @property
    def size(self) -> int:
        return self.path.stat().st_size


# Held while a snapshot is written and published, and while an erasure scrubs the copies:
# a backup taken in the background just before a person was erased is either published
# before the scrub (and scrubbed) or taken after the erasure (and never held the name).
COPIES_LOCK = threading.RLock()


def backup_folder(source: Path, root: Path | None = None) -> Path:
    """Where the backups of `source` live: `<data folder>/backups/<file stem>/`."""
    return (root or data_dir() / "backups") / Path(source).stem


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in a folder, newest first (files not named like a backup are ignored)."""
    entries = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match["time"], _TIME_FORMAT)
        entries.append(BackupEntry(path, taken, match["label"] or ""))
    return sorted(entries, key=lambda e: (e.taken, e.path.stat().st_mtime_ns), reverse=True)


def to_keep(entries: list[BackupEntry], keep: int = KEEP_RECENT) -> set[Path]:
    """Rotation: the newest `keep` backups, plus the newest of every day before them."""
    newest_first = sorted(entries, key=lambda e: e.taken, reverse=True)
    kept = {e.path for e in newest_first[:keep]}
    days: set[dt.date] = set()
    for entry in newest_first:
        if entry.taken.date() not in days:
            days.add(entry.taken.date())
            kept.add(entry.path)
    return kept


def rotate(folder: Path, keep: int = KEEP_RECENT) -> list[Path]:
    """Delete the backups rotation does not keep; return what was deleted."""
    entries = list_backups(folder)
    kept = to_keep(entries, keep)
    removed = []
    for entry in entries:
        if entry.path not in kept:
            entry.path.unlink(missing_ok=True)
            removed.append(entry.path)
    return removed


def _fingerprint_sql() -> str:
    """One query that changes whenever any synced row is added, edited or tombstoned."""
    tables = [m.__table__.name for m in synced_models()]  # type: ignore[attr-defined]
    parts = [
        f'(SELECT coalesce(max(updated_at), 0) || ":" || count(*) FROM "{table}")'
        for table in tables
    ]
    return "SELECT " + " || '/' || ".join(parts)


def _fingerprint_of_file(path: Path) -> str | None:
    try:
        with read_only_connection(path) as connection:
            row = connection.execute(_fingerprint_sql()).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def fingerprint(db: Database) -> str:
    with db.engine.connect() as connection:
        return str(connection.exec_driver_sql(_fingerprint_sql()).scalar())


def summarise(path: Path) -> BackupSummary:
    """Counts for the restore dialog, read without changing the file."""
    from arenadesk.store.reports import TEXT_FIELDS

    filled = " OR ".join(f"{name} != ''" for name in TEXT_FIELDS)
    queries = (
        "SELECT count(*) FROM challenge_group WHERE deleted = 0",
        "SELECT count(*) FROM person WHERE deleted = 0",
        "SELECT count(*) FROM note n JOIN board b ON n.board_id = b.id "
        "WHERE n.deleted = 0 AND b.deleted = 0",
        f"SELECT count(DISTINCT group_id) FROM group_report WHERE deleted = 0 AND ({filled})",
    )
    try:
        with read_only_connection(path) as connection:
            counts = [connection.execute(sql).fetchone()[0] for sql in queries]
    except sqlite3.Error as exc:
        raise UserError("db.corrupt", path=path, detail=os_reason(exc)) from exc
    return BackupSummary(*counts)


def _snapshot(
    source: Path, folder: Path, when: float, label: str = "", progress: Copying | None = None
) -> Path:
    """Write a snapshot under a temporary name and rename it when complete (nothing is left
    when `progress` raises to stop it)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.fromtimestamp(when).strftime(_TIME_FORMAT)
    base = f"{source.stem}-{stamp}" + (f"-{label}" if label else "")
    target, counter = folder / f"{base}.sqlite", 2
    while target.exists():
        target, counter = folder / f"{base}-{counter}.sqlite", counter + 1
    partial = folder / f".{target.name}.partial"
    try:
        partial.unlink(missing_ok=True)
        backup_copy(source, partial, progress)
        # A backup is a closed, self-contained file: reading it never creates -wal/-shm.
        with contextlib.closing(sqlite3.connect(partial)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")
        publish(partial, target)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


class BackupPolicy:
    """When to back up one open file. Call `on_open()` once, then `tick()` now and then."""

    def __init__(
        self,
        db: Database,
        *,
        root: Path | None = None,
        clock: Callable[[], float] = time.time,
        interval: float = INTERVAL_SECONDS,
        keep: int = KEEP_RECENT,
    ) -> None:
        self.db, self.clock, self.interval, self.keep = db, clock, interval, keep
        self.folder = backup_folder(db.path, root) if db.path is not None else None
        self.last_time: float | None = None
        self.last_fingerprint: str | None = None
        self.failure: Exception | None = None  # the last error, for a status line

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def on_open(self, progress: Copying | None = None) -> Path | None:
        """A backup unless the newest one already holds exactly this content."""
        if self.folder is None:
            return None
        newest = next(iter(list_backups(self.folder)), None)
        current = self._fingerprint()
        if current is None:
            return None
        if newest is not None and _fingerprint_of_file(newest.path) == current:
            self.last_time, self.last_fingerprint = self.clock(), current
            return None
        return self.backup_now(current, progress=progress)

    def tick(self, progress: Copying | None = None) -> Path | None:
        """A backup if the interval has passed and something changed since the last one."""
        if self.folder is None:
            return None
        now = self.clock()
        if self.last_time is not None and now - self.last_time < self.interval:
            return None
        current = self._fingerprint()
        if current is None or current == self.last_fingerprint:
            return None
        return self.backup_now(current, progress=progress)

    def _fingerprint(self) -> str | None:
        try:
            return fingerprint(self.db)
        except (SQLAlchemyError, sqlite3.Error) as exc:  # busy or gone: the next tick retries
            self.failure = exc
            return None

    def backup_now(
        self, current: str | None = None, label: str = "", progress: Copying | None = None
    ) -> Path | None:
        """Snapshot and rotate. A backup failing (full disk) never stops the editing: it is
        remembered in `failure`, and the next tick tries again. A backup stopped through
        `progress` leaves nothing behind, and the next one waits a whole interval."""
        if self.folder is None or self.db.path is None:
            return None
        current = current or self._fingerprint()
        if current is None:
            return None
        now = self.clock()
        try:
            with COPIES_LOCK:
                path = _snapshot(self.db.path, self.folder, now, label, progress)
                rotate(self.folder, self.keep)
        except (OSError, sqlite3.Error) as exc:
            self.failure = exc
            return None
        except BaseException:
            self.last_time = now
            raise
        self.failure = None
        self.last_time, self.last_fingerprint = now, current
        return path


def restore_backup(
    db: Database,
    backup: Path,
    *,
    root: Path | None = None,
    clock: Callable[[], float] = time.time,
    progress: Copying | None = None,
) -> Database:
    """Replace the open file's content with a backup's, keeping the current content as a
    backup first. Closes `db` and returns the file opened again.

    `progress` hears how the keeping copy goes and may raise to stop it, up to the moment
    the content is replaced: then the kept copy is removed and nothing has changed. The
    replacement itself is one step that is not stopped."""
    if db.path is None:
        raise UserError("backup.needs_file")
    backup = Path(backup)
    info = inspect_file(backup)  # raises for a missing, foreign or damaged file
    if info.integrity != "ok":
        raise UserError("db.corrupt", path=backup, detail=info.integrity)
    from arenadesk.store.db import migrate

    if info.revision is not None and info.revision not in migrate.known_revisions():
        raise UserError("db.newer", path=backup)
    policy = BackupPolicy(db, root=root, clock=clock, keep=10**6)  # rotation waits
    kept = policy.backup_now(label=BEFORE_RESTORE, progress=progress)
    if kept is None:
        raise UserError("backup.cannot_keep", path=db.path, detail=policy.failure)
    if progress is not None:
        try:
            progress(1, 1)  # the last moment to stop: nothing is replaced yet
        except BaseException:
            kept.unlink(missing_ok=True)
            raise
    path, device = db.path, db.device
    db.close()
    try:
        # Through the backup API into the file itself: one transaction that SQLite either
        # completes or rolls back, with its -wal handled, so a crash here loses nothing.
        with (
            COPIES_LOCK,  # not while a background snapshot of this file is being taken
            contextlib.closing(sqlite3.connect(_read_only_uri(backup), uri=True)) as source,
            contextlib.closing(sqlite3.connect(path)) as target,
        ):
            source.backup(target)
    except sqlite3.Error as exc:
        raise UserError(
            "backup.restore_failed", path=path, detail=os_reason(exc), kept=kept
        ) from exc
    return open_database(path, device, create=False)
