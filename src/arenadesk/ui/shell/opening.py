"""Which file start-up opens, and how: at once, or its first screen now and its store in a
worker (`store_loader.py`). A file that cannot be opened is explained, and the person
opens another, makes a new one or quits.

Imported once the frame is on the screen; what it needs of the store is imported in the
functions that use it, so a file opened in the background loads no SQLAlchemy here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from arenadesk import APP_NAME
from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import Settings, default_database_path

if TYPE_CHECKING:
    from arenadesk.store.db.database import Database
    from arenadesk.store.first_screen import FirstScreen
    from arenadesk.ui.shell.main_window import MainWindow
    from arenadesk.ui.shell.store_loader import StoreLoader

    # A file opened for editing, or one whose store is still opening (with what its first
    # screen shows).
    Opened = Database | tuple[StoreLoader, FirstScreen]


def first_opened(
    frame: MainWindow | None, settings: Settings, language: str, explicit: str | Path | None
) -> Opened | None:
    """The file named on the command line, else the last one used, else the default."""
    if explicit:
        target: str | Path = explicit
    else:
        recent = [f for f in settings.recent_files if "://" in f or Path(f).exists()]
        target = recent[0] if recent else default_database_path()
    if "://" not in str(target):
        if frame is not None:
            frame.opening_file(target)
        in_background = open_in_background(Path(target).expanduser(), settings)
        if in_background is not None:
            settings.add_recent(str(in_background[0].path))
            return in_background
    return open_now(frame, settings, language, target)


def open_in_background(path: Path, settings: Settings) -> tuple[StoreLoader, FirstScreen] | None:
    """A file ready for editing as it is, with an arena: its first screen, read with plain
    SQLite, and a loader for its store. None: it needs the store first (to be created,
    upgraded, given an arena) or cannot be opened (then `open_now` explains)."""
    from functools import partial

    from arenadesk.store.db.fileinfo import ready_to_edit
    from arenadesk.store.first_screen import read_first_screen
    from arenadesk.ui.shell.context import current_group_of
    from arenadesk.ui.shell.store_loader import StoreLoader, open_store

    info = ready_to_edit(path)
    if info is None:
        return None
    try:
        first = read_first_screen(path, current_group_of(settings))
    except UserError:
        return None
    if first is None:
        return None
    return StoreLoader(path, partial(open_store, path, settings.device, info)), first


def open_now(
    parent: QWidget | None, settings: Settings, language: str, target: str | Path
) -> Database | None:
    from arenadesk.ui.shell import file_actions

    if isinstance(target, str) and "://" in target:  # a server: may ask for its password
        from arenadesk.ui.sync import server_dialog

        db = server_dialog.open_server_address(parent, target, settings)
    else:
        db = file_actions.open_checked(parent, target, settings, create=True)
    return settle(parent, settings, language, db)


def settle(
    parent: QWidget | None, settings: Settings, language: str, db: Database | None
) -> Database | None:
    """`db`, or, when none could be opened, the file the person chooses next (another, a
    new one, or none: quit), given an arena if it has none."""
    from arenadesk.ui.shell import file_actions

    while db is None:
        chosen = another_file(parent, settings)
        if chosen is False:
            return None
        db = chosen
    if not file_actions.ensure_arena(parent, db, language):
        db.close()
        return None
    settings.add_recent(db.location)
    return db


def another_file(parent: QWidget | None, settings: Settings) -> Database | None | Literal[False]:
    """Asked after a file could not be opened: another file, a new one, or to quit
    (False). None: the chosen one could not be opened either (or none was chosen)."""
    from arenadesk.ui.shell import file_actions

    choice = ask_after_failure()
    if choice is None:
        return False
    if choice == "open":
        path = file_actions.ask_open_path(parent)
        return file_actions.open_checked(parent, path, settings, create=False) if path else None
    path = file_actions.ask_new_path(parent, settings)
    return file_actions.create_new_file(parent, path, settings) if path else None


def ask_after_failure() -> Literal["open", "new"] | None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(QCoreApplication.translate("Application", "What would you like to do?"))
    open_button = box.addButton(
        QCoreApplication.translate("Application", "Open another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new_button = box.addButton(
        QCoreApplication.translate("Application", "Create a new file…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is open_button else "new" if clicked is new_button else None
