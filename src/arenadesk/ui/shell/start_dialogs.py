"""Dialogs around files: the first-start welcome, a new arena, About."""

from __future__ import annotations

import platform
import uuid

import sqlalchemy
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk import __version__
from arenadesk.i18n.messages import ValidationError
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database
from arenadesk.ui.common.forms import InlineErrors, dialog_buttons, translate_buttons
from arenadesk.ui.common.geometry import size_to_content
from arenadesk.ui.common.texts import arg, to_date


class NewArenaDialog(QDialog):
    """Name the arena and its two days; creates it in the given database."""

    def __init__(self, db: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.language = db, language
        self.arena_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New arena"))
        self.errors = InlineErrors()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Åpen arena 2027"))
        self.venue = QLineEdit()
        today = QDate.currentDate()
        self.day1 = QDateEdit(today)
        self.day2 = QDateEdit(today.addDays(1))
        for edit in (self.day1, self.day2):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.errors.label_for("arena_name"))
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Day 1"), self.day1)
        form.addRow(self.tr("Day 2"), self.day2)
        form.addRow("", self.errors.label_for("days"))
        box = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        size_to_content(self, 440)

    def accept(self) -> None:
        try:
            self.arena_id = create_arena(
                self.db,
                self.name.text(),
                venue=self.venue.text(),
                days=[to_date(self.day1.date()), to_date(self.day2.date())],
            )
        except ValidationError as error:
            self.errors.show(error, self.language)
            return
        super().accept()


class WelcomeDialog(QDialog):
    """Shown when the open file has no arena yet: start from the demo or from scratch."""

    DEMO, EMPTY = 1, 2

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to ArenaDesk"))
        heading = QLabel(self.tr("Welcome to ArenaDesk"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(
            self.tr(
                "ArenaDesk helps you plan and run the group sessions of an Åpen arena and write "
                "the group's report, all without internet.\n\nThis file has no arena yet. Start "
                "with the demo arena to look around (seven groups and 70 invented participants), "
                "or create your own arena."
            )
        )
        text.setWordWrap(True)
        where = QLabel(arg(self.tr("Data file: %1"), location))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #555;")
        where.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo arena"))
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        self.empty_button = QPushButton(self.tr("Create a new arena…"))
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(where)
        layout.addSpacing(8)
        for button in (self.demo_button, self.empty_button, self.quit_button):
            layout.addWidget(button)
        size_to_content(self, 520)


class AboutDialog(QDialog):
    def __init__(self, db: Database, device_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ArenaDesk"))
        heading = QLabel(f"ArenaDesk {__version__}")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        summary = QLabel(
            self.tr(
                "Offline tool for facilitators and organisers of Åpen arena: plan and run the "
                "group sessions, fill the visual templates and write the group reports."
            )
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        location = QLabel(db.location)
        location.setObjectName("data_file")
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location.setWordWrap(True)
        form.addRow(self.tr("Data file"), location)
        form.addRow(self.tr("This computer"), QLabel(device_name))
        form.addRow(
            self.tr("Built with"),
            QLabel(
                f"Python {platform.python_version()}, PySide6 {pyside_version}, "
                f"SQLAlchemy {sqlalchemy.__version__}"
            ),
        )
        credits = QLabel(
            self.tr("Fonts: DejaVu (free licence). Icons: Material Design Icons via QtAwesome.")
        )
        credits.setWordWrap(True)
        credits.setStyleSheet("color: #555;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(box)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(credits)
        layout.addWidget(box)
        size_to_content(self, 520)
