"""Participants: create (straight into a group), edit, delete, erase; one transaction each."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from arenadesk.domain.vocabulary import Role
from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.db.database import Database
from arenadesk.store.erase import erase_person as erase_from_store
from arenadesk.store.people import PersonDraft


@dataclass(frozen=True)
class Joining:
    """The group a new participant goes into, with role and days."""

    group_id: uuid.UUID
    role: Role
    days: Sequence[int]


def create_person(
    db: Database, arena_id: uuid.UUID, draft: PersonDraft, joining: Joining | None = None
) -> Created:
    """A new participant and, when asked, their membership: both saved or neither (the
    membership's own rules, such as at least one day, apply before anything is kept)."""
    with db.session():
        person_id = people_store.create_person(db, arena_id, draft)
        changes = ChangeSet.of(Kind.PEOPLE, person_id)
        if joining is not None:
            membership_id = group_store.add_member(
                db, joining.group_id, person_id, joining.role, list(joining.days)
            )
            changes |= ChangeSet.of(Kind.MEMBERSHIPS, membership_id)
    return Created(person_id, changes)


def update_person(db: Database, person_id: uuid.UUID, draft: PersonDraft) -> ChangeSet:
    with db.session():
        people_store.update_person(db, person_id, draft)
    return ChangeSet.of(Kind.PEOPLE, person_id)


def delete_person(db: Database, person_id: uuid.UUID) -> ChangeSet:
    """The person and their memberships become tombstones."""
    with db.session():
        people_store.delete_person(db, person_id)
    return ChangeSet.of(Kind.PEOPLE, person_id) | ChangeSet.of(Kind.MEMBERSHIPS)


def erase_person(db: Database, person_id: uuid.UUID) -> ChangeSet:
    """Erase a participant everywhere (their name leaves reports, next steps and notes)."""
    erase_from_store(db, person_id)
    return ChangeSet.of(Kind.PEOPLE, person_id).merge(
        ChangeSet.kinds_of(
            Kind.MEMBERSHIPS, Kind.REPORTS, Kind.BOARDS, Kind.WALL, Kind.CONVERSATIONS
        )
    )
