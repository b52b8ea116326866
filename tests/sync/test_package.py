"""Packages and setup files: consistent, data only, named safely, validated read-only."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database
from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.models.arena import SCHEMA_REVISION
from arenadesk.sync.export import export_package, package_file_name
from arenadesk.sync.package import PACKAGE_SUFFIX, SETUP_SUFFIX, inspect_package

from .conftest import sha256, table_count


def test_package_is_a_complete_snapshot_with_its_meta(
    laptops: list[Database], tmp_path: Path
) -> None:
    laptop = laptops[0]
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.groups import GroupDraft, update_group

    group = find_group_by_code(laptop, require_arena_id(laptop), "1C")
    assert group is not None
    update_group(laptop, group.id, GroupDraft("1C", "Ny tittel på 1C"))

    path = export_package(laptop, tmp_path / "out")
    assert path.suffix == PACKAGE_SUFFIX and path.parent == tmp_path / "out"
    assert "1C" in path.name and "laptop-1" in path.name
    assert not list(path.parent.glob(".*partial"))

    info = inspect_package(path)
    assert info.kind == "package" and info.group_codes == ("1C",)
    assert info.device_id == laptop.device.id and info.device_name == "laptop-1"
    assert info.revision == SCHEMA_REVISION and info.arena_name == "Åpen arena 2027"
    assert inspect_file(path).application_id == APPLICATION_ID
    # data only: every synced row, nothing of the local logs
    assert table_count(path, "person") == 70 and table_count(path, "challenge_group") == 7
    assert table_count(path, "import_log") == 0 and table_count(path, "merge_log") == 0
    with contextlib.closing(sqlite3.connect(path)) as connection:
        title = connection.execute(
            "SELECT title FROM challenge_group WHERE code = '1C'"
        ).fetchone()[0]
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert title == "Ny tittel på 1C"
    assert journal == "delete"  # a reader needs no -wal beside it


def test_setup_file_leaves_out_the_groups_work(master: Database, tmp_path: Path) -> None:
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.plans import ensure_group_plan, ensure_master

    arena = require_arena_id(master)
    ensure_master(master, arena)
    group = find_group_by_code(master, arena, "1A")
    assert group is not None
    ensure_group_plan(master, arena, group.id)
    assert table_count(master.path, "note") > 0  # type: ignore[arg-type]

    path = export_package(master, tmp_path, kind="setup")
    assert path.suffix == SETUP_SUFFIX and "oppsett" in path.name
    assert inspect_package(path).kind == "setup"
    for table in ("board", "note", "group_report", "session_run", "step_log"):
        assert table_count(path, table) == 0, table
    assert table_count(path, "person") == 70 and table_count(path, "membership") == 70
    with contextlib.closing(sqlite3.connect(path)) as connection:
        templates = connection.execute("SELECT group_id FROM support_template").fetchall()
        steps = connection.execute("SELECT COUNT(*) FROM template_step").fetchone()[0]
    assert templates == [(None,)]  # the master støttemal only, not group 1A's plan
    assert steps > 0


def test_file_names_are_safe_everywhere() -> None:
    when = dt.datetime(2027, 3, 9, 14, 5)
    name = package_file_name('Åpen arena: "Helse/Arbeid"', ("4B-1",), "Kåre's PC", when, "package")
    assert name == "Apen-arena-Helse-Arbeid-4B-1-Kare-s-PC-20270309-1405.arenapakke"
    assert package_file_name("Ærlig Øst", (), "x", when, "setup") == (
        "AErlig-Ost-oppsett-20270309-1405.arenaoppsett"
    )
    assert package_file_name("///", (), "", when, "package").startswith("arena-")


def test_exporting_to_a_missing_folder_creates_it(master: Database, tmp_path: Path) -> None:
    path = export_package(master, tmp_path / "a" / "b" / "pakke.arenapakke")
    assert path == tmp_path / "a" / "b" / "pakke.arenapakke"
    assert inspect_package(path).kind == "package"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_truncated_package_is_named_and_nothing_imported(
    master: Database, tmp_path: Path, language: str
) -> None:
    path = export_package(master, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = sha256(path)
    with pytest.raises(UserError) as caught:
        inspect_package(path)
    assert caught.value.key == "sync.truncated"
    text = caught.value.text(language)
    assert path.name in text
    assert ("Ingenting ble importert" if language == "nb" else "Nothing was imported") in text
    assert sha256(path) == before


def test_bad_files_are_refused_with_their_own_reason(master: Database, tmp_path: Path) -> None:
    assert master.path is not None
    not_db = tmp_path / "notes.arenapakke"
    not_db.write_text("hello", encoding="utf-8")
    foreign = tmp_path / "other.arenapakke"
    with contextlib.closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE t (a)")
        connection.commit()
    newer = export_package(master, tmp_path / "newer.arenapakke")
    with contextlib.closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.commit()
    expectations = {
        not_db: "sync.not_package",
        foreign: "sync.not_package",
        master.path: "sync.not_package",  # a working file, not an exported package
        newer: "sync.newer",
        tmp_path / "missing.arenapakke": "sync.not_found",
    }
    for path, key in expectations.items():
        with pytest.raises(UserError) as caught:
            inspect_package(path)
        assert caught.value.key == key, path


def test_damaged_page_is_caught_by_the_integrity_check(master: Database, tmp_path: Path) -> None:
    path = export_package(master, tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the cell pointers of the page holding the people: size and file header
    # stay plausible, so only the integrity check can tell.
    rows = data.find(b"Hilde Brattli")
    start = rows - rows % page_size + 8
    data[start : start + 1000] = b"\xa5" * 1000
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as caught:
        inspect_package(path)
    assert caught.value.key == "sync.corrupt"


@pytest.mark.parametrize(("value", "refused"), [("abc", True), ("-1", True), ("", False)])
def test_a_meta_clock_that_is_no_stamp_refuses_the_file(
    master: Database, tmp_path: Path, value: str, refused: bool
) -> None:
    """A setup file's clock becomes the base of the files that take it in: a whole number,
    not below zero (an empty one is none, 0)."""
    path = export_package(master, tmp_path, kind="setup")
    assert inspect_package(path).clock == int(master.meta("clock") or 0) > 0
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (value,))
    if not refused:
        assert inspect_package(path).clock == 0
        return
    with pytest.raises(UserError) as caught:
        inspect_package(path)
    assert caught.value.key == "sync.bad_meta" and path.name in caught.value.text("nb")
