"""The window appears before the heavy libraries load: the frame first, then the rest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from arenadesk.app import Application
from arenadesk.store.db.database import Database

# Run in a fresh interpreter: this test process has long imported everything.
FRAME_FIRST = """
import sys
from PySide6.QtWidgets import QApplication
import arenadesk.cli.main
from arenadesk.app import Application
from arenadesk.platform.settings import Settings

app = QApplication([])
application = Application(app, Settings.load(), "nb")
application.install_language("nb")
frame = application.show_frame()
assert frame.isVisible() and frame.painted, "the frame is shown and painted"
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("sqlalchemy", "qtawesome", "qtpy", "alembic", "reportlab")
    or name.startswith(("arenadesk.store.models", "arenadesk.ui.arena", "arenadesk.ui.shell.menus"))
)
print("HEAVY", heavy)
# PySide6 builds the Qt namespace's ~120 enum types when the name is first used (~30 ms)
import PySide6.QtCore
print("QT_NAMESPACE", "Qt" in vars(PySide6.QtCore))
print("TITLE", frame.windowTitle(), "|", frame.opening.text())
"""


def test_the_frame_is_painted_before_sqlalchemy_qtawesome_and_the_screens_load(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ARENADESK_CONFIG_DIR": str(tmp_path / "config"),
        "ARENADESK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", FRAME_FIRST], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout
    assert "QT_NAMESPACE False" in done.stdout
    assert "TITLE ArenaDesk | Åpner arena-filen …" in done.stdout


def test_the_frame_is_filled_in_on_the_opened_file(  # type: ignore[no-untyped-def]
    qtbot, application: Application, demo_db: Database
) -> None:
    frame = application.show_frame()
    qtbot.addWidget(frame)
    frame.opening_file(demo_db.location)
    assert demo_db.location in frame.opening.text()
    assert frame.nav.count() == 0  # nothing to choose before the file is open
    window = application.show_window(demo_db)
    assert window is frame and application.frame is None
    assert frame.nav.count() == len(frame.page_names) > 0
    assert frame.current_screen is frame.overview
    qtbot.waitUntil(frame.overview.isVisible)
    assert frame.windowTitle().endswith("– ArenaDesk")
    assert frame.copy_action.isEnabled()
    # The backup taken a second after opening needs the window this test closes.
    application.backup_timer.stop()
    application.backups = None


# The whole start-up, to the usable window, on a file already at the schema's head.
USABLE = """
import sys
from arenadesk.cli.main import main

code = main(["--db", sys.argv[1], "--quit-after-show"])
heavy = {"qtawesome", "qtpy", "alembic", "markdown_it"}
print("LOADED", sorted({name.split(".")[0] for name in sys.modules} & heavy))
sys.exit(code)
"""


def test_the_usable_window_loads_no_qtawesome_alembic_or_markdown_for_a_file_at_head(
    tmp_path: Path, demo_db: Database
) -> None:
    """Icons are drawn from qtawesome's font without importing it, and Alembic loads only
    when a file's schema must change; the rich-text parser, with the first text parsed."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ARENADESK_CONFIG_DIR": str(tmp_path / "config"),
        "ARENADESK_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", USABLE, demo_db.location],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "ARENADESK_SHOWN" in done.stdout
    assert "LOADED []" in done.stdout


# PySide6 reads the source of each module imported after it, looking for `__feature__`.
FEATURE_SCAN = """
import linecache
import sys

from arenadesk.app import skip_feature_scan

read = []
original = linecache.updatecache
linecache.updatecache = lambda name, *rest: read.append(name) or original(name, *rest)
import colorsys  # noqa: E402,F401  (not imported before: PySide6 reads its source)

skip_feature_scan()
import tabnanny  # noqa: E402,F401
print("READ", sorted({name.rsplit("/", 1)[-1] for name in read}))
"""


def test_modules_imported_once_the_app_runs_are_not_read_for_pyside_features() -> None:
    """~350 modules load between the frame and the usable window; none of them, nor
    ArenaDesk, switches on a PySide6 `__feature__`, so their sources are not read."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", FEATURE_SCAN], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "READ ['colorsys.py']" in done.stdout
