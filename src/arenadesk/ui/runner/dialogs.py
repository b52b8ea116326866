"""Small dialogs of the runner screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QTimeEdit, QWidget

from arenadesk.ui.common.forms import translate_buttons


class LateStartDialog(QDialog):
    """'The step really started at …': a clock time today."""

    def __init__(self, started: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the start time"))
        self.time = QTimeEdit(QTime(started.hour, started.minute))
        self.time.setDisplayFormat("HH:mm")
        form = QFormLayout(self)
        form.addRow(self.tr("The step started at"), self.time)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(box)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self._day = started.date()

    def chosen(self) -> dt.datetime:
        value = self.time.time()
        return dt.datetime.combine(self._day, dt.time(value.hour(), value.minute()))
