"""A ready file's first screen is shown from a plain read while its store opens in a worker;
the first input waits for the store, and a store that cannot open is explained."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from arenadesk.app import Application
from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database
from arenadesk.store.db.fileinfo import ready_to_edit
from arenadesk.store.groups import list_groups
from arenadesk.ui.shell.opening import open_in_background
from tests.ui.conftest import type_text


@pytest.fixture
def ready_file(demo_db: Database, tmp_path: Path) -> Path:
    """The demo arena in a file of its own, closed (as the app finds it at start-up)."""
    path = tmp_path / "ready.sqlite"
    demo_db.close()
    shutil.copy(demo_db.location, path)
    return path


def _opened(application: Application, path: Path, hold: threading.Event | None = None):  # type: ignore[no-untyped-def]
    """What start-up opens for `path`; with `hold`, its store waits for the event."""
    opened = application.first_database(path)
    assert isinstance(opened, tuple), "a ready file with an arena opens in the background"
    loader, first = opened
    if hold is not None:
        open_it = loader._open_it
        loader._open_it = lambda: hold.wait(30) and open_it()  # type: ignore[method-assign]
    return opened


def _held_window(qtbot, application: Application, path: Path):  # type: ignore[no-untyped-def]
    """The window on `path` as start-up shows it, its store held until `hold` is set."""
    hold = threading.Event()
    window = application.show_window(_opened(application, path, hold))
    qtbot.addWidget(window)
    return window, hold


def test_the_first_screen_shows_the_file_before_the_store_is_open(  # type: ignore[no-untyped-def]
    qtbot, application: Application, ready_file: Path
) -> None:
    window, hold = _held_window(qtbot, application, ready_file)
    ctx = application.ctx
    assert ctx is not None and not ctx.store_ready
    overview = window.overview
    assert overview.model.rowCount() == 7  # the demo's groups, from the plain read
    assert window.windowTitle().startswith("Åpen arena 2027")
    assert str(ready_file) in window.statusBar().currentMessage()
    hold.set()
    qtbot.waitUntil(lambda: ctx.store_ready, timeout=30_000)
    # the same rows the store gives
    assert [overview.model.row_at(i) for i in range(7)] == list_groups(ctx.db, ctx.arena_id)
    assert application.backups is not None and application.backups.db is ctx.db
    application.stop_backups()


def test_the_first_click_waits_for_the_store_and_then_does_what_was_asked(  # type: ignore[no-untyped-def]
    qtbot, application: Application, ready_file: Path
) -> None:
    window, hold = _held_window(qtbot, application, ready_file)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    ctx = application.ctx
    assert ctx is not None
    qtbot.waitUntil(lambda: ctx.loader is not None and ctx.loader._thread is not None)
    threading.Timer(0.3, hold.set).start()  # the store takes a while
    groups_row = window.page_names.index("groups")
    item = window.nav.visualItemRect(window.nav.item(groups_row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    assert ctx.store_ready  # the click waited for it
    assert window.current_screen is window.groups
    assert QApplication.overrideCursor() is None  # the busy cursor came back
    application.stop_backups()


def test_typing_before_the_store_is_open_reaches_the_store(  # type: ignore[no-untyped-def]
    qtbot, application: Application, ready_file: Path
) -> None:
    window, hold = _held_window(qtbot, application, ready_file)
    qtbot.waitExposed(window)
    threading.Timer(0.2, hold.set).start()
    name = window.overview.details.name
    window.activateWindow()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    # through the window, as a keyboard's key comes (QTest's widget form skips it)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_End)
    assert name.cursorPosition() == len(name.text())
    assert application.ctx is not None and application.ctx.store_ready
    type_text(name, " – vår")
    window.flush_savers()
    assert application.ctx.arena() is not None
    assert application.ctx.arena().name == "Åpen arena 2027 – vår"  # type: ignore[union-attr]
    application.stop_backups()


def test_a_store_that_cannot_open_is_explained_and_the_person_may_quit(  # type: ignore[no-untyped-def]
    qtbot, application: Application, ready_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loader, first = _opened(application, ready_file)

    def locked() -> Database:
        raise UserError("db.locked", path=ready_file)

    loader._open_it = locked  # type: ignore[method-assign]
    shown: list[str] = []
    monkeypatch.setattr(
        "arenadesk.ui.common.forms.show_error",
        lambda _parent, error, language: shown.append(error.text(language)),
    )
    monkeypatch.setattr("arenadesk.ui.shell.opening.ask_after_failure", lambda: None)  # Quit
    window = application.show_window((loader, first))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: loader.done, timeout=30_000)
    assert shown == [
        f"«{ready_file}» er i bruk av et annet program. Lukk det andre programmet og prøv igjen."
    ]
    assert not window.isVisible()
    assert application.ctx is not None and not application.ctx.store_ready
    with pytest.raises(UserError):
        application.ctx.db  # noqa: B018 (the property is the test)
    application.close_database()  # at quit: nothing to close, nothing raised


def test_files_that_need_the_store_first_are_opened_at_once(  # type: ignore[no-untyped-def]
    application: Application, db: Database, tmp_path: Path
) -> None:
    """A file without an arena (the welcome dialog needs the store), a new file, a file
    of an older schema: opened before the window is filled, as before."""
    db.close()
    without_arena = tmp_path / "empty.sqlite"
    shutil.copy(db.location, without_arena)
    assert ready_to_edit(without_arena) is not None
    settings = application.settings
    assert open_in_background(without_arena, settings) is None
    assert open_in_background(tmp_path / "new.sqlite", settings) is None
    older = tmp_path / "older.sqlite"
    shutil.copy(db.location, older)
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0011_photos'")
    assert ready_to_edit(older) is None


def test_ready_to_edit_refuses_what_open_file_must_explain(
    ready_file: Path, tmp_path: Path
) -> None:
    assert ready_to_edit(ready_file) is not None
    assert ready_to_edit(tmp_path / "missing.sqlite") is None
    assert ready_to_edit(tmp_path) is None  # a folder
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    assert ready_to_edit(garbage) is None
    bad_row = tmp_path / "bad-row.sqlite"
    shutil.copy(ready_file, bad_row)
    with sqlite3.connect(bad_row) as connection:
        connection.execute("UPDATE challenge_group SET title = ? ", ("x" * 100_000,))
    assert ready_to_edit(bad_row) is None
    if os.geteuid() != 0:  # root may write anything
        read_only = tmp_path / "read-only.sqlite"
        shutil.copy(ready_file, read_only)
        read_only.chmod(0o444)
        assert ready_to_edit(read_only) is None


# The whole start-up in a fresh interpreter: when the store starts loading, the window is
# already filled in, and SQLAlchemy is not yet imported.
FILLED_FIRST = """
import sys
from arenadesk.ui.shell import store_loader

seen = []
start = store_loader.StoreLoader.start

def noting_start(self):
    from PySide6.QtWidgets import QApplication
    window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "overview"))
    seen.append(("sqlalchemy" in sys.modules, window.overview.model.rowCount(),
                 window.windowTitle()))
    start(self)

store_loader.StoreLoader.start = noting_start
from arenadesk.cli.main import main
code = main(["--db", sys.argv[1], "--quit-after-show"])
print("SEEN", seen)
sys.exit(code)
"""


def test_the_window_is_filled_in_before_sqlalchemy_loads(ready_file: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ARENADESK_CONFIG_DIR": str(tmp_path / "config"),
        "ARENADESK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", FILLED_FIRST, str(ready_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines.index("ARENADESK_SHOWN") < lines.index("ARENADESK_READY")
    assert "SEEN [(False, 7, 'Åpen arena 2027 – ArenaDesk')]" in done.stdout


def test_closing_the_window_before_the_store_is_open_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, application: Application, ready_file: Path
) -> None:
    """Quit while the store still opens: the quit waits for it and closes it cleanly."""
    window, hold = _held_window(qtbot, application, ready_file)
    window.close()
    threading.Timer(0.2, hold.set).start()
    application.stop_backups()
    application.close_database()
    ctx = application.ctx
    assert ctx is not None and ctx.loader is not None and ctx.loader.db is not None
    assert not application.backup_timer.isActive()  # no backup of a file being closed
    with sqlite3.connect(ready_file) as connection:  # closed: nothing holds the file
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not Path(f"{ready_file}-wal").exists() or Path(f"{ready_file}-wal").stat().st_size == 0


def test_after_a_store_that_cannot_open_the_person_may_open_another_file(  # type: ignore[no-untyped-def]
    qtbot,
    application: Application,
    ready_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copy(ready_file, other)
    loader, first = _opened(application, ready_file)

    def locked() -> Database:
        raise UserError("db.locked", path=ready_file)

    loader._open_it = locked  # type: ignore[method-assign]
    monkeypatch.setattr("arenadesk.ui.common.forms.show_error", lambda *_args: None)
    monkeypatch.setattr("arenadesk.ui.shell.opening.ask_after_failure", lambda: "open")
    monkeypatch.setattr("arenadesk.ui.shell.file_actions.ask_open_path", lambda _parent: other)
    window = application.show_window((loader, first))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: loader.done, timeout=30_000)
    ctx = application.ctx
    assert ctx is not None and ctx.store_ready and ctx.db.path == other
    assert window.isVisible() and str(other) in window.statusBar().currentMessage()
    assert application.settings.recent_files[0] == str(other)
    application.stop_backups()
    application.close_database()
