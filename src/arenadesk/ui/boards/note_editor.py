"""Editing a note's text in place, on the board, in the note's own font and colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from arenadesk.domain.note_layout import PADDING
from arenadesk.ui.boards.items import NoteItem, board_font

if TYPE_CHECKING:
    from arenadesk.ui.boards.scene import BoardScene


class NoteEditor(QGraphicsTextItem):
    """Edits a note's text where it is, in the note's own font and colour."""

    def __init__(self, scene: BoardScene, item: NoteItem) -> None:
        super().__init__(item.row.text)
        self._scene = scene
        self.item = item
        self.setFont(board_font(item.fitted.size))
        self.setDefaultTextColor(QColor("#1f2933"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setPos(item.pos() + QPointF(PADDING - 4, PADDING - 6))
        self.setTextWidth(item.row.w - 2 * PADDING + 8)
        self.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        self.setZValue(10_000_000)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), QColor(255, 255, 255, 235))
        painter.setPen(QColor("#1d6fd6"))
        painter.drawRect(self.boundingRect().adjusted(0, 0, -1, -1))
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt accepts None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._scene.finish_editing(keep=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._scene.finish_editing(keep=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._scene.editor is self:
            self._scene.finish_editing(keep=True)
