"""Sync columns on every row: UUIDs, stamps, writer device, tombstones, a monotonic clock."""

from __future__ import annotations

import contextlib
import sqlite3
import time
import uuid
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select

from arenadesk.domain.vocabulary import Role
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.clock import SyncClock
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import (
    GroupDraft,
    add_member,
    create_group,
    delete_group,
    list_groups,
    remove_member,
)
from arenadesk.store.models.arena import ChallengeGroup, Membership, Meta, Person
from arenadesk.store.people import PersonDraft, create_person, delete_person, update_person

T = TypeVar("T")


def fetch(db: Database, model: type[T], row_id: uuid.UUID) -> T:
    with db.read() as session:
        row = session.get(model, row_id)
        assert row is not None
        return row


@pytest.fixture
def arena(db: Database) -> uuid.UUID:
    return create_arena(db, "Testarena")


def test_insert_stamps_every_sync_column(db: Database, device: Device, arena: uuid.UUID) -> None:
    person_id = create_person(db, arena, PersonDraft("Åse Kjærstad"))
    person = fetch(db, Person, person_id)
    assert isinstance(person.id, uuid.UUID) and person.id.version == 4
    assert person.created_at == person.updated_at > 0
    # Microseconds since the epoch, close to now.
    assert abs(person.created_at / 1_000_000 - time.time()) < 60
    assert person.device_id == device.id
    assert person.deleted is False


def test_update_bumps_updated_at_and_records_the_writer(
    tmp_path: Path, device: Device, other_device: Device
) -> None:
    path = tmp_path / "shared.sqlite"
    db = open_database(path, device)
    arena = create_arena(db, "Delt arena")
    person_id = create_person(db, arena, PersonDraft("Bjørn Sælen"))
    first = fetch(db, Person, person_id)
    db.close()

    # The file moves to another laptop; an edit there is stamped with that device.
    db = open_database(path, other_device)
    update_person(db, person_id, PersonDraft("Bjørn Sælen", title="Lege"))
    second = fetch(db, Person, person_id)
    db.close()

    assert second.title == "Lege"
    assert second.created_at == first.created_at
    assert second.updated_at > first.updated_at
    assert first.device_id == device.id
    assert second.device_id == other_device.id


def test_update_without_change_keeps_the_stamp(db: Database, arena: uuid.UUID) -> None:
    person_id = create_person(db, arena, PersonDraft("Geir Langmo", title="Prosjektleder"))
    before = fetch(db, Person, person_id)
    update_person(db, person_id, PersonDraft("Geir Langmo", title="Prosjektleder"))
    assert fetch(db, Person, person_id).updated_at == before.updated_at


def test_deleting_a_group_tombstones_it_and_its_memberships(db: Database, arena: uuid.UUID) -> None:
    group_id = create_group(db, arena, GroupDraft("1A", "Jobbmotor Nord"))
    person_id = create_person(db, arena, PersonDraft("Hilde Brattli"))
    membership_id = add_member(db, group_id, person_id, Role.OWNER, [1, 2])
    group_before = fetch(db, ChallengeGroup, group_id)
    membership_before = fetch(db, Membership, membership_id)

    delete_group(db, group_id)

    group = fetch(db, ChallengeGroup, group_id)
    membership = fetch(db, Membership, membership_id)
    assert group.deleted is True and membership.deleted is True
    assert group.updated_at > group_before.updated_at
    assert membership.updated_at > membership_before.updated_at
    assert fetch(db, Person, person_id).deleted is False  # people stay in the arena
    assert list_groups(db, arena) == []


def test_deleting_a_person_tombstones_their_memberships(db: Database, arena: uuid.UUID) -> None:
    group_id = create_group(db, arena, GroupDraft("2A", "Unge og medvirkning"))
    person_id = create_person(db, arena, PersonDraft("Camilla Øverby"))
    membership_id = add_member(db, group_id, person_id, Role.PARTICIPANT, [1])
    person_before = fetch(db, Person, person_id)

    delete_person(db, person_id)

    person = fetch(db, Person, person_id)
    assert person.deleted is True
    assert person.updated_at > person_before.updated_at
    assert fetch(db, Membership, membership_id).deleted is True
    assert fetch(db, ChallengeGroup, group_id).deleted is False
    assert list_groups(db, arena)[0].members == ()


def test_removing_a_member_keeps_a_tombstone(db: Database, arena: uuid.UUID) -> None:
    group_id = create_group(db, arena, GroupDraft("3A", "Kognitiv fungering"))
    person_id = create_person(db, arena, PersonDraft("Ingrid Solbakken"))
    membership_id = add_member(db, group_id, person_id, Role.RESOURCE, [2])
    before = fetch(db, Membership, membership_id)

    remove_member(db, membership_id)

    after = fetch(db, Membership, membership_id)
    assert after.deleted is True
    assert after.updated_at > before.updated_at
    with db.read() as session:
        assert len(session.scalars(select(Membership)).all()) == 1  # the row is still there


def test_session_delete_of_a_synced_row_is_refused(db: Database, arena: uuid.UUID) -> None:
    person_id = create_person(db, arena, PersonDraft("Roger Elvestad"))
    with pytest.raises(RuntimeError, match="tombstone"), db.session() as session:
        session.delete(session.get(Person, person_id))
    assert fetch(db, Person, person_id).deleted is False


def test_sync_clock_never_goes_backwards() -> None:
    readings = iter([1000.0, 1000.0, 999.0, 500.0, 1000.5, 1000.5, 2000.0])
    clock = SyncClock(wall=lambda: next(readings))
    stamps = [clock.stamp() for _ in range(7)]
    assert all(later > earlier for earlier, later in zip(stamps, stamps[1:], strict=False))
    assert stamps[0] == 1_000_000_000
    assert stamps[-1] == 2_000_000_000  # follows the wall clock again once it is ahead


def test_sync_clock_observe_raises_the_floor() -> None:
    clock = SyncClock(wall=lambda: 10.0)
    clock.observe(50_000_000)
    clock.observe(1)  # a lower stamp never lowers it
    assert clock.stamp() == 50_000_001


def test_reopened_file_with_future_stamps_stamps_later(tmp_path: Path, device: Device) -> None:
    # Rows written by a laptop whose clock ran a year ahead.
    path = tmp_path / "future.sqlite"
    db = open_database(path, device)
    arena = create_arena(db, "Fremtidsarena")
    person_id = create_person(db, arena, PersonDraft("Mette Rønning"))
    db.close()
    future = int((time.time() + 365 * 24 * 3600) * 1_000_000)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for table in ("arena", "arena_day", "person"):
            connection.execute(f"UPDATE {table} SET created_at = ?1, updated_at = ?1", (future,))
        connection.execute("DELETE FROM meta WHERE key = 'clock'")
        connection.commit()

    db = open_database(path, device)
    update_person(db, person_id, PersonDraft("Mette Rønning", title="Fagleder"))
    new_id = create_person(db, arena, PersonDraft("Tor Helge Nesheim"))
    assert fetch(db, Person, person_id).updated_at > future
    assert fetch(db, Person, new_id).created_at > future
    db.close()


def test_clock_is_remembered_in_meta(tmp_path: Path, device: Device) -> None:
    # Even with no row carrying the highest stamp, the meta clock keeps the floor.
    path = tmp_path / "clock.sqlite"
    db = open_database(path, device)
    create_arena(db, "Arena")
    with db.read() as session:
        stored = session.get(Meta, "clock")
        assert stored is not None and int(stored.value) == db.clock.last
    db.close()
    future = int((time.time() + 3600) * 1_000_000)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (str(future),))
        connection.commit()

    db = open_database(path, device)
    arena = create_arena(db, "Arena to")
    group_id = create_group(db, arena, GroupDraft("1A", "Tidsreise"))
    assert fetch(db, ChallengeGroup, group_id).created_at > future
    db.close()
