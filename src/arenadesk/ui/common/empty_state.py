"""What a screen shows in place of its content when there is nothing yet: a heading, what
to do next, and the button to do it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from arenadesk.ui.common.icons import icon


def open_new_group(widget: QWidget) -> None:
    """The overview's *Ny gruppe* dialog, from any screen of the main window."""
    show_screen = getattr(widget.window(), "show_screen", None)
    new_group = getattr(show_screen("overview"), "new_group", None) if show_screen else None
    if new_group is not None:
        new_group()


class EmptyState(QWidget):
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
        # The same words as the runner's button.
        new_group = QCoreApplication.translate("ClockPanel", "New group…")
        self.new_group_button = QPushButton(icon("add"), new_group)
        self.new_group_button.clicked.connect(lambda: open_new_group(self))
        self.buttons = QVBoxLayout()
        self.buttons.addWidget(self.new_group_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def say(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
