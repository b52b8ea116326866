"""ArenaDesk on a 1366×768 laptop and on a 1920×1080 one at 150 % (1280×720 for Qt): the
first window fits the available screen, every screen fits the window, and dialogs are as
tall as their wrapped text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from arenadesk.app import Application
from arenadesk.ui.common.geometry import FRAME, first_window_geometry
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.shell.start_dialogs import AboutDialog, WelcomeDialog

# Available areas: the screen less a 28-pixel panel.
SMALL = [QRect(0, 0, 1366, 740), QRect(0, 0, 1280, 692)]


@pytest.mark.parametrize("area", SMALL)
def test_the_first_window_is_maximised_on_small_screens(area: QRect) -> None:
    rect, maximised = first_window_geometry(area)
    assert maximised
    assert area.contains(rect.adjusted(-8, -40, 8, 8))  # frame and title bar included


def test_the_first_window_is_centred_on_a_large_screen() -> None:
    area = QRect(0, 0, 1920, 1050)
    rect, maximised = first_window_geometry(area)
    assert not maximised and rect.size().toTuple() == (1280, 760)
    assert area.contains(rect.adjusted(-8, -40, 8, 8))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_screen_fits_1280_by_720(qtbot, application: Application, ctx, language: str) -> None:  # type: ignore[no-untyped-def]
    application.install_language(language)
    window = MainWindow(ctx, lambda _code: None)
    qtbot.addWidget(window)
    window.show()
    room = SMALL[1].size() - FRAME
    for name in window._names:
        window.show_screen(name)
        needed = window.minimumSizeHint()
        assert needed.width() <= room.width(), (name, needed)
        assert needed.height() <= room.height(), (name, needed)


def _labels_whole(dialog: QWidget) -> None:
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]


def test_dialogs_are_as_tall_as_their_text(qtbot, application: Application, ctx) -> None:  # type: ignore[no-untyped-def]
    for dialog in (
        WelcomeDialog("/home/fasilitator/Dokumenter/ArenaDesk/arenadesk.sqlite"),
        AboutDialog(ctx.db, "test-laptop"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _labels_whole(dialog)
        assert dialog.height() <= SMALL[1].height()
