"""Membership dialogs: add people to a group, change one member, put a person in a group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import ROLE_ORDER, Role
from arenadesk.services import groups
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.groups import GroupRow
from arenadesk.store.people import PersonRow
from arenadesk.ui.arena.dialog_parts import (
    DayChecks,
    day_count,
    field_row,
    finish_layout,
    role_combo,
)
from arenadesk.ui.common.forms import InlineErrors, dialog_buttons, save_and_announce
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class AddMembersDialog(QDialog):
    """Put one or more people into a group with a role and the days they are there."""

    def __init__(self, ctx: UiContext, group: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group = ctx, group
        self.setWindowTitle(arg(self.tr("Add people to %1"), group.code))
        self.errors = InlineErrors()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        present = {m.person_id for m in group.members}
        self._people = [
            p for p in people_store.list_people(ctx.db, ctx.arena_id) if p.id not in present
        ]
        for person in self._people:
            codes = ", ".join(code for code, _ in person.groups)
            text = f"{person.name} – {person.organisation}" if person.organisation else person.name
            if codes:
                text += f"  [{codes}]"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.role = role_combo()
        self.days = DayChecks(day_count(ctx))
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        field_row(form, self.tr("Present"), self.days, self.errors, "days")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.errors.label_for("person"))
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))
        fit_size(self, 520, 560)

    def _filter(self, text: str) -> None:
        for row, person in enumerate(self._people):
            self.list.item(row).setHidden(not person.matches(text))

    def select_people(self, names: list[str]) -> None:
        for row, person in enumerate(self._people):
            self.list.item(row).setSelected(person.name in names)

    def accept(self) -> None:
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        role, days = Role(self.role.currentData()), self.days.days()
        if save_and_announce(
            self.ctx,
            self.errors,
            lambda: groups.add_members(self.ctx.db, self.group.id, chosen, role, days),
        ):
            super().accept()


class MembershipDialog(QDialog):
    """Change one member's role, days and a note on partial attendance."""

    def __init__(
        self, ctx: UiContext, member: group_store.MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member = ctx, member
        self.setWindowTitle(member.name)
        self.errors = InlineErrors()
        self.role = role_combo()
        self.role.setCurrentIndex(ROLE_ORDER.index(member.role))
        self.days = DayChecks(day_count(ctx), member.days)
        self.note = QLineEdit(member.attendance_note)
        self.note.setPlaceholderText(self.tr("for example: last half of day 2"))
        self.note.setMaxLength(group_store.MAX_NOTE)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        field_row(form, self.tr("Present"), self.days, self.errors, "days")
        field_row(form, self.tr("Attendance note"), self.note, self.errors, "attendance_note")
        finish_layout(self, form)

    def accept(self) -> None:
        role, days, note = Role(self.role.currentData()), self.days.days(), self.note.text()
        if save_and_announce(
            self.ctx,
            self.errors,
            lambda: groups.update_member(self.ctx.db, self.member.membership_id, role, days, note),
        ):
            super().accept()


class JoinGroupDialog(QDialog):
    """Put one person into a group chosen from the arena's groups."""

    def __init__(self, ctx: UiContext, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.setWindowTitle(arg(self.tr("Add %1 to a group"), person.name))
        self.errors = InlineErrors()
        self.group = QComboBox()
        member_of = {code for code, _ in person.groups}
        for g in group_store.list_groups(ctx.db, ctx.arena_id):
            if g.code not in member_of:
                self.group.addItem(f"{g.code} {g.title}", g.id)
        self.role = role_combo()
        self.days = DayChecks(day_count(ctx))
        form = QFormLayout()
        field_row(form, self.tr("Group"), self.group, self.errors, "person")
        form.addRow(self.tr("Role"), self.role)
        field_row(form, self.tr("Present"), self.days, self.errors, "days")
        finish_layout(self, form)

    def accept(self) -> None:
        group_id, role, days = (
            self.group.currentData(),
            Role(self.role.currentData()),
            self.days.days(),
        )
        if save_and_announce(
            self.ctx,
            self.errors,
            lambda: groups.join_group(self.ctx.db, group_id, self.person.id, role, days),
        ):
            super().accept()
