"""The main window: navigation, the File/Language/Help menus, and the screens it assembles."""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import message
from arenadesk.platform.location import check_location
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import get_arena
from arenadesk.store.db.database import Database
from arenadesk.store.groups import get_group
from arenadesk.ui.common.error_dialog import open_log_folder
from arenadesk.ui.common.forms import AutoSaver
from arenadesk.ui.common.geometry import available_area, first_window_geometry
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.base import QUIT_KEY, close_all_projectors, open_projectors
from arenadesk.ui.report import arena_export, word_import
from arenadesk.ui.shell import file_actions
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.start_dialogs import AboutDialog
from arenadesk.ui.sync import server_dialog
from arenadesk.ui.sync.backup_dialog import BackupDialog, export_anonymised_copy
from arenadesk.ui.sync.menu import add_sync_actions

if TYPE_CHECKING:  # each screen is imported when first shown (see _screen)
    from arenadesk.ui.arena.groups_screen import GroupsScreen
    from arenadesk.ui.arena.overview_screen import OverviewScreen
    from arenadesk.ui.arena.people_screen import PeopleScreen
    from arenadesk.ui.boards.screen import BoardsScreen
    from arenadesk.ui.plan.screen import PlanScreen
    from arenadesk.ui.report.screen import ReportScreen
    from arenadesk.ui.runner.screen import RunnerScreen

LANGUAGE_NAMES = {"nb": "Norsk bokmål", "en": "English"}

_FACILITATED_PAGES = frozenset(
    {"overview", "groups", "people", "checkin", "plan", "run", "boards", "report"}
)
_OPEN_SPACE_PAGES = frozenset({"overview", "people", "checkin", "wall", "conversations"})
PAGES_OF_FORMAT = {
    ArenaFormat.FACILITATED: _FACILITATED_PAGES,
    ArenaFormat.OPEN_SPACE: _OPEN_SPACE_PAGES,
    ArenaFormat.BOTH: _FACILITATED_PAGES | _OPEN_SPACE_PAGES,
}


def _screen(module: str, name: str) -> Callable[[UiContext], QWidget]:
    """A screen's builder that imports its module when the screen is first shown: start-up
    loads only the first screen, and a facilitated arena never loads Open Space. The frozen
    build collects every `arenadesk.ui` module, since these imports are made by name."""

    def build(ctx: UiContext) -> QWidget:
        screen = getattr(importlib.import_module(module), name)
        return cast(QWidget, screen(ctx))

    return build


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, change_language: Callable[[str], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self._change_language = change_language
        self._remembered_page = ctx.settings.current_page  # before the first page is shown
        self.setWindowIcon(icon("groups"))
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(170)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(
            "#navigation { border: none; background: #f3f4f6; font-size: 11pt; outline: 0; }"
            "#navigation::item { padding: 10px 8px; }"
            "#navigation::item:selected { background: #dbe7f5; color: #0b3d6e; }"
        )
        # Screens other than the first are built when first shown: start-up builds one.
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
        self._screens: list[QWidget | None] = [None] * len(pages)
        for name, label, _builder in pages:
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(icon(name), label))
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)

        self.location_warning = QLabel()
        self.location_warning.setWordWrap(True)
        self.location_warning.setStyleSheet(
            f"background: #fff4e5; color: {WARNING_COLOUR}; padding: 8px; "
            "border-bottom: 1px solid #f0c080;"
        )
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.location_warning)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menus()

        ctx.signals.show_group.connect(self.show_group)
        ctx.signals.show_report.connect(self.show_report)
        ctx.signals.show_conversation.connect(self.show_conversation)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self._refresh_frame)
        ctx.signals.group_chosen.connect(lambda _group: self._refresh_title())
        self._refresh_frame()
        self._restore_page()
        self._restore_geometry()

    # --- menus -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu,
            "new_file",
            self.tr("&New arena file…"),
            self.new_file,
            QKeySequence.StandardKey.New,
        )
        self.open_action = self._action(
            file_menu, "open", self.tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open
        )
        self.server_action = self._action(
            file_menu, "database", self.tr("Connect to a database on a &server…"), self.open_server
        )
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.setIcon(icon("recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.copy_action = self._action(
            file_menu,
            "save_copy",
            self.tr("Save a &copy as…"),
            self.save_copy,
            QKeySequence.StandardKey.SaveAs,
        )
        self.restore_action = self._action(
            file_menu, "recent", self.tr("Restore from &backup…"), self.restore_from_backup
        )
        self.anonymised_action = self._action(
            file_menu, "export", self.tr("Export &anonymised copy…"), self.export_anonymised
        )
        add_sync_actions(file_menu, self, self.ctx)
        self.word_import_action = word_import.add_action(self, file_menu, self.ctx)
        file_menu.addSeparator()
        self.arena_report_action, self.sheets_action, self.proceedings_action = (
            arena_export.add_actions(self, file_menu, self.ctx)
        )
        file_menu.addSeparator()
        self.close_projectors_action = self._action(
            file_menu, "projector", self.tr("Close the projector &windows"), close_all_projectors
        )
        file_menu.aboutToShow.connect(
            lambda: self.close_projectors_action.setEnabled(bool(open_projectors()))
        )
        self._action(file_menu, "quit", self.tr("&Quit"), self.close, QUIT_KEY)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._language(c))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, "open", self.tr("Open the &log folder"), open_log_folder)
        self._action(help_menu, "about", self.tr("&About ArenaDesk"), self.about)

    def _action(
        self,
        menu: QMenu,
        icon_name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | QKeySequence | None = None,
    ) -> QAction:
        action = menu.addAction(icon(icon_name), text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        entries = [f for f in self.ctx.settings.recent_files if f != self.ctx.db.location]
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No other files yet"))
            empty.setEnabled(False)
        for entry in entries:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, e=entry: self.open_path(e))

    # --- actions -----------------------------------------------------------------------

    def new_file(self) -> None:
        path = file_actions.ask_new_path(self, self.ctx.settings)
        if path is not None:
            db = file_actions.create_new_file(self, path, self.ctx.settings)
            if db is not None:
                self.ctx.switch_database(db)

    def open_file(self) -> None:
        path = file_actions.ask_open_path(self)
        if path is not None:
            self.open_path(path)

    def open_server(self) -> None:
        self._use(server_dialog.connect_to_server(self, self.ctx.settings))

    def open_path(self, target: str | Path) -> None:
        if "://" in str(target):  # a remembered server: asks for the password if needed
            self._use(server_dialog.open_server_address(self, str(target), self.ctx.settings))
            return
        self._use(file_actions.open_checked(self, target, self.ctx.settings, create=False))

    def _use(self, db: Database | None) -> None:
        if db is None:
            return
        if not file_actions.ensure_arena(self, db, self.ctx.language):
            db.close()
            return
        self.ctx.switch_database(db)

    def save_copy(self) -> None:
        file_actions.save_copy(self, self.ctx.db, self.ctx.settings)

    def restore_from_backup(self) -> None:
        self._flush_savers()  # the file's latest typing goes into the backup kept first
        dialog = BackupDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.ctx.switch_database(dialog.restored)

    def export_anonymised(self) -> None:
        self._flush_savers()
        saved = export_anonymised_copy(self, self.ctx)
        if saved is not None:
            self.statusBar().showMessage(arg(self.tr("Anonymised copy saved: %1"), str(saved)))

    def _flush_savers(self) -> None:
        for screen in self._screens:
            for saver in screen.findChildren(AutoSaver) if screen else ():
                if saver.pending:
                    saver.flush()

    def about(self) -> None:
        AboutDialog(self.ctx.db, self.ctx.settings.device_name, self).exec()

    def _language(self, code: str) -> None:
        if code != self.ctx.language:
            self._change_language(code)

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

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.ARENA):
            self._refresh_title()
            self._show_pages_of_format()

    def _show_pages_of_format(self) -> None:
        """An Open Space arena has no facilitated groups to plan, run or report, and a
        facilitated one no program wall: the navigation shows what the arena uses."""
        arena = get_arena(self.ctx.db, self.ctx.arena_id)
        arena_format = arena.format if arena else ArenaFormat.FACILITATED
        for index, name in enumerate(self._names):
            hidden = name not in PAGES_OF_FORMAT[arena_format]
            self.nav.item(index).setHidden(hidden)
        current = self.nav.currentRow()
        if current < 0 or self.nav.item(current).isHidden():
            self.nav.setCurrentRow(0)

    def _refresh_title(self) -> None:
        """The arena, and the current group (the one the runner, boards and report show),
        so a timer is never started on the wrong group unnoticed."""
        arena = get_arena(self.ctx.db, self.ctx.arena_id)
        parts = [arena.name] if arena and arena.name else []
        group_id = self.ctx.current_group
        group = get_group(self.ctx.db, group_id) if group_id else None
        if (
            group is not None
            and "run" in PAGES_OF_FORMAT[arena.format if arena else ArenaFormat.FACILITATED]
        ):
            parts.append(f"{group.code} {group.title}")
        self.setWindowTitle(" · ".join(parts) + " – ArenaDesk" if parts else "ArenaDesk")

    def _refresh_frame(self) -> None:
        self._refresh_title()
        self._show_pages_of_format()
        self.copy_action.setEnabled(self.ctx.db.path is not None)
        self.restore_action.setEnabled(self.ctx.db.path is not None)
        self.anonymised_action.setEnabled(self.ctx.db.path is not None)
        warning = check_location(self.ctx.db.path) if self.ctx.db.path else None
        self.location_warning.setVisible(warning is not None)
        if warning is not None:
            self.location_warning.setText(message(warning.key, self.ctx.language, **warning.params))
        self.statusBar().showMessage(arg(self.tr("Data file: %1"), self.ctx.db.location))

    def _restore_geometry(self) -> None:
        """The saved place if it still fits this screen; otherwise the default, which on a
        small screen (1366×768, or 1920×1080 at 150 %) means maximised (`start_maximised`,
        honoured by whoever shows the window)."""
        saved = self.ctx.settings.window_geometry
        area = available_area(self)
        self.start_maximised = False
        restored = bool(saved) and self.restoreGeometry(QByteArray.fromBase64(saved.encode()))
        if restored and (self.isMaximized() or area.contains(self.geometry())):
            return
        rect, self.start_maximised = first_window_geometry(area)
        self.setGeometry(rect)

    def closeEvent(self, event: QCloseEvent) -> None:
        close_all_projectors()  # quitting leaves nothing on the audience's screen
        for screen in self._screens:
            for saver in screen.findChildren(AutoSaver) if screen else ():
                if saver.pending:
                    saver.flush()
        self.ctx.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.ctx.settings.save()
        super().closeEvent(event)
