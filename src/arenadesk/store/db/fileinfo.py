"""Read-only inspection of a database file before anything opens it for writing.

Everything here uses the standard library's sqlite3 in read-only mode, so a bad, foreign
or newer file is diagnosed without a byte of it changing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.content_check import content_problem
from arenadesk.store.db.file_rows import file_row_problems
from arenadesk.store.db.schema_check import forbidden_object, quote, schema_problem
from arenadesk.store.db.schema_facts import SCHEMA_REVISION

APPLICATION_ID = 0x41524E41  # "ARNA" in the SQLite header, offset 68
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
LOCK_WAIT_SECONDS = 5.0  # how long to wait for another program's lock before saying so


@dataclass
class FileInfo:
    """What `arenadesk check` prints about a file."""

    path: Path
    size: int
    application_id: int
    revision: str | None
    integrity: str
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        """An SQLite file with nothing in it yet (we may initialise it)."""
        return self.application_id == 0 and self.revision is None and not self.row_counts


def read_header(path: Path) -> bytes:
    """Check the file looks like a complete SQLite database; return its 100-byte header."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise UserError("db.not_found", path=path) from exc
    except OSError as exc:  # a file where a folder of the path should be, no permission
        raise UserError("db.unusable_path", path=path, detail=os_reason(exc)) from exc
    if stat.S_ISDIR(mode):
        raise UserError("db.unusable_path", path=path, detail=Phrase("os.is_folder"))
    if not stat.S_ISREG(mode):  # a FIFO would block, a device would never end
        raise UserError("db.unusable_path", path=path, detail=Phrase("os.not_a_file"))
    size = path.stat().st_size
    if size == 0:
        raise UserError("db.empty_file", path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as exc:
        raise UserError("db.read_only", path=path) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise UserError("db.not_sqlite", path=path)
    if len(header) < HEADER_SIZE:
        raise UserError("db.truncated", path=path, actual=size, expected=HEADER_SIZE)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    change_counter, valid_for = header[24:28], header[92:96]
    # The in-header page count is trustworthy only when written by a current SQLite.
    if page_count and change_counter == valid_for and size < page_count * page_size:
        raise UserError("db.truncated", path=path, actual=size, expected=page_count * page_size)
    return header


def application_id_of(header: bytes) -> int:
    return int(struct.unpack(">I", header[68:72])[0])


def has_journal(path: Path) -> bool:
    """A -wal or hot -journal beside the file: committed rows may be there, not in it."""
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


def connect_read_only(path: Path, *, immutable: bool | None = None) -> sqlite3.Connection:
    """A connection that cannot write, even to create a -wal file's checkpoint; the caller
    closes it (`read_only_connection` does that for a `with` block). `as_uri` escapes
    spaces, '#', '?' and æøå."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    # A read-only connection to a WAL-mode file creates -wal and -shm files next to it and
    # cannot remove them. With no -wal or hot -journal present, the main file holds every
    # committed row, so open it as immutable (unless told otherwise): nothing at all is
    # created beside it.
    if immutable if immutable is not None else not has_journal(path):
        uri += "&immutable=1"
    # Each statement on a file read-only is run once (a check, a table read through): no
    # cache of prepared statements, which would double what a connection kept open holds.
    return sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_SECONDS, cached_statements=0)


@contextlib.contextmanager
def read_only_connection(
    path: Path, *, immutable: bool | None = None
) -> Iterator[sqlite3.Connection]:
    """`connect_read_only`, closed when the block ends."""
    connection = connect_read_only(path, immutable=immutable)
    try:
        yield connection
    finally:
        connection.close()


def _one_line(results: list[str]) -> str:
    """The first few problems an integrity check found, on one line (a row may hold many)."""
    lines = [
        line.strip()
        for row in results
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return "; ".join(lines[:3])


def writable(path: Path) -> bool:
    """The file and its folder (SQLite writes its -wal and -shm beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def ready_to_edit(path: Path) -> FileInfo | None:
    """The inspection of an ArenaDesk file that can be opened for editing just as it is:
    it passes the open check (every value too), is at this version's schema, holds data
    and may be written. None for anything else (missing, new, older, newer, damaged,
    read-only): `database.open_file` then does what that needs, or explains it."""
    try:
        if not path.is_file():
            return None
        info = inspect_file(path, full_check=False)
    except (UserError, OSError):
        return None
    ready = info.integrity == "ok" and info.revision == SCHEMA_REVISION and not info.is_new
    return info if ready and writable(path) else None


def _known(revision: str) -> bool:
    from arenadesk.store.db import migrate

    return revision == SCHEMA_REVISION or revision in migrate.known_revisions()


def inspect_file(
    path: Path,
    *,
    full_check: bool = True,
    exact_schema: bool = False,
    values: bool = True,
) -> FileInfo:
    """Diagnose a file: header, application id, schema revision, integrity, row counts.

    A view or trigger refuses any file before a row is read. With `exact_schema` (a file
    from outside, `arenadesk check`) every table, column and index must be exactly the
    revision's. `values=False` leaves the values to the caller's own pass over the rows
    (a package's, which also knows what the package must agree with). With `values`, every
    row of the synced tables is also held to the one rule set (`row_rules`): a few tens of
    milliseconds for the largest arena, so it runs on every open, the app's own file too.
    """
    info, connection = open_inspected(
        path, full_check=full_check, exact_schema=exact_schema, values=values
    )
    connection.close()
    return info


def open_inspected(
    path: Path,
    *,
    full_check: bool = True,
    exact_schema: bool = False,
    values: bool = True,
) -> tuple[FileInfo, sqlite3.Connection]:
    """`inspect_file`, returning also the read-only connection it inspected the file
    through, still open and inside one read transaction: what the caller reads next is
    the very state that was inspected, and the file is opened (its schema parsed) once.
    The caller closes it; on any problem it is closed here before the error is raised."""
    header = read_header(path)
    app_id = application_id_of(header)
    if app_id not in (0, APPLICATION_ID):
        raise UserError("db.foreign", path=path)
    connection: sqlite3.Connection | None = None
    try:
        with _as_file_error(path):
            connection = connect_read_only(path)
            # One snapshot from the inspection through the caller's reads (a file that is
            # not immutable could otherwise change between them).
            connection.execute("BEGIN")
            info = _inspect(connection, path, app_id, full_check, exact_schema, values)
    except BaseException:
        if connection is not None:
            connection.close()
        raise
    return info, connection


@contextlib.contextmanager
def _as_file_error(path: Path) -> Iterator[None]:
    """SQLite's errors while a file is inspected, as the message that says what is wrong."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise UserError("db.locked", path=path) from exc
        raise UserError("db.corrupt", path=path, detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise UserError("db.corrupt", path=path, detail=str(exc)) from exc
    except UnicodeDecodeError as exc:  # SQLite's own report quoted garbled text
        raise UserError("db.corrupt", path=path, detail="text that is not UTF-8") from exc


def _inspect(
    connection: sqlite3.Connection,
    path: Path,
    app_id: int,
    full_check: bool,
    exact_schema: bool,
    values: bool,
) -> FileInfo:
    forbidden = forbidden_object(connection)
    if forbidden is not None:
        raise UserError("db.schema", path=path, detail=forbidden)
    pragma = "integrity_check" if full_check else "quick_check"
    results = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    integrity = "ok" if results == ["ok"] else _one_line(results)
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if exact_schema and isinstance(revision, str) and _known(revision):
        problem = schema_problem(connection, revision)
        if problem is not None:
            raise UserError("db.schema", path=path, detail=problem)
    counts = {
        table: connection.execute(f"SELECT COUNT(*) FROM {quote(table)}").fetchone()[0]
        for table in tables
        if table != "alembic_version"
    }
    # A structure SQLite accepts may still hold garbled values.
    if integrity == "ok" and values:
        integrity = content_problem(connection, tables, revision) or "ok"
    # Values of the right form may still break the rules every row is held to.
    if integrity == "ok" and values:
        problems = file_row_problems(connection, tables)
        if problems:
            raise UserError("db.bad_rows", path=path, problems=problems)
    if app_id == 0 and counts:
        raise UserError("db.foreign", path=path)
    return FileInfo(path, path.stat().st_size, app_id, revision, integrity, counts)
