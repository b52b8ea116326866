"""Keyboard-first note entry: type, Enter adds; Tab/Shift+Tab or number keys pick the zone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from arenadesk.domain.boards import BoardTemplate


class NoteEntry(QLineEdit):
    """Enter adds the typed note. Tab and Shift+Tab step through the zones (they do not
    leave the field: the facilitator keeps typing). A digit 1–9 on an empty line, or
    Alt+digit at any time, picks that zone."""

    zone_step = Signal(int)  # +1 / -1
    zone_number = Signal(int)  # 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Ctrl+Z / Ctrl+Shift+Z undo the board's last edit once the field has nothing
            # of its own to undo (after Enter it is empty): the field does not claim them.
            board_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            board_combo = QKeySequence(event.keyCombination()) in _BOARD_UNDO_KEYS
            if (any(event.matches(k) for k in board_keys) or board_combo) and not self.text():
                event.ignore()
                return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() & ~_KEYPAD:
                self.zone_step.emit(1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.zone_step.emit(-1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        digit = Qt.Key.Key_1 <= key <= Qt.Key.Key_9
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if digit and (alt or (not self.text() and not event.modifiers() & ~_KEYPAD)):
            self.zone_number.emit(key - Qt.Key.Key_0)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


_KEYPAD = Qt.KeyboardModifier.KeypadModifier
_BOARD_UNDO_KEYS = tuple(QKeySequence(k) for k in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"))


class ZonePicker(QComboBox):
    """The zones of the open board, numbered as the number keys choose them."""

    def set_template(self, template: BoardTemplate | None, language: str) -> None:
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        for number, zone in enumerate(template.zones if template else (), start=1):
            prefix = f"{number}  " if number <= 9 else "    "
            self.addItem(prefix + zone.name.text(language), zone.key)
            self.setItemData(
                self.count() - 1, zone.hint.text(language), Qt.ItemDataRole.ToolTipRole
            )
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def current_key(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def step(self, delta: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + delta) % self.count())

    def choose_number(self, number: int) -> None:
        if 1 <= number <= self.count():
            self.setCurrentIndex(number - 1)
