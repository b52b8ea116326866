"""Wall and conversation use cases: a wall is laid out whole or not at all, an undone move
is one change, several participants leave together."""

from __future__ import annotations

import datetime as dt

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.services import conversations, wall
from arenadesk.services.changes import Kind
from arenadesk.store import conversations as conversation_store
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database
from arenadesk.store.people import PersonDraft, create_person


def test_a_refused_wall_leaves_no_økt_behind(db: Database) -> None:
    arena_id = create_arena(db, "Åpen arena 2026")
    slots = [(1, dt.time(10, 30), dt.time(12)), (99, None, None)]  # day 99: refused
    with pytest.raises(UserError):
        wall.set_up_wall(db, arena_id, slots, ["Rom 1"])
    empty = wall_store.get_wall(db, arena_id)
    assert not empty.slots and not empty.spaces
    changes = wall.set_up_wall(db, arena_id, slots[:1], ["Rom 1", "Rom 2"])
    assert changes.kinds == {Kind.WALL}
    laid_out = wall_store.get_wall(db, arena_id)
    assert len(laid_out.slots) == 1 and len(laid_out.spaces) == 2


def test_moves_swaps_and_their_undo(db: Database) -> None:
    arena_id = create_arena(db, "Åpen arena 2026")
    wall.set_up_wall(db, arena_id, [(1, None, None)], ["Rom 1", "Rom 2"])
    layout = wall_store.get_wall(db, arena_id)
    first = (layout.slots[0].id, layout.spaces[0].id)
    pile = (None, None)
    a = wall.add_topic(db, arena_id, "Unge i arbeid", "Kari", first)
    b = wall.add_topic(db, arena_id, "Forebygging", "Ola", pile)
    assert a.changes.ids(Kind.WALL) == {a.id}
    swapped, changes = wall.place_topic(db, b.id, first)  # from the pile onto a: a goes off
    assert swapped == a.id and changes.ids(Kind.WALL) == {a.id, b.id}
    wall.move_back(db, b.id, pile, first, swapped)
    cells = {t.id: (t.slot_id, t.space_id) for t in wall_store.get_wall(db, arena_id).topics}
    assert cells == {a.id: first, b.id: pile}


def test_participants_leave_together(db: Database) -> None:
    arena_id = create_arena(db, "Åpen arena 2026")
    wall.set_up_wall(db, arena_id, [(1, None, None)], ["Rom 1"])
    layout = wall_store.get_wall(db, arena_id)
    topic = wall.add_topic(db, arena_id, "Unge", "", (layout.slots[0].id, layout.spaces[0].id))
    people = [create_person(db, arena_id, PersonDraft(n)) for n in ("Kari", "Ola", "Åse")]
    for person in people:
        conversations.add_participant(db, topic.id, person)
    new = conversations.add_new_participant(db, arena_id, topic.id, "Per Ny", "NAV")
    assert new.changes.kinds == {Kind.CONVERSATIONS, Kind.PEOPLE}
    changes = conversations.remove_participants(db, topic.id, people[:2])
    assert changes == conversations.remove_participants(db, topic.id, [])
    left = conversation_store.get_conversation(db, topic.id).participants
    assert {p.name for p in left} == {"Åse", "Per Ny"}
