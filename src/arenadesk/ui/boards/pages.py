"""Zone pages: a zone that holds more notes than fit at the smallest readable card size
stacks them on its slots (domain.note_layout.arrange_zone), and the board shows one page
of the zone at a time, with a "page 1 of 3" button in the zone's corner to turn it."""

from __future__ import annotations

from collections import Counter
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


Slot = tuple[float, float, float, float]


class ZonePages:
    """Which page each zone shows; hides the notes of the other pages.

    The notes are kept in stacks, zone by zone and slot by slot (x, y, w, h), with how
    many stacks of each height a zone has: one note's change touches its old and new
    stack only, unless it changes how many pages its zone has."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.page: dict[str, int] = {}
        self.pages: dict[str, int] = {}
        self._pagers: dict[str, PagerItem] = {}
        self.hidden: set[NoteItem] = set()  # the notes of the pages not shown
        self._stacks: dict[str, dict[Slot, list[NoteItem]]] = {}
        self._heights: dict[str, Counter[int]] = {}  # zone → {stack height: stacks}
        self._place: dict[NoteItem, tuple[str, Slot]] = {}

    def clear(self) -> None:
        for pager in self._pagers.values():
            self.scene.removeItem(pager)
        self._pagers.clear()
        self.page.clear()
        self.pages.clear()
        self.hidden.clear()
        self._stacks.clear()
        self._heights.clear()
        self._place.clear()

    # --- the stacks ----------------------------------------------------------------------

    def _take_out(self, item: NoteItem) -> tuple[str, Slot] | None:
        place = self._place.pop(item, None)
        if place is not None:
            key, slot = place
            stack = self._stacks[key][slot]
            self._heights[key][len(stack)] -= 1
            stack.remove(item)
            if stack:
                self._heights[key][len(stack)] += 1
            else:
                del self._stacks[key][slot]
        return place

    def _put_in(self, item: NoteItem) -> tuple[str, Slot]:
        row = item.row
        place = (row.zone_key, (row.x, row.y, row.w, row.h))
        key, slot = place
        stack = self._stacks.setdefault(key, {}).setdefault(slot, [])
        heights = self._heights.setdefault(key, Counter())
        if stack:
            heights[len(stack)] -= 1
        stack.append(item)
        heights[len(stack)] += 1
        self._place[item] = place
        return place

    def _count(self, key: str) -> int:
        """The zone's pages: its highest stack."""
        return max((h for h, n in self._heights.get(key, Counter()).items() if n > 0), default=0)

    def items_of(self, zone_keys: Iterable[str]) -> list[NoteItem]:
        return [i for key in zone_keys for s in self._stacks.get(key, {}).values() for i in s]

    # --- laying out ----------------------------------------------------------------------

    def refresh(
        self,
        template: BoardTemplate | None,
        items: Iterable[NoteItem],
        zone_keys: set[str] | None = None,
    ) -> None:
        """Lay out the pages of `zone_keys` (every zone when None), whose notes are
        `items` (all of them), in one pass."""
        for key in list(self._stacks) if zone_keys is None else zone_keys:
            for stack in self._stacks.pop(key, {}).values():
                for item in stack:
                    self._place.pop(item, None)
            self._heights.pop(key, None)
        for item in items:
            self._take_out(item)
            self._put_in(item)
        keys = set(self._stacks) | set(self._pagers) if zone_keys is None else zone_keys
        for key in keys:
            self._lay_out_zone(template, key)

    def update(
        self,
        template: BoardTemplate | None,
        changed: Iterable[NoteItem] = (),
        removed: Iterable[NoteItem] = (),
    ) -> None:
        """Notes shown or changed, and notes no longer shown: their stacks are laid out
        again; a zone whose number of pages changed is laid out again as a whole."""
        touched: set[tuple[str, Slot]] = set()
        for item in removed:
            place = self._take_out(item)
            if place is not None:
                touched.add(place)
            self.hidden.discard(item)
        for item in changed:
            place = self._take_out(item)
            if place is not None:
                touched.add(place)
            touched.add(self._put_in(item))
        whole: set[str] = set()
        for key in {k for k, _ in touched}:
            count = self._count(key)
            page = min(self.page.get(key, 0), max(count - 1, 0))
            if (page, count) != (self.page.get(key, 0), self.pages.get(key, 0)):
                whole.add(key)
        for key in whole:
            self._lay_out_zone(template, key)
        for key, slot in touched:
            stack = self._stacks.get(key, {}).get(slot)
            if key not in whole and stack:
                self._lay_out_stack(stack, self.page.get(key, 0), self.pages.get(key, 0))

    def _lay_out_zone(self, template: BoardTemplate | None, key: str) -> None:
        count = self._count(key)
        page = min(self.page.get(key, 0), max(count - 1, 0))
        self.page[key], self.pages[key] = page, count
        for stack in self._stacks.get(key, {}).values():
            self._lay_out_stack(stack, page, count)
        self._show_pager(template, key, page, count)

    def _lay_out_stack(self, stack: list[NoteItem], page: int, count: int) -> None:
        stack.sort(key=lambda i: i.row.z)
        for index, item in enumerate(stack):
            shown = count <= 1 or index == page
            item.setVisible(shown)
            if shown:
                self.hidden.discard(item)
            else:
                self.hidden.add(item)

    def turn(self, zone_key: str, template: BoardTemplate | None) -> None:
        pages = self.pages.get(zone_key, 0)
        if pages > 1:
            self.page[zone_key] = (self.page.get(zone_key, 0) + 1) % pages
            self._lay_out_zone(template, zone_key)

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
