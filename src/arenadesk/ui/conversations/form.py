"""The right side of the Innspill screen: one topic's documentation, saved as typed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.open_space import ConversationRow, InputType
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import conversations as conversation_service
from arenadesk.store import conversations
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, index_of_data, show_error
from arenadesk.ui.common.text_editor import RichTextEdit
from arenadesk.ui.common.texts import arg
from arenadesk.ui.conversations.participants import ParticipantsEditor
from arenadesk.ui.conversations.photos import ConversationPhotos
from arenadesk.ui.shell.context import UiContext

# The choices are the arena's words for the day-2 input types (the 2020 report, Dag 2).
TYPE_LABELS = {
    InputType.NEW: QT_TRANSLATE_NOOP("ConversationForm", "New idea or topic"),
    InputType.DEEPENING: QT_TRANSLATE_NOOP("ConversationForm", "Deepening of input no. N"),
    InputType.IMPLEMENTATION: QT_TRANSLATE_NOOP(
        "ConversationForm", "Implementation proposal for input no. N"
    ),
}
HEADING_STYLE = "font-size: 12pt; font-weight: bold; color: #0b3d6e; margin-top: 6px;"


def _text_box(lines: int, name: str) -> RichTextEdit:
    # Tab walks the form in documenting order (on a list item it indents). The starting
    # height keeps the whole form on one 1366×768 screen; a long text grows the field and
    # the page scrolls, not the field.
    box = RichTextEdit(lines)
    box.setObjectName(name)
    return box


class ConversationForm(QWidget):
    """Emits `saved(person_added)` after every write."""

    saved = Signal(bool)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.topic_id: uuid.UUID | None = None
        self.row: ConversationRow | None = None
        self._saved: dict[str, str] = {}  # the widget's text when it was last saved
        self._stored: dict[str, str | None] = {}  # the file's value; None: just saved here
        self.errors = InlineErrors()
        self.saver = AutoSaver(self.save_texts, self)

        self.heading = QLabel()
        self.heading.setObjectName("conversation_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.where = QLabel()
        self.where.setStyleSheet("color: #444;")
        self.where.setWordWrap(True)

        self.participants = ParticipantsEditor(ctx)
        self.participants.changed.connect(self._participants_changed)

        # Day-2 input types: 1, 2 or 3 (the digit keys choose), and the input built on.
        self.type_box = QWidget()
        self.types = QButtonGroup(self)
        type_layout = QVBoxLayout(self.type_box)
        type_layout.setContentsMargins(0, 0, 0, 0)
        type_layout.addWidget(self._heading(self.tr("Type of input (day 2)")))
        self.type_buttons: dict[InputType, QRadioButton] = {}
        for kind in InputType:
            button = QRadioButton(f"{int(kind)}  {self.tr(str(TYPE_LABELS[kind]))}")
            button.setObjectName(f"input_type_{int(kind)}")
            button.installEventFilter(self)
            self.types.addButton(button, int(kind))
            self.type_buttons[kind] = button
            type_layout.addWidget(button)
        self.types.idClicked.connect(lambda _id: self.save_type())
        self.reference = QComboBox()
        self.reference.setObjectName("reference")
        self.reference.setMinimumContentsLength(20)
        self.reference.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reference.currentIndexChanged.connect(self._reference_changed)
        reference_row = QHBoxLayout()
        reference_row.addWidget(QLabel(self.tr("Input no.")))
        reference_row.addWidget(self.reference, 1)
        type_layout.addLayout(reference_row)
        type_layout.addWidget(self.errors.label_for("reference"))

        self.input_title = QLineEdit()
        self.input_title.setObjectName("input_title")
        self.input_title.setPlaceholderText(self.tr("One line, as in the list of inputs"))
        self.input_text = _text_box(5, "input_text")
        self.discussion = _text_box(4, "discussion")
        self.discussion.setPlaceholderText(self.tr("Ideas and reflections"))
        self.next_steps = _text_box(4, "next_steps")
        self.next_steps.setPlaceholderText(self.tr("One step per line"))
        self.documented_by = QLineEdit()
        self.documented_by.setObjectName("documented_by")
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {
            "input_title": self.input_title,
            "input_text": self.input_text,
            "discussion": self.discussion,
            "next_steps": self.next_steps,
            "documented_by": self.documented_by,
        }
        for widget in self.texts.values():
            self.saver.watch(widget)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.where, 1, 0, 1, 2)
        left = QVBoxLayout()
        left.addWidget(self._heading(self.tr("Participants")))
        left.addWidget(self.participants, 1)
        grid.addLayout(left, 2, 0)
        right = QVBoxLayout()
        right.addWidget(self.type_box)
        right.addStretch(1)
        right.addWidget(self._heading(self.tr("Documented by")))
        right.addWidget(self.documented_by)
        right.addWidget(self.errors.label_for("documented_by"))
        grid.addLayout(right, 2, 1)
        row = 3
        for field, heading in (
            ("input_title", self.tr("Input (innspill): title")),
            ("input_text", self.tr("Input: text")),
        ):
            grid.addWidget(self._heading(heading), row, 0, 1, 2)
            grid.addWidget(self.texts[field], row + 1, 0, 1, 2)
            grid.addWidget(self.errors.label_for(field), row + 2, 0, 1, 2)
            row += 3
        for column, (field, heading) in enumerate(
            (
                ("discussion", self.tr("The conversation")),
                ("next_steps", self.tr("Next steps")),
            )
        ):
            grid.addWidget(self._heading(heading), row, column)
            grid.addWidget(self.texts[field], row + 1, column)
            grid.addWidget(self.errors.label_for(field), row + 2, column)
        self.photos = ConversationPhotos(
            ctx, self.documented_by.text, self._heading(self.tr("Photos of the sheets"))
        )
        grid.addWidget(self.photos, row + 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)  # the participants take what room is left

        # Tab follows the documenting order.
        chain: list[QWidget] = [
            self.participants.search,
            self.participants.organisation,
            *self.type_buttons.values(),
            self.reference,
            self.input_title,
            self.input_text,
            self.discussion,
            self.next_steps,
            self.documented_by,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setEnabled(False)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(HEADING_STYLE)
        return label

    # --- loading -----------------------------------------------------------------------

    def load(self, topic_id: uuid.UUID | None) -> None:
        """Show a topic; the values already on screen are saved first."""
        if self.saver.pending:
            self.saver.flush()
        changed_topic = topic_id != self.topic_id
        self.topic_id = topic_id
        self.setEnabled(topic_id is not None)
        if topic_id is None:
            self.row = None
            self.heading.setText(self.tr("No topic chosen"))
            self.where.setText(self.tr("Topics come from the program wall, or add one here."))
            self.participants.load(None, None)
            self.photos.load(None, None)
            return
        try:
            row = conversations.get_conversation(self.ctx.db, topic_id)
        except UserError:  # deleted on another screen or by a merge
            self.load(None)
            return
        self.row = row
        number = f"{row.number}  " if row.number else ""
        self.heading.setText(number + row.topic_title)
        self.where.setText(self._where(row))
        self.participants.load(topic_id, row)
        self.photos.load(topic_id, row)
        if changed_topic:
            self.errors.clear()
        self._load_types(row)
        self.saver.suspended = True
        values = {name: getattr(row, name) for name in conversations.TEXT_FIELDS}
        for name, widget in self.texts.items():
            # Only a value changed elsewhere replaces what is on screen (a save trims,
            # and the trailing space just typed must stay).
            stored = self._stored.get(name, "")
            if changed_topic or (stored is not None and stored != values[name]):
                self._set_text(widget, values[name])
                self._saved[name] = values[name]
        self._stored = dict(values)
        # Type your name once per laptop: it is saved with the first edit of a topic.
        if not row.documented_by and self.ctx.settings.documented_by:
            self.documented_by.setText(self.ctx.settings.documented_by)
        self.saver.suspended = False

    def _where(self, row: ConversationRow) -> str:
        parts = []
        if row.slot_number is not None:
            parts.append(arg(self.tr("Økt %1 · day %2"), row.slot_number, row.day))
        if row.space_name.isdigit():  # a space without a name is known by its number
            parts.append(arg(self.tr("Space %1"), row.space_name))
        elif row.space_name:
            parts.append(row.space_name)
        if row.convener:
            parts.append(arg(self.tr("Convener: %1"), row.convener))
        if row.number is None:
            parts.append(self.tr("not on the wall yet (no number)"))
        return " · ".join(parts)

    @staticmethod
    def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        if isinstance(widget, QLineEdit):
            if widget.text() != text:
                widget.setText(text)
        elif widget.toPlainText() != text:
            widget.setPlainText(text)

    def _load_types(self, row: ConversationRow) -> None:
        day_two = row.day is not None and row.day >= 2
        self.type_box.setVisible(day_two)
        if not day_two:
            return
        choices = conversations.reference_choices(self.ctx.db, row.topic_id)
        self.reference.blockSignals(True)
        self.reference.clear()
        self.reference.addItem(self.tr("Choose the input it builds on"), None)
        for choice in choices:
            self.reference.addItem(f"{choice.number} – {choice.title}", choice.conversation_id)
        chosen = index_of_data(self.reference, row.reference_id) if row.reference_id else 0
        self.reference.setCurrentIndex(max(chosen, 0))
        self.reference.setToolTip(self.reference.currentText())
        self.reference.blockSignals(False)
        pending = self.types.checkedId()
        self.types.setExclusive(False)
        for kind, button in self.type_buttons.items():
            button.setChecked(kind == row.input_type)
        self.types.setExclusive(True)
        # A 2 or 3 that still waits for its reference stays chosen on screen.
        waiting = "reference" in self.errors.visible_messages()
        if row.input_type is None and pending in (2, 3) and waiting:
            self.type_buttons[InputType(pending)].setChecked(True)
        self.reference.setEnabled(self._needs_reference())

    def _needs_reference(self) -> bool:
        try:
            return InputType(self.types.checkedId()).needs_reference
        except ValueError:  # none chosen
            return False

    # --- saving ------------------------------------------------------------------------

    def save_texts(self) -> None:
        """Each changed field is saved on its own; a refused one keeps its message beside it
        and its saved value, the others are saved anyway."""
        if self.topic_id is None:
            return
        wrote = False
        refused: ValidationError | None = None
        for name, widget in self.texts.items():
            value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            if value == self._saved.get(name):
                continue
            try:
                conversation_service.save_field(self.ctx.db, self.topic_id, name, value)
            except ValidationError as error:
                refused = refused or error
                continue
            except UserError as error:
                show_error(self, error, self.ctx.language)
                return
            self._saved[name] = value
            self._stored[name] = None
            wrote = True
            if name == "documented_by" and value.strip():
                self.ctx.settings.documented_by = " ".join(value.split())
                self.ctx.settings.save()
        if refused is not None:
            self.errors.show(refused, self.ctx.language)
        elif "reference" not in self.errors.visible_messages():
            self.errors.clear()
        if wrote:
            self.saved.emit(False)

    def save_type(self) -> None:
        if self.topic_id is None or self.row is None:
            return
        checked = self.types.checkedId()
        kind = InputType(checked) if checked in (1, 2, 3) else None
        self.reference.setEnabled(self._needs_reference())
        reference = self.reference.currentData() if self._needs_reference() else None
        try:
            conversation_service.set_input_type(self.ctx.db, self.topic_id, kind, reference)
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            if error.field == "reference":
                self.reference.setFocus()  # typing the number is the next step
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        if kind is InputType.NEW and self.reference.currentIndex() != 0:
            self.reference.blockSignals(True)
            self.reference.setCurrentIndex(0)
            self.reference.blockSignals(False)
        self.errors.clear()
        self.saver.flush()  # a remembered "documented by" goes with the first edit
        self.saved.emit(False)

    def _reference_changed(self, _index: int) -> None:
        # Typing the number in the closed chooser selects without "activated".
        self.reference.setToolTip(self.reference.currentText())
        if self._needs_reference() and self.reference.currentData():
            self.save_type()

    def _participants_changed(self, person_added: bool) -> None:
        self.saver.flush()
        if self.topic_id is not None:
            if person_added:
                self.participants.reload_people()
            self.participants.load(
                self.topic_id, conversations.get_conversation(self.ctx.db, self.topic_id)
            )
        self.saved.emit(person_added)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # On the type buttons, the digits 1-3 choose like the numbers on the projector.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text() in ("1", "2", "3")
            and watched in self.type_buttons.values()
        ):
            button = self.type_buttons[InputType(int(event.text()))]
            button.setFocus()
            button.click()
            return True
        return False
