"""The runner's keys under a facilitator's hands: real key events to the active window
after a click in the sidebar, after a click on the clock, and with the projector in front;
Ctrl+Q from the projector ends everything."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from arenadesk.domain.timer import Phase
from arenadesk.ui.projector.base import open_projectors
from arenadesk.ui.shell.main_window import MainWindow


def _press(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """A key as the window system delivers it: to the focus widget of the active window."""
    active = QApplication.activeWindow()
    assert active is not None
    target: QWidget = QApplication.focusWidget() or active
    QTest.keyClick(target, key)
    qtbot.wait(10)


def _activate(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def _click_nav(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    row = window._names.index(name)
    rect = window.nav.visualItemRect(window.nav.item(row))
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == row


def _phase(window: MainWindow) -> Phase:
    runner = window.runner.runner
    assert runner is not None
    return runner.state.phase


def test_space_starts_after_a_click_in_the_sidebar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _activate(qtbot, window)
    _click_nav(qtbot, window, "run")
    assert QApplication.focusWidget() is window.nav  # the sidebar keeps the focus ...
    _press(qtbot, Qt.Key.Key_Space)  # ... and Space still starts the økt
    assert _phase(window) is Phase.RUNNING
    step = window.runner.runner.state.step_index  # type: ignore[union-attr]
    _press(qtbot, Qt.Key.Key_N)
    assert window.runner.runner.state.step_index == step + 1  # type: ignore[union-attr]
    _press(qtbot, Qt.Key.Key_B)
    assert window.runner.runner.state.step_index == step  # type: ignore[union-attr]
    _press(qtbot, Qt.Key.Key_Space)
    assert _phase(window) is Phase.PAUSED


def test_space_works_after_a_click_on_the_clock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _activate(qtbot, window)
    _click_nav(qtbot, window, "run")
    clock = window.runner.panel.big_clock
    QTest.mouseClick(clock, Qt.MouseButton.LeftButton, pos=clock.rect().center())
    _press(qtbot, Qt.Key.Key_Space)
    assert _phase(window) is Phase.RUNNING


def test_keys_do_nothing_on_other_screens_and_text_fields_keep_their_typing(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _activate(qtbot, window)
    _click_nav(qtbot, window, "run")
    _click_nav(qtbot, window, "overview")
    _press(qtbot, Qt.Key.Key_Space)
    runner = window.runner.runner
    assert runner is not None and runner.state.phase is Phase.READY
    field = window.overview.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    before = field.text()
    _press(qtbot, Qt.Key.Key_N)
    assert field.text() != before  # typed, not taken as "next"


def test_space_pauses_with_the_projector_in_front_and_ctrl_q_ends_everything(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _activate(qtbot, window)
    _click_nav(qtbot, window, "run")
    _press(qtbot, Qt.Key.Key_F5)
    projector = window.runner.projector
    assert projector is not None and projector.isVisible()
    _activate(qtbot, projector)
    _press(qtbot, Qt.Key.Key_Space)
    assert _phase(window) is Phase.RUNNING
    _press(qtbot, Qt.Key.Key_Space)
    assert _phase(window) is Phase.PAUSED
    _press(qtbot, Qt.Key.Key_N)
    assert window.runner.runner.state.step_index == 1  # type: ignore[union-attr]
    # Esc: a window wholly on its screen, title bar room above it.
    _press(qtbot, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    _press(qtbot, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    area = projector.screen().availableGeometry()
    assert area.contains(projector.geometry())
    assert projector.geometry().top() >= area.top() + 30
    _activate(qtbot, projector)
    QTest.keyClick(projector, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not projector.isVisible() and open_projectors() == []


def test_quitting_the_main_window_closes_the_projector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("run")
    window.runner.toggle_projector()
    projector = window.runner.projector
    assert projector is not None and projector.isVisible()
    assert not projector.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    window.close()
    assert not projector.isVisible()


def test_ctrl_w_and_the_menu_command_close_a_projector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("run")
    window.runner.toggle_projector()
    projector = window.runner.projector
    assert projector is not None
    _activate(qtbot, projector)
    QTest.keyClick(projector, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not projector.isVisible()
    window.runner.toggle_projector()
    assert open_projectors()
    window.close_projectors_action.trigger()
    assert open_projectors() == []
