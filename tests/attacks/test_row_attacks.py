"""Items 2 and 3: every row is checked before anything is written; stamps are bounded.

Each attack changes one value of a real package or setup file; the file is refused whole,
naming the row, the column and why, and the master is as healthy as before.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time

import pytest

from tests.attacks.conftest import Scene, cli, healthy

FAR = 2**63 - 1
NOW_US = int(time.time() * 1e6)

# (SQL on the copy, what the message must name)
ATTACKS = {
    "stamp_overflow": (f"UPDATE person SET updated_at = {FAR} WHERE rowid = 2", "dated"),
    "year_9999": ("UPDATE person SET updated_at = 253402214400000000 WHERE rowid = 2", "dated"),
    "hour_ahead_is_fine_but_2_days_is_not": (
        f"UPDATE person SET updated_at = {NOW_US + 2 * 86_400_000_000} WHERE rowid = 2",
        "dated",
    ),
    "before_2000": ("UPDATE person SET created_at = 1000 WHERE rowid = 2", "created_at"),
    "negative_stamp": ("UPDATE person SET updated_at = -5 WHERE rowid = 2", "updated_at"),
    "infinite_geometry": ("UPDATE note SET w = 9e999 WHERE rowid = 1", "note row 1, w"),
    "negative_size": ("UPDATE note SET h = -50 WHERE rowid = 1", "note row 1, h"),
    "huge_geometry": ("UPDATE note SET h = 1e300 WHERE rowid = 1", "note row 1, h"),
    "days_with_strings_and_nulls": (
        """UPDATE membership SET days = '["1", null, 2]' WHERE rowid = 1""",
        "membership row 1, days",
    ),
    "days_not_a_list": ("""UPDATE membership SET days = '{"a": 1}' WHERE rowid = 1""", "days"),
    "ten_megabyte_name": (
        "UPDATE person SET name = printf('%.*c', 10000000, 'x') WHERE rowid = 3",
        "person row 3, name: longer than 200",
    ),
    "name_201_characters": (
        "UPDATE person SET name = printf('%.*c', 201, 'y') WHERE rowid = 3",
        "longer than 200",
    ),
    "nul_in_name": ("UPDATE person SET name = 'Ola' || char(0) || 'x' WHERE rowid = 3", "name"),
    "escape_in_name": ("UPDATE person SET name = char(27) || '[31mRed' WHERE rowid = 3", "name"),
    "unknown_perspective": (
        "UPDATE person SET perspective = 'hacker' WHERE rowid = 3",
        "perspective",
    ),
    "unknown_role": ("UPDATE membership SET role = 'king' WHERE rowid = 3", "role"),
    "id_not_uuid": (
        "UPDATE note SET id = 'not-an-id-not-an-id-not-an-id-xx' WHERE rowid = 4",
        "note row 4, id",
    ),
    "blob_name": ("UPDATE person SET name = x'00ff' WHERE rowid = 3", "name"),
    "integer_as_text": (
        "UPDATE arena_day SET number = 'ten' WHERE rowid = 1",
        "arena_day row 1, number",
    ),
    "day_number_out_of_range": (
        "UPDATE arena_day SET number = 99999999 WHERE rowid = 1",
        "arena_day row 1, number: outside 1–31",
    ),
    "bool_out_of_range": ("UPDATE person SET deleted = 7 WHERE rowid = 3", "deleted"),
    "bad_date": ("UPDATE arena_day SET date = '2027-02-30' WHERE rowid = 1", "date"),
    "empty_device": ("UPDATE person SET device_id = '' WHERE rowid = 3", "device_id"),
    "merge_log_smuggled": (
        "INSERT INTO merge_log (table_name, row_id, row_updated_at, row_device_id, data, kind, "
        "winner_updated_at, winner_device_id, package_id, logged_at) VALUES ('person', "
        "'00000000000040008000000000000001', 1, 'x', '{}', 'conflict', 2, 'y', '', 1)",
        "merge_log",
    ),
}


def _message(scene: Scene, target, capsys: pytest.CaptureFixture[str]) -> str:  # type: ignore[no-untyped-def]
    assert cli("merge", target, "--into", scene.master) == 3
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and err.count("\n") == 1
    return err


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_bad_value_refuses_the_package_whole(
    scene: Scene, attack: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql, named = ATTACKS[attack]
    arena = scene.arena_id()
    scene.tamper(scene.package, sql)
    before = _people(scene)
    err = _message(scene, scene.package, capsys)
    assert named in err, err
    assert _people(scene) == before
    healthy(scene, arena)


@pytest.mark.parametrize(
    "attack", ["stamp_overflow", "ten_megabyte_name", "days_with_strings_and_nulls"]
)
def test_a_bad_value_refuses_a_setup_file_too(
    scene: Scene, attack: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql, named = ATTACKS[attack]
    arena = scene.arena_id()
    scene.tamper(scene.setup, sql)
    assert named in _message(scene, scene.setup, capsys)
    healthy(scene, arena)


def test_an_hour_ahead_merges_and_the_clock_never_passes_it(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop a little ahead is fine; the master's clock never jumps past the real time
    by more than what was merged, and a later edit on the master still wins."""
    arena = scene.arena_id()
    ahead = NOW_US + 3600 * 1_000_000
    scene.tamper(scene.package, f"UPDATE person SET updated_at = {ahead} WHERE rowid = 2")
    assert cli("merge", scene.package, "--into", scene.master) == 0
    healthy(scene, arena)


def test_many_problems_are_named_first_few(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    scene.tamper(scene.package, "UPDATE person SET perspective = 'x'")
    err = _message(scene, scene.package, capsys)
    assert "person row 1, perspective" in err and "more" in err
    assert len(err) < 1200


def test_the_message_is_in_the_ui_language(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    from arenadesk.cli.main import main

    scene.tamper(scene.package, ATTACKS["ten_megabyte_name"][0])
    assert main(["merge", str(scene.package), "--into", str(scene.master)]) == 3
    err = capsys.readouterr().err
    assert "person rad 3, name: lengre enn 200 tegn" in err and "Ingenting ble importert" in err


def _people(scene: Scene) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(scene.master)) as connection:
        return connection.execute("SELECT * FROM person ORDER BY id").fetchall()
