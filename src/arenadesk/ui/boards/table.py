"""The board as a table (zone → notes), editable: the 2013 report's "i tabells form".

Notes stand in the order they were typed, zone by zone; a click on a column's header sorts
by it (the zone column gives that typed order back)."""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from arenadesk.domain.boards import BoardTemplate
from arenadesk.domain.note_layout import NOTE_COLOURS, transcribe
from arenadesk.i18n.messages import UserError
from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.editor import BoardEditor, typed_order

Index = QModelIndex | QPersistentModelIndex
ZONE, TEXT = 0, 1
Row = tuple[str, str, NoteRow, bool]
Order = tuple[tuple[int, str], int, int]
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# More notes than this changed at once: their rows are found in one pass over the rows.
MANY_NOTES = 64


class ZoneTableModel(QAbstractTableModel):
    """One row per note, grouped by zone in the template's order, notes in typed order.
    Editing the text or the zone goes through the editor, so it is saved and undoable."""

    refused = Signal(object)  # a UserError: the edit was not saved

    def __init__(self, editor: BoardEditor, language: str) -> None:
        super().__init__()
        self.editor = editor
        self.language = language
        self._rows: list[Row] = []  # key, name, note, first in zone
        self._shown: dict[uuid.UUID, NoteRow] = {}  # each row's note, by id
        editor.changed.connect(self.refresh)
        editor.notes_changed.connect(self.update_notes)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        template = self.editor.template
        if template is not None:
            for key, name, notes in transcribe(template, self.editor.notes.values()):
                label = name.text(self.language) if name else key
                for index, note in enumerate(sorted(notes, key=typed_order)):
                    self._rows.append((key, label, note, index == 0))
        self._shown = {row[2].id: row[2] for row in self._rows}
        self.endResetModel()

    def _order(self) -> Callable[[Row], Order]:
        """The rows' order: zone (the template's, then unknown keys), then typed order."""
        zones = self.editor.template.zones if self.editor.template else []
        rank = {zone.key: (index, "") for index, zone in enumerate(zones)}
        late = len(zones)

        def order(row: Row) -> Order:
            return (rank.get(row[0], (late, row[0])), *typed_order(row[2]))

        return order

    def update_notes(self, note_ids: frozenset[uuid.UUID]) -> None:
        """Some notes were added, changed or removed: only their rows change. A note that
        keeps its zone and typed order keeps its row; one that left or changed zone is
        taken out, and the new ones go in at their place, each found by bisection.
        Resetting the model instead made the sorted view sort the whole board again
        (0.5 s at 5 000 notes)."""
        template = self.editor.template
        if template is None:
            self.refresh()
            return
        notes, order = self.editor.notes, self._order()
        coming: list[NoteRow] = []
        # Many notes at once (a zone laid out again): each row's index read from one pass
        # over the rows, until a row is taken out, instead of a bisection for each.
        where = (
            {row[2].id: index for index, row in enumerate(self._rows)}
            if len(note_ids) > MANY_NOTES
            else None
        )
        for note_id in note_ids:
            old, now = self._shown.get(note_id), notes.get(note_id)
            if old is None:  # a new row
                if now is not None:
                    coming.append(now)
                continue
            index = where.get(note_id) if where is not None else self._position(old, order)
            if index is None:  # not where its order says: never expected, built again
                self.refresh()
                return
            key, label, _, first = self._rows[index]
            if now is not None and now.zone_key == key and typed_order(now) == typed_order(old):
                self._rows[index] = (key, label, now, first)
                self._shown[note_id] = now
                if (now.text, now.colour) != (old.text, old.colour):
                    self.dataChanged.emit(self.index(index, ZONE), self.index(index, TEXT))
                continue
            where = None  # the rows after it move up
            self.beginRemoveRows(QModelIndex(), index, index)
            del self._rows[index]
            del self._shown[note_id]
            self.endRemoveRows()
            self._mark_first_rows(index)
            if now is not None:
                coming.append(now)
        for note in sorted(coming, key=typed_order):
            zone = template.zone(note.zone_key)
            label = zone.name.text(self.language) if zone else note.zone_key
            row = (note.zone_key, label, note, False)
            index = bisect.bisect_right(self._rows, order(row), key=order)
            self.beginInsertRows(QModelIndex(), index, index)
            self._rows.insert(index, row)
            self._shown[note.id] = note
            self.endInsertRows()
            self._mark_first_rows(index)

    def _position(self, note: NoteRow, order: Callable[[Row], Order]) -> int | None:
        """The row showing `note` (as shown), found by bisection on the rows' order."""
        want = order((note.zone_key, "", note, False))
        index = bisect.bisect_left(self._rows, want, key=order)
        while index < len(self._rows) and order(self._rows[index]) == want:
            if self._rows[index][2].id == note.id:
                return index
            index += 1
        return None

    def _mark_first_rows(self, around: int) -> None:
        """A row went in or out at `around`: the first row of each zone there is marked
        again (its zone name in bold)."""
        for index in range(max(around - 1, 0), min(around + 2, len(self._rows))):
            key, label, note, first = self._rows[index]
            starts = index == 0 or self._rows[index - 1][0] != key
            if first != starts:
                self._rows[index] = (key, label, note, starts)
                self.dataChanged.emit(self.index(index, ZONE), self.index(index, ZONE))

    def note_at(self, row: int) -> NoteRow:
        return self._rows[row][2]

    def row_of(self, note_id: uuid.UUID) -> int:
        return next(i for i, r in enumerate(self._rows) if r[2].id == note_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ZoneTable", "Zone")
                if section == ZONE
                else QCoreApplication.translate("ZoneTable", "Note")
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, label, note, first = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return label if column == ZONE else note.text
        if role == Qt.ItemDataRole.EditRole:
            return key if column == ZONE else note.text
        if role == SORT_ROLE:
            return index.row() if column == ZONE else note.text.casefold()
        if role == Qt.ItemDataRole.FontRole and column == ZONE and first:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == ZONE and not first:
            return QBrush(QColor("#7b8794"))
        if role == Qt.ItemDataRole.DecorationRole and column == TEXT:
            return QColor(NOTE_COLOURS.get(note.colour, NOTE_COLOURS["yellow"]))
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return note.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        note = self._rows[index.row()][2]
        try:
            if index.column() == TEXT:
                self.editor.edit_text(note.id, str(value))
            else:
                self.editor.move_to_zone(note.id, str(value))
        except UserError as error:  # shown by the screen; the saved value stays
            self.refused.emit(error)
            return False
        return True


class ZoneTableProxy(QSortFilterProxyModel):
    """Sorts the zone table by a column: zone (typed order within each) or note text."""

    def __init__(self, source: ZoneTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.source = source

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Sorted by the note's text, zones no longer come in groups: every zone name is
        written out alike (no bold first row, no greyed repeats)."""
        grouping = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
        if role in grouping and self.sortColumn() == TEXT:
            return None
        return super().data(index, role)

    def note_at(self, row: int) -> NoteRow:
        return self.source.note_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, note_id: uuid.UUID) -> int:
        return self.mapFromSource(self.source.index(self.source.row_of(note_id), 0)).row()


class ZoneDelegate(QStyledItemDelegate):
    """Zone cells edit with a list of the template's zones."""

    def __init__(self, template_of: Any, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template_of = template_of
        self.language = language

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() != ZONE:
            return super().createEditor(parent, option, index)
        template: BoardTemplate | None = self._template_of()
        combo = QComboBox(parent)
        for zone in template.zones if template else ():
            combo.addItem(zone.name.text(self.language), zone.key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
