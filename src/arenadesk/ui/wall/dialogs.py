"""Dialogs of the program wall: laying it out, one økt's day and times, a topic's title
and convener, moving a topic without the mouse, naming a space."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.wall import MAX_DAYS, MAX_SLOTS, MAX_SPACES, SlotRow, TopicRow, Wall
from arenadesk.ui.common.forms import dialog_buttons, index_of_data
from arenadesk.ui.common.texts import arg
from arenadesk.ui.wall.model import slot_title

# The usual økter of a day, in the 2020 arena's rhythm; the dialog starts from these.
DEFAULT_TIMES = (
    (dt.time(10, 30), dt.time(12, 0)),
    (dt.time(13, 0), dt.time(14, 30)),
    (dt.time(15, 0), dt.time(16, 30)),
    (dt.time(9, 0), dt.time(10, 15)),
    (dt.time(17, 0), dt.time(18, 0)),
    (dt.time(19, 0), dt.time(20, 0)),
)
TIME_FORMAT = "HH.mm"
KEY_ROLE = Qt.ItemDataRole.UserRole  # a times row's day * 100 + its place within the day


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    return dialog_buttons(dialog, QDialogButtonBox.StandardButton.Ok)


def time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat(TIME_FORMAT)
    return edit


def _time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


def space_names(prefix: str, count: int) -> list[str]:
    """ "Rom 1", "Rom 2", …; an empty prefix leaves the spaces known by number alone."""
    prefix = prefix.strip()
    return [f"{prefix} {n}" if prefix else "" for n in range(1, count + 1)]


class SetUpDialog(QDialog):
    """The first step on an empty wall: days, økter per day with times, and spaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lay out the program wall"))
        self.setMinimumWidth(440)
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(2)
        self.per_day = QSpinBox()
        self.per_day.setRange(1, len(DEFAULT_TIMES))
        self.per_day.setValue(2)
        self.spaces = QSpinBox()
        self.spaces.setRange(1, MAX_SPACES)
        self.spaces.setValue(16)
        self.prefix = QLineEdit(self.tr("Room"))
        self.preview = QLabel()
        self.preview.setStyleSheet("color: #52606d;")
        self.times = QTableWidget(0, 3)
        self.times.setHorizontalHeaderLabels([self.tr("Økt"), self.tr("Starts"), self.tr("Ends")])
        self.times.verticalHeader().hide()
        self.times.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.times.setMinimumHeight(200)
        self.limit = QLabel()
        self.limit.setStyleSheet("color: #b00020;")
        self.limit.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Days"), self.days)
        form.addRow(self.tr("Økter per day"), self.per_day)
        form.addRow(self.tr("Number of spaces"), self.spaces)
        form.addRow(self.tr("Names of the spaces"), self.prefix)
        form.addRow("", self.preview)
        self.ok_buttons = _buttons(self)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "The wall is a grid: the økter of each day down, the spaces (rooms, "
                "circles) across. You can add and remove økter and spaces later."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Times of the økter")))
        layout.addWidget(self.times)
        layout.addWidget(self.limit)
        layout.addWidget(self.ok_buttons)
        for spin in (self.days, self.per_day):
            spin.valueChanged.connect(lambda _v: self._fill_times())
        self.spaces.valueChanged.connect(lambda _v: self._show_names())
        self.prefix.textChanged.connect(lambda _t: self._show_names())
        self._fill_times()
        self._show_names()

    def _fill_times(self) -> None:
        """One row per økt; times already typed for a day's økt are kept."""
        typed = {
            self._key(row): (
                _time(self.times.cellWidget(row, 1)),  # type: ignore[arg-type]
                _time(self.times.cellWidget(row, 2)),  # type: ignore[arg-type]
            )
            for row in range(self.times.rowCount())
        }
        count = self.days.value() * self.per_day.value()
        self.times.setRowCount(0)
        if count > MAX_SLOTS:
            self.limit.setText(arg(self.tr("The wall can have at most %1 økter."), str(MAX_SLOTS)))
        else:
            self.limit.clear()
        self.ok_buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count <= MAX_SLOTS)
        for number in range(1, min(count, MAX_SLOTS) + 1):
            day, within = divmod(number - 1, self.per_day.value())
            key = (day + 1) * 100 + within
            starts, ends = typed.get(key, DEFAULT_TIMES[within])
            row = self.times.rowCount()
            self.times.insertRow(row)
            label = QTableWidgetItem(arg(self.tr("Økt %1 · day %2"), str(number), str(day + 1)))
            label.setData(KEY_ROLE, key)
            self.times.setItem(row, 0, label)
            self.times.setCellWidget(row, 1, time_edit(starts))
            self.times.setCellWidget(row, 2, time_edit(ends))

    def _key(self, row: int) -> int:
        item = self.times.item(row, 0)
        assert item is not None
        return int(item.data(KEY_ROLE))

    def _show_names(self) -> None:
        names = space_names(self.prefix.text(), self.spaces.value())
        shown = [n or str(i) for i, n in enumerate(names, 1)]
        text = ", ".join(shown) if len(shown) <= 3 else f"{shown[0]}, {shown[1]} … {shown[-1]}"
        self.preview.setText(text)

    def slots(self) -> list[tuple[int, dt.time | None, dt.time | None]]:
        out: list[tuple[int, dt.time | None, dt.time | None]] = []
        for row in range(self.times.rowCount()):
            day = self._key(row) // 100
            starts = _time(self.times.cellWidget(row, 1))  # type: ignore[arg-type]
            ends = _time(self.times.cellWidget(row, 2))  # type: ignore[arg-type]
            out.append((day, starts, ends))
        return out

    def names(self) -> list[str]:
        return space_names(self.prefix.text(), self.spaces.value())


class SlotDialog(QDialog):
    """An økt's day and times (adding one, or changing an existing one)."""

    def __init__(
        self,
        title: str,
        day: int,
        starts: dt.time | None,
        ends: dt.time | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.day = QSpinBox()
        self.day.setRange(1, MAX_DAYS)
        self.day.setValue(day)
        self.has_times = QCheckBox(self.tr("The økt has set times"))
        self.has_times.setChecked(starts is not None or ends is not None)
        self.starts = time_edit(starts or DEFAULT_TIMES[0][0])
        self.ends = time_edit(ends or DEFAULT_TIMES[0][1])
        self.has_times.toggled.connect(self._times_enabled)
        self._times_enabled(self.has_times.isChecked())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.day)
        form.addRow("", self.has_times)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def _times_enabled(self, on: bool) -> None:
        self.starts.setEnabled(on)
        self.ends.setEnabled(on)

    def values(self) -> tuple[int, dt.time | None, dt.time | None]:
        if not self.has_times.isChecked():
            return self.day.value(), None, None
        return self.day.value(), _time(self.starts), _time(self.ends)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class TopicDialog(QDialog):
    """A topic's title and convener."""

    def __init__(self, topic: TopicRow, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the topic"))
        self.title = QLineEdit(topic.title)
        self.title.setMinimumWidth(420)
        self.convener = QLineEdit(topic.convener)
        completer = QCompleter(people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.convener.setCompleter(completer)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Topic"), self.title)
        form.addRow(self.tr("Convener"), self.convener)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class MoveDialog(QDialog):
    """Where a topic goes, chosen by keyboard: an økt (or the pile) and a space; a taken
    space says whose topic swaps with it."""

    def __init__(
        self, wall: Wall, topic: TopicRow, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.wall, self.topic = wall, topic
        self.setWindowTitle(arg(self.tr("Move “%1”"), _short(topic.title)))
        self.slot = QComboBox()
        self.slot.addItem(self.tr("Not on the wall (the pile)"), None)
        for slot in wall.slots:
            self.slot.addItem(slot_title(slot, language), slot.id)
        current = index_of_data(self.slot, topic.slot_id) if topic.slot_id else 0
        self.slot.setCurrentIndex(max(current, 0))
        self.space = QComboBox()
        self.slot.currentIndexChanged.connect(lambda _i: self._fill_spaces())
        form = QFormLayout()
        form.addRow(self.tr("Økt"), self.slot)
        form.addRow(self.tr("Space"), self.space)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self._fill_spaces()
        if topic.space_id is not None:
            self.space.setCurrentIndex(max(index_of_data(self.space, topic.space_id), 0))

    def _fill_spaces(self) -> None:
        self.space.clear()
        slot_id = self.chosen_slot()
        self.space.setEnabled(slot_id is not None)
        if slot_id is None:
            return
        first_free = -1
        for space in self.wall.spaces:
            taken = [t for t in self.wall.in_cell(slot_id, space.id) if t.id != self.topic.id]
            text = f"{space.number}  {space.name}".strip() if space.name else str(space.number)
            if taken:
                text += " — " + arg(self.tr("swaps with “%1”"), _short(taken[0].title))
            elif first_free < 0:
                first_free = self.space.count()
            self.space.addItem(text, space.id)
        self.space.setCurrentIndex(max(first_free, 0))

    def chosen_slot(self) -> uuid.UUID | None:
        return self.slot.currentData()

    def chosen_cell(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        slot_id = self.chosen_slot()
        space_id = self.space.currentData()
        if slot_id is None or space_id is None:
            return None, None
        return slot_id, space_id


class TextDialog(QDialog):
    """One line of text (a space's name), with bokmål buttons."""

    def __init__(self, title: str, label: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLineEdit(value)
        self.text.setMinimumWidth(300)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(label, self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def slot_choice_text(slot: SlotRow, wall: Wall, language: str) -> str:
    """The fast-entry økt chooser's line: "Økt 2 · dag 1 · 13.00–14.30 (3 free)"."""
    free = len(wall.spaces) - len({t.space_id for t in wall.in_slot(slot.id)})
    tail = (
        QCoreApplication.translate("Wall", "full")
        if free <= 0
        else arg(QCoreApplication.translate("Wall", "%1 free"), str(free))
    )
    return f"{slot_title(slot, language)} ({tail})"
