"""Backups, restore, erasing and the anonymised export, driven through the window."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from arenadesk.app import Application
from arenadesk.platform.settings import data_dir
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.backups import BEFORE_RESTORE, BackupPolicy, backup_folder, list_backups
from arenadesk.store.db.database import Database
from arenadesk.store.people import PersonDraft, create_person, list_people
from arenadesk.ui.arena import people_screen
from arenadesk.ui.common.background import Progress
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.sync import backup_dialog
from arenadesk.ui.sync.backup_dialog import BackupDialog


class Clock:
    def __init__(self) -> None:
        self.now = 2_000_000_000.0

    def __call__(self) -> float:
        return self.now


def names(db: Database) -> set[str]:
    return {p.name for p in list_people(db, require_arena_id(db))}


@pytest.fixture
def edited_after_opening(
    qtbot, application: Application, demo_db: Database
) -> Iterator[tuple[Path, Clock]]:  # type: ignore[no-untyped-def]
    """The window open on the demo file, its first backup taken, then an edit; the backup
    policy on a clock the test moves. Yields the backup folder and the clock."""
    window = application.show_window(demo_db)
    try:
        assert demo_db.path is not None
        folder = backup_folder(demo_db.path)
        qtbot.waitUntil(lambda: len(list_backups(folder)) == 1, timeout=5000)
        background = application.background  # the snapshot is taken in a worker
        qtbot.waitUntil(lambda: background is not None and not background.busy, timeout=5000)
        policy = application.backups
        assert policy is not None
        clock = Clock()
        policy.clock, policy.last_time = clock, clock.now
        create_person(demo_db, require_arena_id(demo_db), PersonDraft("Skrevet i vinduet"))
        yield folder, clock
    finally:
        application.stop_backups()
        window.close()


def test_the_app_backs_up_on_open_and_after_ten_minutes_of_editing(
    application: Application, edited_after_opening: tuple[Path, Clock]
) -> None:
    folder, clock = edited_after_opening
    assert folder.parent == data_dir() / "backups"
    assert application.backup_timer.isActive()
    application.backup_tick()
    application.stop_backups()  # waits for the worker
    assert len(list_backups(folder)) == 1  # not ten minutes yet
    clock.now += 600
    application.backup_tick()
    assert application.background is not None and application.background.busy
    application.stop_backups()
    assert len(list_backups(folder)) == 2


def test_restore_from_backup_through_the_file_menu(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.db
    assert BackupPolicy(db).on_open() is not None
    arena = require_arena_id(db)
    create_person(db, arena, PersonDraft("Lagt til etter kopien"))
    window.ctx.signals.announce(ChangeSet.of(Kind.PEOPLE))
    people = window.show_screen("people")
    assert people.model.rowCount() == 71  # type: ignore[attr-defined]
    questions: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(backup_dialog, "confirm", confirm)
    seen: dict[str, object] = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupDialog)
        seen["rows"] = dialog.table.rowCount()
        seen["cells"] = [dialog.table.item(0, c).text() for c in range(1, 5)]
        dialog.restore_button.click()

    QTimer.singleShot(0, choose)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()

    assert seen["rows"] == 1
    cells = seen["cells"]
    assert isinstance(cells, list) and cells[:2] == ["7", "70"] and cells[3] == "2"
    assert int(cells[2]) > 0  # group 1A's notes
    # Bokmål once the pending translations are merged; the English source until then.
    assert questions and ("sikkerhetskopi" in questions[0] or "backup" in questions[0])
    assert window.ctx.db is not db  # the file was opened again
    assert "Lagt til etter kopien" not in names(window.ctx.db)
    assert people.model.rowCount() == 70  # type: ignore[attr-defined]
    kept = [e for e in list_backups(backup_folder(window.ctx.db.path)) if e.label == BEFORE_RESTORE]  # type: ignore[arg-type]
    assert len(kept) == 1
    with contextlib.closing(sqlite3.connect(kept[0].path)) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (71,)


def test_the_restore_dialog_lists_backups_newest_first_in_english(
    qtbot, english: Application, ctx
) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    policy = BackupPolicy(ctx.db, clock=clock)
    policy.on_open()
    clock.now += 3600
    create_person(ctx.db, require_arena_id(ctx.db), PersonDraft("En til"))
    policy.tick()
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Restore from backup"
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["71", "70"]
    assert dialog.entries[0].taken > dialog.entries[1].taken


def test_the_restore_dialog_without_backups_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert dialog.empty.text() == "Det finnes ingen sikkerhetskopier av denne filen ennå." or (
        dialog.empty.text() == "There are no backups of this file yet."
    )
    assert not dialog.restore_button.isEnabled()


def test_erase_personal_data_from_the_participants_screen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(people_screen, "confirm", confirm)
    screen = window.people
    window.show_screen("people")
    screen.table.selectRow(0)
    person = screen.selected()
    assert person is not None and screen.erase_button.isEnabled()
    screen.erase_button.click()
    assert asked and person.name in asked[0]
    assert person.name not in names(window.ctx.db)
    assert screen.model.rowCount() == 69
    with contextlib.closing(sqlite3.connect(window.ctx.db.path)) as connection:  # type: ignore[arg-type]
        row = connection.execute(
            "SELECT name, deleted FROM person WHERE id = ?", (person.id.hex,)
        ).fetchone()
    assert row == ("", 1)


def test_export_anonymised_copy_from_the_file_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "til-deling.sqlite"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    real = {p.name for p in list_people(window.ctx.db, window.ctx.arena_id)}
    window.anonymised_action.trigger()
    assert target.exists()
    data = target.read_bytes()
    assert not [n for n in real if n.encode() in data]
    assert str(target) in window.statusBar().currentMessage()


def _cancelled_at_once(_parent, _label, work, **_options):  # type: ignore[no-untyped-def]
    """The progress dialog's *Avbryt* pressed as soon as the work started."""
    progress = Progress(lambda *_report: None)
    progress.cancel()
    return work(progress)


def test_a_restore_cancelled_before_the_swap_changes_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.db
    assert db.path is not None
    assert BackupPolicy(db).on_open() is not None
    create_person(db, require_arena_id(db), PersonDraft("Lagt til etter kopien"))
    monkeypatch.setattr(backup_dialog, "confirm", lambda *_args: True)
    monkeypatch.setattr(backup_dialog, "run_with_progress", _cancelled_at_once)
    stayed: list[bool] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BackupDialog)
        dialog.restore_button.click()
        stayed.append(dialog.isVisible() and dialog.table.rowCount() == 1)
        dialog.reject()

    QTimer.singleShot(0, choose)
    window.restore_action.trigger()

    assert stayed == [True]  # the dialog stays, listing the same one backup
    assert window.ctx.db is db and "Lagt til etter kopien" in names(db)  # still open, unchanged
    entries = list_backups(backup_folder(db.path))
    assert [e.label for e in entries] == [""]  # no copy kept for a restore that did not happen
    assert not [p for p in backup_folder(db.path).iterdir() if p.name.endswith(".partial")]
