"""Fill a database with the invented Open Space demo arena: 150 people, a wall of four økter
by sixteen spaces, and fifty documented conversations (see open_space_data)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from arenadesk.demo import open_space_data as data
from arenadesk.domain.vocabulary import ArenaFormat, Perspective
from arenadesk.domain.wall import slot_id_for, space_id_for
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import create_arena, current_arena_id
from arenadesk.store.conversations import conversation_id_for, participant_id_for
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import Person
from arenadesk.store.models.open_space import (
    OpenSpaceConversation,
    OpenSpaceParticipant,
    OpenSpaceTopic,
)
from arenadesk.store.open_space import get_wall, set_up_wall

SUPPORT_TITLE = "Støttefasilitator"
MIN_PARTICIPANTS, MAX_PARTICIPANTS = 4, 12


@dataclass(frozen=True)
class DemoPerson:
    name: str
    title: str
    organisation: str
    perspective: str


def demo_people(rng: random.Random) -> list[DemoPerson]:
    """The 150 invented participants: the støttefasilitatorer first, then the others by
    perspective, each with a unique name."""
    people = [
        DemoPerson(name, SUPPORT_TITLE, data.ORGANISER, Perspective.OTHER.value)
        for name in data.SUPPORT_FACILITATORS
    ]
    taken = {p.name for p in people}
    for perspective, (count, roles) in data.PERSPECTIVES.items():
        if perspective == Perspective.OTHER.value:
            count -= len(data.SUPPORT_FACILITATORS)
        for _ in range(count):
            name = ""
            while not name or name in taken:
                name = f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}"
            taken.add(name)
            title, organisation = rng.choice(roles)
            people.append(DemoPerson(name, title, organisation, perspective))
    return people


@dataclass(frozen=True)
class DemoConversation:
    """Who took part in one demo input's conversation and who documented it."""

    input: data.DemoInput
    participants: tuple[str, ...]  # names; the first is the convener
    documented_by: str

    @property
    def slot_number(self) -> int:
        return int(self.input.cell.split(".")[0])

    @property
    def space_number(self) -> int:
        return int(self.input.cell.split(".")[1])


def demo_plan() -> tuple[list[DemoPerson], list[DemoConversation]]:
    """The demo's people and conversations, the same on every call (seeded)."""
    rng = random.Random(data.SEED)
    people = demo_people(rng)
    pool = [p.name for p in people[len(data.SUPPORT_FACILITATORS) :]]
    slots = [int(item.cell.split(".")[0]) for item in data.INPUTS]
    # Within one økt a person is in one conversation at a time.
    free_in_slot = {slot: list(pool) for slot in slots}
    left_in_slot = {slot: slots.count(slot) for slot in slots}
    conversations = []
    for item, slot in zip(data.INPUTS, slots, strict=True):
        free = free_in_slot[slot]
        left_in_slot[slot] -= 1
        rng.shuffle(free)
        spare = len(free) - MIN_PARTICIPANTS * left_in_slot[slot]
        size = min(rng.randint(MIN_PARTICIPANTS, MAX_PARTICIPANTS), spare)
        group, free[:] = free[:size], free[size:]
        space = int(item.cell.split(".")[1])
        staff = data.SUPPORT_FACILITATORS[space % len(data.SUPPORT_FACILITATORS)]
        conversations.append(DemoConversation(item, tuple(group), staff))
    return people, conversations


def create_open_space_demo(db: Database) -> uuid.UUID:
    """The Open Space demo arena with its fifty documented conversations; refuses a file
    that already holds an arena."""
    arena_id = create_open_space_wall(db)
    document_demo_conversations(db, arena_id)
    return arena_id


def create_open_space_wall(db: Database) -> uuid.UUID:
    """The demo arena as the wall laptop has it before anything is documented: the arena,
    its people and the wall with the fifty topics placed."""
    if current_arena_id(db) is not None:
        raise UserError("cli.demo_exists", path=db.location)
    people, conversations = demo_plan()
    arena = data.ARENA
    arena_id = create_arena(
        db,
        str(arena["name"]),
        venue=str(arena["venue"]),
        theme=str(arena["theme"]),
        organiser=str(arena["organiser"]),
        format=ArenaFormat.OPEN_SPACE,
        days=list(arena["days"]),  # type: ignore[call-overload]
    )
    set_up_wall(db, arena_id, list(data.SLOTS), list(data.SPACES))
    with db.session() as session:
        for p in people:
            session.add(
                Person(
                    arena_id=arena_id,
                    name=p.name,
                    title=p.title,
                    organisation=p.organisation,
                    perspective=p.perspective,
                )
            )
        for conversation in conversations:
            # One flush per topic: created_at follows the wall's order.
            session.add(
                OpenSpaceTopic(
                    arena_id=arena_id,
                    title=conversation.input.title,
                    convener=conversation.participants[0],
                    slot_id=slot_id_for(arena_id, conversation.slot_number),
                    space_id=space_id_for(arena_id, conversation.space_number),
                )
            )
            session.flush()
    return arena_id


def document_demo_conversations(
    db: Database, arena_id: uuid.UUID, cells: Collection[str] | None = None
) -> None:
    """Write the demo's documentation of the topics in `cells` (all when None), in one
    transaction. References point at the derived conversation id of their day-1 topic, so
    they hold even when that input is documented elsewhere."""
    _, conversations = demo_plan()
    wall = get_wall(db, arena_id)
    topic_of_cell = {t.number: t.id for t in wall.topics if t.number}
    with db.session() as session:
        person_of_name = {
            person.name: person.id
            for person in session.scalars(
                select(Person).where(Person.arena_id == arena_id, live(Person))
            )
        }
        for conversation in conversations:
            item = conversation.input
            if cells is not None and item.cell not in cells:
                continue
            topic_id = topic_of_cell[item.cell]
            conversation_id = conversation_id_for(topic_id)
            reference = (
                conversation_id_for(topic_of_cell[item.reference]) if item.reference else None
            )
            session.add(
                OpenSpaceConversation(
                    id=conversation_id,
                    topic_id=topic_id,
                    input_type=item.input_type,
                    reference_id=reference,
                    input_title=item.input_title,
                    input_text=item.input_text,
                    discussion=item.discussion,
                    next_steps="\n".join(item.next_steps),
                    documented_by=conversation.documented_by,
                )
            )
            session.flush()
            session.add_all(
                OpenSpaceParticipant(
                    id=participant_id_for(conversation_id, person_of_name[name]),
                    conversation_id=conversation_id,
                    person_id=person_of_name[name],
                )
                for name in conversation.participants
            )
