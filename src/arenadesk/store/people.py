"""Participants of an arena: search, filter, create, edit, delete."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from arenadesk.domain.diversity import DiversityMix, mix_of
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person
from arenadesk.store.rows import PersonRow as PersonRow  # re-exported: its old place
from arenadesk.store.validate import clean_text


@dataclass(frozen=True)
class PersonDraft:
    name: str
    title: str = ""
    organisation: str = ""
    perspective: Perspective = Perspective.UNKNOWN  # not given until someone says


def list_people(db: Database, arena_id: uuid.UUID) -> list[PersonRow]:
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.arena_id == arena_id, live(Person))
        ).all()
        memberships = session.execute(
            select(Membership.person_id, ChallengeGroup.code, Membership.role)
            .join(ChallengeGroup, Membership.group_id == ChallengeGroup.id)
            .where(
                ChallengeGroup.arena_id == arena_id,
                live(Membership),
                live(ChallengeGroup),
            )
        ).all()
    by_person: dict[uuid.UUID, list[tuple[str, Role]]] = {}
    for person_id, code, role in memberships:
        by_person.setdefault(person_id, []).append((code, Role(role)))
    rows = [
        PersonRow(
            p.id,
            p.name,
            p.title,
            p.organisation,
            Perspective(p.perspective),
            tuple(sorted(by_person.get(p.id, []))),
        )
        for p in people
    ]
    return sorted(rows, key=lambda r: r.name.casefold())


def arena_diversity(db: Database, arena_id: uuid.UUID) -> DiversityMix:
    with db.read() as session:
        perspectives = session.scalars(
            select(Person.perspective).where(Person.arena_id == arena_id, live(Person))
        ).all()
    return mix_of(perspectives)


def _checked(draft: PersonDraft) -> dict[str, str]:
    return {
        "name": clean_text(draft.name, "name", required=True),
        "title": clean_text(draft.title, "job_title"),
        "organisation": clean_text(draft.organisation, "organisation"),
        "perspective": Perspective(draft.perspective).value,
    }


def create_person(db: Database, arena_id: uuid.UUID, draft: PersonDraft) -> uuid.UUID:
    values = _checked(draft)
    with db.session() as session:
        person = Person(arena_id=arena_id, **values)
        session.add(person)
    return person.id


def update_person(db: Database, person_id: uuid.UUID, draft: PersonDraft) -> None:
    values = _checked(draft)
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise UserError("record.missing")
        for key, value in values.items():
            if getattr(person, key) != value:
                setattr(person, key, value)


def delete_person(db: Database, person_id: uuid.UUID) -> None:
    """Tombstone the person and their memberships."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            return
        person.deleted = True
        for membership in person.memberships:
            if not membership.deleted:
                membership.deleted = True


def set_people_deleted(
    db: Database, person_ids: tuple[uuid.UUID, ...] | list[uuid.UUID], deleted: bool
) -> None:
    """Tombstone these people, or bring them back (their memberships are left as they are:
    undo and redo of a bulk change handle those themselves)."""
    with db.session() as session:
        for person_id in person_ids:
            person = session.get(Person, person_id)
            if person is not None and person.deleted != deleted:
                person.deleted = deleted


@dataclass(frozen=True)
class StoredPerson:
    """A live person's stored values for the columns asked for (and `deleted`)."""

    id: uuid.UUID
    values: dict[str, Any]


def stored_people(db: Database, arena_id: uuid.UUID, columns: Sequence[str]) -> list[StoredPerson]:
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.arena_id == arena_id, live(Person))
        ).all()
        return [
            StoredPerson(p.id, {c: getattr(p, c) for c in columns} | {"deleted": p.deleted})
            for p in people
        ]


def add_person_values(
    db: Database, arena_id: uuid.UUID, person_id: uuid.UUID, values: Mapping[str, Any]
) -> None:
    """A new person with these column values, as checked by the caller (an import)."""
    with db.session() as session:
        session.add(Person(id=person_id, arena_id=arena_id, **values))


def set_person_values(db: Database, values: Sequence[tuple[uuid.UUID, Mapping[str, Any]]]) -> None:
    """Write column values as given (an import, its undo and redo); a person so tombstoned
    leaves their groups too."""
    with db.session() as session:
        for person_id, columns in values:
            person = session.get(Person, person_id)
            if person is None:
                continue
            for column, value in columns.items():
                if getattr(person, column) != value:
                    setattr(person, column, value)
            if person.deleted:
                for membership in person.memberships:
                    if not membership.deleted:
                        membership.deleted = True
