"""The demo's data files (resources/demo/*.json): the shipped tables load whole, and a record
of the wrong shape is refused with the file and the place named."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from arenadesk.demo import arena_data, open_space_data
from arenadesk.demo.records import DemoDataError, DemoFile, read_demo_file, texts
from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES, Perspective, Role


def test_the_demo_arena_tables_load_whole() -> None:
    assert arena_data.ARENA["days"] == [dt.date(2027, 3, 9), dt.date(2027, 3, 10)]
    assert arena_data.ARENA["organiser"] == arena_data.ORGANISER
    assert len(arena_data.MAIN_AREAS) == 4
    assert [g["code"] for g in arena_data.GROUPS] == ["1A", "1B", "1C", "2A", "3A", "4A", "4B-1"]
    assert len(arena_data.PEOPLE) == 70
    assert len(arena_data.MEMBERSHIPS) == 70
    assert {Perspective(p) for p in arena_data.PERSPECTIVES} == set(KNOWN_PERSPECTIVES)
    assert {Role(r) for r in arena_data.ROLES} == set(Role)
    days = {days for *_, days in arena_data.MEMBERSHIPS}
    assert days == {(1, 2), (1,), (2,)}
    # Three people are registered but not yet placed in a group.
    placed = {key for _, key, _, _ in arena_data.MEMBERSHIPS}
    assert [p["key"] for p in arena_data.PEOPLE if p["key"] not in placed] == ["p68", "p69", "p70"]


def test_the_open_space_tables_load_whole() -> None:
    data = open_space_data
    assert data.ARENA["days"] == [dt.date(2027, 11, 2), dt.date(2027, 11, 3)]
    assert data.SLOTS[0] == (1, dt.time(11, 0), dt.time(12, 15))
    assert [day for day, _, _ in data.SLOTS] == [1, 1, 2, 2]
    assert len(data.SPACES) == 16
    assert len(data.SUPPORT_FACILITATORS) == 6
    assert (len(data.FIRST_NAMES), len(data.LAST_NAMES)) == (50, 40)
    assert sum(count for count, _ in data.PERSPECTIVES.values()) == 150
    assert all(roles for _, roles in data.PERSPECTIVES.values())
    assert len(data.INPUTS) == 50
    assert Counter(item.cell.split(".")[0] for item in data.INPUTS) == {
        "1": 16,
        "2": 14,
        "3": 8,
        "4": 12,
    }
    first = data.INPUTS[0]
    assert first.input_title != first.title and first.next_steps
    day_two = [item for item in data.INPUTS if int(item.cell.split(".")[0]) > 2]
    assert all(item.input_type in (1, 2, 3) for item in day_two)
    assert all((item.reference is None) == (item.input_type == 1) for item in day_two)


def test_every_shipped_file_reads_as_json() -> None:
    for name in ("arena.json", "open-space.json"):
        assert isinstance(read_demo_file(name).data, dict)


PERSON = texts("key", "name")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([], "people.json: people[3]: expected an object, got []"),
        ({"key": "p01"}, "people.json: people[3]: missing name"),
        ({"key": "p01", "name": "A", "age": 3}, "people.json: people[3]: unknown age"),
        ({"key": "p01", "name": 12}, "people.json: people[3].name: expected text, got 12"),
    ],
)
def test_a_record_of_the_wrong_shape_is_named(value: object, message: str) -> None:
    with pytest.raises(DemoDataError) as raised:
        DemoFile("people.json", {}).record(value, "people[3]", PERSON)
    assert str(raised.value) == message


def test_rows_lists_dates_and_times_are_checked() -> None:
    file = DemoFile("x.json", {})
    assert file.row(["1A", 2], "r", str, int) == ("1A", 2)
    assert file.date("2027-03-09", "d") == dt.date(2027, 3, 9)
    assert file.time("09:30", "t") == dt.time(9, 30)
    assert file.record({"n": 1}, "o", {}, {"n": int, "m": str}) == {"n": 1}
    with pytest.raises(DemoDataError, match=r"^x.json: r: expected 2 values$"):
        file.row(["1A"], "r", str, int)
    with pytest.raises(DemoDataError, match=r"^x.json: r\[1\]: expected a whole number"):
        file.row(["1A", True], "r", str, int)
    with pytest.raises(DemoDataError, match=r"^x.json: l\[2\]: expected text, got None$"):
        file.items(["a", "b", None], "l", str)
    with pytest.raises(DemoDataError, match=r"^x.json: d: expected a date \(YYYY-MM-DD\)"):
        file.date("9. mars", "d")
    with pytest.raises(DemoDataError, match=r"^x.json: t: expected a time \(HH:MM\), got 9$"):
        file.time(9, "t")
    with pytest.raises(DemoDataError, match=r"^x.json: t: expected a time \(HH:MM\)"):
        file.time("25:00", "t")
