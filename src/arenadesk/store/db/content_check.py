"""A check of every stored value's form, for files SQLite's own check passes.

A byte flipped inside a row (a bad USB stick, a half-copied file) leaves the page
structure intact, so `quick_check` says "ok", yet an id is no longer hex, a text is no
longer UTF-8, a JSON list no longer parses, or a column name in the schema changed.
Reading such a file would fail somewhere deep in a screen. This finds it first, with
the standard library only, from each column's declared type: one query per table.
"""

from __future__ import annotations

import sqlite3

from arenadesk.store.db.row_rules import VOCABULARIES
from arenadesk.store.db.schema_check import quote as _quote
from arenadesk.store.db.schema_facts import SCHEMA_REVISION, schema_columns


def _bad_value(column: str, declared: str, notnull: bool) -> str | None:
    """An SQL condition true for a value the column's type cannot hold."""
    c = _quote(column)
    kind = declared.upper()
    checks = []
    if notnull:
        checks.append(f"{c} IS NULL")
    if kind == "CHAR(32)":  # SQLAlchemy's Uuid on SQLite: 32 lowercase hex digits
        checks.append(
            f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR length({c}) != 32 "
            f"OR {c} GLOB '*[^0-9a-f]*'))"
        )
    elif kind == "JSON":
        checks.append(f"({c} IS NOT NULL AND NOT json_valid({c}))")
    elif kind in ("INTEGER", "BIGINT"):
        checks.append(f"typeof({c}) NOT IN ('integer', 'null')")
    elif kind == "BOOLEAN":
        checks.append(f"({c} IS NOT NULL AND {c} NOT IN (0, 1))")
    elif kind == "FLOAT":
        checks.append(f"typeof({c}) NOT IN ('real', 'integer', 'null')")
    elif kind == "DATE":
        checks.append(f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR date({c}) IS NOT {c}))")
    elif kind == "TIME":
        checks.append(f"({c} IS NOT NULL AND (typeof({c}) != 'text' OR time({c}) IS NULL))")
    elif kind.startswith(("VARCHAR", "TEXT")):
        checks.append(f"typeof({c}) NOT IN ('text', 'null')")
    return " OR ".join(checks) or None


def _expected_columns() -> dict[str, set[str]]:
    return {name: {c.name for c in columns} for name, columns in schema_columns().items()}


def content_problem(
    connection: sqlite3.Connection, tables: list[str], revision: str | None
) -> str | None:
    """The first malformed value or schema mismatch, in one line; None if all is well."""
    expected = _expected_columns() if revision == SCHEMA_REVISION else {}
    # quick_check skips comparing index entries with their rows; a garbled copy of a name
    # in an index would be read by a query the index covers.
    try:
        results = connection.execute("PRAGMA integrity_check(1)").fetchone()
    except UnicodeDecodeError:  # the report quotes garbled text
        return "text that is not UTF-8"
    if results and results[0] != "ok":
        return str(results[0]).splitlines()[0]
    for table in tables:
        if table == "alembic_version":
            continue
        info = connection.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
        columns = {row[1]: (row[2], bool(row[3])) for row in info}
        if table in expected and set(columns) != expected[table]:
            return f"table {table}: columns differ from this version's"
        conditions = []
        for column, (declared, notnull) in columns.items():
            bad = _bad_value(column, declared, notnull)
            if bad:
                conditions.append(bad)
            allowed = VOCABULARIES.get((table, column))
            if allowed:
                values = ", ".join("'" + v + "'" for v in sorted(allowed))
                conditions.append(f"{_quote(column)} NOT IN ({values})")
        if conditions:
            sql = f"SELECT count(*) FROM {_quote(table)} WHERE " + " OR ".join(conditions)
            if connection.execute(sql).fetchone()[0]:
                return f"table {table}: malformed values"
        texts = [
            _quote(c)
            for c, (declared, _notnull) in columns.items()
            if declared.upper().startswith(("VARCHAR", "TEXT", "JSON"))
        ]
        if texts:
            # Decoding every text as UTF-8 (sqlite3 raises for invalid bytes).
            try:
                connection.execute(f"SELECT {', '.join(texts)} FROM {_quote(table)}").fetchall()
            except sqlite3.OperationalError:
                return f"table {table}: text that is not UTF-8"
    return None
