"""What every projector window shares: it opens on the chosen screen, full screen, or as a
preview window beside the controls when there is only one screen; Esc leaves full screen
with the window wholly on its screen and its title bar visible; Ctrl+W (or the right-click
menu) closes it; Ctrl+Q quits ArenaDesk from it; and quitting closes it.

Nothing meant for the facilitator (key hints, where the window opened) is drawn on it: the
audience sees it. The controls say that instead (`opened_as_preview`)."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

# Every projector window alive, so that quitting (or a menu command) closes them all.
_OPEN: weakref.WeakSet[ProjectorBase] = weakref.WeakSet()

PREVIEW_SHARE = 0.45  # of the screen's width, beside the controls, with only one screen
WINDOWED_SHARE = 0.6
# Spelled out: Qt's standard Quit key is empty on Windows and without a desktop theme.
QUIT_KEY = QKeySequence("Ctrl+Q")  # of the screen, centred, after Esc


class ProjectorBase(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(title)
        # A projector left open never keeps the process alive once the main window is gone.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.opened_as_preview = False
        self.full_screen_action = self._action(
            self.tr("Full screen"), QKeySequence("F11"), self.toggle_full_screen
        )
        self.full_screen_action.setCheckable(True)
        self.close_action = self._action(
            self.tr("Close the projector"), QKeySequence("Ctrl+W"), self.close
        )
        self.quit_action = self._action(self.tr("Quit ArenaDesk"), QUIT_KEY, quit_all)
        _OPEN.add(self)

    def _action(self, text: str, key: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- where it opens -------------------------------------------------------------------

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen`; with a single screen, a preview window on the right half
        of it, so the controls stay usable (F11 makes it full screen all the same)."""
        screens = QGuiApplication.screens()
        screen = screen or (screens[0] if screens else None)
        self.opened_as_preview = len(screens) <= 1
        if screen is not None:
            self.setScreen(screen)
            # The normal geometry the window returns to after full screen: on this screen.
            self.setGeometry(windowed_geometry(screen, self.opened_as_preview))
        if self.opened_as_preview:
            self.showNormal()
            tell_facilitator(
                self.tr(
                    "Only one screen: the projector view opens as a window beside the "
                    "controls. F11 makes it full screen, Ctrl+W closes it."
                )
            )
        else:
            self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def leave_full_screen(self) -> None:
        """A window wholly on its screen with its title bar visible, not at 0,0 under it."""
        screen = self.screen()
        self.showNormal()
        self.full_screen_action.setChecked(False)
        if screen is None:
            return
        target = windowed_geometry(screen, preview=False)
        self.setGeometry(target)
        # The window manager restores its own idea of the geometry after it leaves full
        # screen; put the window where it belongs once it has done so.
        QTimer.singleShot(0, lambda: self._settle(target))

    def _settle(self, target: QRect) -> None:
        if not self.isFullScreen() and self.isVisible():
            self.setGeometry(target)

    # --- keys and menu --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        # The actions' shortcuts take these keys when the window is active; the key events
        # reach here when it is not (yet), as right after it opened.
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.leave_full_screen()
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_F11) and not self.handle_key(event):
            self.toggle_full_screen()
        elif event.matches(QKeySequence.StandardKey.Close) or (
            key == Qt.Key.Key_W and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.close()
        elif QKeySequence(event.keyCombination()) == QUIT_KEY:
            quit_all()
        elif not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A subclass's own keys (page turning); True when the key was used."""
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        self.full_screen_action.setChecked(self.isFullScreen())
        menu.addAction(self.full_screen_action)
        menu.addAction(self.close_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu.exec(event.globalPos())


def windowed_geometry(screen: QScreen, preview: bool) -> QRect:
    """The client rectangle of a projector that is not full screen: inside the screen's
    available area with room above for the title bar (which the window manager adds)."""
    area = screen.availableGeometry()
    title_bar = 40
    if preview:
        width = int(area.width() * PREVIEW_SHARE)
        height = min(int(width * 9 / 16), area.height() - title_bar - 16)
        return QRect(area.right() - width - 8, area.top() + title_bar, width, height)
    width = int(area.width() * WINDOWED_SHARE)
    height = min(int(area.height() * WINDOWED_SHARE), area.height() - title_bar - 16)
    left = area.left() + (area.width() - width) // 2
    top = max(area.top() + title_bar, area.top() + (area.height() - height) // 2)
    return QRect(left, top, width, height)


def tell_facilitator(text: str) -> None:
    """On the main window's status bar, where the audience does not look."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.statusBar().showMessage(text, 15_000)


def _alive() -> list[ProjectorBase]:
    # A window whose screen was torn down may be gone on the C++ side already.
    return [window for window in list(_OPEN) if shiboken6.isValid(window)]


def open_projectors() -> list[ProjectorBase]:
    return [window for window in _alive() if window.isVisible()]


def close_all_projectors() -> None:
    for window in _alive():
        window.close()


def quit_all() -> None:
    """Ctrl+Q on a projector: the main window closes (saving what is pending) and with it
    every projector; the process ends."""
    close_all_projectors()
    QApplication.closeAllWindows()


def screen_by_name(name: str) -> QScreen | None:
    """The remembered screen if it is connected, else a second screen, else the first."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if screen.name() == name:
            return screen
    return screens[1] if len(screens) > 1 else (screens[0] if screens else None)
