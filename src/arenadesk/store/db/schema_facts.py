"""What the open check needs to know of the schema, without SQLAlchemy.

Every file is checked before anything reads it (`fileinfo.inspect_file`): its columns
against this version's, every value against the row rules. Both come from the models, but
importing SQLAlchemy and the models costs ~0.4 s, which would put them back on the way to
the first screen. So the columns of each table (name, kind, VARCHAR length, required) are
kept in `resources/schema/columns.json`, written from the models by
`python -m arenadesk.store.db.schema_facts`; a test keeps the two equal.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

# The Alembic revision the models (and so these facts) match. Opening a file already at
# this revision needs no Alembic at all (it costs ~0.2 s of start-up); a test keeps it
# equal to the migrations' head.
SCHEMA_REVISION = "0012_merge_log_every_loser"

# SQLAlchemy type → kind; subclasses before their bases (BigInteger is an Integer, Text a
# String). A type not listed (LargeBinary) has no value rule of its own.
KINDS = (
    ("Uuid", "uuid"),
    ("Boolean", "boolean"),
    ("Float", "float"),
    ("BigInteger", "bigint"),
    ("Integer", "integer"),
    ("Date", "date"),
    ("Time", "time"),
    ("JSON", "json"),
    ("Text", "text"),
    ("String", "string"),
)


@dataclass(frozen=True)
class ColumnFact:
    name: str
    kind: str  # one of KINDS' second names, or "other"
    length: int | None  # a VARCHAR's length
    required: bool  # NOT NULL


@cache
def _facts() -> dict[str, Any]:
    text = files("arenadesk.resources").joinpath("schema", "columns.json").read_text("utf-8")
    facts: dict[str, Any] = json.loads(text)
    return facts


@cache
def schema_columns() -> dict[str, tuple[ColumnFact, ...]]:
    """Each table of this version's schema and its columns, in the models' order."""
    return {
        table: tuple(ColumnFact(*column) for column in columns)
        for table, columns in _facts()["tables"].items()
    }


def synced_tables() -> list[str]:
    """The tables with sync columns, parents before children."""
    return list(_facts()["synced"])


def from_models() -> dict[str, Any]:
    """The same facts read from the models (imports SQLAlchemy): the source of the file."""
    import sqlalchemy

    from arenadesk.store.db.schema import Base, synced_models

    def kind_of(column_type: object) -> str:
        for type_name, kind in KINDS:
            if isinstance(column_type, getattr(sqlalchemy, type_name)):
                return kind
        return "other"

    synced = {model.__table__.name for model in synced_models()}  # type: ignore[attr-defined]
    tables = {
        name: [
            [
                column.name,
                kind_of(column.type),
                getattr(column.type, "length", None),
                not column.nullable,
            ]
            for column in table.columns
        ]
        for name, table in sorted(Base.metadata.tables.items())
    }
    return {
        "synced": [t.name for t in Base.metadata.sorted_tables if t.name in synced],
        "tables": tables,
    }


def write(target: Path) -> None:
    """One line per column: [name, kind, length, required]."""
    facts = from_models()
    tables = [
        f"  {json.dumps(table)}: [\n" + ",\n".join(f"   {json.dumps(c)}" for c in columns) + "\n  ]"
        for table, columns in facts["tables"].items()
    ]
    synced = json.dumps(facts["synced"])
    text = f'{{\n "synced": {synced},\n "tables": {{\n' + ",\n".join(tables) + "\n }\n}\n"
    target.write_text(text, "utf-8")


if __name__ == "__main__":  # pragma: no cover - run by hand after a model changes
    root = Path(__file__).resolve().parents[4]
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources/schema/columns.json")
