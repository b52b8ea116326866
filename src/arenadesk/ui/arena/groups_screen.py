"""Groups: pick a group on the left; edit it, its members and see its mix on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import groups
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.services.people_paste import redo_paste, undo_paste
from arenadesk.store import groups as group_store
from arenadesk.store.arenas import get_arena
from arenadesk.store.groups import GroupDraft, GroupRow
from arenadesk.ui.arena.diversity_view import DiversityView
from arenadesk.ui.arena.group_dialog import GroupDialog
from arenadesk.ui.arena.member_dialogs import AddMembersDialog, MembershipDialog
from arenadesk.ui.arena.paste_dialog import PastePeopleDialog
from arenadesk.ui.arena.person_dialog import PersonDialog
from arenadesk.ui.arena.table_models import MembersTableModel, diversity_tooltip
from arenadesk.ui.common.commands import ServiceCommand
from arenadesk.ui.common.empty_state import EmptyState
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, confirm, show_error
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class GroupDetail(QWidget):
    """One group: its details (saved as you type), its members, its mix."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group: GroupRow | None = None
        self.errors = InlineErrors()
        self.saver = AutoSaver(self.save, self)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setMaxLength(10)
        self.code.setMaximumWidth(120)
        self.title_edit = QLineEdit()
        self.main_area = QComboBox()
        self.main_area.setEditable(True)
        self.owner_org = QLineEdit()
        self.room = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        for widget in (self.code, self.title_edit, self.owner_org, self.room, self.description):
            self.saver.watch(widget)
        area_edit = self.main_area.lineEdit()
        assert area_edit is not None  # an editable combo box always has one
        self.saver.watch(area_edit)

        form = QFormLayout()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.errors.label_for("code"), 1)
        form.addRow(self.tr("Code"), code_row)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", self.errors.label_for("title"))
        form.addRow(self.tr("Main area"), self.main_area)
        form.addRow(self.tr("Owner (organisation)"), self.owner_org)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Challenge"), self.description)
        form.addRow("", self.errors.label_for("description"))

        self.members_model = MembersTableModel()
        self.members = QTableView()
        self.members.setModel(self.members_model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setAlternatingRowColors(True)
        self.members.verticalHeader().hide()
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.members.doubleClicked.connect(self.edit_member)

        self.add_button = QPushButton(icon("add_to_group"), self.tr("Add people…"))
        self.add_button.clicked.connect(self.add_members)
        self.new_person_button = QPushButton(icon("add_person"), self.tr("New participant…"))
        self.new_person_button.clicked.connect(self.new_person)
        self.edit_button = QPushButton(icon("edit"), self.tr("Role and days…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button = QPushButton(icon("remove_member"), self.tr("Remove from group"))
        self.remove_button.clicked.connect(self.remove_member)
        self.paste_button = QPushButton(icon("paste"), self.tr("Paste a list…"))
        self.paste_button.setToolTip(
            self.tr("Names one per line, “Name, title, organisation” or Excel cells")
        )
        self.paste_button.clicked.connect(self.paste_people)
        self.up_button = QPushButton(icon("up"), "")
        self.up_button.setToolTip(self.tr("Move up in the list (and in the report)"))
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button = QPushButton(icon("down"), "")
        self.down_button.setToolTip(self.tr("Move down in the list (and in the report)"))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.undo_stack = QUndoStack(self)
        undo = QAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_stack.undo)
        redo = QAction(self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo.triggered.connect(self.undo_stack.redo)
        self.members.addActions([undo, redo])
        buttons = QHBoxLayout()
        self.members_title = QLabel()
        self.members_title.setStyleSheet("font-weight: bold;")
        buttons.addWidget(self.members_title)
        buttons.addStretch(1)
        for button in (self.add_button, self.paste_button, self.new_person_button):
            buttons.addWidget(button)
        # A second row for the chosen member, so the screen fits a 1366 px laptop.
        member_buttons = QHBoxLayout()
        member_buttons.addStretch(1)
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            member_buttons.addWidget(button)

        self.mix = DiversityView()
        mix_box = QGroupBox(self.tr("Mix of perspectives"))
        QVBoxLayout(mix_box).addWidget(self.mix)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(member_buttons)
        layout.addWidget(self.members, 1)
        layout.addWidget(mix_box)
        self.members.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_group(self, group: GroupRow | None, *, keep_form: bool = False) -> None:
        """Show a group; `keep_form` refreshes members only, leaving what is being typed."""
        self.group = group
        self.setEnabled(group is not None)
        if group is None:
            self.heading.setText(self.tr("No group selected"))
            self.members_model.set_rows([])
            return
        self.heading.setText(f"{group.code}  {group.title}")
        if not keep_form:
            self.saver.suspended = True
            self.code.setText(group.code)
            self.title_edit.setText(group.title)
            areas = sorted(
                {
                    g.main_area
                    for g in group_store.list_groups(self.ctx.db, self.ctx.arena_id)
                    if g.main_area
                }
            )
            self.main_area.clear()
            self.main_area.addItems(areas)
            self.main_area.setCurrentText(group.main_area)
            self.owner_org.setText(group.owner_org)
            self.room.setText(group.room)
            self.description.setPlainText(group.description)
            self.errors.clear()
            self.saver.suspended = False
        arena = get_arena(self.ctx.db, self.ctx.arena_id)
        self.members_model.day_count = len(arena.days) if arena else 2
        self.members_model.set_rows(group.members)
        self.members_title.setText(arg(self.tr("Members (%1)"), str(group.member_count)))
        self.mix.set_mix(group.diversity)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_member() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has)
        self.down_button.setEnabled(has)

    def selected_member(self) -> group_store.MemberRow | None:
        rows = self.members.selectionModel().selectedRows()
        return self.members_model.row_at(rows[0].row()) if rows else None

    def save(self) -> None:
        if self.group is None:
            return
        draft = GroupDraft(
            self.code.text(),
            self.title_edit.text(),
            self.description.toPlainText(),
            self.main_area.currentText(),
            self.owner_org.text(),
            self.room.text(),
        )
        try:
            changes = groups.update_group(self.ctx.db, self.group.id, draft)
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.errors.clear()
        self.ctx.signals.announce(changes)

    # The dialogs announce their own changes; every screen refreshes from the signal.
    def add_members(self) -> None:
        if self.group:
            AddMembersDialog(self.ctx, self.group, self).exec()

    def paste_people(self) -> None:
        """Paste a list; accepting is one step on this screen's undo stack (Ctrl+Z)."""
        if self.group is None:
            return
        dialog = PastePeopleDialog(self.ctx, self.group, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
            return
        result = dialog.result_
        self.ctx.signals.announce(result.changes)
        self.undo_stack.push(
            ServiceCommand(
                self.ctx,
                arg(self.tr("Paste %1 people"), str(len(result.memberships))),
                undo=lambda: undo_paste(self.ctx.db, result),
                redo=lambda: redo_paste(self.ctx.db, result),
            )
        )

    def move_member(self, step: int) -> None:
        """Move the chosen member up or down: the group's list and the report's order."""
        member = self.selected_member()
        if member is None or self.group is None:
            return
        order = [m.membership_id for m in self.group.members]
        index = order.index(member.membership_id)
        target = index + step
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        self.ctx.signals.announce(groups.set_member_order(self.ctx.db, self.group.id, order))
        self.members.selectRow(target)

    def new_person(self) -> None:
        if self.group is None:
            return
        dialog = PersonDialog(self.ctx, parent=self)
        dialog.preselect_group(self.group.id)
        dialog.exec()

    def edit_member(self) -> None:
        member = self.selected_member()
        if member:
            MembershipDialog(self.ctx, member, self).exec()

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None or self.group is None:
            return
        question = arg(
            self.tr("Remove %1 from group %2? The person stays in the arena."),
            member.name,
            self.group.code,
        )
        if confirm(self, self.tr("Remove from group"), question, self.tr("Remove")):
            self.ctx.signals.announce(groups.remove_member(self.ctx.db, member.membership_id))


class GroupsScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setMinimumWidth(220)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(
            "QListWidget { font-size: 11pt; outline: 0; }QListWidget::item { padding: 6px 4px; }"
        )
        self.list.currentItemChanged.connect(self._on_current)
        self.new_button = QPushButton(icon("add"), self.tr("New group"))
        self.new_button.clicked.connect(self.new_group)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        self.detail = GroupDetail(ctx)
        # An arena without groups: what to do next instead of an empty form.
        self.empty = EmptyState()
        self.empty.say(
            self.tr("This arena has no challenge groups yet"),
            self.tr(
                "Create a group, then add its members here: from the participant list, "
                "or pasted from a list of names."
            ),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.detail)
        self.pages.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        QVBoxLayout(self).addWidget(splitter)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reload)
        self.reload()

    def reload(self, select: uuid.UUID | None = None, *, keep_form: bool = False) -> None:
        # First shown at the group the window is about (its title names it), then where the
        # person left it.
        current = select or (self.detail.group.id if self.detail.group else self.ctx.current_group)
        groups = group_store.list_groups(self.ctx.db, self.ctx.arena_id)
        self.list.blockSignals(True)
        self.list.clear()
        chosen: GroupRow | None = None
        for group in groups:
            item = QListWidgetItem(f"{group.code}  {group.title}")
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            if group.diversity.too_homogeneous:
                item.setIcon(icon("warning", WARNING_COLOUR))
                item.setToolTip(diversity_tooltip(group))
            self.list.addItem(item)
            if group.id == current:
                self.list.setCurrentItem(item)
                chosen = group
        if chosen is None and groups:
            self.list.setCurrentRow(0)
            chosen, keep_form = groups[0], False
        self.list.blockSignals(False)
        self.detail.show_group(chosen, keep_form=keep_form)
        self.pages.setCurrentWidget(self.detail if groups else self.empty)

    def select_group(self, group_id: uuid.UUID) -> None:
        self.reload(group_id)

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if self.detail.saver.pending:
            self.detail.saver.flush()
        if item is None:
            self.detail.show_group(None)
            return
        group = group_store.get_group(self.ctx.db, item.data(Qt.ItemDataRole.UserRole))
        self.detail.show_group(group)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS, Kind.PEOPLE, Kind.MEMBERSHIPS):
            self.reload(keep_form=True)

    def new_group(self) -> None:
        dialog = GroupDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload(dialog.saved_id)
