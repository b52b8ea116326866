"""An incoming file's schema must be exactly the one its revision defines.

A file from outside (a package, a setup file, a file opened from a USB stick) is read as
data. Its `sqlite_master` is compared, object by object, with the schema the app's own
migrations build for the same revision in an empty file (each table's columns, types,
defaults, keys, generated columns and flags, each index's columns, as SQLite reports
them): a view, a trigger, an extra table, index or column, or a changed definition
refuses the file and names the object. Nothing of the file is evaluated before this
passes (a view could generate millions of rows, a trigger could rewrite data on every
later edit).

The reference for a revision is built once per process (Alembic on an empty temporary
file, ~0.3 s: `migrate.empty_database`, which new files are copied from too) and kept.
SQLite builds a file's schema by parsing the SQL text in its `sqlite_master`, so a file
whose `sqlite_master` text equals one already found exact is exact too: that text is
remembered (a merge of 30 packages compares one schema, not 30).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from functools import cache

from arenadesk.i18n.messages import Phrase

# Objects SQLite itself may add to a genuine file; their definitions are fixed by SQLite.
_SQLITE_INTERNAL = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
}

SchemaObject = tuple[object, ...]  # type, name, and what defines it


def quote(name: str) -> str:
    """An SQL identifier, quoted whatever it holds."""
    return '"' + name.replace('"', '""') + '"'


def _normalise(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _definition(connection: sqlite3.Connection, kind: str, name: str, sql: str) -> object:
    """What an object is, as SQLite reports it (not its SQL text, which an ALTER TABLE
    of another SQLite version words differently): a table's columns with their declared
    types, defaults, keys and hidden (generated) flags, its foreign keys and whether it is
    WITHOUT ROWID or STRICT; an index's table, uniqueness, origin and key columns."""
    q = quote(name)
    if kind == "table":
        if name in _SQLITE_INTERNAL:
            return _normalise(sql)
        columns = tuple(tuple(r) for r in connection.execute(f"PRAGMA table_xinfo({q})"))
        keys = tuple(
            sorted(tuple(r)[2:] for r in connection.execute(f"PRAGMA foreign_key_list({q})"))
        )
        return ("table", columns, keys, _table_flags(connection, name))
    if kind == "index":
        table = connection.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).fetchone()[0]
        listed = [
            tuple(r)[2:]
            for r in connection.execute(f"PRAGMA index_list({quote(table)})")
            if r[1] == name
        ]
        key = tuple(tuple(r) for r in connection.execute(f"PRAGMA index_xinfo({q})"))
        partial = _normalise(sql) if " WHERE " in _normalise(sql).upper() else ""
        return ("index", table, tuple(listed), key, partial)
    return _normalise(sql)


def _table_flags(connection: sqlite3.Connection, name: str) -> tuple[object, ...]:
    """WITHOUT ROWID and STRICT (SQLite 3.37 and later say so; older ones cannot make them)."""
    try:
        rows = connection.execute(
            "SELECT wr, strict FROM pragma_table_list WHERE name = ?", (name,)
        )
        return tuple(tuple(r) for r in rows)
    except sqlite3.OperationalError:
        return ()


def _objects(connection: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {
        (str(t), str(n)): (str(t), str(n), _definition(connection, str(t), str(n), s))
        for t, n, s in rows
    }


@cache
def reference_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """The objects the migrations create for `revision`, in an empty file (the same one
    new files are copied from, made once per process)."""
    from arenadesk.store.db import migrate

    with contextlib.closing(sqlite3.connect(":memory:")) as connection:
        connection.deserialize(migrate.empty_database(revision))
        return _objects(connection)


def _problem(key: str, kind: str, name: str) -> Phrase:
    known = kind in ("table", "index", "view", "trigger")
    return Phrase(key, kind=Phrase(f"schema.kind.{kind}") if known else kind, object=name)


def forbidden_object(connection: sqlite3.Connection) -> Phrase | None:
    """A view or trigger (or anything but a table or index), found without evaluating it."""
    row = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type NOT IN ('table', 'index') "
        "ORDER BY type, name LIMIT 1"
    ).fetchone()
    return None if row is None else _problem("schema.not_allowed", str(row[0]), str(row[1]))


def schema_problem(connection: sqlite3.Connection, revision: str) -> Phrase | None:
    """The first object that differs from the revision's schema, named; None if equal.

    `revision` must be one the migrations know (the caller checks that first).
    """
    forbidden = forbidden_object(connection)
    if forbidden is not None:
        return forbidden
    text = tuple(
        connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    )
    if (revision, text) in _EXACT:
        return None
    problem = _compare(connection, revision)
    if problem is None:
        if len(_EXACT) >= _EXACT_KEPT:
            _EXACT.clear()
        _EXACT.add((revision, text))
    return problem


_EXACT: set[tuple[str, tuple[tuple[object, ...], ...]]] = set()  # sqlite_master texts found exact
_EXACT_KEPT = 16


def _compare(connection: sqlite3.Connection, revision: str) -> Phrase | None:
    expected = reference_schema(revision)
    found = _objects(connection)
    for key in sorted(found):
        kind, name = key
        obj = found[key]
        if name in _SQLITE_INTERNAL and kind == "table":
            if obj[2] != _SQLITE_INTERNAL[name]:
                return _problem("schema.different", kind, name)
            continue
        if key not in expected:
            return _problem("schema.unknown", kind, name)
        if obj != expected[key]:
            return _problem("schema.different", kind, name)
    for key in sorted(expected):
        if key not in found:
            return _problem("schema.missing", *key)
    return None
