"""One rule set for every stored value: what a row of each table may hold.

Used wherever rows come from outside the app's own forms: a package or setup file (every
row, before anything is written), a file being opened, and a merge whose target is a
PostgreSQL server. The rules come from the models (types, required values, VARCHAR
lengths, which PostgreSQL enforces and SQLite does not) plus what the forms allow
(enumerations, number ranges, finite geometry, JSON shapes, time stamps). A value that
passes is one every screen, report and sheet writer can take.

Values are accepted as SQLite stores them (a UUID as 32 hex digits, a date as ISO text,
JSON as text, a boolean as 0/1) or as SQLAlchemy returns them (UUID, date, list, bool),
so the same rules check a raw package row and a row about to be written to a server.

Each table's rules are built once from the models (`store/db/value_checks.py` holds the
checks of single values). `chunk_passes` holds a whole chunk of rows to them column by
column; `row_problems` says, row by row, what breaks which rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from operator import is_not
from typing import Any

from arenadesk.domain.note_layout import NOTE_COLOURS
from arenadesk.domain.photos import MAX_CAPTION, MAX_STORED_BYTES, MIMES, REPORT_LONG_EDGE
from arenadesk.domain.report import STRENGTH_LEVELS
from arenadesk.domain.vocabulary import ArenaFormat, Perspective, Role
from arenadesk.store.db import value_checks as checks
from arenadesk.store.db.image_rules import content_problems
from arenadesk.store.db.schema_facts import ColumnFact, schema_columns
from arenadesk.store.db.value_checks import LONG_TEXT, Reason, ValueRule, device_problem

__all__ = [
    "DAY_US",
    "FLOAT_RANGES",
    "LATEST_STAMP_ANYWHERE",
    "LONG_TEXT",
    "VOCABULARIES",
    "Reason",
    "StampWindow",
    "chunk_passes",
    "column_names",
    "device_problem",
    "row_problems",
    "when_text",
]

NOTE_TEXT = 4_000  # store/boards.py NOTE_LIMIT
INT32 = 2**31 - 1
SAFE_INT = 2**53 - 1  # exact in a JSON number and a float, far from any overflow

MICROS = 1_000_000
DAY_US = 24 * 3600 * MICROS
EARLIEST_STAMP = int(dt.datetime(2000, 1, 1, tzinfo=dt.UTC).timestamp()) * MICROS
# A file opened on this laptop was written by ArenaDesk here; its clock may have been ahead
# for a while. Only stamps that would break arithmetic are refused there.
LATEST_STAMP_ANYWHERE = int(dt.datetime(2200, 1, 1, tzinfo=dt.UTC).timestamp()) * MICROS


# Closed vocabularies stored as text: (table, column) -> allowed values.
VOCABULARIES: dict[tuple[str, str], frozenset[str]] = {
    ("person", "perspective"): frozenset(Perspective),
    ("membership", "role"): frozenset(Role),
    ("arena", "format"): frozenset(ArenaFormat),
    ("note", "colour"): frozenset(NOTE_COLOURS),
    ("photo", "mime"): frozenset(MIMES),
    ("photo_content", "mime"): frozenset(MIMES),
}

# Whole-number ranges the forms allow: (table, column) -> (lowest, highest).
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("arena_day", "number"): (1, 31),
    ("os_slot", "number"): (1, 1000),
    ("os_slot", "day"): (1, 31),
    ("os_space", "number"): (1, 1000),
    ("os_conversation", "input_type"): (1, 3),
    ("template_session", "number"): (1, 1000),
    ("template_session", "day"): (1, 31),
    ("template_step", "minutes"): (0, 24 * 60),
    ("self_evaluation", "strength"): (min(STRENGTH_LEVELS), max(STRENGTH_LEVELS)),
    ("session_run", "extra_seconds"): (-24 * 3600, 24 * 3600),
    ("step_log", "planned_seconds"): (0, 7 * 24 * 3600),
    ("step_log", "actual_seconds"): (0, 7 * 24 * 3600),
    ("step_log", "paused_seconds"): (0, 7 * 24 * 3600),
    ("session_run", "paused_total"): (0, 7 * 24 * 3600 * MICROS),
    ("photo", "position"): (0, 100_000),
    ("photo", "width"): (1, REPORT_LONG_EDGE),
    ("photo", "height"): (1, REPORT_LONG_EDGE),
    ("photo", "byte_size"): (1, MAX_STORED_BYTES),
    ("photo_content", "width"): (1, REPORT_LONG_EDGE),
    ("photo_content", "height"): (1, REPORT_LONG_EDGE),
    ("photo_content", "byte_size"): (1, MAX_STORED_BYTES),
}
# SHA-256 digests, as lower-case hex.
HASH_COLUMNS = {
    ("photo", "sha256"),
    ("photo", "original_sha256"),
    ("photo_content", "sha256"),
}
# Note geometry in board units (a template is about 1600 × 1000).
FLOAT_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("note", "x"): (-100_000.0, 100_000.0),
    ("note", "y"): (-100_000.0, 100_000.0),
    ("note", "w"): (1.0, 10_000.0),
    ("note", "h"): (1.0, 10_000.0),
}
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("note", "text"): NOTE_TEXT,
    ("photo", "caption"): MAX_CAPTION,
}
# Wall-clock stamps (µs) besides the sync columns: bounded like them.
STAMP_COLUMNS = {
    ("session_run", "started_at"),
    ("session_run", "step_started_at"),
    ("session_run", "paused_at"),
    ("session_run", "finished_at"),
    ("step_log", "started_at"),
    ("step_log", "ended_at"),
}


@dataclass(frozen=True)
class StampWindow:
    """The stamps a file may hold: from 2000 to a day past the checking machine's clock."""

    earliest: int = EARLIEST_STAMP
    latest: int = LATEST_STAMP_ANYWHERE

    @classmethod
    def around_now(cls, now_us: int, ahead_us: int = DAY_US) -> StampWindow:
        return cls(EARLIEST_STAMP, now_us + ahead_us)


_JSON_SHAPES: dict[tuple[str, str], ValueRule] = {
    ("membership", "days"): checks.DAY_LIST,
    ("self_evaluation", "reasons"): checks.REASON_LIST,
}


def _column_rule(table: str, column: ColumnFact) -> ValueRule | None:
    """The rule of one column's non-null values (None: nothing to check)."""
    key = (table, column.name)
    kind = column.kind
    if key in VOCABULARIES:
        return checks.vocabulary(VOCABULARIES[key])
    if column.name == "device_id" or key == ("merge_log", "row_device_id"):
        return checks.DEVICE
    if key in HASH_COLUMNS:
        return checks.DIGEST
    if kind == "bigint":
        if column.name in ("created_at", "updated_at") or key in STAMP_COLUMNS:
            return checks.integer(0, 2**63 - 1)  # then held to the stamp window
        return checks.integer(*RANGES.get(key, (0, SAFE_INT)))
    if kind == "integer":
        return checks.integer(*RANGES.get(key, (-INT32, INT32)))
    if kind == "float":
        return checks.number(*FLOAT_RANGES.get(key, (-1e12, 1e12)))
    if kind == "json":
        return _JSON_SHAPES.get(key, checks.ANY_JSON)
    if kind == "string":
        return checks.text(min(column.length or LONG_TEXT, TEXT_LIMITS.get(key, LONG_TEXT)))
    if kind == "text":
        return checks.text(TEXT_LIMITS.get(key, LONG_TEXT))
    return _PLAIN_RULES.get(kind)


# Kinds whose rule depends on nothing but the kind.
_PLAIN_RULES: dict[str, ValueRule] = {
    "uuid": checks.UUID,
    "boolean": checks.BOOLEAN,
    "date": checks.DATE,
    "time": checks.TIME,
}


@dataclass(frozen=True)
class _ColumnRule:
    name: str
    required: bool
    rule: ValueRule | None
    stamp: bool


@cache
def _table_rules(table_name: str) -> tuple[_ColumnRule, ...]:
    return tuple(
        _ColumnRule(
            column.name,
            column.required,
            _column_rule(table_name, column),
            column.name in ("created_at", "updated_at")
            or (table_name, column.name) in STAMP_COLUMNS,
        )
        for column in schema_columns()[table_name]
    )


def row_problems(
    table_name: str, row: Mapping[str, Any], window: StampWindow = StampWindow()
) -> Iterator[tuple[str, Reason]]:
    """Every (column, reason) this row breaks; nothing for a row every rule accepts."""
    for rule in _table_rules(table_name):
        value = row.get(rule.name)
        if value is None:
            if rule.required:
                yield rule.name, Reason("rule.required")
            continue
        problem = rule.rule.check(value) if rule.rule is not None else None
        if problem is None and rule.stamp and not window.earliest <= value <= window.latest:
            problem = Reason("rule.stamp", when_text(value))
        if problem is not None:
            yield rule.name, problem
    whole = _ROW_CHECKS.get(table_name)
    if whole is not None:
        yield from whole(row)


_not_none = partial(is_not, None)


def chunk_passes(
    table_name: str,
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    window: StampWindow = StampWindow(),
) -> bool:
    """True when `row_problems` finds nothing in any of `rows` (tuples of the values of the
    columns `names`), checked a column at a time; False: some row may break a rule, so
    look row by row (False never means more than that)."""
    if table_name in _ROW_CHECKS:
        return False
    if not rows:
        return True
    columns = dict(zip(names, zip(*rows, strict=True), strict=True))
    try:
        for rule in _table_rules(table_name):
            values: Sequence[Any] | None = columns.get(rule.name)
            if values is None:
                if rule.required:
                    return False
                continue
            if None in values:
                if rule.required:
                    return False
                values = list(filter(_not_none, values))
                if not values:
                    continue
            if rule.rule is not None and not rule.rule.all_pass(values):
                return False
            if rule.stamp and not window.earliest <= min(values) <= max(values) <= window.latest:
                return False
    except (TypeError, ValueError, OverflowError):
        return False  # a value of a kind the column-wide checks do not handle
    return True


# Rules over a whole row, beside the per-column ones.
_ROW_CHECKS: dict[str, Callable[[Mapping[str, Any]], Iterator[tuple[str, Reason]]]] = {
    "photo_content": content_problems,
}


def when_text(stamp: int) -> str:
    """A stamp as a date a person can read (or the number, if no calendar holds it)."""
    try:
        return dt.datetime.fromtimestamp(stamp / MICROS, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, OSError, ValueError):
        return str(stamp)


def column_names(table_name: str) -> tuple[str, ...]:
    return tuple(rule.name for rule in _table_rules(table_name))
