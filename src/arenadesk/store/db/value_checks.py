"""The checks of single stored values, each in two forms built from one description.

A `ValueRule` says what a column's non-null values must be (an id, a whole number in a
range, a text up to a length, …). `check` says why one value is refused (or None);
`all_pass` looks at a whole column of a chunk of rows at once, with C-level set, `min`,
`max` and `map` passes over the distinct values instead of one call per value. `all_pass`
may only answer True for a column every value of which `check` accepts; when it answers
False (or cannot tell) the caller checks the chunk value by value to say what is wrong.

Values are accepted as SQLite stores them (a UUID as 32 hex digits, a date as ISO text,
JSON as text, a boolean as 0/1) or as SQLAlchemy returns them (UUID, date, list, bool).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from arenadesk.domain.report import STRENGTH_REASONS

LONG_TEXT = 20_000  # the forms' limit for long texts (store/validate.py LONG)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DEVICE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._:-]{0,35}")


@dataclass(frozen=True)
class Reason:
    """Why a value was refused: a message key and its parameters (put in words later)."""

    key: str
    limit: object = ""


Check = Callable[[Any], Reason | None]
# A whole column's non-null values (a list or tuple) -> every one passes `check`.
ChunkCheck = Callable[[Sequence[Any]], bool]


@dataclass(frozen=True)
class ValueRule:
    check: Check
    all_pass: ChunkCheck


# --- one value at a time -----------------------------------------------------------------


def _text(limit: int) -> Check:
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


# --- a column of a chunk at once -----------------------------------------------------------
# Each answers True only when every value is of the exact type SQLite returns for a value
# `check` accepts; anything else (an unhashable list, a UUID object, a subclass) is left to
# `check`. Errors mean "cannot tell" (the caller catches them).


def _types_within(values: Collection[Any], allowed: frozenset[type]) -> bool:
    return set(map(type, values)) <= allowed


_STR = frozenset({str})
_INT = frozenset({int})
_NUMBER = frozenset({int, float})
_BOOL = frozenset({int, bool})


def _matching(pattern: re.Pattern[str]) -> ChunkCheck:
    def all_pass(values: Sequence[Any]) -> bool:
        distinct = set(values)
        return _types_within(distinct, _STR) and all(map(pattern.fullmatch, distinct))

    return all_pass


def _text_chunk(limit: int) -> ChunkCheck:
    def all_pass(values: Sequence[Any]) -> bool:
        if not _types_within(values, _STR):
            return False
        # No control character in any value: one search over them all, joined by a
        # character the pattern allows.
        return max(map(len, values)) <= limit and _CONTROL.search("\n".join(values)) is None

    return all_pass


def _integer_chunk(low: int, high: int) -> ChunkCheck:
    def all_pass(values: Sequence[Any]) -> bool:
        return _types_within(values, _INT) and low <= min(values) and max(values) <= high

    return all_pass


def _float_chunk(low: float, high: float) -> ChunkCheck:
    def all_pass(values: Sequence[Any]) -> bool:
        return (
            _types_within(values, _NUMBER)
            and all(map(math.isfinite, values))
            and low <= min(values)
            and max(values) <= high
        )

    return all_pass


def _boolean_chunk(values: Sequence[Any]) -> bool:
    distinct = set(values)
    return _types_within(distinct, _BOOL) and distinct <= {0, 1}


def _vocabulary_chunk(allowed: frozenset[str]) -> ChunkCheck:
    def all_pass(values: Sequence[Any]) -> bool:
        distinct = set(values)
        return _types_within(distinct, _STR) and distinct <= allowed

    return all_pass


def _each(check: Check) -> ChunkCheck:
    """Value by value (rare columns: dates, times, JSON)."""

    def all_pass(values: Sequence[Any]) -> bool:
        return all(check(value) is None for value in values)

    return all_pass


# --- the rules ----------------------------------------------------------------------------

UUID = ValueRule(_uuid, _matching(_HEX32))
DEVICE = ValueRule(device_problem, _matching(_DEVICE))
DIGEST = ValueRule(_digest, _matching(_HEX64))
BOOLEAN = ValueRule(_boolean, _boolean_chunk)
DATE = ValueRule(_date, _each(_date))
TIME = ValueRule(_time, _each(_time))
ANY_JSON = ValueRule(_any_json, _each(_any_json))
DAY_LIST = ValueRule(_day_list, _each(_day_list))
REASON_LIST = ValueRule(_reason_list, _each(_reason_list))


def text(limit: int) -> ValueRule:
    return ValueRule(_text(limit), _text_chunk(limit))


def integer(low: int, high: int) -> ValueRule:
    return ValueRule(_integer(low, high), _integer_chunk(low, high))


def number(low: float, high: float) -> ValueRule:
    return ValueRule(_float(low, high), _float_chunk(low, high))


def vocabulary(allowed: frozenset[str]) -> ValueRule:
    return ValueRule(_vocabulary(allowed), _vocabulary_chunk(allowed))
