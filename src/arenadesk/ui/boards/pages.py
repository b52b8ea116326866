"""Zone pages: a zone that holds more notes than fit at the smallest readable card size
stacks them on its slots (domain.note_layout.arrange_zone), and the board shows one page
of the zone at a time, with a "page 1 of 3" button in the zone's corner to turn it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from arenadesk.domain.boards import BoardTemplate
from arenadesk.ui.boards.items import NoteItem, board_font
from arenadesk.ui.common.texts import arg

PAGER_Z = 1_000_000.0  # above every note


class CornerBadge(QGraphicsItem):
    """A white rounded box with bold text in a zone's bottom-right corner."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._rect = QRectF()
        self.setZValue(PAGER_Z)

    def place(self, text: str, corner: tuple[float, float]) -> None:
        self.prepareGeometryChange()
        self.text = text
        width = 24 + 10.5 * len(text)
        self._rect = QRectF(0, 0, width, 30)
        self.setPos(corner[0] - width - 6, corner[1] - 36)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(QPen(QColor("#0b3d6e"), 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRoundedRect(self._rect, 8, 8)
        painter.setFont(board_font(18, bold=True))
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class PagerItem(CornerBadge):
    """ "Side 2 av 3 ▸" in the zone's bottom-right corner; a click turns the page."""

    def __init__(self, zone_key: str, turn: Callable[[str], None]) -> None:
        super().__init__()
        self.zone_key = zone_key
        self._turn = turn
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def show_page(self, page: int, pages: int, corner: tuple[float, float]) -> None:
        text = QCoreApplication.translate("ZonePages", "Page %1 of %2 ▸")
        self.place(arg(text, str(page + 1), str(pages)), corner)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._turn(self.zone_key)
        event.accept()


def count_badge(count: int, corner: tuple[float, float]) -> CornerBadge:
    """ "+12" in a zone's corner of a picture: notes the picture has no room for."""
    badge = CornerBadge()
    badge.place(f"+{count}", corner)
    return badge


class ZonePages:
    """Which page each zone shows; hides the notes of the other pages."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.page: dict[str, int] = {}
        self.pages: dict[str, int] = {}
        self._pagers: dict[str, PagerItem] = {}
        self.hidden: set[NoteItem] = set()  # the notes of the pages not shown

    def clear(self) -> None:
        for pager in self._pagers.values():
            self.scene.removeItem(pager)
        self._pagers.clear()
        self.page.clear()
        self.pages.clear()
        self.hidden.clear()

    def refresh(
        self,
        template: BoardTemplate | None,
        items: Iterable[NoteItem],
        zone_keys: set[str] | None = None,
    ) -> None:
        """Lay out the pages of `zone_keys` (every zone when None) in one pass."""
        stacks: dict[str, dict[tuple[float, float, float, float], list[NoteItem]]] = {}
        for item in items:
            row = item.row
            if zone_keys is None or row.zone_key in zone_keys:
                slot = (row.x, row.y, row.w, row.h)
                stacks.setdefault(row.zone_key, {}).setdefault(slot, []).append(item)
        for key in zone_keys if zone_keys is not None else set(stacks) | set(self._pagers):
            slots = stacks.get(key, {})
            count = max((len(s) for s in slots.values()), default=0)
            page = min(self.page.get(key, 0), max(count - 1, 0))
            self.page[key], self.pages[key] = page, count
            for stack in slots.values():
                stack.sort(key=lambda i: i.row.z)
                for index, item in enumerate(stack):
                    shown = count <= 1 or index == page
                    item.setVisible(shown)
                    if shown:
                        self.hidden.discard(item)
                    else:
                        self.hidden.add(item)
            self._show_pager(template, key, page, count)

    def turn(
        self, zone_key: str, template: BoardTemplate | None, items: Iterable[NoteItem]
    ) -> None:
        pages = self.pages.get(zone_key, 0)
        if pages > 1:
            self.page[zone_key] = (self.page.get(zone_key, 0) + 1) % pages
            self.refresh(template, items, {zone_key})

    def _show_pager(self, template: BoardTemplate | None, key: str, page: int, pages: int) -> None:
        pager = self._pagers.get(key)
        zone = template.zone(key) if template is not None else None
        if pages <= 1 or zone is None:
            if pager is not None:
                self.scene.removeItem(pager)
                del self._pagers[key]
            return
        if pager is None:
            pager = self._pagers[key] = PagerItem(key, self._turn_from_click)
            self.scene.addItem(pager)
        box = zone.region.bounds
        pager.show_page(page, pages, (box.right, box.bottom))

    def _turn_from_click(self, zone_key: str) -> None:
        turn = getattr(self.scene, "turn_zone_page", None)
        if turn is not None:
            turn(zone_key)
