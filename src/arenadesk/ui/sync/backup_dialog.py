"""Restoring the open file from one of its automatic backups; the anonymised export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError
from arenadesk.store.anonymise import export_anonymised
from arenadesk.store.db.backups import (
    BEFORE_RESTORE,
    BackupEntry,
    Copying,
    backup_folder,
    list_backups,
    restore_backup,
    summarise,
)
from arenadesk.store.db.database import Database
from arenadesk.ui.common.background import Cancelled, Progress, run_with_progress
from arenadesk.ui.common.forms import confirm, show_error, translate_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class BackupDialog(QDialog):
    """The file's backups, newest first, with what each holds; restores the chosen one.
    After `exec()`, `restored` is the file opened again (or None)."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, root: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.root = ctx, root
        self.restored: Database | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        fit_size(self, 720, 420)
        intro = QLabel(
            self.tr(
                "ArenaDesk keeps a backup of this file when it is opened and every ten minutes "
                "while you work (the last ten, and one for each day before). Restoring replaces "
                "the file's content with the backup's; what the file holds now is kept as a "
                "backup first."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Saved"),
                self.tr("Groups"),
                self.tr("Participants"),
                self.tr("Notes"),
                self.tr("Reports filled"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(buttons)
        self.restore_button = QPushButton(self.tr("Restore"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.entries: list[BackupEntry] = []
        self.reload()

    def reload(self) -> None:
        path = self.ctx.db.path
        self.entries = list_backups(backup_folder(path, self.root)) if path else []
        rows = []
        for entry in self.entries:
            try:
                summary = summarise(entry.path)
            except UserError:
                continue  # a damaged backup is not offered
            rows.append((entry, summary))
        self.entries = [entry for entry, _summary in rows]
        self.table.setRowCount(len(rows))
        for row, (entry, summary) in enumerate(rows):
            values = [
                self._when(entry),
                str(summary.groups),
                str(summary.participants),
                str(summary.notes),
                str(summary.reports_filled),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(rows))

    def _when(self, entry: BackupEntry) -> str:
        t = entry.taken
        moment = QDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second)
        text = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if entry.label == BEFORE_RESTORE:
            text += " " + self.tr("(kept before a restore)")
        return text

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = arg(
            self.tr(
                "Replace the file's content with the backup from %1? What the file holds now is "
                "kept as a backup first, so this can be undone here."
            ),
            self._when(entry),
        )
        if not confirm(self, self.tr("Restore from backup"), question, self.tr("Restore")):
            return
        try:
            self.restored = run_with_progress(
                self,
                self.tr("Restoring the backup…"),
                lambda progress: restore_backup(
                    self.ctx.db, entry.path, root=self.root, progress=_pages(progress)
                ),
            )
        except Cancelled:  # stopped before the content was replaced: nothing changed
            self.reload()
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            self.reload()
            return
        self.accept()


def _pages(progress: Progress) -> Copying:
    return lambda done, total: progress(done, total)


def export_anonymised_copy(parent: QWidget | None, ctx: UiContext) -> Path | None:
    """Ask where, then write the anonymised copy; errors are explained, nothing half-written."""
    db = ctx.db
    if db.path is None:
        show_error(parent, UserError("export.needs_file"), ctx.language)
        return None
    suggested = db.path.with_name(f"{db.path.stem}-anonymisert.sqlite")
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "Export anonymised copy"),
        str(suggested),
        QCoreApplication.translate("files", "ArenaDesk files (*.sqlite);;All files (*)"),
    )
    if not path:
        return None
    try:
        return export_anonymised(db, Path(path), ctx.language)
    except UserError as error:
        show_error(parent, error, ctx.language)
        return None
