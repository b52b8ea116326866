"""The støttemal editor's step form: the selected step's fields, saved as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import plans as plan_service
from arenadesk.store import plans
from arenadesk.store.plans import StepDraft, StepRow
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, show_error

if TYPE_CHECKING:
    from arenadesk.ui.plan.screen import PlanScreen


# Board templates a step may use (keys of resources/boards), with their display names.
BOARDS = {
    "toppen-av-fjellet": "Toppen av fjellet",
    "gap-analyse": "Gap-analyse",
    "huset-pa-asen": "Huset på åsen",
    "livets-tre": "Livets tre",
    "veien-videre": "Veien videre",
    "oppropet": "Oppropet",
}


def _multiline(height_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * height_lines + 14)
    return edit


class StepForm(QWidget):
    """The selected step's fields; saved as you type."""

    def __init__(self, editor: PlanScreen) -> None:
        super().__init__()
        self.editor = editor
        self.step: StepRow | None = None
        self.errors = InlineErrors()
        self.saver = AutoSaver(self.save, self)
        self.title = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, plans.MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.purpose = _multiline(2)
        self.prompt = _multiline(3)
        self.tips = _multiline(4)
        self.board = QComboBox()
        self.board.addItem(self.tr("(no board)"), None)
        for key, name in BOARDS.items():
            self.board.addItem(name, key)
        for widget in (self.title, self.purpose, self.prompt, self.tips):
            self.saver.watch(widget)
        self.minutes.valueChanged.connect(self.saver.schedule)
        self.board.currentIndexChanged.connect(self.saver.flush)
        self.minutes.setMaximumWidth(120)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(self.tr("Step"), self.title)
        form.addRow("", self.errors.label_for("title"))
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Question for the group"), self.prompt)
        form.addRow(self.tr("Facilitator tips"), self.tips)
        form.addRow(self.tr("Board"), self.board)
        form.addRow("", self.errors.label_for("minutes"))

    def show_step(self, step: StepRow | None) -> None:
        if self.saver.pending:
            self.saver.flush()
        self.step = step
        self.setEnabled(step is not None)
        self.saver.suspended = True
        self.title.setText(step.title if step else "")
        self.minutes.setValue(step.minutes if step else 1)
        self.purpose.setPlainText(step.purpose if step else "")
        self.prompt.setPlainText(step.prompt if step else "")
        self.tips.setPlainText(step.tips if step else "")
        self.board.setCurrentIndex(max(self.board.findData(step.board if step else None), 0))
        self.errors.clear()
        self.saver.suspended = False

    def draft(self) -> StepDraft:
        return StepDraft(
            self.title.text(),
            self.minutes.value(),
            self.purpose.toPlainText(),
            self.prompt.toPlainText(),
            self.tips.toPlainText(),
            self.board.currentData(),
        )

    def save(self) -> None:
        if self.step is None:
            return
        try:
            changes = plan_service.update_step(self.editor.ctx.db, self.step.id, self.draft())
        except ValidationError as error:
            self.errors.show(error, self.editor.ctx.language)
            return
        except UserError as error:
            show_error(self, error, self.editor.ctx.language)
            return
        self.errors.clear()
        self.editor.refresh(keep_form=True)
        self.editor.ctx.signals.announce(changes)
