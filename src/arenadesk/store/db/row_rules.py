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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, String, Table, Text, Time
from sqlalchemy import Uuid as UuidType

from arenadesk.domain.note_layout import NOTE_COLOURS
from arenadesk.domain.photos import MAX_CAPTION, MAX_STORED_BYTES, MIMES, REPORT_LONG_EDGE
from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS
from arenadesk.domain.vocabulary import ArenaFormat, Perspective, Role

LONG_TEXT = 20_000  # the forms' limit for long texts (store/validate.py LONG)
NOTE_TEXT = 4_000  # store/boards.py NOTE_LIMIT
INT32 = 2**31 - 1
SAFE_INT = 2**53 - 1  # exact in a JSON number and a float, far from any overflow

MICROS = 1_000_000
DAY_US = 24 * 3600 * MICROS
EARLIEST_STAMP = int(dt.datetime(2000, 1, 1, tzinfo=dt.UTC).timestamp()) * MICROS
# A file opened on this laptop was written by ArenaDesk here; its clock may have been ahead
# for a while. Only stamps that would break arithmetic are refused there.
LATEST_STAMP_ANYWHERE = int(dt.datetime(2200, 1, 1, tzinfo=dt.UTC).timestamp()) * MICROS

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DEVICE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._:-]{0,35}")

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
class Reason:
    """Why a value was refused: a message key and its parameters (put in words later)."""

    key: str
    limit: object = ""


@dataclass(frozen=True)
class StampWindow:
    """The stamps a file may hold: from 2000 to a day past the checking machine's clock."""

    earliest: int = EARLIEST_STAMP
    latest: int = LATEST_STAMP_ANYWHERE

    @classmethod
    def around_now(cls, now_us: int, ahead_us: int = DAY_US) -> StampWindow:
        return cls(EARLIEST_STAMP, now_us + ahead_us)


Check = Callable[[Any], Reason | None]


def _text(limit: int, column: str) -> Check:
    def check(value: Any) -> Reason | None:
        if not isinstance(value, str):
            return Reason("rule.not_text")
        if len(value) > limit:
            return Reason("rule.too_long", limit)
        if _CONTROL.search(value):
            return Reason("rule.control_chars")
        return None

    return check


def _uuid(value: Any) -> Reason | None:
    if isinstance(value, uuid.UUID):
        return None
    if isinstance(value, str) and _HEX32.fullmatch(value):
        return None
    return Reason("rule.not_id")


def _integer(low: int, high: int) -> Check:
    def check(value: Any) -> Reason | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return Reason("rule.not_whole")
        if not low <= value <= high:
            return Reason("rule.out_of_range", f"{low}–{high}")
        return None

    return check


def _float(low: float, high: float) -> Check:
    def check(value: Any) -> Reason | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Reason("rule.not_number")
        if not math.isfinite(value):
            return Reason("rule.not_finite")
        if not low <= value <= high:
            return Reason("rule.out_of_range", f"{low:g}–{high:g}")
        return None

    return check


def _boolean(value: Any) -> Reason | None:
    return None if value in (0, 1) and not isinstance(value, float) else Reason("rule.not_bool")


def _date(value: Any) -> Reason | None:
    if isinstance(value, dt.datetime):
        return Reason("rule.not_date")
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return Reason("rule.not_date")
        if len(value.isoformat()) != 10:
            return Reason("rule.not_date")
    if not isinstance(value, dt.date):
        return Reason("rule.not_date")
    if not 1900 <= value.year <= 2200:
        return Reason("rule.out_of_range", "1900–2200")
    return None


def _time(value: Any) -> Reason | None:
    if isinstance(value, str):
        try:
            dt.time.fromisoformat(value)
        except ValueError:
            return Reason("rule.not_time")
        return None
    return None if isinstance(value, dt.time) else Reason("rule.not_time")


def _json_value(value: Any) -> tuple[Any, Reason | None]:
    if isinstance(value, str):
        if len(value) > LONG_TEXT:
            return None, Reason("rule.too_long", LONG_TEXT)
        try:
            return json.loads(value), None
        except ValueError:
            return None, Reason("rule.not_json")
    if isinstance(value, (list, dict)):
        return value, None
    return None, Reason("rule.not_json")


def _day_list(value: Any) -> Reason | None:
    days, problem = _json_value(value)
    if problem:
        return problem
    if not isinstance(days, list) or len(days) > 31:
        return Reason("rule.not_day_list")
    for day in days:
        if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 31:
            return Reason("rule.not_day_list")
    return None if len(set(days)) == len(days) else Reason("rule.not_day_list")


def _reason_list(value: Any) -> Reason | None:
    reasons, problem = _json_value(value)
    if problem:
        return problem
    if not isinstance(reasons, list) or not all(r in STRENGTH_REASONS for r in reasons):
        return Reason("rule.not_reason_list")
    return None if len(set(reasons)) == len(reasons) else Reason("rule.not_reason_list")


def _any_json(value: Any) -> Reason | None:
    return _json_value(value)[1]


def _vocabulary(allowed: frozenset[str]) -> Check:
    def check(value: Any) -> Reason | None:
        return None if value in allowed else Reason("rule.not_allowed", ", ".join(sorted(allowed)))

    return check


def _digest(value: Any) -> Reason | None:
    return None if isinstance(value, str) and _HEX64.fullmatch(value) else Reason("rule.not_digest")


def device_problem(value: Any) -> Reason | None:
    if not isinstance(value, str) or not _DEVICE.fullmatch(value):
        return Reason("rule.not_device")
    return None


_JSON_SHAPES: dict[tuple[str, str], Check] = {
    ("membership", "days"): _day_list,
    ("self_evaluation", "reasons"): _reason_list,
}


def _column_check(table: str, column: Any) -> Check | None:
    """The check of one column's non-null values (None: nothing to check)."""
    key = (table, column.name)
    kind = column.type
    if key in VOCABULARIES:
        return _vocabulary(VOCABULARIES[key])
    if column.name == "device_id" or key == ("merge_log", "row_device_id"):
        return device_problem
    if key in HASH_COLUMNS:
        return _digest
    if isinstance(kind, UuidType):
        return _uuid
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Float):
        low, high = FLOAT_RANGES.get(key, (-1e12, 1e12))
        return _float(low, high)
    if isinstance(kind, BigInteger):
        if column.name in ("created_at", "updated_at") or key in STAMP_COLUMNS:
            return _integer(0, 2**63 - 1)  # then held to the stamp window
        return _integer(*RANGES.get(key, (0, SAFE_INT)))
    if isinstance(kind, Integer):
        return _integer(*RANGES.get(key, (-INT32, INT32)))
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Time):
        return _time
    if isinstance(kind, JSON):
        return _JSON_SHAPES.get(key, _any_json)
    if isinstance(kind, String) and not isinstance(kind, Text):
        return _text(min(kind.length or LONG_TEXT, TEXT_LIMITS.get(key, LONG_TEXT)), column.name)
    if isinstance(kind, (Text, String)):
        return _text(TEXT_LIMITS.get(key, LONG_TEXT), column.name)
    return None


@dataclass(frozen=True)
class _ColumnRule:
    name: str
    required: bool
    check: Check | None
    stamp: bool


@cache
def _table_rules(table_name: str) -> tuple[_ColumnRule, ...]:
    from arenadesk.store.db.schema import Base

    table: Table = Base.metadata.tables[table_name]
    return tuple(
        _ColumnRule(
            column.name,
            not column.nullable,
            _column_check(table_name, column),
            column.name in ("created_at", "updated_at")
            or (table_name, column.name) in STAMP_COLUMNS,
        )
        for column in table.columns
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
        problem = rule.check(value) if rule.check is not None else None
        if problem is None and rule.stamp and not window.earliest <= value <= window.latest:
            problem = Reason("rule.stamp", when_text(value))
        if problem is not None:
            yield rule.name, problem
    whole = _ROW_CHECKS.get(table_name)
    if whole is not None:
        yield from whole(row)


def _content_problems(row: Mapping[str, Any]) -> Iterator[tuple[str, Reason]]:
    """A stored image: its bytes are what its columns say (SHA-256, size, type and pixel
    size read from its header) and its id and version are those every laptop gives the
    same bytes (see store/models/photos.py)."""
    from arenadesk.images import header_of
    from arenadesk.store.models.photos import CONTENT_DEVICE, CONTENT_STAMP, content_id

    data = row.get("data")
    if not isinstance(data, bytes) or not 0 < len(data) <= MAX_STORED_BYTES:
        yield "data", Reason("rule.image_bytes")
        return
    digest = hashlib.sha256(data).hexdigest()
    if row.get("sha256") != digest:
        yield "sha256", Reason("rule.image_hash")
        return
    if _hex_of(row.get("id")) != content_id(digest).hex:
        yield "id", Reason("rule.image_hash")
    if row.get("byte_size") != len(data):
        yield "byte_size", Reason("rule.image_header")
    header = header_of(data)
    mime = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(header.format) if header else None
    if header is None or mime != row.get("mime"):
        yield "mime", Reason("rule.image_header")
    elif (header.width, header.height) != (row.get("width"), row.get("height")):
        yield "width", Reason("rule.image_header")
    version = (row.get("created_at"), row.get("updated_at"), row.get("device_id"))
    if version != (CONTENT_STAMP, CONTENT_STAMP, CONTENT_DEVICE) or row.get("deleted") not in (
        0,
        False,
    ):
        yield "updated_at", Reason("rule.image_version")


def _hex_of(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


# Rules over a whole row, beside the per-column ones.
_ROW_CHECKS: dict[str, Callable[[Mapping[str, Any]], Iterator[tuple[str, Reason]]]] = {
    "photo_content": _content_problems,
}


def when_text(stamp: int) -> str:
    """A stamp as a date a person can read (or the number, if no calendar holds it)."""
    try:
        return dt.datetime.fromtimestamp(stamp / MICROS, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    except (OverflowError, OSError, ValueError):
        return str(stamp)


def column_names(table_name: str) -> tuple[str, ...]:
    return tuple(rule.name for rule in _table_rules(table_name))
