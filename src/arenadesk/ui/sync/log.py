"""“Sammenslåingslogg”: the versions that lost a merge, to read and restore."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import MESSAGES, UserError, message
from arenadesk.store.db.backups import restore_backup
from arenadesk.store.db.database import Database
from arenadesk.sync.log import (
    LogEntry,
    backup_before_import,
    current_row,
    list_imports,
    list_merge_log,
    restore_version,
)
from arenadesk.sync.rows import SYNC_COLUMNS
from arenadesk.ui.common.forms import ERROR_STYLE, confirm, show_error, translate_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.sync.imports import announce_all


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "✓" if value else "–"
    return "" if value is None else str(value)


def _when(micros: int) -> str:
    return dt.datetime.fromtimestamp(micros / 1_000_000).strftime("%d.%m.%Y %H:%M")


class MergeLogDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[LogEntry] = []
        self._devices: dict[str, str] = {}
        self.setWindowTitle(self.tr("Merge log"))
        fit_size(self, 1100, 600)
        intro = QLabel(
            self.tr(
                "When two laptops changed the same thing, the newest change was kept and the "
                "other is listed here. Restore makes the chosen version current again."
            )
        )
        intro.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Also show ordinary older versions"))
        self.show_all.toggled.connect(self.reload)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Merged"),
                self.tr("What"),
                self.tr("Which"),
                self.tr("Lost version from"),
                self.tr("Kind"),
                self.tr("Restored"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("details")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 160])
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(self.buttons)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.undo_button = self.buttons.addButton(
            self.tr("Undo an import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_import)
        self.undo_button.setEnabled(ctx.db.path is not None)
        self.restored: Database | None = None  # the file as it was before an import
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.show_all)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.reload()

    def _device(self, device_id: str) -> str:
        if device_id == self.ctx.db.device.id:
            return self.ctx.db.device.name
        return self._devices.get(device_id, device_id[:8])

    def _table_label(self, name: str) -> str:
        key = f"sync.table.{name}"
        return message(key, self.ctx.language) if key in MESSAGES else name

    def _kind(self, kind: str) -> str:
        return {
            "conflict": self.tr("Conflict"),
            "superseded": self.tr("Older version"),
            "replaced": self.tr("Replaced by a restore"),
        }.get(kind, kind)

    def reload(self) -> None:
        # Laptops are known by the packages they sent.
        self._devices = {i.device_id: i.device_name for i in list_imports(self.ctx.db)}
        self.entries = list_merge_log(self.ctx.db, conflicts_only=not self.show_all.isChecked())
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = [
                _when(entry.logged_at),
                self._table_label(entry.table_name),
                entry.summary + (self.tr(" (deleted)") if entry.deleted else ""),
                f"{self._device(entry.device_id)}, {_when(entry.updated_at)}",
                self._kind(entry.kind),
                _when(entry.restored_at) if entry.restored_at else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if self.entries:
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("No conflicts so far."))
        self.restore_button.setEnabled(bool(self.entries))

    def selected(self) -> LogEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[min(rows)] if rows else None

    def _show_details(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        now = current_row(self.ctx.db, entry.table_name, entry.row_id) or {}
        lines = [self.tr("Field: lost version → current version")]
        for key, value in entry.data.items():
            current = now.get(key)
            if key.endswith("_id") or (key in SYNC_COLUMNS and key != "deleted"):
                continue  # references and stamps say nothing to a reader
            if current == value:
                continue
            label_key = f"field.{key}"
            label = message(label_key, self.ctx.language) if label_key in MESSAGES else key
            lines.append(f"{label}: «{_plain(value)}» → «{_plain(current)}»")
        if len(lines) == 1:
            lines.append(self.tr("The two versions have the same content."))
        self.details.setPlainText("\n".join(lines))

    def restore(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            restore_version(self.ctx.db, entry.id)
        except UserError as error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error.text(self.ctx.language))
            return
        announce_all(self.ctx)
        self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.status.setText(arg(self.tr("Restored: %1"), entry.summary))
        self.reload()

    def undo_import(self) -> None:
        """Restore the file as it was before a chosen import (the backup every merge takes
        first); what the file holds now is kept as a backup too."""
        imports = [
            (entry, path)
            for entry in reversed(list_imports(self.ctx.db))
            if (path := backup_before_import(self.ctx.db, entry)) is not None
        ]
        if not imports:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("No import can be undone: no backup from before it."))
            return
        labels = [
            f"{_when(entry.imported_at)} · {entry.file_name} · {entry.device_name}"
            for entry, _path in imports
        ]
        choice, chosen = QInputDialog.getItem(
            self,
            self.tr("Undo an import"),
            self.tr("Go back to the file as it was before this import:"),
            labels,
            0,
            False,
        )
        if not chosen:
            return
        entry, backup = imports[labels.index(choice)]
        question = arg(
            self.tr(
                "Replace the file's content with the state before %1 was imported? Everything "
                "imported or changed since then is undone; what the file holds now is kept as a "
                "backup first."
            ),
            entry.file_name,
        )
        if not confirm(self, self.tr("Undo an import"), question, self.tr("Undo")):
            return
        try:
            self.restored = restore_backup(self.ctx.db, backup)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.accept()
