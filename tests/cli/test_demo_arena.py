"""The demo arena and the large synthetic arena."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from arenadesk.demo.arena import create_demo_arena, create_large_arena
from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import get_arena, require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import list_groups
from arenadesk.store.people import list_people


def test_demo_arena_shape(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    arena = get_arena(demo_db, arena_id)
    assert arena is not None and arena.name == "Åpen arena 2027"
    assert len(arena.days) == 2 and all(arena.days)

    groups = list_groups(demo_db, arena_id)
    people = list_people(demo_db, arena_id)
    assert [g.code for g in groups] == ["1A", "1B", "1C", "2A", "3A", "4A", "4B-1"]
    assert len(people) >= 60
    assert {p.perspective for p in people} == set(KNOWN_PERSPECTIVES)
    for group in groups:
        assert group.owners, f"{group.code} has no owner"
        assert group.facilitators, f"{group.code} has no facilitator"
        assert group.title and group.description and group.owner_org


def test_demo_memberships_point_at_live_people_with_valid_days(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    people = {p.id for p in list_people(demo_db, arena_id)}
    for group in list_groups(demo_db, arena_id):
        for member in group.members:
            assert member.person_id in people
            assert member.days and set(member.days) <= {1, 2}


def test_demo_names_keep_norwegian_and_sami_letters(demo_db: Database) -> None:
    names = " ".join(p.name for p in list_people(demo_db, require_arena_id(demo_db)))
    for letter in "æøåØÅČŊ":
        assert letter in names


def test_second_demo_is_refused(demo_db: Database) -> None:
    with pytest.raises(UserError) as caught:
        create_demo_arena(demo_db)
    assert caught.value.key == "cli.demo_exists"
    assert str(demo_db.path) in caught.value.text("nb")
    assert len(list_groups(demo_db, require_arena_id(demo_db))) == 7  # nothing added


def test_large_arena(db: Database) -> None:
    arena_id = create_large_arena(db)
    groups = list_groups(db, arena_id)
    people = list_people(db, arena_id)
    assert len(groups) == 29
    assert len(people) == 200
    assert len({g.code for g in groups}) == 29
    assert all(g.facilitators for g in groups)
    assert sum(g.member_count for g in groups) == 200
    assert Counter(p.perspective for p in people).keys() == set(KNOWN_PERSPECTIVES)


def test_large_arena_is_reproducible(db: Database, tmp_path: Path, device: Device) -> None:
    other = open_database(tmp_path / "other.sqlite", device)
    try:
        first = [p.name for p in list_people(db, create_large_arena(db))]
        second = [p.name for p in list_people(other, create_large_arena(other))]
    finally:
        other.close()
    assert first == second
