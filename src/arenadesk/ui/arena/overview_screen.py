"""Arena overview: the arena's details, its groups as a table, and the arena's mix."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import ValidationError
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.ui.arena.diversity_view import DiversityView
from arenadesk.ui.arena.table_models import SORT_ROLE, GroupTableModel
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, confirm
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg, format_label, to_date
from arenadesk.ui.shell.context import UiContext

if TYPE_CHECKING:
    from arenadesk.store.groups import GroupRow

# The first screen: it may be shown before the store has loaded (ui/shell/store_loader.py),
# so it reads through the context, and imports the services only to change something.

NO_DATE = QDate(2000, 1, 1)  # the minimum of a day's date editor, shown as "not set"


class ArenaDetailsForm(QGroupBox):
    """The arena's name, venue, organiser, format, theme and days; saved as you type."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.errors = InlineErrors()
        self.saver = AutoSaver(self.save, self)
        self.name = QLineEdit()
        self.venue = QLineEdit()
        self.organiser = QLineEdit()
        self.format = QComboBox()
        for arena_format in ArenaFormat:
            self.format.addItem(format_label(arena_format), arena_format.value)
        self.theme = QPlainTextEdit()
        self.theme.setTabChangesFocus(True)
        self.theme.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        for widget in (self.name, self.venue, self.organiser, self.theme):
            self.saver.watch(widget)
        self.format.currentIndexChanged.connect(self.saver.flush)

        self.days_row = QHBoxLayout()
        self.day_edits: list[QDateEdit] = []
        self.add_day = QToolButton()
        self.add_day.setIcon(icon("add_day"))
        self.add_day.clicked.connect(self._add_day)
        self.remove_day = QToolButton()
        self.remove_day.setIcon(icon("remove_day"))
        self.remove_day.clicked.connect(self._remove_day)
        days_box = QWidget()
        days_layout = QHBoxLayout(days_box)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addLayout(self.days_row)
        days_layout.addWidget(self.add_day)
        days_layout.addWidget(self.remove_day)
        days_layout.addStretch(1)

        grid = QGridLayout(self)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Name"), self.name)
        left.addRow("", self.errors.label_for("arena_name"))
        left.addRow(self.tr("Venue"), self.venue)
        left.addRow(self.tr("Days"), days_box)
        left.addRow("", self.errors.label_for("days"))
        right.addRow(self.tr("Organiser"), self.organiser)
        right.addRow(self.tr("Format"), self.format)
        right.addRow(self.tr("Theme"), self.theme)
        right.addRow("", self.errors.label_for("theme"))
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Arena"))
        self.add_day.setToolTip(self.tr("Add a day"))
        self.remove_day.setToolTip(self.tr("Remove the last day"))

    def load(self) -> None:
        arena = self.ctx.arena()
        if arena is None:
            return
        self.saver.suspended = True
        self.name.setText(arena.name)
        self.venue.setText(arena.venue)
        self.organiser.setText(arena.organiser)
        self.format.setCurrentIndex(list(ArenaFormat).index(arena.format))
        self.theme.setPlainText(arena.theme)
        self._set_day_count(len(arena.days))
        for edit, day in zip(self.day_edits, arena.days, strict=True):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.errors.clear()
        self.saver.suspended = False

    def _new_day_edit(self, number: int) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.setSpecialValueText(self.tr("no date"))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setToolTip(arg(self.tr("Day %1"), str(number)))
        edit.dateChanged.connect(self.saver.schedule)
        return edit

    def _set_day_count(self, count: int) -> None:
        while len(self.day_edits) < count:
            edit = self._new_day_edit(len(self.day_edits) + 1)
            self.day_edits.append(edit)
            self.days_row.addWidget(edit)
        while len(self.day_edits) > count:
            edit = self.day_edits.pop()
            self.days_row.removeWidget(edit)
            edit.deleteLater()
        self.remove_day.setEnabled(count > 1)

    def _add_day(self) -> None:
        previous = self.day_edits[-1].date() if self.day_edits else NO_DATE
        self._set_day_count(len(self.day_edits) + 1)
        self.day_edits[-1].setDate(previous.addDays(1) if previous != NO_DATE else NO_DATE)
        self.saver.flush()

    def _remove_day(self) -> None:
        if len(self.day_edits) > 1:
            self._set_day_count(len(self.day_edits) - 1)
            self.saver.flush()

    def days(self) -> list[dt.date | None]:
        return [None if e.date() == NO_DATE else to_date(e.date()) for e in self.day_edits]

    def save(self) -> None:
        from arenadesk.services.arena import save_details

        try:
            changes = save_details(
                self.ctx.db,
                self.ctx.arena_id,
                name=self.name.text(),
                venue=self.venue.text(),
                organiser=self.organiser.text(),
                theme=self.theme.toPlainText(),
                format=ArenaFormat(self.format.currentData()),
                days=self.days(),
            )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        self.errors.clear()
        self.ctx.signals.announce(changes)


class OverviewScreen(QWidget):
    """The organiser's and facilitator's start page for an arena."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.details = ArenaDetailsForm(ctx)

        self.model = GroupTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_selected)

        self.groups_title = QLabel()
        self.groups_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.new_button = QPushButton(icon("add"), "")
        self.new_button.clicked.connect(self.new_group)
        self.open_button = QPushButton(icon("edit"), "")
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button = QPushButton(icon("delete"), "")
        self.delete_button.clicked.connect(self.delete_selected)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        bar = QHBoxLayout()
        bar.addWidget(self.groups_title)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)

        # An arena without groups: what to do next, where the table would be.
        self.no_groups = QLabel()
        self.no_groups.setWordWrap(True)
        self.no_groups.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_groups.setStyleSheet("color: #52606d; font-size: 11pt; padding: 24px;")

        self.arena_mix = DiversityView()
        self.mix_box = QGroupBox()
        mix_layout = QVBoxLayout(self.mix_box)
        mix_layout.addWidget(self.arena_mix)

        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_groups, 1)
        layout.addWidget(self.mix_box)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New group"))
        self.open_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete"))
        self.search.setPlaceholderText(self.tr("Filter groups"))
        self.mix_box.setTitle(self.tr("The whole arena's mix of perspectives"))
        self.no_groups.setText(
            self.tr(
                "No challenge groups yet. Create the first with New group, or import the "
                "registrations under Participants and let ArenaDesk suggest groups."
            )
        )

    def reload(self) -> None:
        self.details.load()
        self.reload_groups()

    def reload_groups(self) -> None:
        uses_groups = self._show_what_the_format_uses()
        rows = self.ctx.groups()
        self.model.set_rows(rows)
        mix = self.ctx.arena_mix()  # everyone once
        self.groups_title.setText(
            arg(self.tr("Challenge groups (%1) · %n participant(s)", "", mix.total), len(rows))
        )
        self.arena_mix.set_mix(mix)
        self.table.setVisible(uses_groups and bool(rows))
        self.no_groups.setVisible(uses_groups and not rows)
        self._update_buttons()

    def _show_what_the_format_uses(self) -> bool:
        """An Open Space arena has no challenge groups: no "Challenge groups (0)" with
        *New group* for a format that does not use them."""
        arena_row = self.ctx.arena()
        uses_groups = arena_row is None or arena_row.format is not ArenaFormat.OPEN_SPACE
        for widget in (
            self.groups_title,
            self.search,
            self.new_button,
            self.open_button,
            self.delete_button,
        ):
            widget.setVisible(uses_groups)
        return uses_groups

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS, Kind.PEOPLE, Kind.MEMBERSHIPS, Kind.ARENA):
            self.reload_groups()

    def _update_buttons(self) -> None:
        has = self.selected_group() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected_group(self) -> GroupRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def new_group(self) -> None:
        from arenadesk.ui.arena.group_dialog import GroupDialog

        dialog = GroupDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.ctx.signals.show_group.emit(dialog.saved_id)

    def _open_selected(self) -> None:
        group = self.selected_group()
        if group is not None:
            self.ctx.signals.show_group.emit(group.id)

    def delete_selected(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        question = arg(
            self.tr(
                "Delete group %1 “%2”? Its %n member(s) stay in the arena's list of participants.",
                "",
                group.member_count,
            ),
            group.code,
            group.title,
        )
        if confirm(self, self.tr("Delete group"), question, self.tr("Delete group")):
            from arenadesk.services.groups import delete_group

            self.ctx.signals.announce(delete_group(self.ctx.db, group.id))
