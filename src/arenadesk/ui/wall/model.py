"""The program wall as Qt item models: the grid (økter × spaces) and the unplaced pile.

The models only show a `Wall` snapshot; a drop is announced with `dropped` and the
screen writes it (through its undo stack), then hands the models the new wall.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from arenadesk.domain.open_space import cell_number
from arenadesk.domain.wall import SlotRow, TopicRow, Wall, space_heading, time_span
from arenadesk.ui.common.texts import arg

MIME = "application/x-arenadesk-topic"
TOPICS_ROLE = Qt.ItemDataRole.UserRole + 1  # list[TopicRow] of a cell
CLASH_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: a topic of the cell is in a clash
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's number, "2.4"
NEW_DAY_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: the first økt of a later day

Index = QModelIndex | QPersistentModelIndex
EMPTY_WALL = Wall((), (), (), ())


def topic_mime(topic_id: uuid.UUID) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(str(topic_id).encode()))
    return data


def topic_from_mime(data: QMimeData) -> uuid.UUID | None:
    if not data.hasFormat(MIME):
        return None
    try:
        return uuid.UUID(bytes(data.data(MIME).data()).decode())
    except ValueError:
        return None


def slot_title(slot: SlotRow, language: str, separator: str = " · ") -> str:
    """ "Økt 2 · dag 1 · 13.00–14.30"."""
    parts = [
        arg(QCoreApplication.translate("Wall", "Økt %1"), str(slot.number)),
        arg(QCoreApplication.translate("Wall", "day %1"), str(slot.day)),
    ]
    span = time_span(slot, language)
    return separator.join([*parts, span] if span else parts)


def _tooltip(topics: list[TopicRow]) -> str:
    lines = []
    for topic in topics:
        line = f"{topic.number or ''} {topic.title}".strip()
        if topic.convener:
            line += "\n" + arg(QCoreApplication.translate("Wall", "Convener: %1"), topic.convener)
        if topic.documented:
            line += "\n" + QCoreApplication.translate("Wall", "The conversation is documented.")
        lines.append(line)
    return "\n\n".join(lines)


class WallGridModel(QAbstractTableModel):
    """Rows are økter, columns spaces; each cell holds the topics placed there."""

    dropped = Signal(object, object, object)  # topic id, slot id | None, space id | None

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.wall = EMPTY_WALL
        self._clashing: set[uuid.UUID] = set()

    def set_wall(self, wall: Wall) -> None:
        self.beginResetModel()
        self.wall = wall
        self._clashing = {topic for clash in wall.clashes for topic in clash.topic_ids}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.wall.slots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.wall.spaces)

    def topics_at(self, index: Index) -> list[TopicRow]:
        if not index.isValid():
            return []
        slot, space = self.wall.slots[index.row()], self.wall.spaces[index.column()]
        return self.wall.in_cell(slot.id, space.id)

    def index_of_topic(self, topic_id: uuid.UUID) -> QModelIndex:
        for topic in self.wall.topics:
            if topic.id == topic_id and topic.slot_id is not None:
                row = next(i for i, s in enumerate(self.wall.slots) if s.id == topic.slot_id)
                column = next(i for i, s in enumerate(self.wall.spaces) if s.id == topic.space_id)
                return self.index(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        topics = self.topics_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(t.title for t in topics)
        if role == TOPICS_ROLE:
            return topics
        if role == CLASH_ROLE:
            return any(t.id in self._clashing for t in topics)
        if role == NUMBER_ROLE:
            slot, space = self.wall.slots[index.row()], self.wall.spaces[index.column()]
            return cell_number(slot.number, space.number)
        if role == NEW_DAY_ROLE:
            row = index.row()
            return row > 0 and self.wall.slots[row].day != self.wall.slots[row - 1].day
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(topics) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.wall.spaces):
                return None
            return space_heading(self.wall.spaces[section])
        if section >= len(self.wall.slots):
            return None
        return slot_title(self.wall.slots[section], self.language, "\n")

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.topics_at(index):
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        topics = [t for index in indexes for t in self.topics_at(index)]
        return topic_mime(topics[0].id) if topics else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return topic_from_mime(data) is not None and (parent.isValid() or row >= 0)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        topic_id = topic_from_mime(data)
        target = parent if parent.isValid() else self.index(row, column)
        if topic_id is None or not target.isValid():
            return False
        slot, space = self.wall.slots[target.row()], self.wall.spaces[target.column()]
        self.dropped.emit(topic_id, slot.id, space.id)
        return True


class PileModel(QAbstractListModel):
    """The topics not on the wall yet (announced when every space of the økt was taken,
    or taken off the wall)."""

    dropped = Signal(object, object, object)  # topic id, None, None

    def __init__(self) -> None:
        super().__init__()
        self.topics: list[TopicRow] = []

    def set_wall(self, wall: Wall) -> None:
        self.beginResetModel()
        self.topics = wall.unplaced()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.topics)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        topic = self.topics[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return topic.title
        if role == TOPICS_ROLE:
            return [topic]
        if role == CLASH_ROLE:
            return False
        if role == NUMBER_ROLE:
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip([topic])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = [i.row() for i in indexes if i.isValid()]
        return topic_mime(self.topics[rows[0]].id) if rows else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return topic_from_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        topic_id = topic_from_mime(data)
        if topic_id is None:
            return False
        self.dropped.emit(topic_id, None, None)
        return True


def _count_word(count: int) -> str:
    words = {
        2: QCoreApplication.translate("Wall", "two"),
        3: QCoreApplication.translate("Wall", "three"),
        4: QCoreApplication.translate("Wall", "four"),
    }
    return words.get(count, str(count))


def _topic_list(topics: list[TopicRow]) -> str:
    named = [
        arg(QCoreApplication.translate("Wall", "“%1”"), t.title)
        + (f" ({t.number})" if t.number else "")
        for t in topics
    ]
    return ", ".join(named[:-1]) + " " + QCoreApplication.translate("Wall", "and") + " " + named[-1]


def clash_lines(wall: Wall) -> list[str]:
    """The wall's clashes in plain words, one line each."""
    by_id = {t.id: t for t in wall.topics}
    lines = []
    for clash in wall.clashes:
        slot = wall.slot(clash.slot_id)
        topics = [by_id[i] for i in clash.topic_ids if i in by_id]
        if slot is None or len(topics) < 2:
            continue
        if clash.kind == "convener":
            text = QCoreApplication.translate("Wall", "%1 convenes %2 topics in økt %3: %4")
            who = clash.convener
            word = _count_word(len(topics))
        else:
            space = wall.space(clash.space_id)
            text = QCoreApplication.translate(
                "Wall", "%2 topics are in %1 in økt %3: move one of them (%4)"
            )
            who = space.label if space else "?"
            word = _count_word(len(topics))
            word = word[:1].upper() + word[1:]
        lines.append(arg(text, who, word, slot.number, _topic_list(topics)))
    return lines
