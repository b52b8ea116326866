"""Check-in at the door: a person is marked present on a day, in one transaction.

The day goes into the person's `attended_days` and into every group they are in, so the
group reports' *Dag 1 / Dag 2* show who came. A late registration is created, placed in
its group and checked in, all in one transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from arenadesk.domain.codes import code_sort_key
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import Arena, ChallengeGroup, Membership, Person
from arenadesk.store.people import PersonDraft


@dataclass(frozen=True)
class ArrivalRow:
    person_id: uuid.UUID
    name: str
    organisation: str
    codes: tuple[str, ...]
    present: bool  # on the day asked for


@dataclass(frozen=True)
class Arrivals:
    day: int
    people: tuple[ArrivalRow, ...]
    per_group: tuple[tuple[str, int, int], ...]  # (code, present, members)

    @property
    def present(self) -> int:
        return sum(1 for p in self.people if p.present)


def day_of(days: tuple[dt.date | None, ...], today: dt.date) -> int | None:
    """The arena day whose date is today, if any."""
    for number, date in enumerate(days, start=1):
        if date == today:
            return number
    return None


def _day_count(arena: Arena | None) -> int:
    if arena is None or arena.deleted:
        raise UserError("record.missing")
    return max(1, len([d for d in arena.days if not d.deleted]))


def _mark(person: Person, day: int) -> list[uuid.UUID]:
    if day not in (person.attended_days or []):
        person.attended_days = sorted({*(person.attended_days or []), day})
    touched = []
    for membership in person.memberships:
        if not membership.deleted and day not in membership.days:
            membership.days = sorted({*membership.days, day})
            touched.append(membership.id)
    return touched


@dataclass(frozen=True)
class CheckIn:
    """One check-in, with what it added, so a wrong one can be taken back exactly."""

    person_id: uuid.UUID
    day: int
    was_present: bool  # already checked in that day: nothing to take back on the person
    memberships: tuple[uuid.UUID, ...]  # the groups whose days gained this day

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(Kind.PEOPLE, self.person_id) | ChangeSet.of(
            Kind.MEMBERSHIPS, *self.memberships
        )


def check_in(db: Database, person_id: uuid.UUID, day: int) -> CheckIn:
    with db.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.deleted:
            raise UserError("record.missing")
        if not 1 <= day <= _day_count(session.get(Arena, person.arena_id)):
            raise UserError("checkin.no_day", day=day)
        was_present = day in (person.attended_days or [])
        touched = _mark(person, day)
    return CheckIn(person_id, day, was_present, tuple(touched))


def undo_check_in(db: Database, done: CheckIn) -> ChangeSet:
    """Take a check-in back (the wrong Kari): the day leaves what it was added to."""
    with db.session() as session:
        person = session.get(Person, done.person_id)
        if person is not None and not done.was_present:
            person.attended_days = [d for d in (person.attended_days or []) if d != done.day]
        for membership_id in done.memberships:
            membership = session.get(Membership, membership_id)
            if membership is not None and done.day in membership.days:
                membership.days = [d for d in membership.days if d != done.day]
    return done.changes


def register_late(
    db: Database,
    arena_id: uuid.UUID,
    draft: PersonDraft,
    group_id: uuid.UUID | None,
    day: int,
) -> Created:
    """Someone who did not sign up: created, put in the group (as a participant, on this
    day) and checked in; all of it or nothing."""
    with db.session() as session:
        if not 1 <= day <= _day_count(session.get(Arena, arena_id)):
            raise UserError("checkin.no_day", day=day)
        person_id = people_store.create_person(db, arena_id, draft)
        changes = ChangeSet.of(Kind.PEOPLE, person_id)
        if group_id is not None:
            membership = group_store.add_member(db, group_id, person_id, Role.PARTICIPANT, [day])
            changes |= ChangeSet.of(Kind.MEMBERSHIPS, membership)
        person = session.get(Person, person_id)
        assert person is not None
        person.registered_days = [day]
        _mark(person, day)
    return Created(person_id, changes)


def arrivals(db: Database, arena_id: uuid.UUID, day: int) -> Arrivals:
    """Everyone in the arena with whether they are checked in on `day`, and the counts
    per group."""
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
        rows = tuple(
            sorted(
                (
                    ArrivalRow(
                        p.id,
                        p.name,
                        p.organisation,
                        tuple(sorted(codes.get(p.id, ()))),
                        day in (p.attended_days or []),
                    )
                    for p in people
                ),
                key=lambda r: (r.name.casefold(), str(r.person_id)),
            )
        )
    members: Counter[str] = Counter()
    present: Counter[str] = Counter()
    for row in rows:
        for code in row.codes:
            members[code] += 1
            present[code] += row.present
    per_group = tuple(
        (code, present[code], members[code]) for code in sorted(members, key=code_sort_key)
    )
    return Arrivals(day, rows, per_group)
