"""The plain-sqlite3 read of the first screen gives what the store gives, for every kind of
file: the demos, the largest arena, tombstones, ordering by hand, odd codes, two arenas
after a merge, and the group open last wherever it went."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import create_arena, get_arena, require_arena_id, set_days
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.first_screen import FirstScreen, read_first_screen
from arenadesk.store.groups import (
    GroupDraft,
    add_member,
    create_group,
    delete_group,
    get_group,
    list_groups,
    remove_member,
    set_member_order,
    update_member,
)
from arenadesk.store.models.arena import Arena
from arenadesk.store.people import (
    PersonDraft,
    arena_diversity,
    create_person,
    delete_person,
    set_people_deleted,
)
from tests.templates import Templates


def from_store(db: Database, current_group: uuid.UUID | None = None) -> FirstScreen | None:
    """The first screen as the SQLAlchemy repositories read it."""
    arena = get_arena(db)
    if arena is None:
        return None
    return FirstScreen(
        arena,
        tuple(list_groups(db, arena.id)),
        arena_diversity(db, arena.id),
        get_group(db, current_group) if current_group is not None else None,
    )


def same_both_ways(db: Database, current_group: uuid.UUID | None = None) -> FirstScreen | None:
    """Read the file while the store has it open (through its -wal), then closed (the file
    alone), and compare both with the store's own reading."""
    assert db.path is not None
    expected = from_store(db, current_group)
    assert read_first_screen(db.path, current_group) == expected
    db.close()
    assert read_first_screen(db.path, current_group) == expected
    return expected


def person(db: Database, arena: uuid.UUID, name: str, perspective: Perspective) -> uuid.UUID:
    return create_person(db, arena, PersonDraft(name, "Rådgiver", "Nav Øst", perspective))


def test_demo_arena(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    groups = list_groups(demo_db, arena)
    screen = same_both_ways(demo_db, groups[2].id)
    assert screen is not None and len(screen.groups) == 7 and screen.mix.total == 70
    assert screen.current_group == groups[2]


def test_open_space_demo(tmp_path: Path, device: Device, templates: Templates) -> None:
    db = open_database(templates.copy("open-space-demo", device, tmp_path / "os.sqlite"), device)
    try:
        screen = same_both_ways(db)
        assert screen is not None and screen.mix.total == 150
    finally:
        db.close()


def test_large_arena(tmp_path: Path, device: Device, templates: Templates) -> None:
    from arenadesk.demo.arena import create_large_arena

    db = open_database(templates.copy("empty", device, tmp_path / "large.sqlite"), device)
    try:
        create_large_arena(db)
        last = list_groups(db, require_arena_id(db))[-1]
        screen = same_both_ways(db, last.id)
        assert screen is not None and len(screen.groups) == 29
        assert sum(len(g.members) for g in screen.groups) == 200
    finally:
        db.close()


def test_no_arena_is_none(db: Database) -> None:
    assert same_both_ways(db, uuid.uuid4()) is None


def test_tombstoned_groups_people_and_memberships(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    first, second, third, fourth = list_groups(demo_db, arena)[:4]
    delete_group(demo_db, first.id)
    delete_person(demo_db, second.members[0].person_id)
    remove_member(demo_db, third.members[-1].membership_id)
    # A person tombstoned alone (a bulk change undone, a merge): their memberships stay.
    set_people_deleted(demo_db, [fourth.members[0].person_id], True)
    screen = same_both_ways(demo_db, first.id)
    assert screen is not None and screen.current_group is None
    assert first.id not in {g.id for g in screen.groups}
    assert screen.mix.total == 68
    shown = {g.id: g for g in screen.groups}
    assert len(shown[fourth.id].members) == len(fourth.members) - 1


def test_empty_group_positions_and_a_person_in_several_groups(db: Database) -> None:
    arena = create_arena(db, "Testarena")
    create_group(db, arena, GroupDraft("3A", "Ingen ennå"))
    a = create_group(db, arena, GroupDraft("1A", "Jobbmotor"))
    b = create_group(db, arena, GroupDraft("1B", "Jobbmotor Sør"))
    names = ["Åse", "Bjørn", "Carl", "Dina", "Eirik"]
    ids = {n: person(db, arena, n, Perspective.USER) for n in names}
    memberships = {
        n: add_member(db, a, ids[n], role, days=(1,))
        for n, role in zip(
            names, [Role.PARTICIPANT, Role.OWNER, Role.FACILITATOR] * 2, strict=False
        )
    }
    add_member(db, b, ids["Åse"], Role.FACILITATOR, days=(), attendance_note="siste halvdel dag 2")
    add_member(db, b, ids["Carl"], Role.PARTICIPANT, days=(2, 1))
    set_member_order(db, a, [memberships["Dina"], memberships["Åse"]])  # the rest follow
    screen = same_both_ways(db, b)
    assert screen is not None
    by_code = {g.code: g for g in screen.groups}
    assert [m.name for m in by_code["1A"].members] == ["Dina", "Åse", "Carl", "Bjørn", "Eirik"]
    assert [m.position for m in by_code["1A"].members] == [0, 1, None, None, None]
    assert by_code["3A"].members == () and screen.current_group == by_code["1B"]
    assert by_code["1B"].members[1].days == (1, 2)


def test_arena_days_missing_and_removed(db: Database) -> None:
    arena = create_arena(db, "Uten datoer", days=[None, None])
    assert same_both_ways(db) is not None
    db2 = open_database(db.path, db.device)  # type: ignore[arg-type]
    try:
        set_days(db2, arena, [dt.date(2027, 3, 9), None, dt.date(2027, 3, 11)])
        set_days(db2, arena, [None, dt.date(2027, 3, 10)])  # day 3 becomes a tombstone
        screen = same_both_ways(db2)
        assert screen is not None and screen.arena.days == (None, dt.date(2027, 3, 10))
    finally:
        db2.close()


def test_no_days_at_all(db: Database) -> None:
    create_arena(db, "Ingen dager", days=[])
    screen = same_both_ways(db)
    assert screen is not None and screen.arena.days == ()


def test_long_titles_and_odd_codes(db: Database) -> None:
    long = "Samskaping " + "og videre arbeid " * 20
    arena = create_arena(db, long[:200], venue="Møtestedet «Akerselva» #2?", theme=long * 3)
    codes = ["10A", "2B – 1 og 2", "4A-1 & 2", "&2", "1A", "01A", "2A", "(1.2)", "1e - 2"]
    for number, code in enumerate(codes):
        group = create_group(db, arena, GroupDraft(code, f"{number} {long}"[:300], long, room="Ø"))
        member = person(db, arena, f"{code} {'Ø' * 200}"[:200], Perspective.RESEARCHER)
        add_member(db, group, member, Role.OWNER)
    screen = same_both_ways(db)
    assert screen is not None
    # 2A before 10A; "01A" and "1A" sort alike and keep one order.
    assert [g.code for g in screen.groups] == [
        "01A", "1A", "1e - 2", "2A", "2B – 1 og 2", "4A-1 & 2", "10A", "&2", "(1.2)",
    ]  # fmt: skip
    assert len(screen.arena.name) == 200 and len(screen.groups[0].title) == 300


def test_the_group_open_last_unknown_or_of_another_arena(db: Database) -> None:
    first = create_arena(db, "Første")
    second = create_arena(db, "Andre")
    mine = create_group(db, first, GroupDraft("1A", "Min"))
    theirs = create_group(db, second, GroupDraft("1A", "Deres"))
    add_member(db, theirs, person(db, second, "Kari", Perspective.EMPLOYER), Role.OWNER)
    gone = create_group(db, first, GroupDraft("2A", "Borte"))
    delete_group(db, gone)
    for current, shown in ((theirs, "Deres"), (mine, "Min"), (gone, None), (uuid.uuid4(), None)):
        db2 = open_database(db.path, db.device)  # type: ignore[arg-type]
        try:
            screen = same_both_ways(db2, current)
        finally:
            db2.close()
        assert screen is not None and screen.arena.id == first
        assert (screen.current_group.title if screen.current_group else None) == shown


def test_the_first_created_live_arena_wins(db: Database) -> None:
    first = create_arena(db, "Første")
    second = create_arena(db, "Andre")
    with db.session() as session:  # two laptops in one microsecond: the lower id
        arenas = list(session.query(Arena))
        for arena in arenas:
            arena.created_at = arenas[0].created_at
    screen = same_both_ways(db)
    assert screen is not None and screen.arena.id == min(first, second)
    db2 = open_database(db.path, db.device)  # type: ignore[arg-type]
    try:
        with db2.session() as session:
            tombstoned = session.get(Arena, min(first, second))
            assert tombstoned is not None
            tombstoned.deleted = True
        screen = same_both_ways(db2)
        assert screen is not None and screen.arena.id == max(first, second)
    finally:
        db2.close()


@pytest.mark.parametrize("older", ["master", "package"])
def test_two_arenas_after_a_merge(tmp_path: Path, device: Device, older: str) -> None:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.demo.open_space import create_open_space_demo
    from arenadesk.sync.export import export_package
    from arenadesk.sync.merge import MERGE, merge_packages

    master = open_database(tmp_path / "master.sqlite", device)
    other = open_database(tmp_path / "other.sqlite", Device.new("annen"))
    try:
        makers = [(master, create_demo_arena), (other, create_open_space_demo)]
        for db, make in makers if older == "master" else reversed(makers):
            make(db)
        package = export_package(other, tmp_path / "usb")
        result = merge_packages(master, [package], accept_other_arena=True)
        assert result.outcomes[0].status == MERGE
        oldest = require_arena_id(master if older == "master" else other)
        screen = same_both_ways(master)
        assert screen is not None and screen.arena.id == oldest
    finally:
        master.close()
        other.close()


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["group", "person", "member", "drop", "leave", "order", "role", "days"]),
        st.integers(0, 50),
        st.integers(0, 50),
    ),
    max_size=25,
)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS, current=st.integers(0, 20))
def test_random_edits(
    edits: list[tuple[str, int, int]],
    current: int,
    tmp_path: Path,
    device: Device,
    templates: Templates,
) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        db = open_database(templates.copy("empty", device, Path(folder) / "a.sqlite"), device)
        try:
            arena = create_arena(db, "Tilfeldig")
            groups: list[uuid.UUID] = []
            people: list[uuid.UUID] = []
            members: list[uuid.UUID] = []
            perspectives = list(Perspective)
            for kind, a, b in edits:
                try:
                    if kind == "group":
                        code = f"{a % 12}{'ABC'[b % 3]}"
                        groups.append(create_group(db, arena, GroupDraft(code, f"Gruppe {a}")))
                    elif kind == "person":
                        p = perspectives[b % len(perspectives)]
                        people.append(person(db, arena, f"Person {a}", p))
                    elif kind == "member" and groups and people:
                        role = list(Role)[b % len(Role)]
                        group, who = groups[a % len(groups)], people[b % len(people)]
                        members.append(add_member(db, group, who, role, days=[1 + b % 2]))
                    elif kind == "drop" and people:
                        delete_person(db, people[a % len(people)])
                    elif kind == "drop" and groups:
                        delete_group(db, groups[a % len(groups)])
                    elif kind == "leave" and members:
                        remove_member(db, members[a % len(members)])
                    elif kind == "order" and groups:
                        group = groups[a % len(groups)]
                        row = get_group(db, group)
                        chosen = [m.membership_id for m in (row.members if row else ())]
                        set_member_order(db, group, chosen[b % (len(chosen) + 1) :])
                    elif kind == "role" and members:
                        update_member(db, members[a % len(members)], list(Role)[b % 3], ())
                    elif kind == "days" and members:
                        update_member(db, members[a % len(members)], Role.PARTICIPANT, [b % 3])
                except UserError:  # a code taken, a member twice: refused as in the app
                    pass
            pick = groups[current % len(groups)] if groups else None
            same_both_ways(db, pick)
        finally:
            db.close()
