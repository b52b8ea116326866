"""Documenting an Open Space conversation: each field as it is typed, the input type, and
who took part. Each action one transaction, saying which topic's documentation changed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from arenadesk.domain.open_space import InputType
from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import conversations
from arenadesk.store.db.database import Database


def _documented(topic_id: uuid.UUID) -> ChangeSet:
    return ChangeSet.of(Kind.CONVERSATIONS, topic_id)


def save_field(db: Database, topic_id: uuid.UUID, name: str, value: str) -> ChangeSet:
    """One text field as typed (the documentation is made on the first save)."""
    with db.session():
        conversations.save_field(db, topic_id, name, value)
    return _documented(topic_id)


def set_input_type(
    db: Database,
    topic_id: uuid.UUID,
    input_type: InputType | None,
    reference_id: uuid.UUID | None = None,
) -> ChangeSet:
    with db.session():
        conversations.set_input_type(db, topic_id, input_type, reference_id)
    return _documented(topic_id)


def add_participant(db: Database, topic_id: uuid.UUID, person_id: uuid.UUID) -> ChangeSet:
    with db.session():
        conversations.add_participant(db, topic_id, person_id)
    return _documented(topic_id)


def add_new_participant(
    db: Database, arena_id: uuid.UUID, topic_id: uuid.UUID, name: str, organisation: str = ""
) -> Created:
    """Someone not on the arena's list yet: into the arena's people and the conversation."""
    with db.session():
        person_id = conversations.add_new_participant(db, arena_id, topic_id, name, organisation)
    return Created(person_id, _documented(topic_id) | ChangeSet.of(Kind.PEOPLE, person_id))


def remove_participants(
    db: Database, topic_id: uuid.UUID, person_ids: Iterable[uuid.UUID]
) -> ChangeSet:
    """The chosen people leave the conversation's list, all or none."""
    with db.session():
        for person_id in person_ids:
            conversations.remove_participant(db, topic_id, person_id)
    return _documented(topic_id)
