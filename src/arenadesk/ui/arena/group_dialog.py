"""A new challenge group, or one group's details edited."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from arenadesk.domain.codes import MAX_CODE_LENGTH
from arenadesk.services import groups
from arenadesk.services.changes import ChangeSet
from arenadesk.store import groups as group_store
from arenadesk.store.groups import GroupDraft, GroupRow
from arenadesk.ui.arena.dialog_parts import field_row, finish_layout
from arenadesk.ui.common.forms import InlineErrors, save_and_announce
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class GroupDialog(QDialog):
    """New group, or edit one; nothing is saved until every value is valid."""

    def __init__(
        self, ctx: UiContext, group: GroupRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.group = ctx, group
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(
            self.tr("New challenge group")
            if group is None
            else arg(self.tr("Edit group %1"), group.code)
        )
        self.errors = InlineErrors()
        self.code = QLineEdit(group.code if group else "")
        self.code.setPlaceholderText(self.tr("for example 1C, 4E-1 or 2B – 1 og 2"))
        self.code.setMaxLength(MAX_CODE_LENGTH)
        self.title_edit = QLineEdit(group.title if group else "")
        self.main_area = QComboBox()
        self.main_area.setEditable(True)
        areas = sorted(
            {g.main_area for g in group_store.list_groups(ctx.db, ctx.arena_id) if g.main_area}
        )
        self.main_area.addItems(areas)
        self.main_area.setCurrentText(group.main_area if group else "")
        self.owner_org = QLineEdit(group.owner_org if group else "")
        self.room = QLineEdit(group.room if group else "")
        self.room.setPlaceholderText(self.tr("for example Møterom 3, 2nd floor"))
        self.description = QPlainTextEdit(group.description if group else "")
        self.description.setPlaceholderText(self.tr("The challenge, in the owner's words"))
        form = QFormLayout()
        field_row(form, self.tr("Code"), self.code, self.errors, "code")
        field_row(form, self.tr("Title"), self.title_edit, self.errors, "title")
        field_row(form, self.tr("Main area"), self.main_area, self.errors, "main_area")
        field_row(form, self.tr("Owner (organisation)"), self.owner_org, self.errors, "owner_org")
        field_row(form, self.tr("Room"), self.room, self.errors, "room")
        field_row(form, self.tr("Challenge"), self.description, self.errors, "description")
        finish_layout(self, form)
        fit_size(self, 560, 420)

    def draft(self) -> GroupDraft:
        return GroupDraft(
            self.code.text(),
            self.title_edit.text(),
            self.description.toPlainText(),
            self.main_area.currentText(),
            self.owner_org.text(),
            self.room.text(),
        )

    def accept(self) -> None:
        if save_and_announce(self.ctx, self.errors, self._save):
            super().accept()

    def _save(self) -> ChangeSet:
        if self.group is None:
            created = groups.create_group(self.ctx.db, self.ctx.arena_id, self.draft())
            self.saved_id = created.id
            return created.changes
        changes = groups.update_group(self.ctx.db, self.group.id, self.draft())
        self.saved_id = self.group.id
        return changes
