"""Boards: a group's visual templates filled with the group's notes, typed fast.

Left: the group and its boards. Right: the toolbar, the board (canvas) and its zone table,
and the entry line at the bottom, where the facilitator types what the group says.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.boards import load_templates
from arenadesk.platform.settings import data_dir
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.boards import BoardRow
from arenadesk.ui.boards.board_choice import BoardChoice
from arenadesk.ui.boards.editor import BoardEditor
from arenadesk.ui.boards.empty import EmptyBoards
from arenadesk.ui.boards.entry import NoteEntry, ZonePicker
from arenadesk.ui.boards.note_commands import NoteCommands
from arenadesk.ui.boards.photo_beside import PhotoBeside
from arenadesk.ui.boards.scene import BoardCanvas, BoardScene
from arenadesk.ui.boards.table import ZoneDelegate, ZoneTableModel, ZoneTableProxy
from arenadesk.ui.boards.toolbar import BoardToolbar
from arenadesk.ui.common.forms import ERROR_STYLE
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


class BoardsScreen(BoardChoice, NoteCommands, QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.templates = load_templates([data_dir() / "boards"])
        self.scene = BoardScene(language=ctx.language, parent=self)
        self.canvas = BoardCanvas(self.scene)
        self.editor = BoardEditor(ctx.db, self.scene, self)
        self.own_changes = None
        self.editor.edited.connect(self._after_edit)

        # --- left: group and boards
        self.group_combo = QComboBox()
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload_boards())
        self.group_combo.currentIndexChanged.connect(lambda _i: ctx.choose_group(self.group_id))
        self.group_combo.currentTextChanged.connect(self.group_combo.setToolTip)
        ctx.signals.group_chosen.connect(self._follow_group)
        self.board_list = QListWidget()
        self.board_list.setWordWrap(True)
        self.board_list.currentItemChanged.connect(self._on_board_chosen)
        self.new_button = QPushButton(icon("add"), self.tr("New board…"))
        self.new_button.clicked.connect(self.new_board)
        self.settings_button = QPushButton(icon("edit"), self.tr("Name, økt and step…"))
        self.settings_button.clicked.connect(self.board_settings)
        self.delete_board_button = QPushButton(icon("delete"), self.tr("Delete board"))
        self.delete_board_button.clicked.connect(self.delete_board)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Group")))
        left_layout.addWidget(self.group_combo)
        left_layout.addWidget(QLabel(self.tr("Boards")))
        left_layout.addWidget(self.board_list, 1)
        for button in (self.new_button, self.settings_button, self.delete_board_button):
            left_layout.addWidget(button)

        # --- right: toolbar, canvas and table, entry
        self.toolbar = BoardToolbar(self)
        tools = self.toolbar
        self.undo_action, self.redo_action = tools.undo_action, tools.redo_action
        self.fit_action, self.copy_image_action = tools.fit_action, tools.copy_image_action
        self.zoom_in_action, self.zoom_out_action = tools.zoom_in_action, tools.zoom_out_action
        self.delete_action, self.duplicate_action = tools.delete_action, tools.duplicate_action
        self.edit_action, self.colour_menu = tools.edit_action, tools.colour_menu
        self.colour_button, self.export_button = tools.colour_button, tools.export_button
        self.table_model = ZoneTableModel(self.editor, ctx.language)
        self.table_model.refused.connect(lambda e: self._say(e.text(ctx.language), error=True))
        self.table_proxy = ZoneTableProxy(self.table_model)
        self.table = QTableView()
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)  # starts on the zone column: the typed order
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegate(ZoneDelegate(lambda: self.editor.template, ctx.language, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 230)
        self.empty = EmptyBoards()
        self.empty.new_board_button.clicked.connect(self.new_board)
        self.board_stack = QStackedWidget()  # the canvas, or what to do when there is none
        self.board_stack.addWidget(self.canvas)
        self.board_stack.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board_stack, icon("board"), self.tr("Board"))
        self.tabs.addTab(self.table, icon("table"), self.tr("Table"))
        for view in (self.canvas, self.table):
            view.addActions([self.delete_action, self.duplicate_action, self.edit_action])

        self.zone_picker = ZonePicker()
        self.zone_picker.setMinimumWidth(220)
        self.zone_picker.currentIndexChanged.connect(self._zone_changed)
        self.entry = NoteEntry()
        self.entry.setPlaceholderText(self.tr("Type a note and press Enter"))
        self.entry.returnPressed.connect(self.add_typed_note)
        self.entry.zone_step.connect(self.zone_picker.step)
        self.entry.zone_number.connect(self.zone_picker.choose_number)
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed_note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Enter adds the note · Tab / Shift+Tab: next or previous zone · 1–9 on an empty "
                "line, or Alt+1–9: choose a zone · double-click a note to edit it"
            )
        )
        self.hint.setStyleSheet("color: #52606d;")
        self.hint.setWordWrap(True)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.zone_picker)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.toolbar)
        right_layout.addWidget(self.warning)
        # The paper board's photo beside the drawn one.
        self.beside = PhotoBeside(ctx, self.tabs, self.canvas.zoom_fit)
        entry_row.addWidget(self.beside.toggle)
        right_layout.addWidget(self.beside, 1)
        right_layout.addLayout(entry_row)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.hint)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1000])
        QVBoxLayout(self).addWidget(splitter)
        self.scene.selectionChanged.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._table_selection)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self._on_database)
        self.reload_groups()

    def _board_label(self, board: BoardRow) -> str:
        template = self.templates.get(board.template_key)
        name = template.name.text(self.ctx.language) if template else board.template_key
        parts = [name if board.title == name else f"{board.title} ({name})"]
        if board.session_number:
            parts.append(arg(self.tr("Økt %1"), str(board.session_number)))
        parts.append(self.tr("%n note(s)", "", board.note_count))
        return " · ".join(parts)

    # --- state -------------------------------------------------------------------------

    def _update_actions(self) -> None:
        if not shiboken6.isValid(self.scene):  # the scene goes first when the screen closes
            return
        has_board = self.editor.board is not None
        has_selection = bool(self.scene.selected_ids()) or bool(
            self.table.selectionModel().selectedRows()
        )
        for widget in (self.settings_button, self.delete_board_button, self.export_button):
            widget.setEnabled(has_board)
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(has_board)
        self.copy_image_action.setEnabled(has_board)
        self.entry.setEnabled(has_board)
        self.add_button.setEnabled(has_board)
        self.zone_picker.setEnabled(has_board)
        for action in (self.delete_action, self.duplicate_action, self.edit_action):
            action.setEnabled(has_board and has_selection)
        self.colour_button.setEnabled(has_board)
        self.new_button.setEnabled(self.group_id is not None)
        self._show_empty_state(has_board)

    def _show_empty_state(self, has_board: bool) -> None:
        """No board: what to do next instead of an empty canvas (see EmptyBoards)."""
        self.hint.setVisible(has_board)
        self.board_stack.setCurrentWidget(self.canvas if has_board else self.empty)
        if not has_board:
            self.empty.show_for(self.group_combo.currentText() if self.group_id else None)
            self.tabs.setCurrentWidget(self.board_stack)
            self.entry.setPlaceholderText(self.tr("Make a board first"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #52606d;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- refresh -------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS):
            self.reload_groups()
        elif changes.affects(Kind.BOARDS) and changes is not self.own_changes:
            self.reload_boards()

    def _on_database(self) -> None:
        self.editor.db = self.ctx.db
        self.editor.open(None, None)
        self.reload_groups()
