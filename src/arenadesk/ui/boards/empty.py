"""What the boards screen shows instead of a board when there is none to show: what to do
next and the button to do it (a new arena: make a group; a group: make its first board)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from arenadesk.ui.common.empty_state import EmptyState
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg


class EmptyBoards(EmptyState):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The same words as the boards list's button.
        new_board = QCoreApplication.translate("BoardsScreen", "New board…")
        self.new_board_button = QPushButton(icon("add"), new_board)
        self.buttons.addWidget(self.new_board_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_for(self, group: str | None) -> None:
        """What to do in an arena without groups (None), or in a group without boards."""
        if group is None:
            self.show_no_groups()
        else:
            self.show_no_boards(group)

    def show_no_groups(self) -> None:
        self.say(
            self.tr("This arena has no challenge groups yet"),
            self.tr("Create a group first; its boards are made and filled here."),
        )
        self.new_board_button.hide()
        self.new_group_button.show()

    def show_no_boards(self, group: str) -> None:
        self.say(
            arg(self.tr("%1 has no boards yet"), group),
            self.tr(
                "A board holds the group's notes on one of the visual templates (Toppen av "
                "fjellet, Gap-analyse …). Make one, then type a note and press Enter."
            ),
        )
        self.new_group_button.hide()
        self.new_board_button.show()
