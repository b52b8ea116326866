"""Check-in at the door: present today, into the groups' days, late registrations."""

from __future__ import annotations

import datetime as dt

import pytest

from arenadesk.demo.arena import create_demo_arena
from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import Kind
from arenadesk.services.checkin import (
    arrivals,
    check_in,
    day_of,
    register_late,
    undo_check_in,
)
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code, update_member
from arenadesk.store.people import PersonDraft


def test_checking_in_marks_the_day_everywhere(db: Database) -> None:
    arena = create_demo_arena(db)
    group = find_group_by_code(db, arena, "1A")
    assert group is not None
    member = group.members[-1]
    update_member(db, member.membership_id, member.role, [1])  # signed up for day 1 only
    before = arrivals(db, arena, 2)
    assert before.present == 0
    done = check_in(db, member.person_id, 2)
    assert done.changes.affects(Kind.PEOPLE, Kind.MEMBERSHIPS)
    after = arrivals(db, arena, 2)
    assert after.present == 1
    assert dict((c, p) for c, p, _ in after.per_group)["1A"] == 1
    again = find_group_by_code(db, arena, "1A")
    assert again is not None
    assert next(m for m in again.members if m.person_id == member.person_id).days == (1, 2)
    twice = check_in(db, member.person_id, 2)  # twice is once
    assert arrivals(db, arena, 2).present == 1
    undo_check_in(db, twice)  # taking back the second leaves the first
    assert arrivals(db, arena, 2).present == 1
    undo_check_in(db, done)  # the wrong person: the day leaves the person and the group
    assert arrivals(db, arena, 2).present == 0
    back = find_group_by_code(db, arena, "1A")
    assert back is not None
    assert next(m for m in back.members if m.person_id == member.person_id).days == (1,)
    with pytest.raises(UserError):
        check_in(db, member.person_id, 3)


def test_a_late_registration_is_added_placed_and_present(db: Database) -> None:
    arena = create_demo_arena(db)
    group = find_group_by_code(db, arena, "2A")
    assert group is not None
    created = register_late(
        db, arena, PersonDraft("Sen Påmeldt", "", "Nav Ås", Perspective.USER), group.id, 1
    )
    rows = {r.person_id: r for r in arrivals(db, arena, 1).people}
    assert rows[created.id].present and rows[created.id].codes == ("2A",)
    with pytest.raises(UserError):
        register_late(db, arena, PersonDraft(""), None, 1)  # no name: nothing is kept
    assert len(arrivals(db, arena, 1).people) == len(rows)


def test_today_is_the_day_with_todays_date() -> None:
    days = (dt.date(2027, 3, 9), dt.date(2027, 3, 10))
    assert day_of(days, dt.date(2027, 3, 10)) == 2
    assert day_of(days, dt.date(2027, 3, 11)) is None
