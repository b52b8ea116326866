"""Who took part in a conversation: a line that completes over the arena's people (Enter
adds the best match), and "add as a new participant" with an organisation on the spot."""

from __future__ import annotations

import unicodedata
import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import conversations as conversation_service
from arenadesk.store import conversations
from arenadesk.store.people import PersonRow, list_people
from arenadesk.ui.common.forms import InlineErrors, show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

MAX_MATCHES = 6
NEW_PERSON = "new"  # the data of the "add as a new participant" line
PERSON_ROLE = Qt.ItemDataRole.UserRole


def person_label(name: str, organisation: str) -> str:
    return f"{name} – {organisation}" if organisation else name


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).casefold().split()


def rank_matches(people: list[PersonRow], needle: str) -> list[PersonRow]:
    """People matching every typed word (PersonRow.matches); those whose name has a word
    starting with each typed word come first, so "kari no" puts Kari Nordmann on top."""
    words = _words(needle)
    if not words:
        return []

    def name_starts(person: PersonRow) -> bool:
        name = _words(person.name)
        return all(any(part.startswith(word) for part in name) for word in words)

    found = [p for p in people if p.matches(needle)]
    return sorted(found, key=lambda p: (not name_starts(p), p.name.casefold()))


class ParticipantsEditor(QWidget):
    """Emits `changed(person_added)` after every write; person_added is True when a new
    person was created in the arena's people."""

    changed = Signal(bool)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.topic_id: uuid.UUID | None = None
        self.people: list[PersonRow] = []
        self.taken: set[uuid.UUID] = set()
        self.errors = InlineErrors()

        self.search = QLineEdit()
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(self.tr("Type a name or organisation; Enter adds"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh_matches)
        self.search.installEventFilter(self)
        self.matches = QListWidget()
        self.matches.setObjectName("participant_matches")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matches.setStyleSheet("QListWidget { background: #fffbea; }")
        self.matches.itemClicked.connect(lambda _item: self.pick())
        self.matches.hide()

        # Someone not on the list yet: the typed name, their organisation, Enter.
        self.new_row = QWidget()
        self.new_label = QLabel()
        self.new_label.setWordWrap(True)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("participant_organisation")
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.organisation.returnPressed.connect(self.add_new)
        self.organisation.installEventFilter(self)
        add_new = QPushButton(icon("add_person"), self.tr("Add"))
        add_new.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add_new.clicked.connect(self.add_new)
        new_layout = QHBoxLayout(self.new_row)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(self.new_label, 1)
        new_layout.addWidget(self.organisation, 1)
        new_layout.addWidget(add_new)
        self.new_row.hide()

        self.list = QListWidget()
        self.list.setObjectName("participants")
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 6 + 8)
        self.list.installEventFilter(self)
        self.remove_button = QPushButton(icon("remove_member"), self.tr("Remove"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.remove_button.setEnabled(False)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.new_row)
        layout.addWidget(self.errors.label_for("name"))
        layout.addWidget(self.errors.label_for("organisation"))
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

    # --- loading -----------------------------------------------------------------------

    def reload_people(self) -> None:
        self.people = list_people(self.ctx.db, self.ctx.arena_id)
        self._refresh_matches()

    def load(self, topic_id: uuid.UUID | None, row: conversations.ConversationRow | None) -> None:
        if topic_id != self.topic_id:
            self.search.clear()
            self._close_new()
            self.errors.clear()
        self.topic_id = topic_id
        participants = row.participants if row else ()
        self.taken = {p.person_id for p in participants}
        selected = {item.data(PERSON_ROLE) for item in self.list.selectedItems()}
        self.list.clear()
        for line in participants:
            item = QListWidgetItem(person_label(line.name, line.organisation))
            item.setData(PERSON_ROLE, line.person_id)
            self.list.addItem(item)
            item.setSelected(line.person_id in selected)
        self.count.setText(arg(self.tr("Number of participants: %1"), str(len(participants))))
        self._refresh_matches()

    def _refresh_matches(self) -> None:
        text = self.search.text().strip()
        self.matches.clear()
        if not text:
            self.matches.hide()
            return
        found = [p for p in rank_matches(self.people, text) if p.id not in self.taken]
        for person in found[:MAX_MATCHES]:
            item = QListWidgetItem(person_label(person.name, person.organisation))
            item.setData(PERSON_ROLE, person.id)
            self.matches.addItem(item)
        if len(found) > MAX_MATCHES:
            more = QListWidgetItem(
                arg(self.tr("… %1 more: type more of the name"), str(len(found) - MAX_MATCHES))
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.matches.addItem(more)
        new = QListWidgetItem(
            icon("add_person"), arg(self.tr("Add «%1» as a new participant"), text)
        )
        new.setData(PERSON_ROLE, NEW_PERSON)
        self.matches.addItem(new)
        self.matches.setCurrentRow(0)
        rows = range(self.matches.count())
        self.matches.setFixedHeight(sum(self.matches.sizeHintForRow(r) for r in rows) + 6)
        self.matches.show()

    # --- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.isVisible():
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                self.pick()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        elif watched is self.organisation and key == Qt.Key.Key_Escape:
            self._close_new()
            self.search.setFocus()
            return True
        elif watched is self.list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return False

    def _move(self, step: int) -> None:
        row = self.matches.currentRow()
        for _ in range(self.matches.count()):
            row = (row + step) % self.matches.count()
            if self.matches.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.matches.setCurrentRow(row)
                return

    # --- writing -----------------------------------------------------------------------

    def pick(self) -> None:
        """Enter: the highlighted match joins; the last line asks for a new person."""
        item = self.matches.currentItem()
        if self.topic_id is None or item is None:
            return
        data = item.data(PERSON_ROLE)
        if data == NEW_PERSON:
            self.new_label.setText(
                arg(
                    self.tr("New participant «%1», organisation:"),
                    " ".join(self.search.text().split()),
                )
            )
            self.new_row.show()
            self.organisation.setFocus()
            return
        if not data:
            return
        try:
            conversation_service.add_participant(self.ctx.db, self.topic_id, data)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.search.clear()
        self.errors.clear()
        self.changed.emit(False)

    def add_new(self) -> None:
        if self.topic_id is None:
            return
        try:
            conversation_service.add_new_participant(
                self.ctx.db,
                self.ctx.arena_id,
                self.topic_id,
                self.search.text(),
                self.organisation.text(),
            )
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.errors.clear()
        self._close_new()
        self.search.clear()
        self.search.setFocus()
        self.changed.emit(True)

    def _close_new(self) -> None:
        self.organisation.clear()
        self.new_row.hide()

    def remove_selected(self) -> None:
        if self.topic_id is None:
            return
        chosen = [item.data(PERSON_ROLE) for item in self.list.selectedItems()]
        if chosen:
            conversation_service.remove_participants(self.ctx.db, self.topic_id, chosen)
            self.changed.emit(False)
