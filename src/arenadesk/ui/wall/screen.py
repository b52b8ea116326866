"""The Open Space program wall: økter × spaces, topics entered as they are announced,
placed by drag or keyboard, clashes pointed out, shown on the projector and printed.
What is done to one topic card (move, edit, delete, document) is `ui.wall.topics`."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.wall import Wall
from arenadesk.i18n.messages import ValidationError
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import open_space as wall_store
from arenadesk.store.people import list_people
from arenadesk.ui.common.forms import index_of_data
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.wall.commands import WallEdits
from arenadesk.ui.wall.dialogs import (
    slot_choice_text,
)
from arenadesk.ui.wall.model import EMPTY_WALL, PileModel, WallGridModel, clash_lines
from arenadesk.ui.wall.output import WallOutput
from arenadesk.ui.wall.setup import WallSetUp
from arenadesk.ui.wall.topics import WallTopicActions
from arenadesk.ui.wall.views import PileView, WallGridView

HINT_STYLE = "color: #52606d;"


class WallScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.wall: Wall = EMPTY_WALL
        self.focus_topic: uuid.UUID | None = None
        self.edits = WallEdits(ctx, self)
        self.edits.failed.connect(lambda error: self.say(error.text(ctx.language), error=True))
        self.output = WallOutput(ctx, self)
        self.setup = WallSetUp(self)
        self.topics = WallTopicActions(self)

        # --- top: undo, set-up, printing, projector
        self.undo_button = self._tool("undo", self.tr("Undo"), self.edits.stack.undo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = self._tool("redo", self.tr("Redo"), self.edits.stack.redo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.edits.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.edits.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.setup_button = self._tool("wall_setup", self.tr("Økter and spaces"), None)
        self.setup_button.setMenu(self.setup.menu())
        self.setup_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button = self._tool(
            "print", self.tr("Print the wall (A3, PDF)…"), lambda: self.output.save("wall")
        )
        self.schedule_button = self._tool(
            "print", self.tr("Schedule per space (PDF)…"), lambda: self.output.save("schedule")
        )
        self.projector_button = self._tool(
            "projector", self.tr("Show on the projector"), lambda: self.output.show_projector()
        )
        self.projector_button.setMenu(self.output.screen_menu())
        self.projector_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        top = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.setup_button):
            top.addWidget(button)
        top.addStretch(1)
        for button in (self.print_button, self.schedule_button, self.projector_button):
            top.addWidget(button)

        # --- fast entry
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Topic as it is announced"))
        self.convener = QLineEdit()
        self.convener.setPlaceholderText(self.tr("Convener"))
        self.people = QCompleter([], self)
        self.people.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.people.setFilterMode(Qt.MatchFlag.MatchContains)
        self.convener.setCompleter(self.people)
        self.slot_choice = QComboBox()
        self.slot_choice.setMinimumContentsLength(28)
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        for trigger in (self.title.returnPressed, self.convener.returnPressed):
            trigger.connect(self.add_typed_topic)
        self.add_button.clicked.connect(self.add_typed_topic)
        entry = QHBoxLayout()
        entry.addWidget(self.title, 3)
        entry.addWidget(self.convener, 2)
        entry.addWidget(self.slot_choice, 2)
        entry.addWidget(self.add_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.clashes = QLabel()
        self.clashes.setWordWrap(True)
        self.clashes.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.clashes.hide()

        # --- the wall and the pile
        self.grid_model = WallGridModel(ctx.language)
        self.grid = WallGridView()
        self.grid.setModel(self.grid_model)
        self.pile_model = PileModel()
        self.pile = PileView()
        self.pile.setModel(self.pile_model)
        for model in (self.grid_model, self.pile_model):
            # Queued: the write reloads the models, which must not happen inside the
            # view's own drop handling (it still holds the model's indexes then).
            model.dropped.connect(self.topics.move_topic, Qt.ConnectionType.QueuedConnection)
        for view in (self.grid, self.pile):
            view.context_requested.connect(self.topics.show_context_menu)
            view.edit_requested.connect(self.topics.edit_topic)
            view.addActions(self.topics.keyboard_actions(view))
        self.grid.nudge.connect(self.topics.nudge)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self.setup.rename_space)
        self.grid.verticalHeader().sectionDoubleClicked.connect(self.setup.edit_slot)
        self.pile_label = QLabel()
        pile_box = QWidget()
        pile_layout = QVBoxLayout(pile_box)
        pile_layout.setContentsMargins(0, 0, 0, 0)
        pile_layout.addWidget(self.pile_label)
        pile_layout.addWidget(self.pile, 1)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(pile_box)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 200])
        self.help = QLabel(
            self.tr(
                "Enter adds the topic to the next free space of the økt · drag a card to move "
                "it, onto another to swap · Alt+arrow keys move the chosen card · F2 edit · "
                "Ctrl+M move to… · Delete · right-click for more"
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HINT_STYLE)
        wall_page = QWidget()
        wall_layout = QVBoxLayout(wall_page)
        wall_layout.setContentsMargins(0, 0, 0, 0)
        wall_layout.addLayout(entry)
        wall_layout.addWidget(self.message)
        wall_layout.addWidget(self.clashes)
        wall_layout.addWidget(splitter, 1)
        wall_layout.addWidget(self.help)

        # --- an empty wall: the first step
        self.lay_out_button = QPushButton(icon("wall"), self.tr("Lay out the program wall…"))
        self.lay_out_button.clicked.connect(self.setup.lay_out_wall)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        explain = QLabel(
            self.tr(
                "The program wall is empty. Lay it out first: the days, the økter of each "
                "day with their times, and the spaces where conversations meet."
            )
        )
        explain.setWordWrap(True)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(explain)
        empty_layout.addWidget(self.lay_out_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(wall_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        ctx.signals.database_changed.connect(self._database_changed)
        ctx.signals.changed.connect(self._on_changed)
        self.reload()

    def _tool(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if callable(slot):
            button.clicked.connect(slot)
        return button

    # --- loading -----------------------------------------------------------------------

    def _database_changed(self) -> None:
        self.edits.stack.clear()
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.WALL, Kind.CONVERSATIONS, Kind.ARENA, Kind.PEOPLE):
            self.reload()

    def reload(self) -> None:
        current = self.grid.currentIndex()
        focus = self.focus_topic or (t.id if (t := self.grid.current_topic()) else None)
        self.focus_topic = None
        self.wall = wall_store.get_wall(self.ctx.db, self.ctx.arena_id)
        self.grid_model.set_wall(self.wall)
        self.pile_model.set_wall(self.wall)
        self.pages.setCurrentIndex(1 if self.wall.slots and self.wall.spaces else 0)
        for button in (self.print_button, self.schedule_button, self.projector_button):
            button.setEnabled(bool(self.wall.slots and self.wall.spaces))
        index = self.grid_model.index_of_topic(focus) if focus else QModelIndex()
        if not index.isValid() and current.isValid():
            index = self.grid_model.index(current.row(), current.column())
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index)
        self._fill_slot_choice()
        self.pile_label.setText(
            arg(self.tr("Not on the wall yet: %1"), str(len(self.wall.unplaced())))
        )
        lines = clash_lines(self.wall)
        self.clashes.setText("\n".join(f"⚠ {line}" for line in lines))
        self.clashes.setVisible(bool(lines))
        names = sorted({p.name for p in list_people(self.ctx.db, self.ctx.arena_id)})
        self.people.model().setStringList(names)  # type: ignore[attr-defined]

    def _fill_slot_choice(self) -> None:
        chosen = self.slot_choice.currentData()
        self.slot_choice.blockSignals(True)
        self.slot_choice.clear()
        for slot in self.wall.slots:
            self.slot_choice.addItem(slot_choice_text(slot, self.wall, self.ctx.language), slot.id)
        self.slot_choice.setCurrentIndex(max(index_of_data(self.slot_choice, chosen), 0))
        self.slot_choice.blockSignals(False)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b6e2a;")

    # --- topics ------------------------------------------------------------------------

    def chosen_slot_id(self) -> uuid.UUID | None:
        return self.slot_choice.currentData()

    def add_typed_topic(self) -> uuid.UUID | None:
        """The topic typed in the entry bar goes to the next free space of the chosen økt
        (or the pile when it is full); the fields clear and Title keeps the focus."""
        title, convener = self.title.text(), self.convener.text()
        if not title.strip():
            self.title.setFocus()
            return None
        slot_id = self.chosen_slot_id()
        space_id = self.wall.next_free_cell(slot_id) if slot_id else None
        cell = (slot_id, space_id) if space_id else (None, None)
        try:
            topic_id = self._add(title, convener, cell)
        except ValidationError as error:
            self.say(error.text(self.ctx.language), error=True)
            return None
        self.title.clear()
        self.convener.clear()
        self.title.setFocus()
        return topic_id

    def _add(
        self, title: str, convener: str, cell: tuple[uuid.UUID | None, uuid.UUID | None]
    ) -> uuid.UUID:
        self.focus_topic = None
        topic_id = self.edits.add(title, convener, cell, self.tr("Add a topic"))
        topic = next(t for t in self.wall.topics if t.id == topic_id)
        if topic.number:
            space = self.wall.space(topic.space_id)
            self.say(
                arg(
                    self.tr("“%1” is %2, in %3."),
                    topic.title,
                    topic.number,
                    space.label if space else "",
                )
            )
            self.grid.setCurrentIndex(self.grid_model.index_of_topic(topic_id))
            self.grid.scrollTo(self.grid.currentIndex())
        else:
            self.say(
                arg(
                    self.tr("Every space of the økt is taken: “%1” waits beside the wall."),
                    topic.title,
                )
            )
        return topic_id
