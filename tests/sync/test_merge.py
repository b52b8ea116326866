"""Merging facilitators' packages into the organiser's master."""

from __future__ import annotations

import contextlib
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board, list_boards
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.groups import GroupDraft, delete_group, find_group_by_code, update_group
from arenadesk.store.models.arena import Person
from arenadesk.store.notes import NoteDraft, add_note, list_notes
from arenadesk.store.people import PersonDraft, delete_person, list_people, update_person
from arenadesk.sync.export import export_package
from arenadesk.sync.log import list_imports, list_merge_log, restore_version
from arenadesk.sync.merge import ALREADY, MERGE, REJECTED, merge_packages, preview_merge
from arenadesk.sync.planner import PackageMerge

from .conftest import ORGANISER, Openings, logged_versions, sha256, synced_rows


def person_named(db: Database, name: str) -> uuid.UUID:
    return next(p.id for p in list_people(db, require_arena_id(db)) if p.name == name)


def group_id(db: Database, code: str) -> uuid.UUID:
    group = find_group_by_code(db, require_arena_id(db), code)
    assert group is not None
    return group.id


def work_on_laptops(master: Database, laptops: list[Database], out: Path) -> list[Path]:
    """Each laptop does its group's work; the organiser also edits one person laptop 3 edits."""
    one, two, three = laptops
    update_group(one, group_id(one, "1C"), GroupDraft("1C", "Tidlig oppfølging i 1C"))
    board = create_board(one, group_id(one, "1C"), "toppen-av-fjellet", "Toppen 1C")
    add_note(one, board, NoteDraft("goal", "Alle får et tilbud", 10, 10, 160, 90))
    delete_person(two, person_named(two, "Hilde Brattli"))
    person = person_named(three, "Nils Aune") if _has(three, "Nils Aune") else _any_person(three)
    update_person(three, person, PersonDraft("Navn fra laptop 3"))
    update_person(master, person, PersonDraft("Navn fra arrangøren"))  # later: it wins
    return [export_package(db, out) for db in laptops]


def _has(db: Database, name: str) -> bool:
    return any(p.name == name for p in list_people(db, require_arena_id(db)))


def _any_person(db: Database) -> uuid.UUID:
    return sorted(list_people(db, require_arena_id(db)), key=lambda p: p.name)[-1].id


def test_three_laptops_merge_with_one_conflict_and_nothing_lost(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    result = merge_packages(master, packages)

    assert [o.status for o in result.outcomes] == [MERGE] * 3
    one, two, three = result.outcomes
    assert (one.added, one.updated, one.conflicts) == (2, 1, 0)  # board + note; group title
    assert (two.deleted, two.conflicts) == (2, 0)  # the person and their membership
    assert three.conflicts == 1
    assert result.total("conflicts") == 1

    arena = require_arena_id(master)
    names = {p.name for p in list_people(master, arena)}
    assert "Hilde Brattli" not in names  # the tombstone travelled
    assert "Navn fra arrangøren" in names and "Navn fra laptop 3" not in names
    c1 = group_id(master, "1C")
    assert find_group_by_code(master, arena, "1C").title == "Tidlig oppfølging i 1C"  # type: ignore[union-attr]
    boards = [b for b in list_boards(master, c1) if b.title == "Toppen 1C"]
    assert [n.text for n in list_notes(master, boards[0].id)] == ["Alle får et tilbud"]

    conflicts = list_merge_log(master, conflicts_only=True)
    assert [(c.table_name, c.data["name"]) for c in conflicts] == [("person", "Navn fra laptop 3")]
    superseded = {(e.table_name, e.kind) for e in list_merge_log(master)}
    assert ("challenge_group", "superseded") in superseded  # the old 1C title is kept too
    assert [i.file_name for i in list_imports(master)] == [p.name for p in packages]


def test_restoring_a_conflict_makes_it_current_and_keeps_the_other(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    merge_packages(master, packages)
    conflict = list_merge_log(master, conflicts_only=True)[0]
    restore_version(master, conflict.id)

    with master.read() as session:
        person = session.get(Person, conflict.row_id)
        assert person is not None
        assert person.name == "Navn fra laptop 3"
        assert person.device_id == ORGANISER.id  # a new edit here, so it syncs onwards
        assert person.updated_at > conflict.winner_updated_at
    log = {(e.data.get("name"), e.kind) for e in list_merge_log(master)}
    assert ("Navn fra arrangøren", "replaced") in log
    assert next(e for e in list_merge_log(master) if e.id == conflict.id).restored_at

    # The restored version wins when the same packages come again.
    merge_packages(master, packages)
    with master.read() as session:
        assert session.get(Person, conflict.row_id).name == "Navn fra laptop 3"  # type: ignore[union-attr]


def test_importing_the_same_file_again_changes_nothing(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    merge_packages(master, packages)
    path = master.path
    assert path is not None
    master.close()
    before = sha256(path)

    again = open_database(path, ORGANISER)
    try:
        result = merge_packages(again, packages)
        assert [o.status for o in result.outcomes] == [ALREADY] * 3
        assert not result.written
    finally:
        again.close()
    assert sha256(path) == before


def test_a_new_package_with_rows_already_merged_changes_no_data(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    merge_packages(master, packages)
    rows, log = synced_rows(master), logged_versions(master)

    again = export_package(laptops[0], tmp_path / "again")  # new id and hash, same rows
    result = merge_packages(master, [again])
    assert result.outcomes[0].status == MERGE
    assert result.outcomes[0].changes == 0 and result.outcomes[0].conflicts == 0
    assert synced_rows(master) == rows
    assert logged_versions(master) == log
    assert len(list_imports(master)) == 4  # the organiser can see it arrived


def test_order_of_packages_does_not_matter(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    assert master.path is not None
    copies = []
    for index in range(2):
        target = tmp_path / f"copy{index}.sqlite"
        backup_copy(master.path, target)
        copies.append(target)
    outcomes = []
    for target, order in zip(copies, (packages, packages[::-1]), strict=True):
        db = open_database(target, ORGANISER)
        try:
            for package in order:  # one at a time, in opposite orders
                merge_packages(db, [package])
            outcomes.append((synced_rows(db), logged_versions(db)))
        finally:
            db.close()
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][1]  # and the log is not trivially empty


def test_preview_tells_what_merge_does_and_writes_nothing(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    rows = synced_rows(master)
    preview = preview_merge(master, packages)
    assert synced_rows(master) == rows and list_imports(master) == []
    counts = [(o.added, o.updated, o.deleted, o.conflicts) for o in preview.outcomes]
    result = merge_packages(master, packages)
    assert [(o.added, o.updated, o.deleted, o.conflicts) for o in result.outcomes] == counts


def test_bad_package_is_rejected_and_the_others_merge(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    data = packages[1].read_bytes()
    packages[1].write_bytes(data[: len(data) - 4096])
    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [MERGE, REJECTED, MERGE]
    error = result.outcomes[1].error
    assert error is not None and error.key == "sync.truncated"
    assert packages[1].name in error.text("nb")
    names = {p.name for p in list_people(master, require_arena_id(master))}
    assert "Hilde Brattli" in names  # laptop 2's delete did not arrive
    assert len(list_imports(master)) == 2


def test_failed_merge_writes_nothing(
    master: Database, laptops: list[Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    rows, log = synced_rows(master), logged_versions(master)
    original = PackageMerge.chunk
    seen: set[str] = set()

    def write_then_fail(self: PackageMerge, table: Any, rows: Any) -> None:
        original(self, table, rows)
        seen.add(self.package_id)
        if len(seen) == 2:  # the first package is merged, the second half-written
            raise OSError("disk full")

    monkeypatch.setattr(PackageMerge, "chunk", write_then_fail)
    with pytest.raises(UserError) as caught:
        merge_packages(master, packages)
    assert caught.value.key == "sync.merge_failed"
    assert "Ingenting ble importert" in caught.value.text("nb")
    assert synced_rows(master) == rows and logged_versions(master) == log
    assert list_imports(master) == []


def test_another_arena_needs_confirmation(master: Database, tmp_path: Path, device: object) -> None:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.device import Device

    other = open_database(tmp_path / "other.sqlite", Device.new("annen"))
    create_demo_arena(other)
    package = export_package(other, tmp_path)
    other.close()

    preview = preview_merge(master, [package])
    assert [o.other_arena for o in preview.needs_confirmation] == [True]
    refused = merge_packages(master, [package])
    assert refused.outcomes[0].status == REJECTED
    assert refused.outcomes[0].error.key == "sync.other_arena"  # type: ignore[union-attr]
    assert list_imports(master) == []
    accepted = merge_packages(master, [package], accept_other_arena=True)
    assert accepted.outcomes[0].status == MERGE and accepted.outcomes[0].added > 100


def test_older_package_is_upgraded_in_a_copy(
    master: Database, laptops: list[Database], tmp_path: Path, openings: Openings
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from arenadesk.store.db import migrate

    package = work_on_laptops(master, laptops, tmp_path / "usb")[0]
    engine = create_engine(f"sqlite:///{package}")
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0003_boards")
    engine.dispose()
    before = sha256(package)
    openings.made.clear()

    result = merge_packages(master, [package])
    assert result.outcomes[0].status == MERGE and result.outcomes[0].added == 2
    # Copied for its upgrade through the connection it was inspected through.
    assert openings.count([package]) == [1] and openings.all_closed([package])
    assert sha256(package) == before
    assert not list(package.parent.glob(f"{package.name}*-*"))  # no journal beside it
    assert list_imports(master)[0].sha256 == before


def test_deleted_group_with_new_work_still_merges(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    one, two, _ = laptops
    board = create_board(one, group_id(one, "2A"), "gap-analyse", "Gap 2A")
    add_note(one, board, NoteDraft("now", "Lapp i 2A", 10, 10, 160, 90))
    delete_group(two, group_id(two, "2A"))
    packages = [export_package(db, tmp_path / "usb") for db in (two, one)]
    result = merge_packages(master, packages)
    assert all(o.status == MERGE for o in result.outcomes)
    assert find_group_by_code(master, require_arena_id(master), "2A") is None
    with contextlib.closing(sqlite3.connect(master.path)) as connection:  # type: ignore[arg-type]
        texts = connection.execute("SELECT text FROM note WHERE text = 'Lapp i 2A'").fetchall()
    assert texts == [("Lapp i 2A",)]


def test_a_package_from_a_clock_far_ahead_is_refused_and_the_clock_stays(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    laptops[0].clock.observe(10**17)  # a laptop whose clock ran far ahead (year 5138)
    update_group(laptops[0], group_id(laptops[0], "1A"), GroupDraft("1A", "Fra framtiden"))
    packages.append(export_package(laptops[0], tmp_path / "usb2"))
    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [MERGE] * (len(packages) - 1) + [REJECTED]
    refused = result.outcomes[-1].error
    assert refused is not None and refused.key == "sync.future"
    assert "laptop-1" in refused.text("nb")
    update_group(master, group_id(master, "1A"), GroupDraft("1A", "Arrangørens tittel"))
    with master.read() as session:
        stamps = session.scalars(select(Person.updated_at)).all()
    assert master.clock.last < time.time() * 1e6 + 86_400e6 and max(stamps) < master.clock.last
    title = find_group_by_code(master, require_arena_id(master), "1A").title  # type: ignore[union-attr]
    assert title == "Arrangørens tittel"
