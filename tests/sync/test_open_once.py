"""A merge opens each package once: the read-only connection its inspection used is the
one its rows are read through, and it is closed however the merge ends; a bad package
still leaves nothing of itself written."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arenadesk.services.sync import take_in_setup
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.people import PersonDraft, update_person
from arenadesk.sync import open_packages
from arenadesk.sync.export import export_package
from arenadesk.sync.log import list_imports
from arenadesk.sync.merge import MERGE, REJECTED, merge_packages, preview_merge
from arenadesk.sync.planner import PackageMerge
from arenadesk.sync.setup import start_working_file

from .conftest import ORGANISER, Openings, laptop_device, logged_versions, sha256, synced_rows
from .test_merge import person_named, work_on_laptops


class Stop(Exception):
    """The window's Cancel."""


@pytest.fixture
def packages(master: Database, laptops: list[Database], tmp_path: Path) -> list[Path]:
    """Three laptops' packages: a group renamed, a note added, a person deleted, a person
    renamed on a laptop and later on the master."""
    return work_on_laptops(master, laptops, tmp_path / "usb")


@pytest.fixture
def twin(master: Database, packages: list[Path], tmp_path: Path) -> Iterator[Database]:
    """A copy of the master as the packages left it, to merge them into otherwise."""
    assert master.path is not None
    target = tmp_path / "twin" / "master.sqlite"
    target.parent.mkdir()
    backup_copy(master.path, target)
    db = open_database(target, ORGANISER)
    yield db
    db.close()


def _alike(one: Database, other: Database) -> bool:
    return synced_rows(one) == synced_rows(other) and logged_versions(one) == logged_versions(other)


def test_a_merge_opens_each_package_once_and_closes_it(
    master: Database, packages: list[Path], openings: Openings
) -> None:
    preview_merge(master, packages)
    assert openings.count(packages) == [1, 1, 1] and openings.all_closed(packages)
    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [MERGE, MERGE, MERGE]
    assert openings.count(packages) == [2, 2, 2] and openings.all_closed(packages)
    merge_packages(master, packages)  # imported before: known by their bytes, not opened
    assert openings.count(packages) == [2, 2, 2]


def test_a_bad_value_late_in_a_package_leaves_nothing_of_it(
    master: Database,
    packages: list[Path],
    twin: Database,
    openings: Openings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Laptop 1's package renames group 1C (a table merged early) and holds a note of a
    negative height (a table read late): the rename, taken in before the note was read,
    goes with the rest of the package; the other two merge as they would alone."""
    with contextlib.closing(sqlite3.connect(packages[0])) as connection, connection:
        connection.execute("UPDATE note SET h = -50 WHERE rowid = 1")
    openings.made.clear()
    taken: list[tuple[str, str]] = []
    chunk = PackageMerge.chunk

    def seen(self: PackageMerge, table: Any, stored: Any) -> None:
        taken.append((self.package_id, table.name))
        chunk(self, table, stored)

    monkeypatch.setattr(PackageMerge, "chunk", seen)

    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [REJECTED, MERGE, MERGE]
    assert result.outcomes[0].info is not None
    assert (result.outcomes[0].info.package_id, "challenge_group") in taken
    error = result.outcomes[0].error
    assert error is not None and error.key == "sync.bad_rows"
    assert "note row 1, h" in error.text("en") and packages[0].name in error.text("nb")
    assert openings.count(packages) == [1, 1, 1] and openings.all_closed(packages)
    group = find_group_by_code(master, require_arena_id(master), "1C")
    assert group is not None and group.title != "Tidlig oppfølging i 1C"
    assert sorted(i.sha256 for i in list_imports(master)) == sorted(map(sha256, packages[1:]))
    merge_packages(twin, packages[1:])
    assert _alike(master, twin)


def test_cancel_closes_every_package_and_writes_nothing(
    master: Database, packages: list[Path], openings: Openings
) -> None:
    rows, log = synced_rows(master), logged_versions(master)

    def cancel_at_the_second(done: int, total: int, name: str) -> None:
        if done == 1:
            raise Stop

    with pytest.raises(Stop):
        merge_packages(master, packages, on_package=cancel_at_the_second)
    assert openings.count(packages) == [1, 1, 1] and openings.all_closed(packages)
    assert synced_rows(master) == rows and logged_versions(master) == log
    assert list_imports(master) == []


def test_past_the_bound_a_package_is_opened_again_and_merges_alike(
    master: Database,
    packages: list[Path],
    twin: Database,
    openings: Openings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    merge_packages(twin, packages)
    openings.made.clear()
    monkeypatch.setattr(open_packages, "MAX_KEPT_OPEN", 1)
    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [MERGE, MERGE, MERGE]
    assert openings.count(packages) == [1, 2, 2] and openings.all_closed(packages)
    assert _alike(master, twin)


def test_a_setup_file_is_checked_once_and_merged_through_one_more_connection(
    master: Database, laptops: list[Database], tmp_path: Path, openings: Openings
) -> None:
    """Taking in a later setup file: its full check (which tells a setup file from a
    package, and gives its clock), then the merge's; a new working file from it alike."""
    update_person(master, person_named(master, "Hilde Brattli"), PersonDraft("Hilde B."))
    later = export_package(master, tmp_path / "later", kind="setup")
    laptop = laptops[0]
    openings.made.clear()
    taken = take_in_setup(laptop, later, tmp_path / "new", laptop_device(1))
    assert taken.merged is not None and taken.merged.result.written
    assert openings.count([later]) == [2] and openings.all_closed([later])
    assert int(laptop.meta("base_clock") or 0) == int(master.meta("clock") or 0)
    fresh = start_working_file(later, tmp_path / "fresh", laptop_device(9))
    try:
        assert openings.count([later]) == [4] and openings.all_closed([later])
        assert fresh.meta("base_clock") == master.meta("clock")
    finally:
        fresh.close()
