"""The editor for free text (report sections, self-evaluation, Open Space inputs): plain
text in the Markdown subset of `domain.richtext`, with the list keys people expect.

- Enter on a list item starts the next item ("- ", "•", or the next number); Enter on
  an empty item ends the list.
- Tab on a list item makes it a sub-item (one level); Shift+Tab brings it back. On any
  other line Tab and Shift+Tab move to the next or previous field, as in a form.
- Pasting from Word keeps its bullets, shown as real bullets (Word's Symbol-font bullet
  is a private-use character no font has); `richtext` reads them as list items.
- The editor grows with its text instead of scrolling inside the scrolling page.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from arenadesk.domain.richtext_input import list_prefix, next_prefix, visible

SUB_INDENT = "    "  # a sub-item's indentation (any indentation nests one level)
MAX_LINES = 60  # past this the editor scrolls (a pasted ten-page text)


class RichTextEdit(QPlainTextEdit):
    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = lines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    # --- what Word pastes -----------------------------------------------------------------

    def setPlainText(self, text: str) -> None:
        super().setPlainText(visible(text))  # Word's Symbol bullets, not empty boxes

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(visible(source.text()))
        else:
            super().insertFromMimeData(source)

    # --- growing with the text ------------------------------------------------------------

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        document_margin = int(self.document().documentMargin() * 2)
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        spacing = self.fontMetrics().lineSpacing()
        return lines * spacing + document_margin + margins.top() + margins.bottom() + frame + 2

    def _fit(self) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        wanted = self._height_for(max(self.min_lines, min(lines, MAX_LINES)))
        if self.height() != wanted or self.minimumHeight() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower window wraps more lines

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    # --- list keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self._continue_list():
            return
        if key == Qt.Key.Key_Tab and plain:
            if not self._indent(deeper=True):
                QWidget.focusNextPrevChild(self, True)  # past the editor's own refusal
            return
        if key == Qt.Key.Key_Backtab:
            if not self._indent(deeper=False):
                QWidget.focusNextPrevChild(self, False)
            return
        super().keyPressEvent(event)

    def _line(self) -> str:
        return self.textCursor().block().text()

    def _continue_list(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        line = self._line()
        if list_prefix(line) is None or cursor.positionInBlock() < len(line.rstrip()):
            return False  # Enter inside an item's text splits it as usual
        prefix = next_prefix(line)
        if prefix is None:
            return False
        cursor.beginEditBlock()
        if prefix == "":  # an empty item: Enter ends the list
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        else:
            cursor.insertText("\n" + prefix)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return True

    def _indent(self, *, deeper: bool) -> bool:
        """Make the current item a sub-item (or bring it back); False when not a list."""
        found = list_prefix(self._line())
        if found is None:
            return False
        indent = found[0]
        if deeper == bool(indent):
            return True  # already as deep (or as shallow) as lists go
        cursor = self.textCursor()
        column = cursor.positionInBlock()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        if deeper:
            cursor.insertText(SUB_INDENT)
            shift = len(SUB_INDENT)
        else:
            cursor.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(indent)
            )
            cursor.removeSelectedText()
            shift = -len(indent)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right,
            QTextCursor.MoveMode.MoveAnchor,
            max(0, column + shift),
        )
        self.setTextCursor(cursor)
        return True
