"""“Send til arrangør…” and “Eksporter oppsettfil…”: save a package (or a setup file) to a
folder, a USB stick first when one is plugged in, and say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError
from arenadesk.platform.drives import removable_drives
from arenadesk.platform.settings import reports_dir
from arenadesk.services import sync
from arenadesk.ui.common.forms import ERROR_STYLE, translate_buttons
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.sync.package_size import PackageSizeRow

OK_STYLE = "color: #1b5e20; font-weight: bold;"


class SendPackageDialog(QDialog):
    """Pick a folder, write the file, show its full path (selectable, to read out loud)."""

    def __init__(self, ctx: UiContext, kind: str = "package", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.saved: Path | None = None
        setup = kind == "setup"
        self.setWindowTitle(self.tr("Export setup file") if setup else self.tr("Send to organiser"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "The setup file holds the arena, its groups, participants and støttemal. "
                "Give it to each facilitator; they open it with File → Import setup file."
            )
            if setup
            else self.tr(
                "Your work is saved as one file for the organiser, for example on a USB "
                "stick. Your own file stays as it is, and you can keep working."
            )
        )
        intro.setWordWrap(True)
        self.folders = QListWidget()
        self.folders.setObjectName("folders")
        self.folders.setMaximumHeight(150)
        for drive in removable_drives():
            self._add_folder(drive, self.tr("USB stick or memory card: %1"))
        self._add_folder(reports_dir(), self.tr("Documents: %1"))
        self.folders.setCurrentRow(0)
        other = QPushButton(self.tr("Choose another folder…"))
        other.clicked.connect(self.choose_folder)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setObjectName("result")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(self.buttons)
        self.save_button = self.buttons.addButton(
            self.tr("Save setup file") if setup else self.tr("Save package"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Save in:")))
        layout.addWidget(self.folders)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch(1)
        layout.addLayout(row)
        if not setup:  # what e-mail takes: the size, and smaller photos when it is too much
            layout.addWidget(PackageSizeRow(ctx, self))
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def _add_folder(self, folder: Path, label: str) -> None:
        item = QListWidgetItem(arg(label, str(folder)))
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        self.folders.addItem(item)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder"), str(self.selected_folder() or reports_dir())
        )
        if folder:
            self._add_folder(Path(folder), self.tr("Chosen folder: %1"))
            self.folders.setCurrentRow(self.folders.count() - 1)

    def selected_folder(self) -> Path | None:
        item = self.folders.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def save(self) -> Path | None:
        folder = self.selected_folder()
        if folder is None:
            return None
        try:
            self.saved = sync.export(self.ctx.db, folder, setup=self.kind == "setup")
        except UserError as error:
            self.outcome.setStyleSheet(ERROR_STYLE)
            self.outcome.setText(error.text(self.ctx.language))
            return None
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setText(arg(self.tr("Saved as %1"), str(self.saved)))
        return self.saved
