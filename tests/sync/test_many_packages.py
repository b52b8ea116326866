"""Packages merged one at a time: many laptops editing the same rows give the same master
and merge log in any order; three or more versions with one stamp and device are each
logged; the merge log's key migration keeps existing entries."""

from __future__ import annotations

import contextlib
import itertools
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import NoteDraft, add_notes
from arenadesk.store.people import PersonDraft, list_people, update_person
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import MERGE, merge_packages
from tests.templates import Templates

from .conftest import (
    ORGANISER,
    cloned_packages,
    laptop_device,
    logged_versions,
    started_working_files,
    synced_rows,
)

LAPTOPS = 8


def _merged(
    master: Path, folder: Path, name: str, batches: list[list[Path]]
) -> tuple[dict[str, list[tuple[Any, ...]]], set[tuple[Any, ...]]]:
    target = folder / f"{name}.sqlite"
    backup_copy(master, target)
    db = open_database(target, ORGANISER)
    try:
        for batch in batches:
            result = merge_packages(db, batch, backup=False)
            assert all(o.status in (MERGE, "already") for o in result.outcomes)
        return synced_rows(db), logged_versions(db)
    finally:
        db.close()


def test_many_laptops_editing_the_same_rows_merge_alike_in_any_order(
    master: Database, setup_file: Path, tmp_path: Path
) -> None:
    arena = require_arena_id(master)
    people = [p.id for p in list_people(master, arena)][:5]
    packages: list[Path] = []
    places = [(tmp_path / f"l{number}", laptop_device(number)) for number in range(1, LAPTOPS + 1)]
    for number, path in enumerate(started_working_files(setup_file, places), start=1):
        laptop = open_database(path, laptop_device(number))
        try:
            for person in people[: 1 + number % 5]:  # overlapping edits of the same people
                update_person(laptop, person, PersonDraft(f"Navn {number}-{person.hex[:4]}"))
            group = find_group_by_code(laptop, arena, "1A")
            assert group is not None
            board = create_board(laptop, group.id, "toppen-av-fjellet", f"Tavle {number}")
            drafts = [
                NoteDraft("goal", f"Lapp {n} fra {number}", n * 3.0, 10.0, 160, 90)
                for n in range(30)
            ]
            add_notes(laptop, board, drafts)
            packages.append(export_package(laptop, tmp_path / "usb"))
        finally:
            laptop.close()
    assert master.path is not None
    shuffled = random.Random(16).sample(packages, len(packages))
    outcomes = [
        _merged(master.path, tmp_path, "together", [packages]),
        _merged(master.path, tmp_path, "reversed", [packages[::-1]]),
        _merged(master.path, tmp_path, "one-by-one", [[p] for p in shuffled]),
        _merged(master.path, tmp_path, "twice", [shuffled[:3], packages, shuffled]),
    ]
    for other in outcomes[1:]:
        assert other == outcomes[0]
    rows, log = outcomes[0]
    # Every laptop's renamed people lost to one version or won: 8 laptops, each version of
    # a person that is not current is in the log.
    assert len([e for e in log if e[0] == "person"]) >= LAPTOPS
    assert len(rows["note"]) >= LAPTOPS * 30


@pytest.mark.timeout(600)
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    versions=st.lists(
        st.tuples(st.sampled_from(["a", "b", "c", "dd"]), st.booleans()), min_size=3, max_size=4
    )
)
def test_every_loser_of_a_tie_is_logged_in_every_order(
    templates: Templates, versions: list[tuple[str, bool]]
) -> None:
    """Three or four cloned laptops (one device id, clocks frozen at one instant) edit one
    person: every order gives the same rows and log, and every distinct version that is
    not current is in the log."""
    with tempfile.TemporaryDirectory() as work, contextlib.ExitStack() as stack:
        folder = Path(work)
        master = open_database(
            templates.copy("empty", ORGANISER, folder / "master.sqlite"), ORGANISER
        )
        stack.callback(master.close)
        packages = cloned_packages(master, folder, stack, versions)
        assert master.path is not None
        orders = list(itertools.permutations(packages))
        results = [
            _merged(master.path, folder, f"o{index}", [[p] for p in order])
            for index, order in enumerate(orders[:6])
        ]
        results.append(_merged(master.path, folder, "together", [packages]))
        for other in results[1:]:
            assert other == results[0]
        _rows, log = results[0]
        distinct = set(versions)
        tied = [e for e in log if e[0] == "person" and e[3] == laptop_device(7).id]
        assert len(tied) == len(distinct) - 1


def test_the_merge_log_key_migration_keeps_every_entry(tmp_path: Path) -> None:
    """A file at the revision before keeps its logged versions, each given its content key."""
    from sqlalchemy import create_engine

    from arenadesk.store.db import migrate
    from arenadesk.sync.planner import content_key

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            from alembic import command

            command.upgrade(migrate.alembic_config(connection), "0011_photos")
            connection.exec_driver_sql(
                "INSERT INTO merge_log (table_name, row_id, row_updated_at, row_device_id, data, "
                "kind, winner_updated_at, winner_device_id, package_id, logged_at) VALUES "
                "('person', '0123456789abcdef0123456789abcdef', 5, 'dev', "
                "'{\"name\": \"Åse\", \"deleted\": false}', 'conflict', 6, 'dev2', '', 7)"
            )
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT row_updated_at, kind, data_key FROM merge_log").fetchall()
    assert rows == [(5, "conflict", content_key({"name": "Åse", "deleted": False}))]


class _Stop(Exception):
    pass


def test_a_stop_between_packages_rolls_the_whole_merge_back(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    """What the window's Avbryt does: the hook raises before the second package; the
    first, already merged, is rolled back with it and the file is as it was."""
    from arenadesk.sync.log import list_imports

    from .test_merge import work_on_laptops

    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    rows, log = synced_rows(master), logged_versions(master)
    told: list[tuple[int, int, str]] = []

    def stop_at_second(done: int, total: int, name: str) -> None:
        told.append((done, total, name))
        if done == 1:
            raise _Stop

    with pytest.raises(_Stop):
        merge_packages(master, packages, on_package=stop_at_second)
    assert told == [(0, 3, packages[0].name), (1, 3, packages[1].name)]
    assert synced_rows(master) == rows and logged_versions(master) == log
    assert list_imports(master) == []


def test_a_package_dated_ahead_merges_when_accepted_and_the_clock_stays(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    from arenadesk.store.groups import GroupDraft, update_group

    ahead = time.time() + 3 * 86_400  # a laptop whose clock runs three days ahead
    laptops[0].clock._wall = lambda: ahead  # type: ignore[attr-defined]
    arena = require_arena_id(laptops[0])
    group = find_group_by_code(laptops[0], arena, "1A")
    assert group is not None
    update_group(laptops[0], group.id, GroupDraft("1A", "Fra framtiden"))
    package = export_package(laptops[0], tmp_path / "usb")
    refused = merge_packages(master, [package]).outcomes[0]
    assert refused.error is not None and refused.error.key == "sync.future"
    assert refused.error.params["acceptable"] is True
    accepted = merge_packages(master, [package], accept_future=True).outcomes[0]
    assert accepted.status == MERGE and accepted.updated >= 1
    found = find_group_by_code(master, require_arena_id(master), "1A")
    assert found is not None and found.title == "Fra framtiden"
    assert master.clock.last <= time.time() * 1_000_000 + 1_000_000  # not moved ahead
