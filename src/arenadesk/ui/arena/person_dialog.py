"""A new participant (straight into a group if wished), or one participant edited."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.services import people
from arenadesk.services.changes import ChangeSet
from arenadesk.services.people import Joining
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.people import PersonDraft, PersonRow
from arenadesk.ui.arena.dialog_parts import (
    DayChecks,
    day_count,
    field_row,
    finish_layout,
    perspective_combo,
    role_combo,
)
from arenadesk.ui.common.forms import InlineErrors, index_of_data, save_and_announce
from arenadesk.ui.common.geometry import size_to_content
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class PersonDialog(QDialog):
    """New participant or edit one; a new one can go straight into a group."""

    def __init__(
        self, ctx: UiContext, person: PersonRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(
            self.tr("New participant") if person is None else arg(self.tr("Edit %1"), person.name)
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
        self.perspective = perspective_combo(person.perspective if person else Perspective.UNKNOWN)
        form = QFormLayout()
        field_row(form, self.tr("Name"), self.name, self.errors, "name")
        field_row(form, self.tr("Job title"), self.job_title, self.errors, "job_title")
        field_row(form, self.tr("Organisation"), self.organisation, self.errors, "organisation")
        form.addRow(self.tr("Perspective"), self.perspective)
        self.group = QComboBox()
        self.role = role_combo()
        self.days = DayChecks(day_count(ctx))
        if person is None:
            self.group.addItem(self.tr("(no group yet)"), None)
            for g in group_store.list_groups(ctx.db, ctx.arena_id):
                self.group.addItem(f"{g.code} {g.title}", g.id)
            form.addRow(self.tr("Group"), self.group)
            form.addRow(self.tr("Role"), self.role)
            field_row(form, self.tr("Present"), self.days, self.errors, "days")
        finish_layout(self, form)
        size_to_content(self, 480)

    def preselect_group(self, group_id: uuid.UUID) -> None:
        index = index_of_data(self.group, group_id)
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
        if save_and_announce(self.ctx, self.errors, self._save):
            super().accept()

    def _save(self) -> ChangeSet:
        if self.person is not None:
            changes = people.update_person(self.ctx.db, self.person.id, self.draft())
            self.saved_id = self.person.id
            return changes
        group_id = self.group.currentData()
        role, days = Role(self.role.currentData()), self.days.days()
        joining = Joining(group_id, role, days) if group_id else None
        created = people.create_person(self.ctx.db, self.ctx.arena_id, self.draft(), joining)
        self.saved_id = created.id
        return created.changes
