"""Paste a list of people into a group: the pasted text, a preview of who is new and who is
already in the arena, a role and days for everyone; accepting is one service call."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.people_paste import parse_pasted
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError
from arenadesk.services.people_paste import PasteResult, PasteRow, add_pasted, preview_paste
from arenadesk.store.groups import GroupRow
from arenadesk.ui.arena.dialog_parts import DayChecks, day_count, role_combo
from arenadesk.ui.common.forms import dialog_buttons, show_error
from arenadesk.ui.common.texts import arg, role_label
from arenadesk.ui.shell.context import UiContext


class PastePeopleDialog(QDialog):
    def __init__(self, ctx: UiContext, group: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group = ctx, group
        self.rows: list[PasteRow] = []
        self.result_: PasteResult | None = None
        self.setWindowTitle(arg(self.tr("Paste a list of people into %1"), group.code))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr(
                "One person per line: a name, or \u201cName, job title, organisation\u201d, "
                "or cells copied from Excel."
            )
        )
        clipboard = QApplication.clipboard().text() if QApplication.clipboard() else ""
        if clipboard and len(clipboard) < 200_000:
            self.text.setPlainText(clipboard)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Job title"),
                self.tr("Organisation"),
                self.tr("In the arena"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.role = role_combo()
        self.days = DayChecks(day_count(ctx))
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Present"), self.days)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.refresh)
        self.resize(720, 560)
        self.refresh()

    def refresh(self) -> None:
        pasted = parse_pasted(self.text.toPlainText())
        self.rows = preview_paste(self.ctx.db, self.ctx.arena_id, self.group.id, pasted.people)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            if row.in_group:
                status = self.tr("already in the group")
            elif row.match is not None:
                codes = ", ".join(row.match_groups)
                status = arg(self.tr("known (%1)"), codes) if codes else self.tr("known")
            else:
                status = self.tr("new")
            name = row.person.name
            if row.person.role is not None:
                name += f" ({role_label(row.person.role)})"
            for column, value in enumerate(
                (name, row.person.title, row.person.organisation, status)
            ):
                self.table.setItem(index, column, QTableWidgetItem(value))
        new = sum(1 for r in self.rows if r.match is None)
        known = sum(1 for r in self.rows if r.match is not None and not r.in_group)
        text = arg(self.tr("%1 new, %2 already in the arena."), str(new), str(known))
        if pasted.skipped:
            text += " " + arg(
                self.tr("%1 lines left out (no name, or a repeat)."), str(len(pasted.skipped))
            )
        self.summary.setText(text)

    def accept(self) -> None:
        to_add = [r for r in self.rows if not r.in_group]
        if not to_add:
            self.reject()
            return
        try:
            self.result_ = add_pasted(
                self.ctx.db,
                self.ctx.arena_id,
                self.group.id,
                to_add,
                Role(self.role.currentData()),
                self.days.days(),
            )
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        super().accept()

    @property
    def group_id(self) -> uuid.UUID:
        return self.group.id
