"""The sidebar's list of screens, which never lands on a screen the arena does not use.

The pages an arena's format leaves out are hidden rows; Qt's list view skips hidden rows
for the arrow keys but not for End, Ctrl+End or Home, which would open a hidden page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QListWidget

if TYPE_CHECKING:  # importing the name `Qt` builds the Qt namespace's ~120 enum types
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

_BACKWARDS = ("MoveEnd", "MovePageDown", "MoveDown", "MoveNext")  # by name: PySide6's enum
# types are built on first use, which would cost the frame's first paint ~25 ms


class NavigationList(QListWidget):
    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or not self.isRowHidden(index.row()):
            return index
        # The nearest shown row, searching back from where Qt landed.
        step = -1 if action.name in _BACKWARDS else 1
        row = index.row()
        while 0 <= row < self.count() and self.isRowHidden(row):
            row += step
        if not 0 <= row < self.count():
            return self.currentIndex()
        return self.model().index(row, 0)
