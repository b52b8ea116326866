"""The marks the photo editor draws over the picture: four corner handles joined into the
poster's outline (straighten) or a crop rectangle, and a veil over what is left out.

Positions are kept in the picture's pixels in the scene; the editor reads them as
fractions. Handles keep their size on screen at any zoom and stay on the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

HANDLE_RADIUS = 9
OUTLINE = QColor("#ffb300")
CHOSEN = QColor("#e53935")
VEIL = QColor(0, 0, 0, 120)


class Handle(QGraphicsEllipseItem):
    """A corner the person drags (or moves with the arrow keys once chosen)."""

    def __init__(self, label: str, bounds: QRectF, moved: Callable[[], None]) -> None:
        r = HANDLE_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.bounds, self._moved = bounds, moved
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(3)
        self.set_chosen(False)
        text = QGraphicsSimpleTextItem(label, self)
        text.setBrush(QBrush(Qt.GlobalColor.black))
        box = text.boundingRect()
        text.setPos(-box.width() / 2, -box.height() / 2)

    def set_chosen(self, chosen: bool) -> None:
        self.setPen(QPen(Qt.GlobalColor.white, 2))
        self.setBrush(QBrush(CHOSEN if chosen else OUTLINE))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
            value, QPointF
        ):
            b = self.bounds
            return QPointF(
                min(max(value.x(), b.left()), b.right()), min(max(value.y(), b.top()), b.bottom())
            )
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._moved()
        return super().itemChange(change, value)


class Marks:
    """Four handles on a picture of `size` and the shape they draw: a free quadrilateral
    (straighten) or, with `rectangle`, the crop box whose corners move together."""

    def __init__(self, scene: QGraphicsScene, bounds: QRectF, *, rectangle: bool) -> None:
        self.scene, self.bounds, self.rectangle = scene, bounds, rectangle
        self._syncing = False
        self.veil = QGraphicsPathItem()
        self.veil.setBrush(QBrush(VEIL))
        self.veil.setPen(QPen(Qt.PenStyle.NoPen))
        self.veil.setZValue(1)
        self.outline = QGraphicsPathItem()
        pen = QPen(OUTLINE, 2)
        pen.setCosmetic(True)
        self.outline.setPen(pen)
        self.outline.setZValue(2)
        scene.addItem(self.veil)
        scene.addItem(self.outline)
        self.handles = [
            Handle(str(number + 1), bounds, partial(self._moved, number)) for number in range(4)
        ]
        for handle in self.handles:
            scene.addItem(handle)
        self.chosen = 0

    def remove(self) -> None:
        for item in (self.veil, self.outline, *self.handles):
            self.scene.removeItem(item)

    def place(self, points: Sequence[QPointF]) -> None:
        """Put the handles at four points (top-left, top-right, bottom-right, bottom-left)."""
        self._syncing = True
        try:
            for handle, point in zip(self.handles, points, strict=True):
                handle.setPos(point)
        finally:
            self._syncing = False
        self._redraw()

    def points(self) -> list[QPointF]:
        return [handle.pos() for handle in self.handles]

    def choose(self, index: int) -> None:
        self.chosen = index % 4
        for number, handle in enumerate(self.handles):
            handle.set_chosen(number == self.chosen)

    def nudge(self, dx: float, dy: float) -> None:
        """Move the chosen corner by (dx, dy) pixels of the picture."""
        handle = self.handles[self.chosen]
        handle.setPos(handle.pos() + QPointF(dx, dy))

    def _moved(self, index: int) -> None:
        if self._syncing:
            return
        if self.rectangle:  # the corners beside the moved one follow it
            self._syncing = True
            try:
                moved = self.handles[index].pos()
                beside_x = {0: 3, 1: 2, 2: 1, 3: 0}[index]  # shares the x
                beside_y = {0: 1, 1: 0, 2: 3, 3: 2}[index]  # shares the y
                other = self.handles[beside_x]
                other.setPos(QPointF(moved.x(), other.pos().y()))
                other = self.handles[beside_y]
                other.setPos(QPointF(other.pos().x(), moved.y()))
            finally:
                self._syncing = False
        self._redraw()

    def _redraw(self) -> None:
        shape = QPainterPath()
        shape.addPolygon(QPolygonF(self.points()))
        shape.closeSubpath()
        self.outline.setPath(shape)
        veil = QPainterPath()
        veil.addRect(self.bounds)
        self.veil.setPath(veil.subtracted(shape))


def rectangle_points(rect: QRectF) -> list[QPointF]:
    return [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
