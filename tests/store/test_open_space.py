"""The program wall and documented conversations in the database."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from arenadesk.domain.open_space import InputType, number_sort_key
from arenadesk.domain.wall import Wall
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store import conversations as conv
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.erase import erase_person
from arenadesk.store.people import list_people


def _wall(db: Database) -> tuple[uuid.UUID, Wall]:
    arena_id = require_arena_id(db)
    wall = wall_store.set_up_wall(
        db,
        arena_id,
        [
            (1, dt.time(10, 30), dt.time(12, 0)),
            (1, dt.time(13, 0), dt.time(14, 30)),
            (2, dt.time(9, 30), dt.time(11, 0)),
            (2, dt.time(11, 15), dt.time(12, 45)),
        ],
        [f"Rom {n}" for n in range(1, 6)],
    )
    return arena_id, wall


def test_wall_is_laid_out_with_numbered_slots_and_spaces(demo_db: Database) -> None:
    _, wall = _wall(demo_db)
    assert [(s.number, s.day) for s in wall.slots] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert [s.label for s in wall.spaces] == ["Rom 1", "Rom 2", "Rom 3", "Rom 4", "Rom 5"]
    assert wall.days() == [1, 2]


def test_topic_takes_the_number_of_its_cell(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    slot2, space4 = wall.slots[1], wall.spaces[3]
    topic = wall_store.add_topic(demo_db, arena_id, "Unge i arbeid", "Kari", slot2.id, space4.id)
    loose = wall_store.add_topic(demo_db, arena_id, "Forebygging", "Ola")
    wall = wall_store.get_wall(demo_db, arena_id)
    by_id = {t.id: t for t in wall.topics}
    assert by_id[topic].number == "2.4"
    assert by_id[loose].number is None and [t.id for t in wall.unplaced()] == [loose]


def test_placing_on_a_taken_cell_swaps(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    s1, s2 = wall.slots[0], wall.slots[1]
    a = wall_store.add_topic(demo_db, arena_id, "A", "", s1.id, wall.spaces[0].id)
    b = wall_store.add_topic(demo_db, arena_id, "B", "", s2.id, wall.spaces[2].id)
    swapped = wall_store.place_topic(demo_db, a, s2.id, wall.spaces[2].id)
    assert swapped == b
    numbers = {t.title: t.number for t in wall_store.get_wall(demo_db, arena_id).topics}
    assert numbers == {"A": "2.3", "B": "1.1"}
    # An unplaced topic dropped on a taken cell sends the occupant to the pile.
    c = wall_store.add_topic(demo_db, arena_id, "C")
    assert wall_store.place_topic(demo_db, c, s2.id, wall.spaces[2].id) == a
    after = wall_store.get_wall(demo_db, arena_id)
    assert [t.title for t in after.unplaced()] == ["A"]


def test_convener_twice_in_one_slot_is_a_clash(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    s1 = wall.slots[0]
    a = wall_store.add_topic(demo_db, arena_id, "A", "Kari Nordmann", s1.id, wall.spaces[0].id)
    b = wall_store.add_topic(demo_db, arena_id, "B", "kari  nordmann", s1.id, wall.spaces[1].id)
    wall_store.add_topic(
        demo_db, arena_id, "C", "Kari Nordmann", wall.slots[1].id, wall.spaces[0].id
    )
    clashes = wall_store.get_wall(demo_db, arena_id).clashes
    assert len(clashes) == 1
    assert clashes[0].kind == "convener" and set(clashes[0].topic_ids) == {a, b}


def test_two_topics_in_one_cell_keep_distinct_numbers(demo_db: Database) -> None:
    """After two laptops filled the same cell, both inputs stay numbered and flagged."""
    arena_id, wall = _wall(demo_db)
    cell = (wall.slots[2].id, wall.spaces[4].id)
    first = wall_store.add_topic(demo_db, arena_id, "Første", "", *cell)
    second = wall_store.add_topic(demo_db, arena_id, "Andre", "", *cell)
    after = wall_store.get_wall(demo_db, arena_id)
    numbers = {t.id: t.number for t in after.topics}
    assert numbers == {first: "3.5", second: "3.5b"}
    assert [c.kind for c in after.clashes] == ["cell"]


def test_number_order_is_numeric() -> None:
    numbers = ["2.1", "1.10", "1.2", None, "1.2b", "4.16"]
    assert sorted(numbers, key=number_sort_key) == ["1.2", "1.2b", "1.10", "2.1", "4.16", None]


def test_removing_the_last_slot_unplaces_its_topics(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    topic = wall_store.add_topic(demo_db, arena_id, "T", "", wall.slots[3].id, wall.spaces[0].id)
    wall_store.remove_last_slot(demo_db, arena_id)
    after = wall_store.get_wall(demo_db, arena_id)
    assert len(after.slots) == 3 and [t.id for t in after.unplaced()] == [topic]
    # Adding it again revives the same row (same derived id).
    again = wall_store.add_slot(demo_db, arena_id, 2)
    assert again.id == wall.slots[3].id and again.number == 4


def test_bad_slot_values_are_refused(demo_db: Database) -> None:
    arena_id, _ = _wall(demo_db)
    with pytest.raises(ValidationError):
        wall_store.add_slot(demo_db, arena_id, 2, dt.time(12, 0), dt.time(11, 0))
    with pytest.raises(ValidationError):
        wall_store.add_slot(demo_db, arena_id, 1)  # earlier day than the last økt
    with pytest.raises(ValidationError):
        wall_store.add_topic(demo_db, arena_id, "   ")
    assert len(wall_store.get_wall(demo_db, arena_id).slots) == 4


def test_conversation_is_documented_field_by_field(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    topic = wall_store.add_topic(
        demo_db, arena_id, "Ung brukermedvirkning", "Siri", wall.slots[0].id, wall.spaces[0].id
    )
    assert conv.list_conversations(demo_db, arena_id) == []
    conv.save_field(demo_db, topic, "input_text", "Ungdom må være med fra start.\nOgså i Nav.")
    conv.save_field(demo_db, topic, "next_steps", "- Møte i mai\n• Invitere Ungdomsrådet\n")
    row = conv.get_conversation(demo_db, topic)
    assert row.number == "1.1" and row.title == "Ung brukermedvirkning"
    assert row.input_text == "Ungdom må være med fra start.\nOgså i Nav."
    assert row.next_step_lines == ["Møte i mai", "Invitere Ungdomsrådet"]
    assert [r.topic_id for r in conv.list_conversations(demo_db, arena_id)] == [topic]
    assert row.conversation_id == conv.conversation_id_for(topic)


def test_participants_are_picked_or_added_on_the_spot(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    topic = wall_store.add_topic(demo_db, arena_id, "T", "", wall.slots[0].id, wall.spaces[0].id)
    known = list_people(demo_db, arena_id)[0]
    conv.add_participant(demo_db, topic, known.id)
    conv.add_participant(demo_db, topic, known.id)  # twice is once
    new_id = conv.add_new_participant(demo_db, arena_id, topic, "Åse Øverli", "Fontenehuset")
    names = [(p.name, p.organisation) for p in conv.get_conversation(demo_db, topic).participants]
    assert ("Åse Øverli", "Fontenehuset") in names and len(names) == 2
    assert any(p.id == new_id for p in list_people(demo_db, arena_id))
    conv.remove_participant(demo_db, topic, known.id)
    assert [p.name for p in conv.get_conversation(demo_db, topic).participants] == ["Åse Øverli"]
    with pytest.raises(ValidationError):
        conv.add_new_participant(demo_db, arena_id, topic, "  ", "Nav")


def test_day_two_types_refer_to_an_earlier_days_input(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    day1 = wall_store.add_topic(
        demo_db, arena_id, "Funksjonsvurdering", "", wall.slots[1].id, wall.spaces[3].id
    )
    day1_same_day = wall_store.add_topic(
        demo_db, arena_id, "Annet", "", wall.slots[0].id, wall.spaces[0].id
    )
    day2 = wall_store.add_topic(
        demo_db, arena_id, "Verktøy", "", wall.slots[2].id, wall.spaces[0].id
    )
    conv.save_field(demo_db, day1, "input_text", "Et felles verktøy.")
    conv.save_field(demo_db, day1_same_day, "input_text", "x")
    choices = conv.reference_choices(demo_db, day2)
    assert [c.number for c in choices] == ["1.1", "2.4"]
    with pytest.raises(ValidationError):
        conv.set_input_type(demo_db, day2, InputType.DEEPENING)
    other_day2 = wall_store.add_topic(
        demo_db, arena_id, "Z", "", wall.slots[3].id, wall.spaces[0].id
    )
    conv.save_field(demo_db, other_day2, "input_text", "y")
    with pytest.raises(ValidationError):
        conv.set_input_type(
            demo_db, day2, InputType.DEEPENING, conv.conversation_id_for(other_day2)
        )
    conv.set_input_type(demo_db, day2, InputType.IMPLEMENTATION, conv.conversation_id_for(day1))
    row = conv.get_conversation(demo_db, day2)
    assert row.reference_number == "2.4"
    assert row.type_text() == "Iverksettingsforslag til innspill nr. 2.4"
    assert row.type_text("en") == "Implementation proposal for input no. 2.4"
    # The reference follows the input when the wall is rearranged.
    wall_store.place_topic(demo_db, day1, wall.slots[1].id, wall.spaces[1].id)
    assert conv.get_conversation(demo_db, day2).reference_number == "2.2"
    # Type 1 keeps no reference.
    conv.set_input_type(demo_db, day2, InputType.NEW, conv.conversation_id_for(day1))
    assert conv.get_conversation(demo_db, day2).reference_id is None


def test_deleting_a_topic_hides_its_documentation_and_undo_brings_it_back(
    demo_db: Database,
) -> None:
    arena_id, wall = _wall(demo_db)
    topic = wall_store.add_topic(demo_db, arena_id, "T", "", wall.slots[0].id, wall.spaces[0].id)
    person = list_people(demo_db, arena_id)[0]
    conv.add_participant(demo_db, topic, person.id)
    conv.save_field(demo_db, topic, "input_text", "Innspill")
    wall_store.delete_topic(demo_db, topic)
    assert conv.list_conversations(demo_db, arena_id) == []
    with pytest.raises(UserError):
        conv.save_field(demo_db, topic, "input_text", "x")
    wall_store.set_topic_deleted(demo_db, topic, False)
    row = conv.get_conversation(demo_db, topic)
    assert row.input_text == "Innspill" and [p.person_id for p in row.participants] == [person.id]


def test_erasing_a_person_removes_them_from_conversations(demo_db: Database) -> None:
    arena_id, wall = _wall(demo_db)
    person = list_people(demo_db, arena_id)[0]
    topic = wall_store.add_topic(
        demo_db, arena_id, "T", person.name, wall.slots[0].id, wall.spaces[0].id
    )
    conv.add_participant(demo_db, topic, person.id)
    conv.save_field(demo_db, topic, "discussion", f"{person.name} fortalte om erfaringer.")
    erase_person(demo_db, person.id)
    row = conv.get_conversation(demo_db, topic)
    assert row.participants == () and person.name not in row.discussion
    assert row.convener == "[slettet]"
