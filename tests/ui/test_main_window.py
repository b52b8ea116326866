"""The main window's frame: files, language, About, and the cloud-folder warning."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from arenadesk.app import Application
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import get_arena
from arenadesk.store.db.database import open_database
from arenadesk.store.db.fileinfo import inspect_file
from arenadesk.ui.shell import file_actions
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.shell.start_dialogs import AboutDialog, WelcomeDialog


@pytest.fixture
def shown_errors(monkeypatch) -> list[UserError]:
    errors: list[UserError] = []
    monkeypatch.setattr(file_actions, "show_error", lambda _p, error, _l: errors.append(error))
    return errors


def test_navigation_and_title(window: MainWindow) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:6] == [
        "Oversikt",
        "Grupper",
        "Deltakere",
        "Oppmøte",
        "Støttemal",
        "Gjennomføring",
    ]
    window.nav.setCurrentRow(2)
    assert window.current_screen is window.people
    assert window.windowTitle() == "Åpen arena 2027 – ArenaDesk"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fil", "&Språk", "&Hjelp"]


def test_about_names_version_and_data_file(qtbot, window: MainWindow) -> None:
    dialog = AboutDialog(window.ctx.db, "test-laptop", window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Om ArenaDesk"
    assert dialog.findChild(QLabel, "data_file").text() == str(window.ctx.db.path)


def test_save_a_copy_writes_a_consistent_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "kopi.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_copy()
    info = inspect_file(target)
    assert info.integrity == "ok"
    assert info.row_counts["person"] == 70 and info.row_counts["challenge_group"] == 7


def test_save_a_copy_onto_the_open_file_is_refused(
    window: MainWindow, monkeypatch, shown_errors
) -> None:
    path = window.ctx.db.path
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.save_copy()
    assert [e.key for e in shown_errors] == ["db.copy_onto_itself"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_opening_a_truncated_file_explains_and_keeps_the_current_one(
    window: MainWindow, tmp_path: Path, shown_errors
) -> None:
    bad = tmp_path / "avkortet.sqlite"
    bad.write_bytes(window.ctx.db.path.read_bytes()[:6000])
    before = bad.read_bytes()
    current = window.ctx.db
    window.open_path(bad)
    assert [e.key for e in shown_errors] == ["db.truncated"]
    assert "avkortet" in shown_errors[0].text("nb")
    assert window.ctx.db is current
    assert bad.read_bytes() == before


def test_open_another_arena_file_switches_every_screen(
    window: MainWindow, tmp_path: Path, device
) -> None:
    other = open_database(tmp_path / "annen.sqlite", device)
    from arenadesk.store.arenas import create_arena

    create_arena(other, "Åpen arena Nord")
    other.close()
    window.open_path(tmp_path / "annen.sqlite")
    assert get_arena(window.ctx.db, window.ctx.arena_id).name == "Åpen arena Nord"
    assert window.overview.model.rows == []
    assert window.people.model.rows == []
    assert window.windowTitle() == "Åpen arena Nord – ArenaDesk"
    assert window.ctx.settings.recent_files[0] == str((tmp_path / "annen.sqlite").resolve())


def test_new_arena_file_is_created_with_its_arena(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "ny.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def fill_in(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.name.setText("Åpen arena Sør")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr("arenadesk.ui.shell.start_dialogs.NewArenaDialog.exec", fill_in)
    window.new_file()
    assert window.ctx.db.path == target
    assert get_arena(window.ctx.db, window.ctx.arena_id).name == "Åpen arena Sør"


def test_cancelled_new_file_leaves_nothing_behind(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "avbrutt.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr("arenadesk.ui.shell.start_dialogs.NewArenaDialog.exec", lambda self: 0)
    current = window.ctx.db
    window.new_file()
    assert window.ctx.db is current
    assert not target.exists()


def test_cloud_folder_gets_a_visible_warning(
    qtbot, application: Application, tmp_path: Path, settings, device
) -> None:
    from arenadesk.demo.arena import create_demo_arena

    db = open_database(tmp_path / "Dropbox" / "arena.sqlite", device)
    create_demo_arena(db)
    window = application.show_window(db)
    qtbot.addWidget(window)
    assert window.location_warning.isVisible()
    assert "skysynkronisert" in window.location_warning.text()
    assert "Dropbox" in window.location_warning.text()


def test_no_warning_in_an_ordinary_folder(window: MainWindow) -> None:
    assert not window.location_warning.isVisible()


def test_switching_language_rebuilds_the_window_in_english(
    qtbot, application: Application, demo_db
) -> None:
    window = application.show_window(demo_db)
    qtbot.addWidget(window)
    application.change_language("en")
    new = application.window
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert [new.nav.item(i).text() for i in range(3)] == ["Overview", "Groups", "Participants"]
    assert application.settings.language == "en"
    # Remembered for the next start.
    from arenadesk.platform.settings import Settings

    assert Settings.load(application.settings.path).language == "en"
    application.change_language("nb")
    qtbot.addWidget(application.window)
    assert application.window.nav.item(0).text() == "Oversikt"


def test_first_start_offers_the_demo_arena(
    qtbot, application: Application, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.DEMO)
    db = application.first_database(None)
    assert db is not None
    try:
        assert db.path is not None and db.path.name == "arenadesk.sqlite"
        arena = get_arena(db)
        assert arena is not None and arena.name == "Åpen arena 2027"
    finally:
        db.close()


def test_declining_the_welcome_quits_without_an_arena(
    application: Application, monkeypatch
) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: 0)
    assert application.first_database(None) is None


def test_a_bad_file_on_the_command_line_is_explained(
    application: Application, tmp_path: Path, monkeypatch, shown_errors
) -> None:
    bad = tmp_path / "tekst.sqlite"
    bad.write_text("dette er ikke en database")
    monkeypatch.setattr("arenadesk.ui.shell.opening.ask_after_failure", lambda: None)  # Quit
    assert application.first_database(bad) is None
    assert [e.key for e in shown_errors] == ["db.not_sqlite"]
    assert bad.read_text() == "dette er ikke en database"


def test_open_starts_beside_the_open_file(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A copy from a USB stick usually lies next to the file in use."""
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: asked.append(start) or ("", "")
    )
    window.open_action.trigger()
    assert window.ctx.db.path is not None
    assert asked == [str(window.ctx.db.path.parent)]
