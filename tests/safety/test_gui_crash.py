"""Kill the real app with SIGKILL while notes are being typed on a board; started again,
every note that was entered is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from arenadesk.platform.settings import Settings
from arenadesk.store.db.database import open_database
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.signals import AppSignals

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from arenadesk.app import Application
    from arenadesk.platform.settings import Settings
    from arenadesk.store.db.database import open_database

    qt_app = QApplication([])
    settings = Settings.load()
    app = Application(qt_app, settings, "nb")
    app.install_language("nb")
    db = open_database(sys.argv[1], settings.device, create=False)
    window = app.show_window(db)
    entry = window.show_screen("boards").entry
    texts = [f"Notat {i} skrevet på tavla – æøå 🙂 שלום" for i in range(10_000)]
    where = {"note": 0, "char": 0}

    def key(code, char=""):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(entry, event)

    def type_next():  # one key per tick, like a person typing fast
        text = texts[where["note"]]
        if where["char"] < len(text):
            key(Qt.Key.Key_unknown, text[where["char"]])
            where["char"] += 1
            return
        key(Qt.Key.Key_Return)
        if entry.text() == "":  # the note was added (saved at once)
            print(f"saved {where['note']}", flush=True)
        where["note"] += 1
        where["char"] = 0

    entry.setFocus()
    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(1)
    print("typing", flush=True)
    QTimer.singleShot(120_000, qt_app.quit)
    qt_app.exec()
""")

NOTE = "Notat {} skrevet på tavla – æøå 🙂 שלום"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_while_typing_notes_then_started_again(
    qtbot, demo_file: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(demo_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    saved: list[int] = []
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typing"
        wanted = random.Random(9).randint(4, 8)
        while len(saved) < wanted:
            line = child.stdout.readline()
            assert line.startswith("saved "), line
            saved.append(int(line.split()[1]))
        time.sleep(random.Random(10).uniform(0.05, 0.3))  # mid-note, most likely
        os.kill(child.pid, signal.SIGKILL)
        saved += [int(line.split()[1]) for line in child.stdout if line.startswith("saved ")]
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert saved == list(range(len(saved)))

    db = open_database(demo_file, settings.device, create=False)
    try:
        screen = BoardsScreen(UiContext(db, settings, AppSignals()))
        qtbot.addWidget(screen)
        on_board = {item.row.text for item in screen.scene.items_by_id.values()}
        for number in saved:
            assert NOTE.format(number) in on_board, f"note {number} lost"
        # At most the note being typed when the app died is missing, never an entered one.
        typed = {t for t in on_board if t.startswith("Notat ")}
        assert len(typed) in (len(saved), len(saved) + 1)
    finally:
        db.close()
