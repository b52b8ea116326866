"""The dialog for an unexpected error: one plain sentence, where the log is, and the
details (the traceback) to copy for whoever helps; and opening the log folder."""

from __future__ import annotations

import contextlib
import platform

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from arenadesk import APP_NAME, __version__
from arenadesk.diagnostics.log import log_dir, redact
from arenadesk.ui.common.texts import arg


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager (made first if need be)."""
    folder = log_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ErrorDialog(QDialog):
    """`text` for the person; `details` (a traceback) hidden until asked for, copied whole
    with the version and platform by *Kopier detaljer*."""

    def __init__(self, parent: QWidget | None, text: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(480)
        self.details_text = (
            f"{APP_NAME} {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}\n\n{redact(details)}"
        )
        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        where = arg(self.tr("The details are in the log in %1."), log_dir())
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.details_text)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setVisible(False)

        self.show_details = QPushButton(self.tr("Show details"))
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Open log folder"))
        self.folder_button.clicked.connect(open_log_folder)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(
            QCoreApplication.translate("buttons", "OK"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon, 0)
        texts = QVBoxLayout()
        texts.addWidget(self.message)
        texts.addWidget(self.where)
        top.addLayout(texts, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_details)
        row.addWidget(self.copy_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)
        self.copy_button.setText(self.tr("Details copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()
