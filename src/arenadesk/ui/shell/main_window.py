"""The main window: a frame shown at once, then filled with navigation, menus and screens.

This module imports only PySide6 and light helpers, so the frame (title, sidebar, a calm
"Opening …" state, the remembered geometry) appears before SQLAlchemy, qtawesome and the
screens load. `fill` imports those (through `ui/shell/menus.py`) and builds the rest.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arenadesk.platform.settings import Settings
from arenadesk.ui.common.geometry import available_area, first_window_geometry
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.navigation import NavigationList

# The frame imports as few Qt names as it can: PySide6 builds each class's Python type
# (and the Qt namespace's ~120 enums) when its name is first imported.
if TYPE_CHECKING:  # each screen is imported when first shown (see _screen)
    from pathlib import Path

    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QMenu

    from arenadesk.services.changes import ChangeSet
    from arenadesk.ui.arena.groups_screen import GroupsScreen
    from arenadesk.ui.arena.overview_screen import OverviewScreen
    from arenadesk.ui.arena.people_screen import PeopleScreen
    from arenadesk.ui.boards.screen import BoardsScreen
    from arenadesk.ui.plan.screen import PlanScreen
    from arenadesk.ui.report.screen import ReportScreen
    from arenadesk.ui.runner.screen import RunnerScreen
    from arenadesk.ui.shell.context import UiContext


def _screen(module: str, name: str) -> Callable[[UiContext], QWidget]:
    """A screen's builder that imports its module when the screen is first shown: start-up
    loads only the first screen, and a facilitated arena never loads Open Space. The frozen
    build collects every `arenadesk.ui` module, since these imports are made by name."""

    def build(ctx: UiContext) -> QWidget:
        screen = getattr(importlib.import_module(module), name)
        return cast(QWidget, screen(ctx))

    return build


def _menus() -> ModuleType:
    """The menus and the slots behind them: SQLAlchemy and qtawesome come with them."""
    return importlib.import_module("arenadesk.ui.shell.menus")


def _sidebar(widget: QListWidget) -> QListWidget:
    """The sidebar's size and look, for the frame's empty list and the navigation alike."""
    widget.setIconSize(QSize(22, 22))
    widget.setFixedWidth(170)
    widget.setObjectName("navigation")
    widget.setStyleSheet(
        "#navigation { border: none; background: #f3f4f6; font-size: 11pt; outline: 0; }"
        "#navigation::item { padding: 10px 8px; }"
        "#navigation::item:selected { background: #dbe7f5; color: #0b3d6e; }"
    )
    return widget


class _FirstPaint(QObject):
    """Calls `done` once, when the window has first been painted (it is on the screen)."""

    def __init__(self, window: QWidget, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._done = done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._done()
        return False


class MainWindow(QMainWindow):
    """`MainWindow(ctx, change_language)` builds the whole window. `MainWindow(None,
    change_language, settings=...)` builds only the frame, to show while the database and
    the screens load; `fill(ctx)` completes it."""

    first_painted = Signal()  # the frame is on the screen (see Application.show_frame)
    ctx: UiContext
    # Made by ui/shell/menus.py when the window is filled.
    new_action: QAction
    open_action: QAction
    server_action: QAction
    recent_menu: QMenu
    copy_action: QAction
    restore_action: QAction
    anonymised_action: QAction
    word_import_action: QAction
    arena_report_action: QAction
    sheets_action: QAction
    proceedings_action: QAction
    close_projectors_action: QAction

    def __init__(
        self,
        ctx: UiContext | None,
        change_language: Callable[[str], None],
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self._change_language = change_language
        self.painted = False  # set on the first paint: the frame is on the screen
        _FirstPaint(self, self._first_paint)
        settings = ctx.settings if ctx is not None else settings
        assert settings is not None, "a frame needs the settings (geometry, page)"
        self._remembered_page = settings.current_page  # before the first page is shown
        self.setWindowTitle("ArenaDesk")
        self.stack = QStackedWidget()
        # The frame's sidebar is a plain, empty list; `fill` puts the navigation in its
        # place. NavigationList overrides a virtual Qt calls as the window takes focus, and
        # PySide6 builds the Qt namespace's enums (~30 ms) to pass it its arguments.
        self.nav: QListWidget = _sidebar(QListWidget())
        self.opening = QLabel(self.tr("Opening the arena file …"))
        self.opening.setStyleSheet(
            "color: #6b7280; font-size: 13pt; qproperty-alignment: AlignCenter;"
        )
        self.stack.addWidget(self.opening)
        self.location_warning = QLabel()
        self.location_warning.setWordWrap(True)
        self.location_warning.setVisible(False)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.location_warning)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        self._body = body
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        # The menu bar's titles from the start, so nothing moves when the menus fill in.
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.language_menu = self.menuBar().addMenu(self.tr("&Language"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.menuBar().setEnabled(False)
        self.statusBar()
        self._names: list[str] = []
        self._builders: list[Callable[[UiContext], QWidget]] = []
        self._screens: list[QWidget | None] = []
        self._restore_geometry(settings)
        if ctx is not None:
            self.fill(ctx)

    def _first_paint(self) -> None:
        self.painted = True
        self.first_painted.emit()

    def opening_file(self, location: str | Path) -> None:
        """Name the file being opened in the frame's calm waiting state."""
        self.opening.setText(arg(self.tr("Opening %1 …"), str(location)))

    def fill(self, ctx: UiContext) -> None:
        """Load the menus and the navigation, then show the remembered screen."""
        from PySide6.QtWidgets import QListWidgetItem

        from arenadesk.ui.shell import menus

        self.ctx = ctx
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        # (name for icon and lookup, label, builder); a capability adds one line here.
        pages: list[tuple[str, str, Callable[[UiContext], QWidget]]] = [
            (
                "overview",
                self.tr("Overview"),
                _screen("arenadesk.ui.arena.overview_screen", "OverviewScreen"),
            ),
            (
                "groups",
                self.tr("Groups"),
                _screen("arenadesk.ui.arena.groups_screen", "GroupsScreen"),
            ),
            (
                "people",
                self.tr("Participants"),
                _screen("arenadesk.ui.arena.people_screen", "PeopleScreen"),
            ),
            (
                "checkin",
                self.tr("Check-in"),
                _screen("arenadesk.ui.arena.checkin_screen", "CheckInScreen"),
            ),
            (
                "plan",
                self.tr("Support template (støttemal)"),
                _screen("arenadesk.ui.plan.screen", "PlanScreen"),
            ),
            (
                "run",
                self.tr("Run a session (økt)"),
                _screen("arenadesk.ui.runner.screen", "RunnerScreen"),
            ),
            ("boards", self.tr("Boards"), _screen("arenadesk.ui.boards.screen", "BoardsScreen")),
            ("report", self.tr("Report"), _screen("arenadesk.ui.report.screen", "ReportScreen")),
            ("wall", self.tr("Program wall"), _screen("arenadesk.ui.wall.screen", "WallScreen")),
            (
                "conversations",
                self.tr("Inputs"),
                _screen("arenadesk.ui.conversations.screen", "ConversationScreen"),
            ),
        ]
        self._names = [name for name, _label, _builder in pages]
        self._builders = [builder for _name, _label, builder in pages]
        self._screens = [None] * len(pages)
        frame_sidebar, self.nav = self.nav, _sidebar(NavigationList())
        self._body.replaceWidget(frame_sidebar, self.nav)
        frame_sidebar.deleteLater()
        for name, label, _builder in pages:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(menus.page_icon(name), label))
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)
        menus.fill_frame(self)
        self.menuBar().setEnabled(True)
        ctx.signals.show_group.connect(self.show_group)
        ctx.signals.show_report.connect(self.show_report)
        ctx.signals.show_conversation.connect(self.show_conversation)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self._refresh_frame)
        ctx.signals.group_chosen.connect(self._refresh_title)
        self._refresh_frame()
        self._restore_page()

    # --- actions (the menus' slots, in ui/shell/menus.py) ------------------------------

    def new_file(self) -> None:
        _menus().new_file(self)

    def open_file(self) -> None:
        _menus().open_file(self)

    def open_server(self) -> None:
        _menus().open_server(self)

    def open_path(self, target: str | Path) -> None:
        _menus().open_path(self, target)

    def save_copy(self) -> None:
        _menus().save_copy(self)

    def restore_from_backup(self) -> None:
        _menus().restore_from_backup(self)

    def export_anonymised(self) -> None:
        _menus().export_anonymised(self)

    def about(self) -> None:
        _menus().about(self)

    def choose_language(self, code: str) -> None:
        if code != self.ctx.language:
            self._change_language(code)

    def flush_savers(self) -> None:
        """Save what is being typed, before a backup, a copy or quitting."""
        from arenadesk.ui.common.forms import AutoSaver

        for screen in self._screens:
            for saver in screen.findChildren(AutoSaver) if screen else ():
                if saver.pending:
                    saver.flush()

    def _on_changed(self, changes: ChangeSet) -> None:
        _menus().on_changed(self, changes)

    def _refresh_frame(self) -> None:
        _menus().refresh_frame(self)

    def _refresh_title(self, _group: object = None) -> None:
        _menus().refresh_title(self)

    def show_report(self, group_id: uuid.UUID) -> None:
        self.show_screen("report")
        self.report.select(group_id)

    def show_conversation(self, topic_id: uuid.UUID) -> None:
        screen = self.show_screen("conversations")
        screen.select_topic(topic_id)  # type: ignore[attr-defined]

    def show_group(self, group_id: uuid.UUID) -> None:
        self.show_screen("groups")
        self.groups.select_group(group_id)

    # --- screens ---------------------------------------------------------------------

    def _screen(self, index: int) -> QWidget:
        screen = self._screens[index]
        if screen is None:
            screen = self._screens[index] = self._builders[index](self.ctx)
            page = self.stack.widget(index)
            layout = page.layout() if page else None
            assert layout is not None
            layout.addWidget(screen)
        return screen

    def _show_page(self, index: int) -> None:
        self._screen(index)
        self.stack.setCurrentIndex(index)
        if self._names[index] != self.ctx.settings.current_page:
            self.ctx.settings.current_page = self._names[index]  # back here after a restart
            self.ctx.settings.save()

    def _restore_page(self) -> None:
        name = self._remembered_page
        if name in self._names and not self.nav.item(self._names.index(name)).isHidden():
            self.nav.setCurrentRow(self._names.index(name))

    @property
    def page_names(self) -> list[str]:
        return self._names

    def screen_named(self, name: str) -> QWidget:
        return self._screen(self._names.index(name))

    def show_screen(self, name: str) -> QWidget:
        self.nav.setCurrentRow(self._names.index(name))
        return self.current_screen

    @property
    def current_screen(self) -> QWidget:
        return self._screen(self.stack.currentIndex())

    @property
    def overview(self) -> OverviewScreen:
        return cast("OverviewScreen", self.screen_named("overview"))

    @property
    def groups(self) -> GroupsScreen:
        return cast("GroupsScreen", self.screen_named("groups"))

    @property
    def people(self) -> PeopleScreen:
        return cast("PeopleScreen", self.screen_named("people"))

    @property
    def plan(self) -> PlanScreen:
        return cast("PlanScreen", self.screen_named("plan"))

    @property
    def report(self) -> ReportScreen:
        return cast("ReportScreen", self.screen_named("report"))

    @property
    def runner(self) -> RunnerScreen:
        return cast("RunnerScreen", self.screen_named("run"))

    @property
    def boards(self) -> BoardsScreen:
        return cast("BoardsScreen", self.screen_named("boards"))

    # --- frame -------------------------------------------------------------------------

    def _restore_geometry(self, settings: Settings) -> None:
        """The saved place if it still fits this screen; otherwise the default, which on a
        small screen (1366×768, or 1920×1080 at 150 %) means maximised (`start_maximised`,
        honoured by whoever shows the window)."""
        saved = settings.window_geometry
        area = available_area(self)
        self.start_maximised = False
        restored = bool(saved) and self.restoreGeometry(QByteArray.fromBase64(saved.encode()))
        if restored and (self.isMaximized() or area.contains(self.geometry())):
            return
        rect, self.start_maximised = first_window_geometry(area)
        self.setGeometry(rect)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self, "ctx"):  # a frame closed before it was filled has nothing to keep
            from arenadesk.ui.projector.base import close_all_projectors

            close_all_projectors()  # quitting leaves nothing on the audience's screen
            self.flush_savers()
            geometry = bytes(self.saveGeometry().toBase64().data()).decode()
            self.ctx.settings.window_geometry = geometry
            self.ctx.settings.save()
        super().closeEvent(event)
