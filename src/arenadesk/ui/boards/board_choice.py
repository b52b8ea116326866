"""Boards screen, left side: which group, and which of its boards is open.

BoardsScreen mixes this in; the widgets and the editor are the screen's. Its strings keep
the screen's translation context.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from arenadesk.domain.boards import TemplateLibrary, placeholder_template
from arenadesk.services import boards as board_service
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.boards import BoardRow
from arenadesk.ui.boards.dialogs import BoardDialog
from arenadesk.ui.boards.photo_beside import PhotoBeside
from arenadesk.ui.boards.scene import BoardCanvas
from arenadesk.ui.boards.screen_part import ScreenPart
from arenadesk.ui.common.forms import confirm, index_of_data
from arenadesk.ui.common.group_choice import fill_with_groups
from arenadesk.ui.common.texts import arg


class BoardChoice(ScreenPart):
    templates: TemplateLibrary
    canvas: BoardCanvas
    board_list: QListWidget
    warning: QLabel
    beside: PhotoBeside
    _board_label: Callable[[BoardRow], str]

    def reload_groups(self) -> None:
        fill_with_groups(self.group_combo, self.ctx)
        if self.ctx.current_group is None and self.group_id is not None:
            self.ctx.choose_group(self.group_id)  # the group shown is the current one
        self.reload_boards()

    @property
    def group_id(self) -> uuid.UUID | None:
        return self.group_combo.currentData()

    def _follow_group(self, group_id: object) -> None:
        if isinstance(group_id, uuid.UUID) and group_id != self.group_id:
            self.select_group(group_id)

    def select_group(self, group_id: uuid.UUID) -> None:
        index = index_of_data(self.group_combo, group_id)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)

    def reload_boards(self, select: uuid.UUID | None = None) -> None:
        current = select or (self.editor.board.id if self.editor.board else None)
        boards = board_store.list_boards(self.ctx.db, self.group_id) if self.group_id else []
        self.board_list.blockSignals(True)
        self.board_list.clear()
        chosen: BoardRow | None = None
        for board in boards:
            item = QListWidgetItem(self._board_label(board))
            item.setData(Qt.ItemDataRole.UserRole, board.id)
            self.board_list.addItem(item)
            if board.id == current:
                self.board_list.setCurrentItem(item)
                chosen = board
        if chosen is None and boards:
            self.board_list.setCurrentRow(0)
            chosen = boards[0]
        self.board_list.blockSignals(False)
        if chosen is None or self.editor.board is None or chosen.id != self.editor.board.id:
            self.open_board(chosen)
        else:
            self.editor.board = chosen
        self._update_actions()

    def relabel_open_board(self) -> None:
        """After an edit of the open board's notes: its note count in the list, from the
        notes shown (reading the group's boards again counted every note of them)."""
        board, item = self.editor.board, self.board_list.currentItem()
        if board is None or item is None or item.data(Qt.ItemDataRole.UserRole) != board.id:
            return
        board = dataclasses.replace(board, note_count=len(self.editor.notes))
        self.editor.board = board
        item.setText(self._board_label(board))

    def _on_board_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            self.open_board(None)
            return
        self.open_board(board_store.get_board(self.ctx.db, item.data(Qt.ItemDataRole.UserRole)))

    def open_board(self, board: BoardRow | None) -> None:
        self.scene.finish_editing()
        template = None
        problems = [p.text(self.ctx.language) for p in self.templates.problems]
        if board is not None:
            template = self.templates.get(board.template_key)
            if template is None:
                keys = [n.zone_key for n in note_store.list_notes(self.ctx.db, board.id)]
                template = placeholder_template(board.template_key, keys)
                problems.append(
                    arg(
                        QCoreApplication.translate(
                            "BoardsScreen",
                            "The template “%1” is not on this computer; the notes are shown in "
                            "plain columns.",
                        ),
                        board.template_key,
                    )
                )
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        self.editor.open(board, template)
        self.beside.set_board(board.id if board else None)
        self.zone_picker.set_template(template, self.ctx.language)
        self.canvas.zoom_fit()
        self._update_actions()

    def new_board(self) -> None:
        if self.group_id is None:
            return
        dialog = BoardDialog(self.ctx, self.templates, self.group_id, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.reload_boards(dialog.saved_id)
            self.entry.setFocus()

    def board_settings(self) -> None:
        if self.editor.board is None or self.group_id is None:
            return
        board = board_store.get_board(self.ctx.db, self.editor.board.id)
        if board is not None:
            BoardDialog(self.ctx, self.templates, self.group_id, board, parent=self).exec()

    def delete_board(self) -> None:
        board = self.editor.board
        if board is None:
            return
        question = arg(
            QCoreApplication.translate("BoardsScreen", "Delete the board “%1” and its notes?"),
            board.title,
        )
        if confirm(
            self,
            QCoreApplication.translate("BoardsScreen", "Delete board"),
            question,
            QCoreApplication.translate("BoardsScreen", "Delete"),
        ):
            changes = board_service.delete_board(self.ctx.db, board.id)
            self.editor.open(None, None)
            self.ctx.signals.announce(changes)
