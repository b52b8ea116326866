"""Open Space work from several laptops merges into the organiser's file: the demo's fifty
inputs documented on three laptops arrive once each, with the demo's numbers."""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from arenadesk.demo.open_space import (
    DemoConversation,
    create_open_space_demo,
    demo_plan,
)
from arenadesk.domain.open_space import InputType
from arenadesk.store import conversations as conv
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.models.sync import MergeLog
from arenadesk.store.open_space import get_wall, place_topic
from arenadesk.store.people import list_people
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import ALREADY, merge_packages
from arenadesk.sync.setup import import_setup
from tests.sync.conftest import ORGANISER, SCENE_LAPTOPS, laptop_device, sync_scene, synced_rows
from tests.templates import Templates

ON_THE_SPOT = ("Ragnhild Åsheim Ødegård", "Frisklivssentralen Løkvik")
ON_THE_SPOT_CELL = "1.4"


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo built in one go on one laptop: the numbers and texts to expect."""
    db = open_database(tmp_path_factory.mktemp("reference") / "demo.sqlite", laptop_device(9))
    create_open_space_demo(db)
    yield db
    db.close()


@pytest.fixture
def os_master(tmp_path: Path, templates: Templates) -> Iterator[Database]:
    """The organiser's file: the arena, its people and the wall with every topic placed
    (made once per session with the setup file exported from it, which lies beside it)."""
    template, scene = sync_scene(templates, "open-space-wall")
    path = tmp_path / "master" / "master.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copyfile(template, path)
    scene.copy(scene.setup, tmp_path)
    db = open_database(path, ORGANISER)
    yield db
    db.close()


@pytest.fixture
def os_laptops(
    os_master: Database, tmp_path: Path, templates: Templates
) -> Iterator[list[Database]]:
    """Three laptops started from the master's setup file (once per session)."""
    _, scene = sync_scene(templates, "open-space-wall")
    dbs = [
        open_database(scene.copy(path, tmp_path), laptop_device(n))
        for n, path in zip(SCENE_LAPTOPS, scene.laptops, strict=True)
    ]
    yield dbs
    for db in dbs:
        db.close()


def _topics(db: Database) -> dict[str, uuid.UUID]:
    return {t.number: t.id for t in get_wall(db, require_arena_id(db)).topics if t.number}


def _document(db: Database, item: DemoConversation) -> None:
    """Document one demo conversation field by field, as a støttefasilitator would."""
    arena_id = require_arena_id(db)
    topics = _topics(db)
    topic_id = topics[item.input.cell]
    for name in ("input_title", "input_text", "discussion", "documented_by"):
        value = item.documented_by if name == "documented_by" else getattr(item.input, name)
        conv.save_field(db, topic_id, name, value)
    conv.save_field(db, topic_id, "next_steps", "\n".join(item.input.next_steps))
    if item.input.input_type is not None:
        reference = None
        if item.input.reference:
            reference = conv.conversation_id_for(topics[item.input.reference])
        conv.set_input_type(db, topic_id, InputType(item.input.input_type), reference)
    people = {p.name: p.id for p in list_people(db, arena_id)}
    for name in item.participants:
        conv.add_participant(db, topic_id, people[name])
    if item.input.cell == ON_THE_SPOT_CELL:
        conv.add_new_participant(db, arena_id, topic_id, *ON_THE_SPOT)


def _share(items: list[DemoConversation], laptop: int) -> list[DemoConversation]:
    """Laptop n (0, 1, 2) documents every third conversation."""
    return items[laptop::3]


def _summary(db: Database) -> dict[str, tuple[object, ...]]:
    """Each documented input by number, with everything a report shows of it."""
    return {
        str(row.number): (
            row.topic_title,
            row.convener,
            row.space_name,
            row.input_type,
            row.reference_number,
            row.input_title,
            row.input_text,
            row.discussion,
            tuple(row.next_step_lines),
            row.documented_by,
            tuple(sorted(p.name for p in row.participants)),
        )
        for row in conv.list_conversations(db, require_arena_id(db))
    }


def _expected(reference: Database) -> dict[str, tuple[object, ...]]:
    summary = _summary(reference)
    cell = summary[ON_THE_SPOT_CELL]
    summary[ON_THE_SPOT_CELL] = (*cell[:-1], tuple(sorted([*cell[-1], ON_THE_SPOT[0]])))  # type: ignore[misc]
    return summary


def _two_days(
    master: Database, laptops: list[Database], folder: Path
) -> tuple[list[Path], list[Path]]:
    """The demo documented over two days on three laptops: the day-1 packages (merged into
    the master that evening) and the day-2 packages (not merged yet)."""
    _, plan = demo_plan()
    day1 = [c for c in plan if c.slot_number <= 2]
    day2 = [c for c in plan if c.slot_number > 2]
    assert len(day1) == 30 and len(day2) == 20
    # Day 1: each laptop documents its third; the organiser merges them in the evening.
    for n, laptop in enumerate(laptops):
        for item in _share(day1, n):
            _document(laptop, item)
    day1_packages = [export_package(db, folder / "usb-day1") for db in laptops]
    assert all(o.status != ALREADY for o in merge_packages(master, day1_packages).outcomes)
    assert len(conv.list_conversations(master, require_arena_id(master))) == 30
    # Day 2 starts from a new setup file, so each laptop can refer to any day-1 input.
    setup2 = export_package(master, folder / "usb-setup2", kind="setup")
    for laptop in laptops:
        import_setup(laptop, setup2)
    for n, laptop in enumerate(laptops):
        for item in _share(day2, n):
            _document(laptop, item)
    return day1_packages, [export_package(db, folder / "usb-day2") for db in laptops]


def test_fifty_inputs_merge_from_three_laptops_with_the_demos_numbers(
    reference: Database, os_master: Database, os_laptops: list[Database], tmp_path: Path
) -> None:
    pristine = tmp_path / "pristine.sqlite"
    backup_copy(os_master.path, pristine)  # type: ignore[arg-type]
    _, plan = demo_plan()
    day1 = [c for c in plan if c.slot_number <= 2]
    laptop1_cells = {c.input.cell for c in _share(day1, 0)}
    across = [c for c in _share(plan[len(day1) :], 1) if c.input.reference in laptop1_cells]
    assert across, "laptop 2 should build on an input documented on laptop 1"
    day1_packages, day2_packages = _two_days(os_master, os_laptops, tmp_path)
    merge_packages(os_master, day2_packages)

    merged = _summary(os_master)
    assert len(merged) == 50
    assert merged == _expected(reference)
    numbers = [
        row.number for row in conv.list_conversations(os_master, require_arena_id(os_master))
    ]
    assert len(set(numbers)) == 50 and all(n and n[-1].isdigit() for n in numbers)
    for item in across:  # laptop 2's input names laptop 1's input by its number
        assert merged[item.input.cell][4] == item.input.reference
    assert {row[4] for row in merged.values() if row[3] in (2, 3)} <= {c.input.cell for c in day1}
    people = [p.name for p in list_people(os_master, require_arena_id(os_master))]
    assert len(people) == 151 and people.count(ON_THE_SPOT[0]) == 1

    # Merging again changes nothing.
    rows = synced_rows(os_master)
    again = merge_packages(os_master, [*day1_packages, *day2_packages])
    assert all(o.status == ALREADY for o in again.outcomes) and not again.written
    assert synced_rows(os_master) == rows

    # Any order of the laptops' packages gives the same rows as the organiser's file.
    for number, order in enumerate(itertools.permutations(day2_packages)):
        copy = tmp_path / f"order{number}.sqlite"
        backup_copy(pristine, copy)
        target = open_database(copy, ORGANISER)
        try:
            for package in order:
                merge_packages(target, [package])
            assert synced_rows(target) == rows
        finally:
            target.close()
    copy = tmp_path / "all-at-once.sqlite"
    backup_copy(pristine, copy)
    target = open_database(copy, ORGANISER)
    try:
        merge_packages(target, [*reversed(day2_packages), *reversed(day1_packages)])
        assert synced_rows(target) == rows
    finally:
        target.close()


def test_two_laptops_documenting_one_conversation_converge(
    os_master: Database, os_laptops: list[Database], tmp_path: Path
) -> None:
    first, second = os_laptops[0], os_laptops[1]
    topic = _topics(first)["2.6"]
    conv.save_field(first, topic, "input_title", "Arbeid er bra for helsa – med forbehold")
    conv.save_field(first, topic, "discussion", "Notert av Kari i sirkelen.")
    conv.save_field(second, topic, "input_title", "Er arbeid alltid bra for helsa?")
    # Each støttefasilitator noted someone the other missed: both stay.
    arena_id = require_arena_id(first)
    people = {p.name: p.id for p in list_people(first, arena_id)}
    conv.add_participant(first, topic, people["Kari Solbakken"])
    conv.add_participant(second, topic, people["Eivind Myrvold"])
    conv.add_participant(second, topic, people["Kari Solbakken"])
    packages = [export_package(db, tmp_path / "usb") for db in (first, second)]
    merge_packages(os_master, packages)

    rows = [r for r in conv.list_conversations(os_master, require_arena_id(os_master))]
    assert [(r.number, r.input_title) for r in rows] == [("2.6", "Er arbeid alltid bra for helsa?")]
    assert [p.name for p in rows[0].participants] == ["Eivind Myrvold", "Kari Solbakken"]
    with os_master.read() as session:
        lost = session.scalars(
            select(MergeLog).where(
                MergeLog.table_name == "os_conversation",
                MergeLog.row_id == conv.conversation_id_for(topic),
            )
        ).all()
    assert [entry.data["input_title"] for entry in lost] == [
        "Arbeid er bra for helsa – med forbehold"
    ]
    assert lost[0].data["discussion"] == "Notert av Kari i sirkelen."


def test_two_new_topics_in_one_empty_cell_both_survive(
    os_master: Database, os_laptops: list[Database], tmp_path: Path
) -> None:
    from arenadesk.domain.wall import slot_id_for, space_id_for
    from arenadesk.store.open_space import add_topic

    arena_id = require_arena_id(os_master)
    cell = (slot_id_for(arena_id, 2), space_id_for(arena_id, 5))  # 2.5 is empty in the demo
    assert not get_wall(os_master, arena_id).in_cell(*cell)
    first = add_topic(os_laptops[0], arena_id, "Arbeidsglede", "Vibeke Moen", *cell)
    conv.save_field(os_laptops[0], first, "input_text", "Glede på jobben forebygger fravær.")
    second = add_topic(os_laptops[1], arena_id, "Lederens rolle", "Knut Tangen", *cell)
    conv.save_field(os_laptops[1], second, "input_text", "Nærmeste leder er nøkkelen.")
    packages = [export_package(db, tmp_path / "usb") for db in os_laptops[:2]]
    merge_packages(os_master, packages)

    wall = get_wall(os_master, arena_id)
    numbers = {t.id: t.number for t in wall.in_cell(*cell)}
    assert numbers == {first: "2.5", second: "2.5b"}
    assert [(c.kind, set(c.topic_ids)) for c in wall.clashes] == [("cell", {first, second})]
    texts = {
        r.number: r.input_text for r in conv.list_conversations(os_master, arena_id) if r.number
    }
    assert texts == {
        "2.5": "Glede på jobben forebygger fravær.",
        "2.5b": "Nærmeste leder er nøkkelen.",
    }


def test_a_later_setup_file_keeps_the_laptops_own_documentation(
    os_master: Database, os_laptops: list[Database], tmp_path: Path
) -> None:
    from arenadesk.domain.wall import slot_id_for, space_id_for

    arena_id = require_arena_id(os_master)
    laptop = os_laptops[0]
    moved = _topics(os_master)["1.16"]
    conv.save_field(laptop, moved, "input_text", "Digitale tjenester må kunne brukes av alle.")
    conv.save_field(laptop, moved, "discussion", "Første utkast.")
    # The organiser has this first version, then the wall laptop moves the topic.
    merge_packages(os_master, [export_package(laptop, tmp_path / "usb-1")])
    place_topic(os_master, moved, slot_id_for(arena_id, 2), space_id_for(arena_id, 7))
    # Meanwhile the støttefasilitator goes on writing.
    conv.save_field(laptop, moved, "discussion", "Gruppen ønsket en rett til å møte et menneske.")
    setup2 = export_package(os_master, tmp_path / "usb-setup2", kind="setup")

    result = import_setup(laptop, setup2)
    assert result.written
    row = conv.get_conversation(laptop, moved)
    assert row.number == "2.7"  # the wall's move arrived
    assert row.input_text == "Digitale tjenester må kunne brukes av alle."
    assert row.discussion == "Gruppen ønsket en rett til å møte et menneske."  # own edit stays
    assert import_setup(laptop, setup2).outcomes[0].status == ALREADY


def test_fifty_inputs_merge_into_postgres_as_into_a_file(
    os_master: Database, os_laptops: list[Database], tmp_path: Path, pg_migrated_url: str
) -> None:
    _, day2_packages = _two_days(os_master, os_laptops, tmp_path)
    merge_packages(os_master, day2_packages)
    server = open_database(pg_migrated_url, ORGANISER)
    try:
        result = merge_packages(server, day2_packages)  # they carry day 1 and the wall too
        assert result.written
        assert _summary(server) == _summary(os_master)
        assert synced_rows(server) == synced_rows(os_master)
    finally:
        server.close()
