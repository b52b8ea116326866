"""Opening, creating and copying arena files from the UI, with plain-language errors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import Settings, data_dir
from arenadesk.store.arenas import current_arena_id
from arenadesk.store.db.database import Database, open_database, save_copy_as
from arenadesk.ui.common.forms import show_error

FILE_SUFFIX = ".sqlite"


def _filter() -> str:
    return QCoreApplication.translate("files", "ArenaDesk files (*.sqlite);;All files (*)")


def ensure_arena(
    parent: QWidget | None, db: Database, language: str, *, offer_demo: bool = True
) -> bool:
    """A file without an arena gets one: the demo or a new one. False if the person declined."""
    if current_arena_id(db) is not None:
        return True
    # Only for a file without an arena: their Qt types are not built on every start-up.
    from arenadesk.ui.shell.start_dialogs import NewArenaDialog, WelcomeDialog

    if offer_demo:
        choice = WelcomeDialog(db.location, parent).exec()
        if choice == WelcomeDialog.DEMO:
            # Only here: the demo's sample reports are not loaded on every start-up.
            from arenadesk.demo.arena import create_demo_arena

            create_demo_arena(db)
            return True
        if choice != WelcomeDialog.EMPTY:
            return False
    return NewArenaDialog(db, language, parent).exec() == QDialog.DialogCode.Accepted


def open_checked(
    parent: QWidget | None, target: str | Path, settings: Settings, *, create: bool
) -> Database | None:
    """Open a database, telling the person plainly what is wrong if it cannot be opened."""
    try:
        return open_database(target, settings.device, create=create)
    except UserError as error:
        show_error(parent, error, settings.language)
        return None


def ask_open_path(parent: QWidget | None, near: Path | None = None) -> Path | None:
    """Starting beside the open file (a copy from a USB stick lies next to it), else in
    the app's data folder."""
    start = near.parent if near is not None and near.parent.is_dir() else data_dir()
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("files", "Open arena file"), str(start), _filter()
    )
    return Path(path) if path else None


def ask_new_path(parent: QWidget | None, settings: Settings) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("files", "New arena file"),
        str(data_dir() / f"arena{FILE_SUFFIX}"),
        _filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not path:
        return None
    chosen = Path(path)
    if not chosen.suffix:
        chosen = chosen.with_suffix(FILE_SUFFIX)
    if chosen.exists():
        show_error(parent, UserError("db.exists", path=chosen), settings.language)
        return None
    return chosen


def create_new_file(parent: QWidget | None, path: Path, settings: Settings) -> Database | None:
    """A new file with a new arena in it; nothing is left behind if the person cancels."""
    db = open_checked(parent, path, settings, create=True)
    if db is None:
        return None
    if ensure_arena(parent, db, settings.language, offer_demo=False):
        return db
    db.close()
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    return None


def save_copy(parent: QWidget | None, db: Database, settings: Settings) -> Path | None:
    suggested = (
        db.path.with_name(f"{db.path.stem}-kopi{FILE_SUFFIX}")
        if db.path
        else data_dir() / f"arena-kopi{FILE_SUFFIX}"
    )
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("files", "Save a copy as"), str(suggested), _filter()
    )
    if not path:
        return None
    try:
        save_copy_as(db, Path(path))
    except UserError as error:
        show_error(parent, error, settings.language)
        return None
    return Path(path)
