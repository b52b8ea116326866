"""Packages kept open from their inspection until their rows are read.

A merge first inspects every package (`sync/import_log.screen_packages`: header, schema,
meta, which arena), then reads each one's rows in turn (`sync/merge.py`). Each package's
read-only connection is kept from the one to the other, in the read transaction it was
inspected in: the rows merged are those of the state that was inspected, and the file is
opened and its schema parsed once (about half a millisecond a time).

A connection kept costs about 0.2 MB once its page cache is let go (SQLite's own
lookaside and the parsed schema) and one file handle, so at most `MAX_KEPT_OPEN` are kept:
twice the largest real arena's groups, one package each. A package past that bound is
closed after its inspection and opened again, read-only as before, when its rows are read
(each row is checked as it is read either way).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from types import TracebackType

from arenadesk.store.db.fileinfo import connect_read_only
from arenadesk.sync.package import PackageInfo

MAX_KEPT_OPEN = 64


class OpenPackages:
    """The kept connections, by package (its SHA-256: one file's bytes merge once per
    batch); every one is closed when the merge ends, however it ends."""

    def __init__(self) -> None:
        self._open: dict[str, sqlite3.Connection] = {}

    def keep(self, info: PackageInfo, connection: sqlite3.Connection) -> None:
        """Keep an inspected package's connection for its rows, or close it (past the
        bound, or a second file with the same bytes)."""
        if len(self._open) >= MAX_KEPT_OPEN or info.sha256 in self._open:
            connection.close()
            return
        try:
            # Its rows are read later, after other packages': let its page cache go.
            connection.execute("PRAGMA shrink_memory")
        except BaseException:
            connection.close()
            raise
        self._open[info.sha256] = connection

    def let_go(self, info: PackageInfo) -> None:
        """Close a package's connection that will not be read (its package is refused)."""
        connection = self._open.pop(info.sha256, None)
        if connection is not None:
            connection.close()

    @contextlib.contextmanager
    def reading(self, info: PackageInfo) -> Iterator[sqlite3.Connection]:
        """The package's connection, kept since its inspection (or, past the bound,
        opened again read-only), closed when the block ends."""
        connection = self._open.pop(info.sha256, None)
        if connection is None:
            connection = connect_read_only(info.path)
        try:
            yield connection
        finally:
            connection.close()

    def close(self) -> None:
        while self._open:
            _, connection = self._open.popitem()
            connection.close()

    def __enter__(self) -> OpenPackages:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
