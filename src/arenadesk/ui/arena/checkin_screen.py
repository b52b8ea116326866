"""Check-in at the door: type part of a name, press Enter, the person is present today.

The day is today's arena day when the arena's dates say so, else the one chosen. Enter
checks in the first person the search shows (the list narrows as one types; arrow keys
pick another). The counts per group show who has arrived. Someone who did not sign up is
added on the spot (*Late registration…*), placed in a group and checked in at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import checkin
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store.arenas import get_arena
from arenadesk.store.people import PersonDraft
from arenadesk.ui.arena.dialog_parts import field_row, finish_layout
from arenadesk.ui.common.forms import InlineErrors, show_error
from arenadesk.ui.common.geometry import size_to_content
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg, perspective_label
from arenadesk.ui.shell.context import UiContext

PERSON = Qt.ItemDataRole.UserRole
SHOWN = 200  # rows in the list at a time; typing narrows it


class _SearchField(QLineEdit):
    """Up and Down move in the list below while the cursor stays in the field."""

    def __init__(self, screen: CheckInScreen) -> None:
        super().__init__()
        self.owner = screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            rows = self.owner.matches.count()
            if rows:
                row = self.owner.matches.currentRow() + step
                self.owner.matches.setCurrentRow(max(0, min(rows - 1, row)))
            return
        super().keyPressEvent(event)


class CheckInScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.arrivals: checkin.Arrivals | None = None
        title = QLabel(self.tr("Check-in"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.day = QComboBox()
        self.day.currentIndexChanged.connect(self.reload)
        self.search = _SearchField(self)
        self.search.setPlaceholderText(
            self.tr("Type part of a name or organisation and press Enter")
        )
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.show_matches)
        self.search.returnPressed.connect(self.check_in_typed)
        self.search.setStyleSheet("font-size: 14pt; padding: 6px;")
        self.matches = QListWidget()
        self.matches.itemActivated.connect(lambda _item: self.check_in_current())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size: 12pt;")
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.per_group = QListWidget()
        self.per_group.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.late_button = QPushButton(icon("add_person"), self.tr("Late registration…"))
        self.late_button.clicked.connect(self.register_late)
        self.last: checkin.CheckIn | None = None
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo the last check-in"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addWidget(self.undo_button)
        top.addWidget(self.late_button)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.status)
        left.addWidget(self.matches, 1)
        right = QVBoxLayout()
        right.addWidget(self.total)
        right.addWidget(QLabel(self.tr("Present per group")))
        right.addWidget(self.per_group, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reset_days)
        self.reset_days()

    def reset_days(self) -> None:
        arena = get_arena(self.ctx.db, self.ctx.arena_id)
        days = arena.days if arena else (None, None)
        today = checkin.day_of(days, dt.date.today())
        self.day.blockSignals(True)
        self.day.clear()
        for number, date in enumerate(days or (None,), start=1):
            text = arg(self.tr("Day %1"), number)
            if date:
                text += f" ({date.strftime('%d.%m.%Y')})"
            if number == today:
                text += " – " + self.tr("today")
            self.day.addItem(text, number)
        self.day.setCurrentIndex((today or 1) - 1)
        self.day.blockSignals(False)
        self.reload()

    def current_day(self) -> int:
        return int(self.day.currentData() or 1)

    def reload(self) -> None:
        self.arrivals = checkin.arrivals(self.ctx.db, self.ctx.arena_id, self.current_day())
        self.show_matches()
        self.total.setText(
            arg(self.tr("%1 of %n present", "", len(self.arrivals.people)), self.arrivals.present)
        )
        self.per_group.clear()
        for code, present, members in self.arrivals.per_group:
            self.per_group.addItem(f"{code}:  {present} / {members}")

    def show_matches(self) -> None:
        if self.arrivals is None:
            return
        words = self.search.text().casefold().split()
        self.matches.clear()
        shown = 0
        for row in self.arrivals.people:
            haystack = " ".join((row.name, row.organisation, *row.codes)).casefold()
            if not all(w in haystack for w in words):
                continue
            mark = "✓ " if row.present else "    "
            groups = ", ".join(row.codes) or self.tr("no group")
            item = QListWidgetItem(f"{mark}{row.name} · {row.organisation} · {groups}")
            item.setData(PERSON, row.person_id)
            self.matches.addItem(item)
            shown += 1
            if shown >= SHOWN:
                break
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        """The page opens ready to type a name."""
        super().showEvent(event)
        self.search.setFocus()

    def check_in_typed(self) -> None:
        """Enter in the search field: only after something was typed, so a stray Enter
        never checks in whoever is first on the list."""
        if self.search.text().strip():
            self.check_in_current()

    def check_in_current(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            self.status.setText(self.tr("Nobody matches. Add a late registration?"))
            return
        person_id = item.data(PERSON)
        try:
            done = checkin.check_in(self.ctx.db, person_id, self.current_day())
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        name = item.text().strip("✓ ").split(" · ")[0]
        self.status.setText(arg(self.tr("%1 is checked in."), name))
        self.last = done
        self.undo_button.setEnabled(True)
        self.search.clear()
        self.ctx.signals.announce(done.changes)
        self.search.setFocus()

    def undo_last(self) -> None:
        """The wrong person was checked in: take it back."""
        if self.last is None:
            return
        changes = checkin.undo_check_in(self.ctx.db, self.last)
        self.last = None
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("The last check-in was taken back."))
        self.ctx.signals.announce(changes)
        self.search.setFocus()

    def register_late(self) -> LateRegistrationDialog:
        dialog = LateRegistrationDialog(self.ctx, self.current_day(), self)
        dialog.open()
        return dialog

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.PEOPLE, Kind.MEMBERSHIPS, Kind.GROUPS):
            self.reload()
        if changes.affects(Kind.ARENA):
            self.reset_days()


class LateRegistrationDialog(QDialog):
    """Name, organisation, perspective and group: added and checked in at once."""

    def __init__(self, ctx: UiContext, day: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.day = ctx, day
        self.setWindowTitle(self.tr("Late registration"))
        self.errors = InlineErrors()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.perspective = QComboBox()
        for perspective in Perspective:
            self.perspective.addItem(perspective_label(perspective), perspective.value)
        self.perspective.setCurrentIndex(self.perspective.findData(Perspective.UNKNOWN.value))
        self.group = QComboBox()
        self.group.addItem(self.tr("No group yet"), None)
        for g in group_store.list_groups(ctx.db, ctx.arena_id):
            self.group.addItem(f"{g.code} {g.title}"[:60], g.id)
        form = QFormLayout()
        field_row(form, self.tr("Name"), self.name, self.errors, "name")
        field_row(form, self.tr("Organisation"), self.organisation, self.errors, "organisation")
        form.addRow(self.tr("Perspective"), self.perspective)
        form.addRow(self.tr("Group"), self.group)
        finish_layout(self, form)
        size_to_content(self, 480)

    def accept(self) -> None:
        draft = PersonDraft(
            self.name.text(),
            "",
            self.organisation.text(),
            Perspective(self.perspective.currentData()),
        )
        try:
            created = checkin.register_late(
                self.ctx.db, self.ctx.arena_id, draft, self.group.currentData(), self.day
            )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.ctx.signals.announce(created.changes)
        super().accept()
