"""A unit of work: store calls inside one `db.session()` commit together or not at all."""

from __future__ import annotations

import pytest

from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import ValidationError
from arenadesk.store import groups, people
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database


def test_nested_blocks_join_and_a_failure_writes_nothing(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = groups.list_groups(demo_db, arena_id)[0]
    before = len(people.list_people(demo_db, arena_id))
    with pytest.raises(ValidationError), demo_db.session():
        person = people.create_person(demo_db, arena_id, people.PersonDraft("Kari Nordmann"))
        assert person is not None  # flushed: the id is there inside the unit of work
        # The read inside the unit of work sees the row not yet committed.
        assert any(p.id == person for p in people.list_people(demo_db, arena_id))
        groups.add_member(demo_db, group.id, person, Role.PARTICIPANT, [0])  # no day 0: refused
    assert len(people.list_people(demo_db, arena_id)) == before


def test_nested_blocks_commit_once_at_the_end(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = groups.list_groups(demo_db, arena_id)[0]
    with demo_db.session():
        person = people.create_person(demo_db, arena_id, people.PersonDraft("Ola Nordmann"))
        groups.add_member(demo_db, group.id, person, Role.PARTICIPANT, [1])
    members = groups.get_group(demo_db, group.id)
    assert members is not None and person in {m.person_id for m in members.members}
    # A later unit of work is a new transaction, not the old one.
    with demo_db.session() as session:
        assert session.in_transaction()
