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

from arenadesk.domain.codes import code_sort_key
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import arenas as arena_store
from arenadesk.store import attendance
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.db.database import Database
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


def _check_day(db: Database, arena_id: uuid.UUID, day: int) -> None:
    if not 1 <= day <= arena_store.day_count(db, arena_id):
        raise UserError("checkin.no_day", day=day)


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
    with db.session():
        _check_day(db, attendance.person_arena(db, person_id), day)
        was_present, touched = attendance.mark_present(db, person_id, day)
    return CheckIn(person_id, day, was_present, touched)


def undo_check_in(db: Database, done: CheckIn) -> ChangeSet:
    """Take a check-in back (the wrong Kari): the day leaves what it was added to."""
    attendance.unmark_present(
        db, done.person_id, done.day, on_person=not done.was_present, memberships=done.memberships
    )
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
    with db.session():
        _check_day(db, arena_id, day)
        person_id = people_store.create_person(db, arena_id, draft)
        changes = ChangeSet.of(Kind.PEOPLE, person_id)
        if group_id is not None:
            membership = group_store.add_member(db, group_id, person_id, Role.PARTICIPANT, [day])
            changes |= ChangeSet.of(Kind.MEMBERSHIPS, membership)
        attendance.set_registered_days(db, person_id, [day])
        attendance.mark_present(db, person_id, day)
    return Created(person_id, changes)


def arrivals(db: Database, arena_id: uuid.UUID, day: int) -> Arrivals:
    """Everyone in the arena with whether they are checked in on `day`, and the counts
    per group."""
    rows = tuple(
        sorted(
            (
                ArrivalRow(p.person_id, p.name, p.organisation, p.codes, day in p.attended_days)
                for p in attendance.list_attendance(db, arena_id)
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
