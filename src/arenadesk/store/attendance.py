"""Who comes when: the days people registered for and were checked in on, and who is in a
group yet (for placing the rest)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person


@dataclass(frozen=True)
class AttendanceRow:
    person_id: uuid.UUID
    name: str
    organisation: str
    perspective: str  # as stored
    group_wish: str
    codes: tuple[str, ...]  # the person's groups, sorted
    registered_days: tuple[int, ...]
    attended_days: tuple[int, ...]


def list_attendance(db: Database, arena_id: uuid.UUID) -> list[AttendanceRow]:
    """Everyone in the arena with their groups and days, in no particular order."""
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.arena_id == arena_id, live(Person))
        ).all()
        memberships = session.execute(
            select(Membership.person_id, ChallengeGroup.code)
            .join(ChallengeGroup, Membership.group_id == ChallengeGroup.id)
            .where(
                ChallengeGroup.arena_id == arena_id,
                live(ChallengeGroup),
                live(Membership),
            )
        ).all()
        codes: dict[uuid.UUID, set[str]] = {}
        for person_id, code in memberships:
            codes.setdefault(person_id, set()).add(code)
        return [
            AttendanceRow(
                p.id,
                p.name,
                p.organisation,
                p.perspective,
                p.group_wish,
                tuple(sorted(codes.get(p.id, ()))),
                tuple(p.registered_days or ()),
                tuple(p.attended_days or ()),
            )
            for p in people
        ]


def _live_person(db: Database, person_id: uuid.UUID) -> Person:
    with db.read() as session:
        person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise UserError("record.missing")
    return person


def person_arena(db: Database, person_id: uuid.UUID) -> uuid.UUID:
    return _live_person(db, person_id).arena_id


def mark_present(
    db: Database, person_id: uuid.UUID, day: int
) -> tuple[bool, tuple[uuid.UUID, ...]]:
    """Check the person in on `day`: the day joins their attended days and the days of every
    group they are in. Returns whether they were already present, and the memberships
    whose days gained the day (what taking it back must undo)."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise UserError("record.missing")
        was_present = day in (person.attended_days or [])
        if not was_present:
            person.attended_days = sorted({*(person.attended_days or []), day})
        touched = []
        for membership in person.memberships:
            if not membership.deleted and day not in membership.days:
                membership.days = sorted({*membership.days, day})
                touched.append(membership.id)
    return was_present, tuple(touched)


def unmark_present(
    db: Database,
    person_id: uuid.UUID,
    day: int,
    *,
    on_person: bool,
    memberships: Sequence[uuid.UUID],
) -> None:
    """Take `day` back from the person (when `on_person`) and from these memberships."""
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is not None and on_person:
            person.attended_days = [d for d in (person.attended_days or []) if d != day]
        for membership_id in memberships:
            membership = session.get(Membership, membership_id)
            if membership is not None and day in membership.days:
                membership.days = [d for d in membership.days if d != day]


def set_registered_days(db: Database, person_id: uuid.UUID, days: Sequence[int]) -> None:
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise UserError("record.missing")
        person.registered_days = sorted(set(days))
