"""Deciding a merge, row by row, one package at a time: which version of each row wins, what
the target must write, and which losing versions go to the merge log.

`sync/merge.py` opens each package in turn and feeds its rows here, table by table, in
chunks as they are read (and checked). Each chunk costs one bulk read of the target's
stamps for its ids, one read of the full rows that lose or tie, one read of the merge log
for the versions about to be logged, and one executemany per kind of write — all with
statements compiled once and reused. Memory holds one chunk, never a whole package.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, Time, bindparam, insert, select, update
from sqlalchemy.dialects import sqlite

from arenadesk.store.db.schema_check import quote
from arenadesk.sync.content import CONTENT_TABLE
from arenadesk.sync.rows import Version, table_named, to_json

if TYPE_CHECKING:
    from arenadesk.sync.merge import PackageOutcome

_SQLITE = sqlite.dialect()


def content_key(row: dict[str, Any]) -> str:
    """A total order on versions with the same stamp and device: their content."""
    text = json.dumps(to_json(row), sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def now_us() -> int:
    return int(time.time() * 1_000_000)


def _is_conflict(loser: Version, loser_base: int, winner: Version, winner_base: int) -> bool:
    """Both sides edited the row: the losing version was made by another device, after the
    setup its own side started from, and was not known to the winner's side."""
    return loser[1] != winner[1] and loser[0] > max(loser_base, winner_base)


@cache
def _columns(table_name: str) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Each column in the model's order, with how a package's stored value becomes a Python
    value (UUIDs, dates, JSON, booleans) — the conversion SQLAlchemy applies reading SQLite."""
    out: list[tuple[str, Callable[[Any], Any] | None]] = []
    for column in table_named(table_name).columns:
        impl = column.type.dialect_impl(_SQLITE)
        out.append((column.name, impl.result_processor(_SQLITE, None)))
    return tuple(out)


@cache
def _time_readers(table_name: str) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    table = table_named(table_name)
    return tuple(
        (name, reader)
        for name, reader in _columns(table_name)
        if reader is not None and isinstance(table.c[name].type, Time)
    )


def as_python(table_name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows read with plain sqlite3 from a package, as the target reads its own: Python
    values, columns in the model's order (so a logged version reads the same whichever
    side it came from)."""
    columns = _columns(table_name)
    return [
        {
            name: (reader(row[name]) if reader is not None and row[name] is not None else row[name])
            for name, reader in columns
        }
        for row in rows
    ]


@cache
def _logged_versions() -> Any:
    logs = table_named("merge_log")
    columns = (logs.c.row_id, logs.c.row_updated_at, logs.c.row_device_id, logs.c.data_key)
    return select(*columns).where(
        logs.c.table_name == bindparam("table"),
        logs.c.row_id.in_(bindparam("ids", expanding=True)),
    )


@cache
def _log_insert() -> Any:
    return insert(table_named("merge_log"))


class _Statements:
    """One target table's statements, built once (SQLAlchemy caches them compiled per
    engine, so every chunk of every package reuses the same compiled form)."""

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
    """SQLite statements on stored values: stamps by id (one `?` list), insert, update."""
    table = table_named(table_name)
    q = quote(table_name)
    names = [c.name for c in table.columns]
    others = [n for n in names if n != "id"]
    stamps = f"SELECT id, updated_at, device_id, deleted FROM {q} WHERE id IN "
    columns = ", ".join(quote(n) for n in names)
    insert_sql = f"INSERT INTO {q} ({columns}) VALUES ({', '.join('?' for _ in names)})"
    sets = ", ".join(f"{quote(n)} = ?" for n in others)
    return stamps, insert_sql, f"UPDATE {q} SET {sets} WHERE id = ?"


class _Target:
    """How rows reach the target: any database through SQLAlchemy Core with Python values.

    A row is keyed by its id as this target's reads return it."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def rows(self, table: Table, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return as_python(table.name, raw)

    def python(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        return row

    def stamps(self, table: Table, rows: list[dict[str, Any]]) -> dict[Any, tuple[Version, bool]]:
        sql = _statements(table.name).stamps
        return {
            r[0]: ((int(r[1]), str(r[2])), bool(r[3]))
            for r in self.connection.execute(sql, {"ids": [row["id"] for row in rows]})
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

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        self.connection.execute(_statements(table.name).insert, rows)

    def update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        params = [{"_row_id": row["id"], **row} for row in rows]
        for values in params:
            del values["id"]
        self.connection.execute(_statements(table.name).update, params)


class _SQLiteTarget(_Target):
    """A SQLite target takes a package's stored values as they are (both are ArenaDesk
    SQLite files with the same schema, and every value passed the row rules, which hold
    ids, booleans and dates to their stored form): no conversion to Python and back for
    the rows that are simply written; only rows that tie or lose are read as Python."""

    def rows(self, table: Table, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # The rules accept any ISO time; the stored form must read back as SQLAlchemy
        # reads it (a ValueError refuses the package).
        for name, reader in _time_readers(table.name):
            for row in raw:
                if row[name] is not None:
                    reader(row[name])
        return raw

    def python(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        return as_python(table.name, [row])[0]

    def stamps(self, table: Table, rows: list[dict[str, Any]]) -> dict[Any, tuple[Version, bool]]:
        sql = _raw_sql(table.name)[0] + "(" + ", ".join("?" for _ in rows) + ")"
        found = self.connection.exec_driver_sql(sql, tuple(row["id"] for row in rows))
        return {r[0]: ((int(r[1]), str(r[2])), bool(r[3])) for r in found}

    def key_of(self, value: uuid.UUID) -> Any:
        return value.hex

    def id_of(self, key: Any) -> uuid.UUID:
        return uuid.UUID(hex=key)

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        names = [c.name for c in table.columns]
        self.connection.exec_driver_sql(
            _raw_sql(table.name)[1], [tuple(row[n] for n in names) for row in rows]
        )

    def update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        names = [c.name for c in table.columns if c.name != "id"]
        self.connection.exec_driver_sql(
            _raw_sql(table.name)[2], [(*(row[n] for n in names), row["id"]) for row in rows]
        )


def target_for(connection: Connection) -> _Target:
    return _SQLiteTarget(connection) if connection.dialect.name == "sqlite" else _Target(connection)


class PackageMerge:
    """Merges one package's rows into the target, chunk by chunk, inside the caller's
    transaction (which makes the package all-or-nothing)."""

    def __init__(self, target: Connection, target_base: int, outcome: PackageOutcome) -> None:
        assert outcome.info is not None
        self.target = target
        self.writer = target_for(target)
        self.target_base = target_base
        self.outcome = outcome
        self.base = outcome.info.base_clock
        self.package_id = outcome.info.package_id
        self.highest = 0
        self.logged = 0

    def chunk(self, table: Table, raw: list[dict[str, Any]]) -> None:
        """Take in up to a chunk of the package's rows of one table, as stored."""
        if not raw:
            return
        writer = self.writer
        rows = writer.rows(table, raw)
        outcome = self.outcome
        existing = writer.stamps(table, rows)
        if table.name == CONTENT_TABLE:  # images: by hash, the ones the target lacks
            new = [row for row in rows if row["id"] not in existing]
            if new:
                writer.insert(table, new)
            outcome.added += len(new)
            outcome.unchanged += len(rows) - len(new)
            return
        inserts: list[dict[str, Any]] = []
        ties: list[dict[str, Any]] = []
        beaten: list[dict[str, Any]] = []  # incoming rows that replace the target's
        # (the losing version's data, its side's base, the winner, the winner's side's base)
        losers: list[tuple[dict[str, Any], int, Version, int]] = []
        for row in rows:
            version = (int(row["updated_at"]), str(row["device_id"]))
            if version[0] > self.highest:
                self.highest = version[0]
            known = existing.get(row["id"])
            if known is None:
                inserts.append(row)
                if row["deleted"]:
                    outcome.deleted += 1
                else:
                    outcome.added += 1
            elif version == known[0]:
                ties.append(row)
            elif version > known[0]:
                beaten.append(row)
            else:
                outcome.unchanged += 1
                losers.append((writer.python(table, row), self.base, known[0], self.target_base))
        updates: list[dict[str, Any]] = []
        if ties or beaten:
            theirs = writer.full_rows(table, [row["id"] for row in (*ties, *beaten)])
            for row in ties:
                mine = writer.python(table, row)
                key, current = content_key(mine), content_key(theirs[row["id"]])
                if key == current:
                    outcome.unchanged += 1
                elif key > current:
                    beaten.append(row)
                else:
                    outcome.unchanged += 1
                    losers.append((mine, self.base, existing[row["id"]][0], self.target_base))
            for row in beaten:
                version = (int(row["updated_at"]), str(row["device_id"]))
                if row["deleted"] and not existing[row["id"]][1]:
                    outcome.deleted += 1
                    outcome.removed += 1
                    outcome.deletes_arena |= table.name == "arena"
                else:
                    outcome.updated += 1
                updates.append(row)
                losers.append((theirs[row["id"]], self.target_base, version, self.base))
        if inserts:
            writer.insert(table, inserts)
        if updates:
            writer.update(table, updates)
        if losers:
            self._log(table, losers)

    def _log(self, table: Table, losers: list[tuple[dict[str, Any], int, Version, int]]) -> None:
        """Every losing version, once: the merge log is keyed by version and content, so
        three versions with one stamp and device are all kept."""
        entries: dict[tuple[str, int, str, str], dict[str, Any]] = {}
        for data, loser_base, winner, winner_base in losers:
            loser = (int(data["updated_at"]), str(data["device_id"]))
            data_json = to_json(data)
            key = (str(data["id"]), loser[0], loser[1], content_key(data_json))
            if key in entries:
                continue
            conflict = _is_conflict(loser, loser_base, winner, winner_base)
            entries[key] = {
                "table_name": table.name,
                "row_id": data["id"],
                "row_updated_at": loser[0],
                "row_device_id": loser[1],
                "data_key": key[3],
                "data": data_json,
                "kind": "conflict" if conflict else "superseded",
                "winner_updated_at": winner[0],
                "winner_device_id": winner[1],
                "package_id": self.package_id,
                "logged_at": now_us(),
                "restored_at": None,
            }
        already = {
            (str(r.row_id), int(r.row_updated_at), str(r.row_device_id), str(r.data_key))
            for r in self.target.execute(
                _logged_versions(),
                {"table": table.name, "ids": [entry["row_id"] for entry in entries.values()]},
            )
        }
        fresh = [entry for key, entry in entries.items() if key not in already]
        for entry in fresh:
            if entry["kind"] == "conflict":
                self.outcome.conflicts += 1
        if fresh:
            self.target.execute(_log_insert(), fresh)
            self.logged += len(fresh)
