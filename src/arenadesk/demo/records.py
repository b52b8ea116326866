"""The demo's data files (resources/demo/*.json), read with every record's shape checked.

The files ship with the app, so a record of the wrong shape is a mistake in them, not in
anything a user did: it raises `DemoDataError` naming the file and the place
("arena.json: people[3].name: expected text, got 12"), and no demo is made from it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from importlib.resources import files
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")

_KINDS = {str: "text", int: "a whole number", list: "a list", dict: "an object"}


class DemoDataError(ValueError):
    """A demo data file that does not have the shape its loader expects."""


def texts(*keys: str) -> dict[str, type]:
    """A record's keys that all hold text, for `DemoFile.record`."""
    return dict.fromkeys(keys, str)


def read_demo_file(name: str) -> DemoFile:
    """resources/demo/<name>, parsed."""
    text = files("arenadesk.resources").joinpath("demo", name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DemoDataError(f"{name}: not valid JSON ({exc})") from exc
    return DemoFile(name, data)


class DemoFile:
    """One parsed demo file and the checks its loader builds its tables with; `where` is
    the place in the file, for the message."""

    def __init__(self, name: str, data: object) -> None:
        self.name = name
        self.data = data

    def top(self, **kinds: type) -> dict[str, Any]:
        """The file's object, with exactly these keys."""
        return self.record(self.data, "(top)", kinds)

    def arena(self, value: object, *more: str) -> dict[str, object]:
        """The "arena" record: its texts (`name`, `venue`, `theme`, `organiser` and `more`)
        and `days`, made dates."""
        keys = texts("name", "venue", "theme", "organiser", *more)
        place = "arena"
        arena = self.record(value, place, {**keys, "days": list})
        days = [self.date(day, at) for at, day in self.each(arena["days"], f"{place}.days")]
        return {**arena, "days": days}

    def fail(self, where: str, problem: str) -> NoReturn:
        raise DemoDataError(f"{self.name}: {where}: {problem}")

    def check(self, condition: bool, where: str, problem: str) -> None:
        if not condition:
            self.fail(where, problem)

    def value(self, value: object, where: str, kind: type[T]) -> T:
        # bool is an int to Python, never to these files.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(where, f"expected {_KINDS.get(kind, kind.__name__)}, got {value!r}")
        return value

    def record(
        self,
        value: object,
        where: str,
        required: Mapping[str, type],
        optional: Mapping[str, type] | None = None,
    ) -> dict[str, Any]:
        """An object with exactly the `required` keys, and perhaps the `optional` ones,
        each value of its type."""
        record = self.value(value, where, dict)
        optional = optional or {}
        missing = [key for key in required if key not in record]
        unknown = [key for key in record if key not in required and key not in optional]
        self.check(not missing, where, f"missing {', '.join(missing)}")
        self.check(not unknown, where, f"unknown {', '.join(unknown)}")
        for key, item in record.items():
            self.value(item, f"{where}.{key}", required.get(key) or optional[key])
        return record

    def row(self, value: object, where: str, *kinds: type) -> tuple[Any, ...]:
        """A list of len(kinds) values, each of its type, as a tuple."""
        items = self.value(value, where, list)
        self.check(len(items) == len(kinds), where, f"expected {len(kinds)} values")
        pairs = enumerate(zip(items, kinds, strict=True))
        return tuple(self.value(v, f"{where}[{i}]", k) for i, (v, k) in pairs)

    def items(self, value: object, where: str, kind: type[T]) -> list[T]:
        """A list whose every item is of `kind`."""
        return [self.value(item, w, kind) for w, item in self.each(value, where)]

    def each(self, value: object, where: str) -> Iterator[tuple[str, object]]:
        """A list's items, each with its place ("people[3]")."""
        for index, item in enumerate(self.value(value, where, list)):
            yield f"{where}[{index}]", item

    def date(self, value: object, where: str) -> dt.date:
        """An ISO date, "2027-03-09"."""
        return self._parsed(value, where, dt.date.fromisoformat, "a date (YYYY-MM-DD)")

    def time(self, value: object, where: str) -> dt.time:
        """A time of day, "09:30"."""
        return self._parsed(value, where, _clock_time, "a time (HH:MM)")

    def _parsed(self, value: object, where: str, parse: Callable[[str], T], kind: str) -> T:
        if isinstance(value, str):
            try:
                return parse(value)
            except ValueError:
                pass
        self.fail(where, f"expected {kind}, got {value!r}")


def _clock_time(text: str) -> dt.time:
    return dt.datetime.strptime(text, "%H:%M").time()
