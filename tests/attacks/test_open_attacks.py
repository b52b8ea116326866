"""Item 2 for a working file opened from outside: every row is held to the one rule set.

A real master is rewritten with `sqlite3` as a hostile or careless sender would, then opened
as Fil → Åpne… opens it and as the command line's `--db` does: it is refused with one plain
message naming the table, the row, the column and why, and not a byte of it changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from tests.attacks.conftest import Scene, cli

# (SQL on the copy, what the English message must name)
ATTACKS = {
    "ten_megabyte_name": (
        "UPDATE person SET name = printf('%.*c', 10000000, 'x') WHERE rowid = 3",
        "person row 3, name: longer than 200",
    ),
    "infinite_geometry": ("UPDATE note SET x = 9e999 WHERE rowid = 1", "note row 1, x"),
    "minus_infinite_geometry": ("UPDATE note SET w = -9e999 WHERE rowid = 1", "note row 1, w"),
    "days_of_strings": (
        """UPDATE membership SET days = '["1", "2"]' WHERE rowid = 1""",
        "membership row 1, days: not a list of day numbers",
    ),
    "stamp_overflow": (
        f"UPDATE person SET updated_at = {2**63 - 1} WHERE rowid = 2",
        "person row 2, updated_at: time stamp",
    ),
}


def _state(folder: Path) -> dict[str, str]:
    """Every file in the folder and its content, to show nothing was written."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _tamper(scene: Scene, sql: str) -> Path:
    with contextlib.closing(sqlite3.connect(scene.master)) as connection:
        connection.executescript(sql)
        connection.commit()
    return scene.master


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_a_crafted_working_file_is_refused_by_the_command_line(
    scene: Scene, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql, expected = ATTACKS[name]
    master = _tamper(scene, sql)
    before = _state(scene.folder)
    out = scene.folder / "report.pdf"
    assert cli("report", "arena", "--db", str(master), "--out", str(out), "--lang", "en") == 1
    assert cli("check", str(master)) == 1
    shown = capsys.readouterr().err
    assert expected in shown
    assert "does not accept" in shown and "The file was not changed" in shown
    assert len(shown) < 2000  # the 10 MB name is named, never printed
    assert _state(scene.folder) == before  # no report, no -wal, no backup, no change


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_a_crafted_working_file_is_refused_by_file_open(
    scene: Scene, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from arenadesk.platform.settings import Settings
    from arenadesk.ui.shell import file_actions

    sql, expected = ATTACKS[name]
    master = _tamper(scene, sql)
    before = _state(scene.folder)
    shown: list[str] = []

    def show_error(parent: object, error: UserError, language: str) -> None:
        shown.append(error.text(language))

    monkeypatch.setattr(file_actions, "show_error", show_error)
    settings = Settings.load()
    settings.language = "nb"
    assert file_actions.open_checked(None, master, settings, create=False) is None
    assert len(shown) == 1
    assert "verdier ArenaDesk ikke godtar" in shown[0] and "Filen er ikke endret" in shown[0]
    assert expected.split(",")[0].replace(" row ", " rad ") in shown[0]
    assert _state(scene.folder) == before


def test_a_nan_geometry_cannot_be_stored_and_its_text_is_refused(scene: Scene) -> None:
    """SQLite keeps a NaN as NULL, which a note's position may not be; written as text
    instead, it is not a number."""
    with contextlib.closing(sqlite3.connect(scene.master)) as connection:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE note SET y = ? WHERE rowid = 1", (float("nan"),))
        connection.execute("UPDATE note SET y = 'NaN' WHERE rowid = 1")
        connection.commit()
    before = _state(scene.folder)
    assert cli("check", str(scene.master)) == 1
    assert _state(scene.folder) == before


def test_the_untouched_master_still_opens(scene: Scene) -> None:
    assert cli("check", str(scene.master)) == 0
    out = scene.folder / "arena.pdf"
    assert cli("report", "arena", "--db", str(scene.master), "--out", str(out)) == 0
