"""“Importer oppsettfil…”: start working from the organiser's setup file, or take in a
later one without touching the facilitator's own work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import data_dir, reports_dir
from arenadesk.services import sync
from arenadesk.sync.merge import REJECTED
from arenadesk.sync.package import SETUP_SUFFIX
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

    def work(progress: Progress) -> sync.SetupTaken:
        return sync.take_in_setup(ctx.db, path, data_dir(), ctx.settings.device)

    label = QCoreApplication.translate("sync", "Taking in the setup file…")
    try:
        taken = run_with_progress(parent, label, work, cancellable=False)
        if taken.merged is not None:
            result = taken.merged.result
            outcome = result.outcomes[0]
            if outcome.error is not None and outcome.error.key == "sync.deletions":
                asked = arg(
                    QCoreApplication.translate(
                        "sync", "%1\n\nA backup is taken first. Take it in anyway?"
                    ),
                    outcome.error.text(ctx.language),
                )
                yes = QCoreApplication.translate("sync", "Take it in anyway")
                title = QCoreApplication.translate("sync", "Deletions")
                if confirm(parent, title, asked, yes):
                    again = sync.take_in_setup(
                        ctx.db, path, data_dir(), ctx.settings.device, accept_deletions=True
                    )
                    assert again.merged is not None
                    result = again.merged.result
                    outcome = result.outcomes[0]
            if outcome.status == REJECTED and outcome.error is not None:
                raise outcome.error
            announce_all(ctx)
            text = Counts().setup_taken_in(
                outcome.added, outcome.updated, outcome.deleted, outcome.conflicts
            )
        else:
            db = taken.started
            assert db is not None
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
