"""How a merge reads and writes the target's rows: any database through SQLAlchemy Core,
or a SQLite file directly through its driver.

Rows travel as tuples of the model's columns in the model's order, in the target's own
form: as stored for a SQLite target (both sides are ArenaDesk SQLite files with the same
schema, and every value passed the row rules, which hold ids, booleans and dates to their
stored form), as Python values for any other. Each statement is built once per table and
reused for every chunk of every package.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Time, bindparam, insert, select, update
from sqlalchemy.dialects import sqlite

from arenadesk.store.db.schema_check import quote
from arenadesk.sync.intake import StoredRows
from arenadesk.sync.rows import Version, table_named

_SQLITE = sqlite.dialect()

Row = tuple[Any, ...]
Reader = Callable[[Any], Any]


class RowRefused(Exception):
    """The target's keys refused a package's row (a damaged index let the package hold one
    id twice): the package is refused, the merge goes on."""


class TargetFailed(RuntimeError):
    """The target itself failed (disk full, I/O error): the whole merge stops."""


@dataclass(frozen=True)
class Layout:
    """One table's columns in the model's order, where the sync columns are, and how a
    stored value becomes a Python value (the conversion SQLAlchemy applies reading SQLite)."""

    names: tuple[str, ...]
    readers: tuple[Reader | None, ...]
    times: tuple[int, ...]  # Time columns: their stored text must read back
    id: int
    updated_at: int
    device_id: int
    deleted: int

    def version(self, row: Row) -> Version:
        return (int(row[self.updated_at]), str(row[self.device_id]))

    def python(self, row: Row) -> dict[str, Any]:
        """A stored row as the target reads its own (so a logged version reads the same
        whichever side it came from)."""
        return {
            name: (value if reader is None or value is None else reader(value))
            for name, reader, value in zip(self.names, self.readers, row, strict=True)
        }


@cache
def layout(table_name: str) -> Layout:
    table = table_named(table_name)
    names = tuple(c.name for c in table.columns)
    readers = tuple(c.type.dialect_impl(_SQLITE).result_processor(_SQLITE, None) for c in table.c)
    times = tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, Time))
    return Layout(
        names,
        readers,
        tuple(i for i in times if readers[i] is not None),
        names.index("id"),
        names.index("updated_at"),
        names.index("device_id"),
        names.index("deleted"),
    )


@cache
def _model_order(table_name: str, names: tuple[str, ...]) -> Callable[[Row], Row] | None:
    """How a package's row (its columns in its file's order) becomes one in the model's
    order; None when the orders agree. A missing column raises ValueError."""
    wanted = layout(table_name).names
    if names == wanted:
        return None
    return itemgetter(*(names.index(name) for name in wanted))


def in_model_order(table_name: str, stored: StoredRows) -> list[Row]:
    order = _model_order(table_name, stored.names)
    return stored.values if order is None else [order(row) for row in stored.values]


class _Statements:
    """One table's SQLAlchemy statements (cached compiled per engine once built)."""

    def __init__(self, table: Table) -> None:
        ids: Any = bindparam("ids", expanding=True)
        self.stamps = select(table.c.id, table.c.updated_at, table.c.device_id, table.c.deleted)
        self.stamps = self.stamps.where(table.c.id.in_(ids))
        self.rows = select(table).where(table.c.id.in_(ids))
        self.insert = insert(table)
        values: dict[str, Any] = {
            c.name: bindparam(c.name) for c in table.columns if c.name != "id"
        }
        self.update = update(table).where(table.c.id == bindparam("_row_id")).values(values)


@cache
def _statements(table_name: str) -> _Statements:
    return _Statements(table_named(table_name))


@cache
def _raw_sql(table_name: str) -> tuple[str, str, str]:
    """SQLite statements on stored values: stamps by id (then a `?` list), insert, update."""
    names = layout(table_name).names
    q = quote(table_name)
    others = [n for n in names if n != "id"]
    stamps = f"SELECT id, updated_at, device_id, deleted FROM {q} WHERE id IN "
    columns = ", ".join(quote(n) for n in names)
    insert_sql = f"INSERT INTO {q} ({columns}) VALUES ({', '.join('?' for _ in names)})"
    sets = ", ".join(f"{quote(n)} = ?" for n in others)
    return stamps, insert_sql, f"UPDATE {q} SET {sets} WHERE id = ?"


class Target:
    """Any database through SQLAlchemy Core, with Python values. A row is keyed by its id
    as this target's reads return it."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def rows(self, table: Table, stored: StoredRows) -> list[Row]:
        """A chunk of a package's rows, in the model's order and this target's form."""
        shape = layout(table.name)
        readers = shape.readers
        return [
            tuple(
                value if reader is None or value is None else reader(value)
                for reader, value in zip(readers, row, strict=True)
            )
            for row in in_model_order(table.name, stored)
        ]

    def python(self, table: Table, row: Row) -> dict[str, Any]:
        return dict(zip(layout(table.name).names, row, strict=True))

    def stamps(self, table: Table, ids: Sequence[Any]) -> dict[Any, tuple[Version, bool]]:
        """The target's version of each row it has among `ids`, and whether it is deleted."""
        sql = _statements(table.name).stamps
        return {
            r[0]: ((int(r[1]), str(r[2])), bool(r[3]))
            for r in self.connection.execute(sql, {"ids": list(ids)})
        }

    def full_rows(self, table: Table, keys: list[Any]) -> dict[Any, dict[str, Any]]:
        sql = _statements(table.name).rows
        return {
            self.key_of(r.id): dict(r._mapping)
            for r in self.connection.execute(sql, {"ids": [self.id_of(k) for k in keys]})
        }

    def key_of(self, value: uuid.UUID) -> Any:
        return value

    def id_of(self, key: Any) -> uuid.UUID:
        return uuid.UUID(str(key)) if not isinstance(key, uuid.UUID) else key

    def insert(self, table: Table, rows: list[Row]) -> None:
        names = layout(table.name).names
        params = [dict(zip(names, row, strict=True)) for row in rows]
        self.connection.execute(_statements(table.name).insert, params)

    def update(self, table: Table, rows: list[Row]) -> None:
        shape = layout(table.name)
        params = []
        for row in rows:
            values = dict(zip(shape.names, row, strict=True))
            values["_row_id"] = values.pop("id")
            params.append(values)
        self.connection.execute(_statements(table.name).update, params)


class SQLiteTarget(Target):
    """A SQLite target takes a package's stored values as they are, through the driver's
    own connection (inside the caller's transaction and savepoint): no conversion to
    Python and back for the rows that are simply written; only rows that tie or lose are
    read as Python."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        self.driver = driver

    def rows(self, table: Table, stored: StoredRows) -> list[Row]:
        rows = in_model_order(table.name, stored)
        shape = layout(table.name)
        # The rules accept any ISO time; the stored form must read back as SQLAlchemy
        # reads it (a ValueError refuses the package).
        for index in shape.times:
            reader = shape.readers[index]
            assert reader is not None
            for row in rows:
                if row[index] is not None:
                    reader(row[index])
        return rows

    def python(self, table: Table, row: Row) -> dict[str, Any]:
        return layout(table.name).python(row)

    def stamps(self, table: Table, ids: Sequence[Any]) -> dict[Any, tuple[Version, bool]]:
        sql = _raw_sql(table.name)[0] + "(" + ", ".join("?" * len(ids)) + ")"
        found = self._run(lambda: self.driver.execute(sql, tuple(ids)).fetchall())
        return {r[0]: ((int(r[1]), str(r[2])), bool(r[3])) for r in found}

    def key_of(self, value: uuid.UUID) -> Any:
        return value.hex

    def id_of(self, key: Any) -> uuid.UUID:
        return uuid.UUID(hex=key)

    def insert(self, table: Table, rows: list[Row]) -> None:
        sql = _raw_sql(table.name)[1]
        self._run(lambda: self.driver.executemany(sql, rows))

    def update(self, table: Table, rows: list[Row]) -> None:
        at = layout(table.name).id
        params = [(*row[:at], *row[at + 1 :], row[at]) for row in rows]
        sql = _raw_sql(table.name)[2]
        self._run(lambda: self.driver.executemany(sql, params))

    @staticmethod
    def _run(work: Callable[[], Any]) -> Any:
        try:
            return work()
        except sqlite3.IntegrityError as exc:
            raise RowRefused(str(exc)) from exc
        except sqlite3.Error as exc:
            raise TargetFailed(str(exc)) from exc


def target_for(connection: Connection) -> Target:
    return SQLiteTarget(connection) if connection.dialect.name == "sqlite" else Target(connection)
