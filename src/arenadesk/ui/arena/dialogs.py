"""Dialogs that create or edit one thing: a group, a person, a membership."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import ROLE_ORDER, Perspective, Role
from arenadesk.i18n.messages import ValidationError
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.arenas import get_arena
from arenadesk.store.groups import GroupDraft, GroupRow
from arenadesk.store.people import PersonDraft, PersonRow
from arenadesk.ui.common.forms import InlineErrors, translate_buttons
from arenadesk.ui.common.texts import perspective_label, role_label
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.signals import GROUPS, PEOPLE


def _field(form: QFormLayout, label: str, widget: QWidget, errors: InlineErrors, name: str) -> None:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(errors.label_for(name))
    form.addRow(label, column)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    translate_buttons(box)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in ROLE_ORDER:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(ROLE_ORDER.index(Role.PARTICIPANT))
    return combo


class DayChecks(QWidget):
    """One check box per arena day."""

    def __init__(self, day_count: int, checked: tuple[int, ...] | None = None) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for number in range(1, max(day_count, 1) + 1):
            box = QCheckBox(self.tr("Day %1").replace("%1", str(number)))
            box.setChecked(checked is None or number in checked)
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)

    def days(self) -> list[int]:
        return [n for n, box in enumerate(self.boxes, start=1) if box.isChecked()]


def _day_count(ctx: UiContext) -> int:
    arena = get_arena(ctx.db, ctx.arena_id)
    return len(arena.days) if arena else 2


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
            else self.tr("Edit group %1").replace("%1", group.code)
        )
        self.errors = InlineErrors()
        self.code = QLineEdit(group.code if group else "")
        self.code.setPlaceholderText(self.tr("for example 1C or 4E-1"))
        self.code.setMaxLength(10)
        self.title_edit = QLineEdit(group.title if group else "")
        self.main_area = QComboBox()
        self.main_area.setEditable(True)
        areas = sorted(
            {g.main_area for g in group_store.list_groups(ctx.db, ctx.arena_id) if g.main_area}
        )
        self.main_area.addItems(areas)
        self.main_area.setCurrentText(group.main_area if group else "")
        self.owner_org = QLineEdit(group.owner_org if group else "")
        self.description = QPlainTextEdit(group.description if group else "")
        self.description.setPlaceholderText(self.tr("The challenge, in the owner's words"))
        form = QFormLayout()
        _field(form, self.tr("Code"), self.code, self.errors, "code")
        _field(form, self.tr("Title"), self.title_edit, self.errors, "title")
        _field(form, self.tr("Main area"), self.main_area, self.errors, "main_area")
        _field(form, self.tr("Owner (organisation)"), self.owner_org, self.errors, "owner_org")
        _field(form, self.tr("Challenge"), self.description, self.errors, "description")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(560, 420)

    def draft(self) -> GroupDraft:
        return GroupDraft(
            self.code.text(),
            self.title_edit.text(),
            self.description.toPlainText(),
            self.main_area.currentText(),
            self.owner_org.text(),
        )

    def accept(self) -> None:
        try:
            if self.group is None:
                self.saved_id = group_store.create_group(
                    self.ctx.db, self.ctx.arena_id, self.draft()
                )
            else:
                group_store.update_group(self.ctx.db, self.group.id, self.draft())
                self.saved_id = self.group.id
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.data_changed.emit(GROUPS)
        self.ctx.signals.data_changed.emit(PEOPLE)
        super().accept()


class PersonDialog(QDialog):
    """New participant or edit one; a new one can go straight into a group."""

    def __init__(
        self, ctx: UiContext, person: PersonRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(
            self.tr("New participant")
            if person is None
            else self.tr("Edit %1").replace("%1", person.name)
        )
        self.errors = InlineErrors()
        self.name = QLineEdit(person.name if person else "")
        self.job_title = QLineEdit(person.title if person else "")
        self.organisation = QLineEdit(person.organisation if person else "")
        known_orgs = sorted(
            {
                p.organisation
                for p in people_store.list_people(ctx.db, ctx.arena_id)
                if p.organisation
            }
        )
        completer = QCompleter(known_orgs, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.organisation.setCompleter(completer)
        self.perspective = QComboBox()
        for perspective in Perspective:
            self.perspective.addItem(perspective_label(perspective), perspective.value)
        if person is not None:
            self.perspective.setCurrentIndex(list(Perspective).index(person.perspective))
        form = QFormLayout()
        _field(form, self.tr("Name"), self.name, self.errors, "name")
        _field(form, self.tr("Job title"), self.job_title, self.errors, "job_title")
        _field(form, self.tr("Organisation"), self.organisation, self.errors, "organisation")
        form.addRow(self.tr("Perspective"), self.perspective)
        self.group = QComboBox()
        self.role = role_combo()
        self.days = DayChecks(_day_count(ctx))
        if person is None:
            self.group.addItem(self.tr("(no group yet)"), None)
            for g in group_store.list_groups(ctx.db, ctx.arena_id):
                self.group.addItem(f"{g.code} {g.title}", str(g.id))
            form.addRow(self.tr("Group"), self.group)
            form.addRow(self.tr("Role"), self.role)
            _field(form, self.tr("Present"), self.days, self.errors, "days")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(480, 0)

    def preselect_group(self, group_id: uuid.UUID) -> None:
        index = self.group.findData(str(group_id))
        if index >= 0:
            self.group.setCurrentIndex(index)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            self.name.text(),
            self.job_title.text(),
            self.organisation.text(),
            Perspective(self.perspective.currentData()),
        )

    def accept(self) -> None:
        try:
            draft = self.draft()
            group_id = self.group.currentData() if self.person is None else None
            if group_id and not self.days.days():
                raise ValidationError("membership.no_days", "days")
            if self.person is None:
                self.saved_id = people_store.create_person(self.ctx.db, self.ctx.arena_id, draft)
                if group_id:
                    group_store.add_member(
                        self.ctx.db,
                        uuid.UUID(group_id),
                        self.saved_id,
                        Role(self.role.currentData()),
                        self.days.days(),
                    )
            else:
                people_store.update_person(self.ctx.db, self.person.id, draft)
                self.saved_id = self.person.id
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.data_changed.emit(GROUPS)
        self.ctx.signals.data_changed.emit(PEOPLE)
        super().accept()


class AddMembersDialog(QDialog):
    """Put one or more people into a group with a role and the days they are there."""

    def __init__(self, ctx: UiContext, group: GroupRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group = ctx, group
        self.setWindowTitle(self.tr("Add people to %1").replace("%1", group.code))
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
            groups = ", ".join(code for code, _ in person.groups)
            text = f"{person.name} – {person.organisation}" if person.organisation else person.name
            if groups:
                text += f"  [{groups}]"
            item = QListWidgetItem(text)
            item.setData(256, str(person.id))
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.role = role_combo()
        self.days = DayChecks(_day_count(ctx))
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        _field(form, self.tr("Present"), self.days, self.errors, "days")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.errors.label_for("person"))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(520, 560)

    def _filter(self, text: str) -> None:
        for row, person in enumerate(self._people):
            self.list.item(row).setHidden(not person.matches(text))

    def select_people(self, names: list[str]) -> None:
        for row, person in enumerate(self._people):
            self.list.item(row).setSelected(person.name in names)

    def accept(self) -> None:
        chosen = [uuid.UUID(item.data(256)) for item in self.list.selectedItems()]
        try:
            if not chosen:
                raise ValidationError("membership.no_person", "person")
            if not self.days.days():
                raise ValidationError("membership.no_days", "days")
            for person_id in chosen:
                group_store.add_member(
                    self.ctx.db,
                    self.group.id,
                    person_id,
                    Role(self.role.currentData()),
                    self.days.days(),
                )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.data_changed.emit(GROUPS)
        self.ctx.signals.data_changed.emit(PEOPLE)
        super().accept()


class MembershipDialog(QDialog):
    """Change one member's role and days."""

    def __init__(
        self, ctx: UiContext, member: group_store.MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member = ctx, member
        self.setWindowTitle(member.name)
        self.errors = InlineErrors()
        self.role = role_combo()
        self.role.setCurrentIndex(ROLE_ORDER.index(member.role))
        self.days = DayChecks(_day_count(ctx), member.days)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.role)
        _field(form, self.tr("Present"), self.days, self.errors, "days")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        try:
            group_store.update_member(
                self.ctx.db,
                self.member.membership_id,
                Role(self.role.currentData()),
                self.days.days(),
            )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.data_changed.emit(GROUPS)
        self.ctx.signals.data_changed.emit(PEOPLE)
        super().accept()


class JoinGroupDialog(QDialog):
    """Put one person into a group chosen from the arena's groups."""

    def __init__(self, ctx: UiContext, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.setWindowTitle(self.tr("Add %1 to a group").replace("%1", person.name))
        self.errors = InlineErrors()
        self.group = QComboBox()
        member_of = {code for code, _ in person.groups}
        for g in group_store.list_groups(ctx.db, ctx.arena_id):
            if g.code not in member_of:
                self.group.addItem(f"{g.code} {g.title}", str(g.id))
        self.role = role_combo()
        self.days = DayChecks(_day_count(ctx))
        form = QFormLayout()
        _field(form, self.tr("Group"), self.group, self.errors, "person")
        form.addRow(self.tr("Role"), self.role)
        _field(form, self.tr("Present"), self.days, self.errors, "days")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def accept(self) -> None:
        try:
            group_id = self.group.currentData()
            if not group_id:
                raise ValidationError("value.required", "group")
            group_store.add_member(
                self.ctx.db,
                uuid.UUID(group_id),
                self.person.id,
                Role(self.role.currentData()),
                self.days.days(),
            )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.ctx.signals.data_changed.emit(GROUPS)
        self.ctx.signals.data_changed.emit(PEOPLE)
        super().accept()
