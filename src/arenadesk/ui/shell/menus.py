"""What fills the main window's frame once the database is open: the File/Language/Help
menus and their actions, the page icons, the title and the pages of the arena's format.

Imported by `MainWindow.fill`, after the frame is on the screen. It may be filled in
before the store has loaded (see `store_loader.py`): the title and pages come from the
context's reads, and the actions import what reaches the store when they are used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import message
from arenadesk.platform.location import check_location
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.base import QUIT_KEY, close_all_projectors, open_projectors
from arenadesk.ui.report import arena_export
from arenadesk.ui.sync.menu import add_sync_actions

if TYPE_CHECKING:
    from arenadesk.store.db.database import Database
    from arenadesk.ui.shell.main_window import MainWindow

# Texts keep the window's translation context ("MainWindow") they had as its methods.
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


def page_icon(name: str) -> QIcon:
    return icon(name)


def fill_frame(window: MainWindow) -> None:
    """The window's icon, the warning's style and the menus."""
    window.setWindowIcon(icon("groups"))
    window.location_warning.setStyleSheet(
        f"background: #fff4e5; color: {WARNING_COLOUR}; padding: 8px; "
        "border-bottom: 1px solid #f0c080;"
    )
    build_menus(window)


# --- menus -----------------------------------------------------------------------------


def build_menus(window: MainWindow) -> None:
    ctx = window.ctx
    file_menu = window.file_menu
    window.new_action = _action(
        file_menu,
        "new_file",
        QCoreApplication.translate("MainWindow", "&New arena file…"),
        window.new_file,
        QKeySequence.StandardKey.New,
    )
    window.open_action = _action(
        file_menu,
        "open",
        QCoreApplication.translate("MainWindow", "&Open…"),
        window.open_file,
        QKeySequence.StandardKey.Open,
    )
    window.server_action = _action(
        file_menu,
        "database",
        QCoreApplication.translate("MainWindow", "Connect to a database on a &server…"),
        window.open_server,
    )
    window.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), window)
    window.recent_menu.setIcon(icon("recent"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    window.copy_action = _action(
        file_menu,
        "save_copy",
        QCoreApplication.translate("MainWindow", "Save a &copy as…"),
        window.save_copy,
        QKeySequence.StandardKey.SaveAs,
    )
    window.restore_action = _action(
        file_menu,
        "recent",
        QCoreApplication.translate("MainWindow", "Restore from &backup…"),
        window.restore_from_backup,
    )
    window.anonymised_action = _action(
        file_menu,
        "export",
        QCoreApplication.translate("MainWindow", "Export &anonymised copy…"),
        window.export_anonymised,
    )
    add_sync_actions(file_menu, window, ctx)
    window.word_import_action = file_menu.addAction(
        icon("open"), QCoreApplication.translate("WordImport", "Import report from &Word…")
    )
    window.word_import_action.triggered.connect(lambda: _import_word_report(window))
    file_menu.addSeparator()
    window.arena_report_action, window.sheets_action, window.proceedings_action = (
        arena_export.add_actions(window, file_menu, ctx)
    )
    file_menu.addSeparator()
    window.close_projectors_action = _action(
        file_menu,
        "projector",
        QCoreApplication.translate("MainWindow", "Close the projector &windows"),
        close_all_projectors,
    )
    file_menu.aboutToShow.connect(
        lambda: window.close_projectors_action.setEnabled(bool(open_projectors()))
    )
    _action(
        file_menu, "quit", QCoreApplication.translate("MainWindow", "&Quit"), window.close, QUIT_KEY
    )

    language_menu = window.language_menu
    group = QActionGroup(window)
    for code, name in LANGUAGE_NAMES.items():
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == ctx.language)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: window.choose_language(c))

    help_menu = window.help_menu
    _action(
        help_menu,
        "open",
        QCoreApplication.translate("MainWindow", "Open the &log folder"),
        _open_log_folder,
    )
    _action(
        help_menu,
        "about",
        QCoreApplication.translate("MainWindow", "&About ArenaDesk"),
        window.about,
    )


def _action(
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


def _import_word_report(window: MainWindow) -> None:
    # Here, not at the top: the Word reader and its markdown load when first used.
    from arenadesk.ui.report.word_import import import_word_report

    import_word_report(window, window.ctx)


def _fill_recent(window: MainWindow) -> None:
    ctx = window.ctx
    window.recent_menu.clear()
    entries = [f for f in ctx.settings.recent_files if f != ctx.location]
    if not entries:
        empty = window.recent_menu.addAction(
            QCoreApplication.translate("MainWindow", "No other files yet")
        )
        empty.setEnabled(False)
    for entry in entries:
        action = window.recent_menu.addAction(entry)
        action.triggered.connect(lambda _checked=False, e=entry: window.open_path(e))


# --- actions ---------------------------------------------------------------------------


def new_file(window: MainWindow) -> None:
    from arenadesk.ui.shell import file_actions

    path = file_actions.ask_new_path(window, window.ctx.settings)
    if path is not None:
        db = file_actions.create_new_file(window, path, window.ctx.settings)
        if db is not None:
            window.ctx.switch_database(db)


def open_file(window: MainWindow) -> None:
    from arenadesk.ui.shell import file_actions

    path = file_actions.ask_open_path(window, window.ctx.path)
    if path is not None:
        open_path(window, path)


def open_server(window: MainWindow) -> None:
    from arenadesk.ui.sync import server_dialog

    _use(window, server_dialog.connect_to_server(window, window.ctx.settings))


def open_path(window: MainWindow, target: str | Path) -> None:
    settings = window.ctx.settings
    if "://" in str(target):  # a remembered server: asks for the password if needed
        from arenadesk.ui.sync import server_dialog

        _use(window, server_dialog.open_server_address(window, str(target), settings))
        return
    from arenadesk.ui.shell import file_actions

    _use(window, file_actions.open_checked(window, target, settings, create=False))


def _use(window: MainWindow, db: Database | None) -> None:
    if db is None:
        return
    from arenadesk.ui.shell import file_actions

    if not file_actions.ensure_arena(window, db, window.ctx.language):
        db.close()
        return
    window.ctx.switch_database(db)


def save_copy(window: MainWindow) -> None:
    from arenadesk.ui.shell import file_actions

    file_actions.save_copy(window, window.ctx.db, window.ctx.settings)


def restore_from_backup(window: MainWindow) -> None:
    from arenadesk.ui.sync.backup_dialog import BackupDialog

    window.flush_savers()  # the file's latest typing goes into the backup kept first
    dialog = BackupDialog(window.ctx, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
        window.ctx.switch_database(dialog.restored)


def export_anonymised(window: MainWindow) -> None:
    from arenadesk.ui.sync.backup_dialog import export_anonymised_copy

    window.flush_savers()
    saved = export_anonymised_copy(window, window.ctx)
    if saved is not None:
        window.statusBar().showMessage(
            arg(QCoreApplication.translate("MainWindow", "Anonymised copy saved: %1"), str(saved))
        )


# The dialogs' modules are imported when first opened: PySide6 builds the Python type of
# each Qt class they name at import, which the usable window does not need.
def about(window: MainWindow) -> None:
    from arenadesk.ui.shell.start_dialogs import AboutDialog

    AboutDialog(window.ctx.db, window.ctx.settings.device_name, window).exec()


def _open_log_folder() -> None:
    from arenadesk.ui.common.error_dialog import open_log_folder

    open_log_folder()


# --- frame -----------------------------------------------------------------------------


def on_changed(window: MainWindow, changes: ChangeSet) -> None:
    if changes.affects(Kind.ARENA):
        refresh_title(window)
        show_pages_of_format(window)


def show_pages_of_format(window: MainWindow) -> None:
    """An Open Space arena has no facilitated groups to plan, run or report, and a
    facilitated one no program wall: the navigation shows what the arena uses."""
    arena = window.ctx.arena()
    arena_format = arena.format if arena else ArenaFormat.FACILITATED
    for index, name in enumerate(window.page_names):
        window.nav.item(index).setHidden(name not in PAGES_OF_FORMAT[arena_format])
    current = window.nav.currentRow()
    if current < 0 or window.nav.item(current).isHidden():
        window.nav.setCurrentRow(0)


def refresh_title(window: MainWindow) -> None:
    """The arena, and the current group (the one the runner, boards and report show),
    so a timer is never started on the wrong group unnoticed."""
    ctx = window.ctx
    arena = ctx.arena()
    parts = [arena.name] if arena and arena.name else []
    group_id = ctx.current_group
    group = ctx.group(group_id) if group_id else None
    if (
        group is not None
        and "run" in PAGES_OF_FORMAT[arena.format if arena else ArenaFormat.FACILITATED]
    ):
        parts.append(f"{group.code} {group.title}")
        if ctx.settings.current_session:  # the økt chosen in the runner for that group
            session = QCoreApplication.translate("MainWindow", "Økt %1")
            parts.append(arg(session, ctx.settings.current_session))
    window.setWindowTitle(" · ".join(parts) + " – ArenaDesk" if parts else "ArenaDesk")


def refresh_frame(window: MainWindow) -> None:
    ctx = window.ctx
    refresh_title(window)
    show_pages_of_format(window)
    on_disk = ctx.path is not None
    window.copy_action.setEnabled(on_disk)
    window.restore_action.setEnabled(on_disk)
    window.anonymised_action.setEnabled(on_disk)
    warning = check_location(ctx.path) if ctx.path else None
    window.location_warning.setVisible(warning is not None)
    if warning is not None:
        window.location_warning.setText(message(warning.key, ctx.language, **warning.params))
    window.statusBar().showMessage(
        arg(QCoreApplication.translate("MainWindow", "Data file: %1"), ctx.location)
    )
