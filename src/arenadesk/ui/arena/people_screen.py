"""Participants: search and filter the arena's people; create, edit, delete, place in groups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import Perspective
from arenadesk.services import people
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.people import PersonRow
from arenadesk.ui.arena.member_dialogs import JoinGroupDialog
from arenadesk.ui.arena.person_dialog import PersonDialog
from arenadesk.ui.arena.preparing import PreparingBar
from arenadesk.ui.arena.table_models import PeopleTableModel
from arenadesk.ui.common.forms import confirm
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg, perspective_label
from arenadesk.ui.shell.context import UiContext

ALL, WITHOUT_GROUP = "*", "-"


class PeopleScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._all: list[PersonRow] = []
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search name, job title, organisation or group"))
        self.search.textChanged.connect(self.apply_filter)
        self.perspective = QComboBox()
        self.perspective.addItem(self.tr("All perspectives"), ALL)
        for perspective in Perspective:
            self.perspective.addItem(perspective_label(perspective), perspective.value)
        self.perspective.currentIndexChanged.connect(self.apply_filter)
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(self.apply_filter)
        self.count = QLabel()

        self.model = PeopleTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_selected)

        self.new_button = QPushButton(icon("add_person"), self.tr("New participant…"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.join_button = QPushButton(icon("add_to_group"), self.tr("Add to group…"))
        self.join_button.clicked.connect(self.join_group)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.erase_button = QPushButton(icon("delete"), self.tr("Erase personal data…"))
        self.erase_button.setToolTip(
            self.tr("Remove everything about this person from the file, for good")
        )
        self.erase_button.clicked.connect(self.erase_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.perspective, 1)
        filters.addWidget(self.group, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.join_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.erase_button)
        self.preparing = PreparingBar(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preparing)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._all = people_store.list_people(self.ctx.db, self.ctx.arena_id)
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), ALL)
        self.group.addItem(self.tr("Not in a group"), WITHOUT_GROUP)
        for g in group_store.list_groups(self.ctx.db, self.ctx.arena_id):
            self.group.addItem(f"{g.code} {g.title}", g.code)
        index = self.group.findData(chosen) if chosen else 0
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        text = self.search.text()
        perspective, group = self.perspective.currentData(), self.group.currentData()

        def keep(person: PersonRow) -> bool:
            if perspective not in (None, ALL) and person.perspective.value != perspective:
                return False
            codes = {code for code, _ in person.groups}
            if group == WITHOUT_GROUP and codes:
                return False
            if group not in (None, ALL, WITHOUT_GROUP) and group not in codes:
                return False
            return person.matches(text)

        shown = [p for p in self._all if keep(p)]
        self.model.set_rows(shown)
        self.count.setText(arg(self.tr("%1 of %n participant(s)", "", len(self._all)), len(shown)))
        self._update_buttons()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS, Kind.PEOPLE, Kind.MEMBERSHIPS):
            self.reload()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.join_button, self.delete_button, self.erase_button):
            button.setEnabled(has)

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # The dialogs announce their own changes; this screen refreshes from the signal.
    def new_person(self) -> None:
        PersonDialog(self.ctx, parent=self).exec()

    def edit_selected(self) -> None:
        person = self.selected()
        if person:
            PersonDialog(self.ctx, person, self).exec()

    def join_group(self) -> None:
        person = self.selected()
        if person:
            JoinGroupDialog(self.ctx, person, self).exec()

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        question = arg(
            self.tr("Delete %1 from the arena? They are also removed from their groups."),
            person.name,
        )
        if confirm(self, self.tr("Delete participant"), question, self.tr("Delete")):
            self.ctx.signals.announce(people.delete_person(self.ctx.db, person.id))

    def erase_selected(self) -> None:
        """Erase a participant everywhere (store/erase.py); the tombstone syncs."""
        person = self.selected()
        if person is None:
            return
        question = arg(
            self.tr(
                "Erase all personal data about %1?\n\nTheir name, job title and organisation are "
                "blanked, they are removed from their groups, and their name is replaced by "
                "[slettet] in reports, next steps and notes. Automatic backups that still hold "
                "their name are deleted. When this file is merged, the organiser's file forgets "
                "them too.\n\nThis cannot be undone."
            ),
            person.name,
        )
        if confirm(self, self.tr("Erase personal data"), question, self.tr("Erase for good")):
            self.ctx.signals.announce(people.erase_person(self.ctx.db, person.id))
