"""UI fixtures: a real QApplication in a chosen language, and a main window on a demo arena."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from arenadesk.app import Application, register_fonts
from arenadesk.platform.settings import Settings
from arenadesk.store.db.database import Database
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.shell.signals import AppSignals


@pytest.fixture
def settings() -> Settings:
    return Settings.load()


@pytest.fixture
def application(qapp: QApplication, settings: Settings) -> Iterator[Application]:
    register_fonts()
    app = Application(qapp, settings, "nb")
    app.install_language("nb")
    yield app
    app.stop_backups()
    qapp.removeTranslator(app.translator)
    qapp.removeTranslator(app.qt_translator)


@pytest.fixture
def english(application: Application) -> Application:
    application.install_language("en")
    return application


@pytest.fixture
def ctx(application: Application, demo_db: Database, settings: Settings) -> UiContext:
    return UiContext(demo_db, settings, AppSignals())


@pytest.fixture
def window(qtbot, ctx: UiContext) -> MainWindow:  # type: ignore[no-untyped-def]
    changes: list[str] = []
    main = MainWindow(ctx, changes.append)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a person, any Unicode (QTest's keyClicks only knows Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
