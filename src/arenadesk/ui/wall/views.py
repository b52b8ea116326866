"""The program wall's views: cards painted by one delegate, dragged between the grid and
the pile. The views pick the topic under the mouse (a cell may hold two after a merge)
and announce what the person asked for; the screen does the writing."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from arenadesk.domain.wall import TopicRow
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.wall.model import CLASH_ROLE, NEW_DAY_ROLE, NUMBER_ROLE, TOPICS_ROLE, topic_mime

CARD_WIDTH, CARD_HEIGHT, PILE_HEIGHT = 168, 116, 74
INK, MUTED, RULE = QColor("#1f2933"), QColor("#52606d"), QColor("#c5ced8")
CHOSEN, FREE, DAY_RULE = QColor("#1f6fb2"), QColor("#f3f5f8"), QColor("#1c3d5a")
DONE = "#1c6b4a"

Index = QModelIndex | QPersistentModelIndex


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into lines of `width` pixels; past `max_lines` the last one ends
    in "…" (the tooltip and the edit dialog show the whole title)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        metrics = QFontMetrics(font)
        lines = lines[: max_lines - 1] + [
            metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        ]
    return lines


def topic_rects(rect: QRect, count: int) -> list[QRect]:
    """A cell's card areas: one, or the cell split in rows when topics share it."""
    inner = rect.adjusted(4, 4, -4, -4)
    if count <= 1:
        return [inner][:count]
    height = (inner.height() - 4 * (count - 1)) // count
    return [
        QRect(inner.left(), inner.top() + i * (height + 4), inner.width(), height)
        for i in range(count)
    ]


class CardDelegate(QStyledItemDelegate):
    """A topic as a card: title (wrapped), convener, its number small in the corner, a
    tick when documented, and an amber border with a warning sign when it clashes."""

    def __init__(self, parent: QWidget | None = None, *, pile: bool = False) -> None:
        super().__init__(parent)
        self.pile = pile
        self._tick = icon("documented", DONE).pixmap(14, 14)
        self._warning = icon("warning", WARNING_COLOUR).pixmap(14, 14)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(CARD_WIDTH, PILE_HEIGHT if self.pile else CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        topics: list[TopicRow] = index.data(TOPICS_ROLE) or []
        clash = bool(index.data(CLASH_ROLE))
        rect = QRect(option.rect)
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(NEW_DAY_ROLE):
            painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 3), DAY_RULE)
        if not topics:
            self._paint_free(painter, rect, str(index.data(NUMBER_ROLE) or ""), chosen)
        for area, topic in zip(topic_rects(rect, len(topics)), topics, strict=True):
            self._paint_card(painter, area, topic, clash, chosen, option.font)
        painter.restore()

    def _paint_free(self, painter: QPainter, rect: QRect, number: str, chosen: bool) -> None:
        area = rect.adjusted(4, 4, -4, -4)
        painter.setPen(QPen(CHOSEN if chosen else RULE, 2 if chosen else 1, Qt.PenStyle.DashLine))
        painter.setBrush(FREE)
        painter.drawRoundedRect(area, 5, 5)
        painter.setPen(MUTED)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, number)

    def _paint_card(
        self,
        painter: QPainter,
        area: QRect,
        topic: TopicRow,
        clash: bool,
        chosen: bool,
        base: QFont,
    ) -> None:
        border = QColor(WARNING_COLOUR) if clash else CHOSEN if chosen else RULE
        painter.setPen(QPen(border, 3 if clash or chosen else 1))
        painter.setBrush(QColor("#fff8ec") if clash else QColor("white"))
        painter.drawRoundedRect(area, 5, 5)
        inner = area.adjusted(7, 5, -7, -5)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.8, 7))
        small_metrics = QFontMetrics(small)
        corner = inner.right()
        if topic.number:
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, topic.number
            )
            corner -= small_metrics.horizontalAdvance(topic.number) + 4
        if clash:
            painter.drawPixmap(corner - 14, inner.top(), self._warning)
        title_font = QFont(base)
        title_font.setBold(True)
        title_metrics = QFontMetrics(title_font)
        convener_height = small_metrics.lineSpacing() if topic.convener else 0
        top = inner.top() + small_metrics.height() if topic.number else inner.top()
        room = inner.bottom() - top - convener_height
        max_lines = max(1, room // title_metrics.lineSpacing())
        painter.setFont(title_font)
        painter.setPen(INK)
        for line in wrapped_lines(topic.title, title_font, inner.width(), max_lines):
            painter.drawText(
                QRect(inner.left(), top, inner.width(), title_metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            top += title_metrics.lineSpacing()
        bottom_line = QRect(
            inner.left(), inner.bottom() - convener_height, inner.width(), convener_height
        )
        tick_room = 18 if topic.documented else 0
        if topic.convener:
            painter.setFont(small)
            painter.setPen(MUTED)
            painter.drawText(
                bottom_line.adjusted(0, 0, -tick_room, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(
                    topic.convener, Qt.TextElideMode.ElideRight, inner.width() - tick_room
                ),
            )
        if topic.documented:
            painter.drawPixmap(inner.right() - 14, inner.bottom() - 14, self._tick)


class _CardDragging:
    """Shared by the grid and the pile: which topic is under the mouse, and the drag."""

    _press: QPoint
    _chosen: uuid.UUID | None = None

    def topic_under(self, point: QPoint) -> TopicRow | None:
        view: QAbstractItemView = self  # type: ignore[assignment]
        index = view.indexAt(point)
        topics: list[TopicRow] = (index.data(TOPICS_ROLE) or []) if index.isValid() else []
        for area, topic in zip(
            topic_rects(view.visualRect(index), len(topics)), topics, strict=True
        ):
            if area.contains(point):
                return topic
        return topics[0] if topics else None

    def current_topic(self) -> TopicRow | None:
        view: QAbstractItemView = self  # type: ignore[assignment]
        topics: list[TopicRow] = view.currentIndex().data(TOPICS_ROLE) or []
        return next((t for t in topics if t.id == self._chosen), topics[0] if topics else None)

    def _remember_press(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        topic = self.topic_under(self._press)
        self._chosen = topic.id if topic else None

    def _start_drag(self) -> None:
        view: QAbstractItemView = self  # type: ignore[assignment]
        topic = self.topic_under(getattr(self, "_press", QPoint()))
        if topic is None:
            return
        drag = QDrag(view)
        drag.setMimeData(topic_mime(topic.id))
        index = view.indexAt(self._press)
        picture = QPixmap(view.visualRect(index).size())
        picture.fill(Qt.GlobalColor.transparent)
        view.viewport().render(picture, QPoint(), view.visualRect(index))
        drag.setPixmap(picture)
        drag.setHotSpot(self._press - view.visualRect(index).topLeft())
        drag.exec(Qt.DropAction.MoveAction)

    # The views' own event handlers: a press remembers the topic, a double-click edits it.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._remember_press(event)
        super().mousePressEvent(event)  # type: ignore[misc]

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        topic = self.topic_under(event.position().toPoint())
        if topic is not None:
            self.edit_requested.emit(topic)  # type: ignore[attr-defined]
            return
        super().mouseDoubleClickEvent(event)  # type: ignore[misc]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        self._start_drag()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_requested.emit(*self._context(event))  # type: ignore[attr-defined]

    def _context(self, event: QContextMenuEvent) -> tuple[TopicRow | None, QPoint]:
        """The topic a context menu is for, and where (global) the menu opens."""
        view: QAbstractItemView = self  # type: ignore[assignment]
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            topic = self.current_topic()
            point = view.visualRect(view.currentIndex()).center()
        else:
            topic = self.topic_under(event.pos())
            point = event.pos()
        return topic, view.viewport().mapToGlobal(point)


class WallGridView(_CardDragging, QTableView):
    """The grid: økter down, spaces across, headers frozen while it scrolls."""

    context_requested = Signal(object, object)  # TopicRow | None, global QPoint
    edit_requested = Signal(object)  # TopicRow
    nudge = Signal(object, int, int)  # TopicRow, rows, columns (Alt+arrow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press = QPoint()
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        across, down = self.horizontalHeader(), self.verticalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        across.setDefaultSectionSize(CARD_WIDTH)
        across.setSectionsClickable(True)
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultSectionSize(CARD_HEIGHT)
        down.setSectionsClickable(True)
        bold = QFont(self.font())
        bold.setBold(True)
        across.setFont(bold)
        down.setFont(bold)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in steps:
            topic = self.current_topic()
            if topic is not None:
                self.nudge.emit(topic, *steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class PileView(_CardDragging, QListView):
    """The unplaced topics beside the grid; a card dropped here leaves the wall."""

    context_requested = Signal(object, object)
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press = QPoint()
        self.setItemDelegate(CardDelegate(self, pile=True))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)


def chosen_topic_id(view: WallGridView | PileView) -> uuid.UUID | None:
    topic = view.current_topic()
    return topic.id if topic else None
