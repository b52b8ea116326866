"""Opening a database (file or server URL): checks, copy-then-migrate, pragmas, stamping."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, insert, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.platform.files import fsync_file, fsync_folder, publish
from arenadesk.store.db.clock import SyncClock
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import APPLICATION_ID, FileInfo, inspect_file, writable
from arenadesk.store.db.schema import synced_models
from arenadesk.store.db.server import explain as server_error
from arenadesk.store.db.server import (
    meta_for_new_database,
    prepare,
    public_location,
    server_engine,
    server_url,
)
from arenadesk.store.models.arena import SCHEMA_REVISION, Meta, SyncMixin

BUSY_TIMEOUT_MS = 5000

log = logging.getLogger(__name__)


class Database:
    """One open database: its engine, a session factory that stamps sync columns, and the
    device and clock that stamp them. Build one per file; pass it to whoever needs it."""

    def __init__(self, engine: Engine, device: Device, path: Path | None) -> None:
        self.engine = engine
        self.device = device
        self.path = path
        self.clock = SyncClock()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._open = threading.local()  # the unit of work open in this thread, if any
        # SQLAlchemy keeps listeners per session class in a WeakKeyDictionary: a listener
        # that held this Database would keep its own key, and so every Database and engine
        # ever opened, alive. The hook reaches the Database through a weak reference.
        stamp = weakref.WeakMethod(self._stamp)

        def before_flush(session: Session, context: Any, instances: Any) -> None:
            method = stamp()
            if method is not None:
                method(session, context, instances)

        event.listen(self._sessions, "before_flush", before_flush)
        self._load_clock()

    @property
    def location(self) -> str:
        """A path for a file, the URL without password for a server (shown and remembered)."""
        if self.path is not None:
            return str(self.path)
        return public_location(self.engine.url)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed (durably, synchronous=FULL) when the outermost block
        ends, rolled back whole if anything in it raises.

        Blocks opened inside it (a service calling several store functions, each with its
        own `with db.session()`) join the open unit of work instead of committing on their
        own; they flush when they end, so ids are assigned and constraints checked."""
        current: Session | None = getattr(self._open, "session", None)
        if current is not None:
            yield current
            current.flush()
            return
        with self._sessions.begin() as session:
            self._open.session = session
            try:
                yield session
            finally:
                self._open.session = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; objects stay usable after it closes. Inside a unit of
        work it is that unit's session, so a service reads what it has just written."""
        current: Session | None = getattr(self._open, "session", None)
        if current is not None:
            yield current
            return
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def meta(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row else None

    # --- sync stamping -----------------------------------------------------------------

    def _stamp(self, session: Session, _context: Any, _instances: Any) -> None:
        touched = False
        for obj in session.deleted:
            if isinstance(obj, SyncMixin):
                raise RuntimeError("synced rows are never deleted; set deleted=True (tombstone)")
        # In the order the rows were added, so `created_at` is the entry order (a group's
        # members are listed in it by default) even for rows added in one transaction.
        for obj in sorted(session.new, key=lambda o: inspect(o).insert_order or 0):
            if isinstance(obj, SyncMixin):
                stamp = self.clock.stamp()
                if obj.id is None:
                    obj.id = uuid.uuid4()
                obj.created_at = obj.created_at or stamp
                obj.updated_at = stamp
                obj.device_id = self.device.id
                if obj.deleted is None:
                    obj.deleted = False
                touched = True
        for obj in session.dirty:
            if isinstance(obj, SyncMixin) and session.is_modified(obj, include_collections=False):
                # Past the version it replaces, even one merged from a laptop whose clock
                # is ahead of this one (merged stamps never move this file's clock).
                obj.updated_at = self.clock.stamp_after(_previous_stamp(obj))
                obj.device_id = self.device.id
                touched = True
        if touched:
            session.merge(Meta(key="clock", value=str(self.clock.last)))

    def _load_clock(self) -> None:
        """The clock starts past this device's own stamps and the stored clock; stamps
        merged from other laptops never move it (a package cannot push it ahead)."""
        # One statement over every synced table, written out rather than built: compiling
        # a 20-part union through SQLAlchemy cost more than running it, and this runs
        # before the window is usable. The table names are the schema's own.
        per_table = " UNION ALL ".join(
            f'SELECT max(updated_at) FROM "{inspect(m).local_table.name}" WHERE device_id = :device'
            for m in synced_models()
        )
        with self.engine.connect() as connection:
            stored = "SELECT CAST(value AS BIGINT) FROM meta WHERE key = 'clock'"
            rows = connection.execute(
                text(f"{per_table} UNION ALL {stored}"), {"device": self.device.id}
            )
            highest = [int(stamp or 0) for (stamp,) in rows]
        self.clock.observe(max(highest))


def _previous_stamp(obj: SyncMixin) -> int:
    """The stamp of the version an edit replaces (0 for a row not stamped yet)."""
    history = inspect(obj).attrs.updated_at.history
    values = [v for v in (*history.deleted, *history.unchanged) if isinstance(v, int)]
    return max(values, default=0)


def sqlite_url(path: Path | str) -> URL:
    """The URL of an SQLite file, built rather than written out: a folder named "p%20x" or
    "q?x" is a path, not a URL's escape or query (written out, SQLite opened another file)."""
    return URL.create("sqlite", database=str(path))


def _sqlite_engine(path: Path, *, foreign_keys: bool) -> Engine:
    engine = create_engine(sqlite_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Outside any transaction, per connection: the documented SQLAlchemy pattern.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    return engine


# Pages copied between two progress reports (4 MB at SQLite's default page size).
COPY_STEP_PAGES = 1024


def backup_copy(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """A consistent copy through SQLite's backup API (never a plain copy of a live WAL file).
    With `progress`, it is told (pages copied, pages in all) step by step; if it raises, the
    copy stops and the target's transaction is rolled back."""
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        if progress is None:
            src.backup(dst)
        else:
            src.backup(
                dst,
                pages=COPY_STEP_PAGES,
                progress=lambda _status, remaining, total: progress(total - remaining, total),
            )


def save_copy_as(db: Database, target: Path) -> None:
    """Write a consistent copy of an open file to `target` (replacing it only when complete)."""
    if db.path is None:
        raise UserError("db.copy_needs_file")
    target = Path(target)
    if target.resolve() == db.path.resolve():
        raise UserError("db.copy_onto_itself", path=target)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _remove_with_sidecars(partial)
        backup_copy(db.path, partial)
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)  # the replaced file's, not the copy's
        publish(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_sidecars(partial)
        raise UserError("db.cannot_create", path=target, detail=os_reason(exc)) from exc


def _link_into_place(partial: Path, path: Path) -> None:
    """`partial` becomes `path` unless another process made `path` meanwhile (then that
    one stands, and this one opens it)."""
    with contextlib.closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
    fsync_file(partial)
    try:
        os.link(partial, path)
    except FileExistsError:
        return
    except OSError:  # a file system without hard links (FAT): a plain rename
        if not path.exists():
            os.replace(partial, path)
    fsync_folder(path.parent)


def _remove_with_sidecars(path: Path) -> None:
    """A database file and its -wal/-shm (a stale WAL would be replayed into a new file)."""
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        file.unlink(missing_ok=True)


def unused_name(path: Path) -> Path:
    """`path`, or `name-2.ext`, `name-3.ext`… when it is taken."""
    candidate, counter = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{counter}{path.suffix}")
        counter += 1
    return candidate


def _initialise(path: Path, device: Device) -> None:
    """A new SQLite file: the schema, its application id, and the facts about it in meta.
    (A server database gets the same schema and meta in `server.prepare`.)"""
    from arenadesk.store.db import migrate  # Alembic loads only when a schema must change

    with contextlib.closing(sqlite3.connect(path)) as connection:
        migrate.create_schema(connection, SCHEMA_REVISION)
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()
    engine = _sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            connection.execute(insert(Meta), meta_for_new_database(device))
    finally:
        engine.dispose()


def _migrate_file(path: Path, revision: str) -> None:
    """Copy the file aside, then upgrade with foreign keys off (SQLite batch migrations)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = unused_name(
        path.with_name(f"{path.stem}.before-upgrade-{revision[:8]}-{stamp}{path.suffix}")
    )
    backup_copy(path, backup)
    from arenadesk.store.db import migrate  # Alembic loads only when a schema must change

    engine = _sqlite_engine(path, foreign_keys=False)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"{len(problems)} broken references")
    except Exception as exc:
        log.exception("upgrading %s from %s failed (backup %s)", path, revision, backup)
        detail = getattr(exc, "orig", None) or exc  # the driver's one line, not the SQL
        raise UserError("db.migration_failed", path=path, detail=detail, backup=backup) from exc
    finally:
        engine.dispose()
    log.info("upgraded %s from schema %s (backup %s)", path, revision, backup)


def open_file(
    path: Path, device: Device, *, create: bool = True, inspected: FileInfo | None = None
) -> Database:
    """Open (creating or upgrading as needed) an ArenaDesk file for editing. `inspected`:
    what `fileinfo.ready_to_edit` has just found of this file (then it is not read again)."""
    path = Path(path).expanduser()
    if inspected is not None and inspected.path == path:
        return _connect(path, device)
    if not path.exists():
        if not create:
            raise UserError("db.not_found", path=path)
        # Built under a temporary name and renamed when complete: a crash while creating
        # never leaves a half-made file under the real name.
        # Each process builds its own (two ArenaDesks creating one file at once never share
        # a half-made file), and it is linked into place only if the name is still free.
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.creating")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _initialise(partial, device)
            _link_into_place(partial, path)
        except (OSError, sqlite3.Error, OperationalError) as exc:
            raise UserError("db.cannot_create", path=path, detail=os_reason(exc)) from exc
        finally:
            _remove_with_sidecars(partial)
        log.info("created %s", path)
    else:
        info = inspect_file(path, full_check=False)
        if info.integrity != "ok":
            raise UserError("db.corrupt", path=path, detail=info.integrity)
        if info.revision != SCHEMA_REVISION:
            _check_revision(info.revision, path)
        if not writable(path):
            raise UserError("db.read_only", path=path)
        if info.is_new:
            _initialise(path, device)
        elif info.revision != SCHEMA_REVISION:
            _migrate_file(path, info.revision or "empty")
    return _connect(path, device)


def _connect(path: Path, device: Device) -> Database:
    """The engine on a file ready for editing, once it answers."""
    engine = _sqlite_engine(path, foreign_keys=True)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM meta").fetchone()
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc):
            raise UserError("db.locked", path=path) from exc
        raise UserError("db.corrupt", path=path, detail=os_reason(exc)) from exc
    log.info("opened %s", path)
    return Database(engine, device, path)


def _check_revision(revision: str | None, where: object) -> None:
    """Refuse a schema this version does not know (made by a newer ArenaDesk)."""
    from arenadesk.store.db import migrate

    if revision is not None and revision not in migrate.known_revisions():
        raise UserError("db.newer", path=where)


def open_url(address: str, device: Device, *, check: Callable[[], None] | None = None) -> Database:
    """Open a server database by URL (`postgresql://user:password@host:port/database`):
    an empty one is migrated to head and stamped like a new file, an older one upgraded,
    a newer or foreign one refused; problems come back as plain messages, never a password.
    With `check`, the server is first asked to answer, then `check()` may raise to abandon
    the connection before anything on the server is changed."""
    url = server_url(address)
    try:
        engine = server_engine(url)
    except ImportError as exc:  # a URL for a database whose driver is not installed
        raise server_error(exc, url) from exc
    try:
        if check is not None:
            with engine.connect():
                pass
            check()
        prepare(engine, device)
        log.info("opened %s", public_location(url))
        return Database(engine, device, None)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise server_error(exc, url) from exc
    except BaseException:  # a plain message, or the connection abandoned
        engine.dispose()
        raise


def open_database(target: str | Path, device: Device, *, create: bool = True) -> Database:
    """A file path or a `postgresql://` URL, as given to `--db`."""
    if isinstance(target, str) and "://" in target:
        return open_url(target, device)
    return open_file(Path(target), device, create=create)
