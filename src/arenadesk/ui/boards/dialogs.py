"""Creating a board from a template, and naming it and tying it to an økt and step."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.boards import TemplateLibrary
from arenadesk.i18n.messages import ValidationError
from arenadesk.services import boards as board_service
from arenadesk.store import boards as board_store
from arenadesk.store.boards import BoardRow
from arenadesk.ui.common.forms import InlineErrors, dialog_buttons, index_of_data
from arenadesk.ui.common.geometry import size_to_content
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

DIALOG_WIDTH = 520


class BoardDialog(QDialog):
    """A new board (template, name, økt, step), or the name and økt/step of one."""

    def __init__(
        self,
        ctx: UiContext,
        templates: TemplateLibrary,
        group_id: uuid.UUID,
        board: BoardRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.templates, self.group_id, self.board = ctx, templates, group_id, board
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New board") if board is None else self.tr("Board settings"))
        self.errors = InlineErrors()
        language = ctx.language

        self.template = QComboBox()
        for template in templates:
            self.template.addItem(template.name.text(language), template.key)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #52606d;")
        self.title_edit = QLineEdit(board.title if board else "")
        self.title_edit.setMaxLength(200)
        self.session = QComboBox()
        self.session.addItem(self.tr("No økt"), None)
        for number in board_store.SESSIONS:
            self.session.addItem(arg(self.tr("Økt %1"), str(number)), number)
        self.step = QComboBox()
        self._steps = board_store.plan_steps(ctx.db, group_id)
        self.session.currentIndexChanged.connect(self._fill_steps)

        form = QFormLayout()
        if board is None:
            form.addRow(self.tr("Template"), self.template)
            form.addRow("", self.description)
        form.addRow(self.tr("Name"), self.title_edit)
        form.addRow("", self.errors.label_for("board_title"))
        form.addRow(self.tr("Økt"), self.session)
        form.addRow(self.tr("Step"), self.step)
        form.addRow("", self.errors.label_for("session"))
        box = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)

        if board is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(board.session_number)))
        self._fill_steps()
        if board is not None and board.step_id is not None:
            self.step.setCurrentIndex(max(0, index_of_data(self.step, board.step_id)))
        self._template_changed()

    def _template_changed(self) -> None:
        template = self.templates.get(self.template.currentData() or "")
        if template is not None:
            self.description.setText(template.description.text(self.ctx.language))
            if self.board is None:
                self.title_edit.setText(template.name.text(self.ctx.language))
        # As tall as this template's description needs: none is cut at 1366×768.
        size_to_content(self, DIALOG_WIDTH)

    def _fill_steps(self) -> None:
        number = self.session.currentData()
        self.step.clear()
        self.step.addItem(self.tr("No particular step"), None)
        for step in self._steps:
            if step.session_number == number:
                self.step.addItem(f"{step.position}. {step.title}", step.id)
        self.step.setEnabled(number is not None and self.step.count() > 1)

    def accept(self) -> None:
        step_id = self.step.currentData()
        number = self.session.currentData()
        try:
            if self.board is None:
                created = board_service.create_board(
                    self.ctx.db,
                    self.group_id,
                    self.template.currentData() or "",
                    self.title_edit.text(),
                    session_number=number,
                    step_id=step_id,
                )
                self.saved_id, changes = created.id, created.changes
            else:
                changes = board_service.update_board(
                    self.ctx.db,
                    self.board.id,
                    title=self.title_edit.text(),
                    session_number=number,
                    step_id=step_id,
                )
                self.saved_id = self.board.id
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.announce(changes)
        super().accept()
