"""“Importer oppsettfil…”: start working from the organiser's setup file, or take in a
later one without touching the facilitator's own work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import data_dir, reports_dir
from arenadesk.store.arenas import current_arena_id
from arenadesk.store.db.database import Database
from arenadesk.sync.merge import REJECTED, MergeResult
from arenadesk.sync.package import SETUP_SUFFIX, inspect_package
from arenadesk.sync.setup import import_setup, start_working_file
from arenadesk.ui.common.background import Progress, run_with_progress
from arenadesk.ui.common.forms import confirm, show_error
from arenadesk.ui.common.texts import Counts, arg
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.sync.imports import announce_all


def _tell(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("ArenaDesk")
    box.setText(text)
    box.addButton(QCoreApplication.translate("buttons", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask_setup_file(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("sync", "Import setup file"),
        str(reports_dir()),
        arg(
            QCoreApplication.translate("sync", "ArenaDesk setup files (*%1);;All files (*)"),
            SETUP_SUFFIX,
        ),
    )
    return Path(path) if path else None


def take_in_setup(parent: QWidget | None, ctx: UiContext, path: Path) -> str | None:
    """Merge a later setup of this file's arena, or start a new working file from it.
    Returns what was said to the person (None after an error was shown)."""

    def work(progress: Progress) -> MergeResult | Database:
        info = inspect_package(path)
        if info.kind != "setup":
            raise UserError("sync.not_setup", name=info.file_name)
        progress.check()
        if info.arena_id is not None and info.arena_id == current_arena_id(ctx.db):
            return import_setup(ctx.db, path)
        return start_working_file(path, data_dir(), ctx.settings.device)

    label = QCoreApplication.translate("sync", "Taking in the setup file…")
    try:
        taken = run_with_progress(parent, label, work, cancellable=False)
        if isinstance(taken, MergeResult):
            result = taken
            outcome = result.outcomes[0]
            if outcome.error is not None and outcome.error.key == "sync.deletions":
                asked = QCoreApplication.translate(
                    "sync", "%1\n\nA backup is taken first. Take it in anyway?"
                ).replace("%1", outcome.error.text(ctx.language))
                yes = QCoreApplication.translate("sync", "Take it in anyway")
                title = QCoreApplication.translate("sync", "Deletions")
                if confirm(parent, title, asked, yes):
                    result = import_setup(ctx.db, path, accept_deletions=True)
                    outcome = result.outcomes[0]
            if outcome.status == REJECTED and outcome.error is not None:
                raise outcome.error
            announce_all(ctx)
            text = Counts().setup_taken_in(
                outcome.added, outcome.updated, outcome.deleted, outcome.conflicts
            )
        else:
            db = taken
            ctx.switch_database(db)
            text = arg(
                QCoreApplication.translate(
                    "sync",
                    "You now work in your own copy of the setup file: %1. The setup file itself "
                    "is not changed, so it can stay on the USB stick.",
                ),
                db.location,
            )
    except UserError as error:
        show_error(parent, error, ctx.language)
        return None
    _tell(parent, text)
    return text


def import_setup_file(parent: QWidget | None, ctx: UiContext) -> None:
    path = ask_setup_file(parent)
    if path is not None:
        take_in_setup(parent, ctx, path)
