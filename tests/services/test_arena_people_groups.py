"""Use cases for the arena, its groups and people: one transaction each, a change set back."""

from __future__ import annotations

import datetime as dt

import pytest

from arenadesk.domain.vocabulary import ArenaFormat, Role
from arenadesk.i18n.messages import ValidationError
from arenadesk.services import arena, groups, people
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.services.people import Joining
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.arenas import get_arena, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft
from arenadesk.store.people import PersonDraft


def _names(db: Database) -> set[str]:
    return {p.name for p in people_store.list_people(db, require_arena_id(db))}


def test_a_new_person_goes_into_the_group_with_one_commit(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = group_store.find_group_by_code(demo_db, arena_id, "2A")
    assert group is not None
    created = people.create_person(
        demo_db, arena_id, PersonDraft("Sára Ánde Ŋuolja"), Joining(group.id, Role.OWNER, [1, 2])
    )
    assert created.changes.kinds == {Kind.PEOPLE, Kind.MEMBERSHIPS}
    assert created.changes.ids(Kind.PEOPLE) == {created.id}
    member = next(
        m for m in group_store.get_group(demo_db, group.id).members if m.person_id == created.id
    )
    assert created.changes.ids(Kind.MEMBERSHIPS) == {member.membership_id}
    assert member.role is Role.OWNER and member.days == (1, 2)


def test_a_refused_membership_leaves_no_person_behind(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = group_store.list_groups(demo_db, arena_id)[0]
    before = _names(demo_db)
    with pytest.raises(ValidationError) as refused:
        people.create_person(
            demo_db,
            arena_id,
            PersonDraft("Per Dag Null"),
            Joining(group.id, Role.PARTICIPANT, [0]),
        )
    assert refused.value.field == "days"
    assert _names(demo_db) == before


def test_adding_members_is_all_or_none(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = group_store.list_groups(demo_db, arena_id)[0]
    present = {m.person_id for m in group.members}
    outside = [p.id for p in people_store.list_people(demo_db, arena_id) if p.id not in present]
    # The last one is already in the group: refused, and the first two are not kept either.
    chosen = [outside[0], outside[1], next(iter(present))]
    with pytest.raises(ValidationError):
        groups.add_members(demo_db, group.id, chosen, Role.PARTICIPANT, [1])
    assert {m.person_id for m in group_store.get_group(demo_db, group.id).members} == present
    changes = groups.add_members(demo_db, group.id, outside[:2], Role.RESOURCE, [2])
    after = group_store.get_group(demo_db, group.id)
    assert {m.person_id for m in after.members} == present | set(outside[:2])
    assert changes.affects(Kind.MEMBERSHIPS) and len(changes.ids(Kind.MEMBERSHIPS)) == 2
    with pytest.raises(ValidationError) as nobody:
        groups.add_members(demo_db, group.id, [], Role.PARTICIPANT, [1])
    assert nobody.value.field == "person"


def test_join_group_needs_a_group(demo_db: Database) -> None:
    person = people_store.list_people(demo_db, require_arena_id(demo_db))[0]
    with pytest.raises(ValidationError) as refused:
        groups.join_group(demo_db, None, person.id, Role.PARTICIPANT, [1])
    assert refused.value.field == "group"


def test_group_create_update_delete_say_what_changed(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    created = groups.create_group(demo_db, arena_id, GroupDraft("9Z", "Ny gruppe"))
    assert created.changes == ChangeSet.of(Kind.GROUPS, created.id)
    assert groups.update_group(demo_db, created.id, GroupDraft("9Z", "Nytt navn")) == (
        ChangeSet.of(Kind.GROUPS, created.id)
    )
    deleted = groups.delete_group(demo_db, created.id)
    assert deleted.affects(Kind.MEMBERSHIPS) and deleted.ids(Kind.GROUPS) == {created.id}
    assert group_store.get_group(demo_db, created.id) is None


def test_arena_details_and_days_are_saved_together(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    before = get_arena(demo_db, arena_id)
    assert before is not None
    with pytest.raises(ValidationError):
        arena.save_details(
            demo_db,
            arena_id,
            name="Nytt navn",
            venue=before.venue,
            organiser=before.organiser,
            theme=before.theme,
            format=ArenaFormat.FACILITATED,
            days=[dt.date(2026, 5, 2), dt.date(2026, 5, 1)],  # out of order: refused
        )
    assert get_arena(demo_db, arena_id).name == before.name  # the name waited with the days
    changes = arena.save_details(
        demo_db,
        arena_id,
        name="Nytt navn",
        venue=before.venue,
        organiser=before.organiser,
        theme=before.theme,
        format=ArenaFormat.FACILITATED,
        days=[dt.date(2026, 5, 1), dt.date(2026, 5, 2)],
    )
    assert changes == ChangeSet.of(Kind.ARENA, arena_id)
    assert get_arena(demo_db, arena_id).name == "Nytt navn"
