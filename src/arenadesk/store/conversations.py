"""Documented Open Space conversations: the input, the working report and who took part.

Written by a støttefasilitator on any laptop. Every field is saved as it is typed; the row
is made on the first edit with an id derived from the topic (see open_space_models).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.open_space import (
    ConversationRow,
    InputType,
    ParticipantLine,
    number_sort_key,
)
from arenadesk.domain.wall import Wall
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import Person
from arenadesk.store.models.open_space import (
    OpenSpaceConversation,
    OpenSpaceParticipant,
    OpenSpaceTopic,
)
from arenadesk.store.open_space import _wall
from arenadesk.store.people import PersonDraft, _checked
from arenadesk.store.validate import LONG, clean_text

# Field name → (limit, multiline). The input's title is the line in the list of inputs.
TEXT_FIELDS: dict[str, tuple[int, bool]] = {
    "input_title": (300, False),
    "input_text": (LONG, True),
    "discussion": (LONG, True),
    "next_steps": (LONG, True),
    "documented_by": (200, False),
}


def conversation_id_for(topic_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(topic_id, "os_conversation")


def participant_id_for(conversation_id: uuid.UUID, person_id: uuid.UUID) -> uuid.UUID:
    return uuid.uuid5(conversation_id, str(person_id))


# --- reading -------------------------------------------------------------------------


def list_conversations(
    db: Database, arena_id: uuid.UUID, *, documented_only: bool = True
) -> list[ConversationRow]:
    """Every topic with its documentation, in input-number order (unplaced last)."""
    with db.read() as session:
        wall = _wall(session, arena_id)
        return _rows(session, wall, documented_only=documented_only)


def get_conversation(db: Database, topic_id: uuid.UUID) -> ConversationRow:
    """One topic's documentation (empty fields while nothing is written)."""
    with db.read() as session:
        topic = session.get(OpenSpaceTopic, topic_id)
        if topic is None or topic.deleted:
            raise UserError("record.missing")
        wall = _wall(session, topic.arena_id)
        rows = _rows(session, wall, documented_only=False, only=topic_id)
    return rows[0]


def _rows(
    session: Session, wall: Wall, *, documented_only: bool, only: uuid.UUID | None = None
) -> list[ConversationRow]:
    topics = [t for t in wall.topics if only is None or t.id == only]
    conversations = {
        c.topic_id: c
        for c in session.scalars(
            select(OpenSpaceConversation)
            .where(
                live(OpenSpaceConversation),
                OpenSpaceConversation.topic_id.in_([t.id for t in topics]),
            )
            .order_by(OpenSpaceConversation.created_at.desc())
        )
    }
    people: dict[uuid.UUID, list[ParticipantLine]] = {}
    if conversations:
        for participant, person in session.execute(
            select(OpenSpaceParticipant, Person)
            .join(Person, OpenSpaceParticipant.person_id == Person.id)
            .where(
                OpenSpaceParticipant.conversation_id.in_([c.id for c in conversations.values()]),
                live(OpenSpaceParticipant),
                live(Person),
            )
        ):
            people.setdefault(participant.conversation_id, []).append(
                ParticipantLine(person.id, person.name, person.organisation)
            )
    # References are by conversation id; the referenced input's number is looked up here.
    number_of_conversation = _all_numbers(session, wall)
    rows = []
    for topic in topics:
        conversation = conversations.get(topic.id)
        if conversation is None and documented_only:
            continue
        slot = wall.slot(topic.slot_id)
        space = wall.space(topic.space_id)
        participants = sorted(
            people.get(conversation.id, []) if conversation else [],
            key=lambda p: p.name.casefold(),
        )
        reference_id = conversation.reference_id if conversation else None
        input_type = conversation.input_type if conversation else None
        rows.append(
            ConversationRow(
                topic_id=topic.id,
                conversation_id=conversation.id if conversation else None,
                number=topic.number,
                slot_number=slot.number if slot else None,
                day=slot.day if slot else None,
                space_name=space.label if space else "",
                topic_title=topic.title,
                convener=topic.convener,
                input_type=InputType(input_type) if input_type in (1, 2, 3) else None,
                reference_id=reference_id,
                reference_number=number_of_conversation.get(reference_id) if reference_id else None,
                input_title=conversation.input_title if conversation else "",
                input_text=conversation.input_text if conversation else "",
                discussion=conversation.discussion if conversation else "",
                next_steps=conversation.next_steps if conversation else "",
                documented_by=conversation.documented_by if conversation else "",
                participants=tuple(participants),
            )
        )
    if only is None:
        rows.sort(key=lambda r: (number_sort_key(r.number), r.topic_title.casefold()))
    return rows


def _all_numbers(session: Session, wall: Wall) -> dict[uuid.UUID, str | None]:
    numbers = {t.id: t.number for t in wall.topics}
    return {
        c.id: numbers.get(c.topic_id)
        for c in session.scalars(select(OpenSpaceConversation).where(live(OpenSpaceConversation)))
    }


def reference_choices(db: Database, topic_id: uuid.UUID) -> list[ConversationRow]:
    """The inputs a day-2 input can deepen or implement: documented inputs of earlier days."""
    current = get_conversation(db, topic_id)
    with db.read() as session:
        topic = session.get(OpenSpaceTopic, topic_id)
        assert topic is not None
        rows = _rows(session, _wall(session, topic.arena_id), documented_only=True)
    if current.day is None:
        return []
    return [r for r in rows if r.day is not None and r.day < current.day and r.number]


# --- writing -------------------------------------------------------------------------


def _editable(session: Session, topic_id: uuid.UUID) -> OpenSpaceConversation:
    topic = session.get(OpenSpaceTopic, topic_id)
    if topic is None or topic.deleted:
        raise UserError("record.missing")
    row_id = conversation_id_for(topic_id)
    row = session.get(OpenSpaceConversation, row_id)
    if row is None:
        row = OpenSpaceConversation(id=row_id, topic_id=topic_id)
        session.add(row)
    elif row.deleted:
        row.deleted = False
    return row


def save_field(db: Database, topic_id: uuid.UUID, name: str, value: str) -> None:
    """Save one text field as typed (the documentation is made on the first save)."""
    if name not in TEXT_FIELDS:
        raise ValueError(name)
    limit, multiline = TEXT_FIELDS[name]
    clean = clean_text(value, name, limit=limit, multiline=multiline)
    with db.session() as session:
        row = _editable(session, topic_id)
        if getattr(row, name) != clean:
            setattr(row, name, clean)


def set_input_type(
    db: Database,
    topic_id: uuid.UUID,
    input_type: InputType | None,
    reference_id: uuid.UUID | None = None,
) -> None:
    """Types 2 and 3 need the earlier input they build on; type 1 and none keep no reference."""
    if input_type is not None and input_type.needs_reference:
        if reference_id is None:
            raise ValidationError("open_space.reference_needed", "reference")
        allowed = {r.conversation_id for r in reference_choices(db, topic_id)}
        if reference_id not in allowed:
            raise ValidationError("open_space.reference_not_earlier", "reference")
    else:
        reference_id = None
    with db.session() as session:
        row = _editable(session, topic_id)
        value = int(input_type) if input_type is not None else None
        if row.input_type != value:
            row.input_type = value
        if row.reference_id != reference_id:
            row.reference_id = reference_id


def add_participant(db: Database, topic_id: uuid.UUID, person_id: uuid.UUID) -> None:
    with db.session() as session:
        _add(session, topic_id, person_id)


def _add(session: Session, topic_id: uuid.UUID, person_id: uuid.UUID) -> None:
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise UserError("record.missing")
    conversation = _editable(session, topic_id)
    row_id = participant_id_for(conversation.id, person_id)
    row = session.get(OpenSpaceParticipant, row_id)
    if row is None:
        session.add(
            OpenSpaceParticipant(id=row_id, conversation_id=conversation.id, person_id=person_id)
        )
    elif row.deleted:
        row.deleted = False


def add_new_participant(
    db: Database, arena_id: uuid.UUID, topic_id: uuid.UUID, name: str, organisation: str = ""
) -> uuid.UUID:
    """Someone not on the arena's list yet: added to the arena's people and the conversation
    in one step, so they are picked from the list in later conversations."""
    values = _checked(PersonDraft(name=name, organisation=organisation))
    with db.session() as session:
        person = Person(arena_id=arena_id, **values)
        session.add(person)
        session.flush()
        _add(session, topic_id, person.id)
    return person.id


def remove_participant(db: Database, topic_id: uuid.UUID, person_id: uuid.UUID) -> None:
    with db.session() as session:
        row = session.get(
            OpenSpaceParticipant, participant_id_for(conversation_id_for(topic_id), person_id)
        )
        if row is not None and not row.deleted:
            row.deleted = True
