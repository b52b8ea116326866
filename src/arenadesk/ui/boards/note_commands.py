"""Boards screen: what the person does to notes (type, delete, duplicate, colour, edit)
and to the board as a whole (export, copy as a picture).

BoardsScreen mixes this in; the widgets and the editor are the screen's. Its strings keep
the screen's translation context.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QTableView, QTabWidget

from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet
from arenadesk.ui.boards import export as board_export
from arenadesk.ui.boards.screen_part import ScreenPart
from arenadesk.ui.boards.table import ZoneTableProxy
from arenadesk.ui.common.texts import arg


class NoteCommands(ScreenPart):
    tabs: QTabWidget
    table: QTableView
    table_proxy: ZoneTableProxy
    _say: Callable[..., None]
    relabel_open_board: Callable[[], None]
    own_changes: ChangeSet | None  # being announced: this screen's own edit

    def _zone_changed(self, _index: int) -> None:
        template = self.editor.template
        key = self.zone_picker.current_key()
        zone = template.zone(key) if template and key else None
        self.scene.show_zone(zone)
        if zone is not None:
            hint = zone.hint.text(self.ctx.language)
            name = zone.name.text(self.ctx.language)
            self.entry.setPlaceholderText(
                arg(
                    QCoreApplication.translate("BoardsScreen", "Note for “%1”: %2 — Enter adds it"),
                    name,
                    hint,
                )
            )

    def add_typed_note(self) -> None:
        key = self.zone_picker.current_key()
        if self.editor.board is None or key is None:
            return
        try:
            self.editor.add_text(key, self.entry.text())
        except UserError as error:
            self._say(error.text(self.ctx.language), error=True)
            return
        self.entry.clear()
        self._say("")

    def selected_ids(self) -> list[uuid.UUID]:
        if self.tabs.currentWidget() is self.table:
            rows = {i.row() for i in self.table.selectionModel().selectedRows()}
            return [self.table_proxy.note_at(r).id for r in sorted(rows)]
        return self.scene.selected_ids()

    def delete_selected(self) -> None:
        self.editor.delete(self.selected_ids())

    def duplicate(self) -> None:
        self.editor.duplicate(self.selected_ids())

    def set_colour(self, colour: str) -> None:
        ids = self.selected_ids()
        if not ids:
            self._say(
                QCoreApplication.translate("BoardsScreen", "Select the notes to colour first.")
            )
            return
        self.editor.set_colour(ids, colour)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.tabs.currentWidget() is self.table:
            self.table.edit(self.table_proxy.index(self.table_proxy.row_of(ids[0]), 1))
        else:
            self.scene.edit_note(ids[0])

    def _table_selection(self) -> None:
        if self.tabs.currentWidget() is self.table:
            self.scene.select_only(self.selected_ids())

    def _after_edit(self, changes: ChangeSet) -> None:
        self._update_actions()
        # The board list follows this screen's own edit here; when the edit is announced
        # to every screen, this one does not read the group's boards again.
        self.relabel_open_board()
        self.own_changes = changes
        try:
            self.ctx.signals.announce(changes)
        finally:
            self.own_changes = None
        selected = set(self.scene.selected_ids())
        if selected and self.tabs.currentWidget() is self.table:
            model = self.table.selectionModel()
            for note_id in selected:
                index = self.table_proxy.index(self.table_proxy.row_of(note_id), 0)
                flags = QItemSelectionModel.SelectionFlag.Select
                model.select(index, flags | QItemSelectionModel.SelectionFlag.Rows)

    # --- out of the app ------------------------------------------------------------------

    def export(self, kind: str) -> None:
        board = self.editor.board
        if board is None:
            return
        name = f"{self.group_combo.currentText().split()[0]} {board.title}.{kind}"
        notes = self.editor.note_list()
        path = board_export.export_asking(self, self.scene, board.title, name, notes, kind)
        if path is not None:
            self._say(arg(QCoreApplication.translate("BoardsScreen", "Saved %1"), str(path)))

    def copy_image(self) -> None:
        if self.editor.board is not None:
            board_export.copy_image(self.scene)
            self._say(
                QCoreApplication.translate(
                    "BoardsScreen", "The board is on the clipboard as a picture."
                )
            )
