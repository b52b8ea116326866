"""The Open Space demo arena: the size and shape of the 2020 arena, deterministic."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from arenadesk.demo.open_space import SUPPORT_TITLE, create_open_space_demo
from arenadesk.domain.open_space import ConversationRow, InputType
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import UserError
from arenadesk.store.anonymise import export_anonymised
from arenadesk.store.arenas import get_arena
from arenadesk.store.conversations import list_conversations
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.open_space import get_wall
from arenadesk.store.people import list_people
from tests.templates import Templates


@pytest.fixture
def os_demo(tmp_path: Path, device: Device, templates: Templates) -> Iterator[Database]:
    """The Open Space demo in a new file (built once per session by
    `create_open_space_demo`, copied for each test)."""
    path = templates.copy("open-space-demo", device, tmp_path / "arena.sqlite")
    db = open_database(path, device)
    yield db
    db.close()


def _rows(db: Database) -> list[ConversationRow]:
    arena = get_arena(db)
    assert arena is not None
    return list_conversations(db, arena.id)


def test_the_demo_has_the_size_of_the_2020_arena(os_demo: Database) -> None:
    arena = get_arena(os_demo)
    assert arena is not None
    assert arena.format is ArenaFormat.OPEN_SPACE
    assert arena.name == "Åpen arena 2027 – Open Space"
    assert len(arena.days) == 2 and all(arena.days)
    assert len(list_people(os_demo, arena.id)) == 150
    wall = get_wall(os_demo, arena.id)
    assert [(s.number, s.day) for s in wall.slots] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert all(s.starts and s.ends and s.starts < s.ends for s in wall.slots)
    assert len(wall.spaces) == 16 and len({s.name for s in wall.spaces}) == 16
    assert {"Sirkel A", "Rom 201", "Kantina"} <= {s.name for s in wall.spaces}
    assert len(wall.topics) == 50 and not wall.unplaced() and not wall.clashes
    assert [len(wall.in_slot(s.id)) for s in wall.slots] == [16, 14, 8, 12]
    assert all(t.documented for t in wall.topics)


def test_inputs_are_numbered_by_cell_with_gaps(os_demo: Database) -> None:
    rows = _rows(os_demo)
    numbers = [r.number for r in rows]
    assert len(rows) == 50 and len(set(numbers)) == 50
    assert numbers[:3] == ["1.1", "1.2", "1.3"] and numbers[-1] == "4.16"
    assert "2.5" not in numbers and "3.9" not in numbers and "4.2" not in numbers
    assert all(re.fullmatch(r"[1-4]\.\d{1,2}", str(n)) for n in numbers)


def test_day_two_types_refer_to_day_one_inputs(os_demo: Database) -> None:
    rows = _rows(os_demo)
    by_conversation = {r.conversation_id: r for r in rows}
    assert all(r.input_type is None for r in rows if r.day == 1)
    day2 = [r for r in rows if r.day == 2]
    types = Counter(r.input_type for r in day2)
    assert set(types) == set(InputType) and sum(types.values()) == 20
    for row in day2:
        if row.input_type is InputType.NEW:
            assert row.reference_id is None
            continue
        referred = by_conversation[row.reference_id]
        assert referred.day == 1 and row.reference_number == referred.number
        assert row.type_text().endswith(f"innspill nr. {referred.number}")


def test_every_conversation_is_documented_in_full(os_demo: Database) -> None:
    arena = get_arena(os_demo)
    assert arena is not None
    people = list_people(os_demo, arena.id)
    staff = {p.name for p in people if p.title == SUPPORT_TITLE}
    assert len(staff) == 6
    in_slot: dict[int | None, list[str]] = {}
    for row in _rows(os_demo):
        names = [p.name for p in row.participants]
        assert 4 <= len(names) <= 12 and len(set(names)) == len(names)
        assert row.convener in names and not staff & set(names)
        assert row.documented_by in staff
        assert row.input_title and row.discussion
        assert 2 <= len(re.findall(r"[.?!](?:\s|$)", row.input_text)) <= 5, row.number
        assert 0 <= len(row.next_step_lines) <= 3
        in_slot.setdefault(row.slot_number, []).extend(names)
    # Nobody is in two conversations in the same økt.
    assert all(len(names) == len(set(names)) for names in in_slot.values())
    assert "Unge i arbeid, bra start på arbeidslivet" in {r.title for r in _rows(os_demo)}
    text = " ".join(r.input_text + r.discussion for r in _rows(os_demo))
    assert {"æ", "ø", "å"} <= set(text)


def test_the_demo_is_the_same_every_time(os_demo: Database, tmp_path: Path) -> None:
    other = open_database(
        tmp_path / "again.sqlite", Device("22222222-2222-4222-8222-222222222222", "b")
    )
    try:
        create_open_space_demo(other)

        def content(db: Database) -> list[tuple[object, ...]]:
            return [
                (r.number, r.topic_title, r.convener, r.input_text, r.reference_number)
                + tuple(p.name for p in r.participants)
                for r in _rows(db)
            ]

        assert content(other) == content(os_demo)
    finally:
        other.close()


def test_a_file_with_an_arena_is_refused(demo_db: Database) -> None:
    with pytest.raises(UserError) as caught:
        create_open_space_demo(demo_db)
    assert caught.value.key == "cli.demo_exists"


def test_an_anonymised_copy_has_no_names_on_the_wall_or_in_the_inputs(
    os_demo: Database, tmp_path: Path
) -> None:
    arena = get_arena(os_demo)
    assert arena is not None
    names = [p.name for p in list_people(os_demo, arena.id)]
    copy = export_anonymised(os_demo, tmp_path / "anonym.sqlite")
    with sqlite3.connect(copy) as connection:
        texts = connection.execute(
            "SELECT t.title || ' ' || t.convener || ' ' || c.input_text || ' ' || c.discussion "
            "|| ' ' || c.documented_by FROM os_topic t JOIN os_conversation c "
            "ON c.topic_id = t.id"
        ).fetchall()
        participants = connection.execute("SELECT count(*) FROM os_participant").fetchone()[0]
    assert len(texts) == 50
    assert not [n for n in names for (t,) in texts if n in t]
    assert participants == sum(len(r.participants) for r in _rows(os_demo))
