"""Kill the app mid-step with SIGKILL; started again, the runner shows the right time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from arenadesk.store.db.database import open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.ui.runner.screen import RunnerScreen
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.signals import AppSignals

CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from arenadesk.app import Application
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.platform.settings import Settings
    from arenadesk.store.db.database import open_database

    qt_app = QApplication([])
    settings = Settings.load()
    app = Application(qt_app, settings, "nb")
    app.install_language("nb")
    db = open_database(sys.argv[1], settings.device)
    create_demo_arena(db)
    window = app.show_window(db)
    runner = window.show_screen("run")
    runner.start_or_pause()          # Space: the first step starts
    runner.extend(5)                 # +5 min
    print(f"started {runner.runner.state.step_started_at}", flush=True)
    QTimer.singleShot(60_000, qt_app.quit)
    qt_app.exec()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_mid_step_then_started_again(qtbot, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "arena.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[0] == "started", line
        started = float(line[1])
        time.sleep(1.0)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    db = open_database(path, settings.device)
    try:
        ctx = UiContext(db, settings, AppSignals())
        now = started + 125.0  # two minutes and five seconds into the step
        screen = RunnerScreen(ctx, clock=lambda: now)
        qtbot.addWidget(screen)
        screen.timer.stop()
        group = find_group_by_code(db, ctx.arena_id, "1A")
        screen.select(group.id, 1)
        screen.tick()
        first = screen.runner.steps[0]
        remaining = first.minutes * 60 + 5 * 60 - 125
        assert screen.panel.big_clock.text() == f"{remaining // 60:02d}:{remaining % 60:02d}"
        assert screen.panel.step_title.text() == first.title
        assert screen.buttons["start"].text() == "Pause"  # still running
    finally:
        db.close()
