"""What the boards screen shows instead of a board when there is none to show: what to do
next and the button to do it (a new arena: make a group; a group: make its first board)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg


class EmptyBoards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.text = QLabel()
        self.text.setStyleSheet("color: #52606d;")
        for label in (self.heading, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # The same words as the boards list's and the runner's buttons.
        new_board = QCoreApplication.translate("BoardsScreen", "New board…")
        new_group = QCoreApplication.translate("ClockPanel", "New group…")
        self.new_board_button = QPushButton(icon("add"), new_board)
        self.new_group_button = QPushButton(icon("add"), new_group)
        self.new_group_button.clicked.connect(self._new_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        for button in (self.new_board_button, self.new_group_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, group: str | None) -> None:
        """What to do in an arena without groups (None), or in a group without boards."""
        if group is None:
            self.show_no_groups()
        else:
            self.show_no_boards(group)

    def _new_group(self) -> None:
        """The overview's *Ny gruppe* dialog, as the runner's empty state opens it."""
        show_screen = getattr(self.window(), "show_screen", None)
        new_group = getattr(show_screen("overview"), "new_group", None) if show_screen else None
        if new_group is not None:
            new_group()

    def show_no_groups(self) -> None:
        self.heading.setText(self.tr("This arena has no challenge groups yet"))
        self.text.setText(self.tr("Create a group first; its boards are made and filled here."))
        self.new_board_button.hide()
        self.new_group_button.show()

    def show_no_boards(self, group: str) -> None:
        self.heading.setText(arg(self.tr("%1 has no boards yet"), group))
        self.text.setText(
            self.tr(
                "A board holds the group's notes on one of the visual templates (Toppen av "
                "fjellet, Gap-analyse …). Make one, then type a note and press Enter."
            )
        )
        self.new_group_button.hide()
        self.new_board_button.show()
