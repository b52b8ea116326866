"""The notes of a board, drawn by one item: only those in the part being painted, and of
those only the ones not hidden under others.

Each note is a NoteItem, which a person picks, selects, drags and edits; unselected notes
draw nothing themselves (ItemHasNoContents). This layer draws them instead:

- it asks a NoteGrid which notes meet the painted rectangle (a scroll step paints a strip
  of the view; zoomed in on 20 000 notes, a few dozen notes are near it), not every note;
- zoomed in on a crowded board hundreds of notes overlap in view, each as large as the
  screen: it draws, from the top down, only the notes some part of which is not covered
  by the opaque notes above them (a repaint took 2–13 s at the largest zoom when every
  note drew its card and text);
- when thousands of notes are in view (the scene is `crowded`) they overlap and no text
  can be read: it draws their cards as a few batched rectangle calls, one per colour,
  recorded once for the whole board and replayed until a note changes; a small part of
  the board (a zone laid out again) draws all its cards the same way.

Its pixels are kept (DeviceCoordinateCache): a repaint that neither zooms nor changes a
note (a dialog closing, a window moved over it) is a copy, and a scroll step moves the
kept pixels and paints only the strip that came into view.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPicture, QRegion
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from arenadesk.domain.note_grid import NoteGrid
from arenadesk.domain.note_layout import NOTE_SHADOW
from arenadesk.ui.boards.items import SHADOW, NoteItem, note_fill, replay

# Covering is worked out on a grid of 1/QUARTERS board unit (1.5 screen pixels at the
# largest zoom), rounding so that a note is skipped only when it is certainly covered.
QUARTERS = 4
# Beyond this many rectangles the covered region is no longer grown: testing against it
# would cost more than drawing the few notes it might still hide.
MAX_COVER_RECTS = 400
# A painted part at least this share of the board replays the whole board's cards.
WHOLE_BOARD = 0.6
# More places than this to draw again: the rectangle around them is drawn again.
MANY_PLACES = 64
# On a crowded board a painted part at most this share of the board draws every card in
# it: the painter is clipped to the part, so filling even hundreds of overlapping cards
# costs less than working out which are covered (a zone laid out again, 750 cards in a
# fifth of the board: 14 ms to the window idle, against 20–34 ms culled). It is how the
# whole board's cards are drawn too. Between the two, covered cards are skipped.
SMALL_PART = 0.3
# ... and only while cards are drawn at most their size in board units: zoomed in, each
# overlapping card fills far more pixels (a scroll step at 4× on 20 000 notes, crowded,
# took 30–37 ms drawing every card in the strip, against 6–11 ms skipping covered ones).
SMALL_SCALE = 1.0


def extent(item: NoteItem) -> tuple[float, float, float, float]:
    """Where a note draws: its card with its edge (4 units wide when selected), and its
    shadow (x, y, w, h)."""
    return item.x() - 3, item.y() - 3, item.row.w + SHADOW + 6, item.row.h + SHADOW + 6


class NoteLayer(QGraphicsItem):
    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self._rect = QRectF(0, 0, width, height)
        self._cards: QPicture | None = None  # every card, for a crowded view of the board
        # Keyed by the items themselves: hashing a UUID is a Python call, an item's is not.
        self.grid: NoteGrid[NoteItem] = NoteGrid()
        self._z: dict[NoteItem, float] = {}
        # Notes the layer does not draw, those on another page of their zone, and the
        # selected ones. Kept as sets: asking each note is a Python call, and a scroll
        # step may meet thousands.
        self.skipped: set[NoteItem] = set()
        self.selected: set[NoteItem] = set()
        self.setZValue(-1)  # above the template, below any note that draws itself
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect

    # --- keeping up with the notes -------------------------------------------------------

    def place(self, item: NoteItem) -> None:
        """A note was added or moved: where it draws now."""
        self.grid.put(item, *extent(item))
        self._z[item] = item.zValue()

    def place_new(self, items: Iterable[NoteItem]) -> None:
        """Notes of a board being loaded, at their rows' places (as `place` each)."""
        items = list(items)
        margin, more = 3.0, SHADOW + 6
        self.grid.put_new(
            (i, r.x - margin, r.y - margin, r.w + more, r.h + more)
            for i, r in ((i, i.row) for i in items)
        )
        self._z.update((i, float(i.row.z)) for i in items)

    def forget(self, item: NoteItem) -> None:
        self.grid.drop(item)
        self._z.pop(item, None)
        self.skipped.discard(item)
        self.selected.discard(item)

    def skip(self, items: Iterable[NoteItem]) -> None:
        """The notes not to draw (see `skipped`); the caller redraws what changed."""
        self.skipped = set(items)

    def select(self, items: Iterable[NoteItem]) -> None:
        """The selected notes: edged in the selection colour, and on a crowded board
        drawn over the others (the ones a person may drag)."""
        self.selected = set(items)

    def invalidate(self) -> None:
        """Notes were added, changed, removed, hidden or shown: everything is drawn again."""
        self._cards = None
        self.update()

    def redraw_notes(self, items: Iterable[NoteItem]) -> None:
        """Notes were (de)selected or moved: only where they were and are is drawn again."""
        places = []
        for item in items:
            old = self.grid.rect(item)
            if old is not None:
                places.append(old)
            self.place(item)
            places.append(extent(item))
        self.redraw_places(places)

    def redraw_places(self, places: Iterable[tuple[float, float, float, float]]) -> None:
        """Notes were removed from these places (x, y, w, h, as `grid.rect`): drawn again.
        Many places (a zone laid out again) are drawn again as the rectangle around them:
        Qt paints that rectangle anyway, clipped to the places, whose outline it builds
        place by place."""
        self._cards = None
        places = list(places)
        if len(places) <= MANY_PLACES:
            for place in places:
                self.update(QRectF(*place))
            return
        left = min(p[0] for p in places)
        top = min(p[1] for p in places)
        right = max(p[0] + p[2] for p in places)
        bottom = max(p[1] + p[3] for p in places)
        self.update(QRectF(left, top, right - left, bottom - top))

    # --- drawing -------------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect.intersected(self._rect)
        if exposed.isEmpty():
            return
        if getattr(self.scene(), "crowded", False):
            area = exposed.width() * exposed.height()
            board = self._rect.width() * self._rect.height()
            if area >= WHOLE_BOARD * board:
                self._cards = replay(painter, self._cards, self._draw_all_cards)
            elif area <= SMALL_PART * board and painter.worldTransform().m11() <= SMALL_SCALE:
                # With the notes that reach only the device pixels the part's edges fall in.
                pad = 2 / max(painter.worldTransform().m11(), 0.01)
                near = self._shown(exposed.adjusted(-pad, -pad, pad, pad))
                selected = self.selected
                draw_cards(painter, [i for i in near if i not in selected])
            else:
                draw_cards(painter, self.uncovered(exposed))
            for item in self.selected - self.skipped:
                x, y = item.x(), item.y()
                painter.translate(x, y)
                item.draw_card(painter)
                painter.translate(-x, -y)
            return
        for item in self.uncovered(exposed):
            x, y = item.x(), item.y()
            painter.translate(x, y)
            item.draw_part(painter, exposed.translated(-x, -y))
            painter.translate(-x, -y)

    def _shown(self, rect: QRectF) -> list[NoteItem]:
        """The unselected, shown notes that meet `rect`, bottom first."""
        skipped = self.skipped
        shown = [
            i
            for i in self.grid.within(rect.x(), rect.y(), rect.width(), rect.height())
            if i not in skipped
        ]
        shown.sort(key=self._z.__getitem__)
        return shown

    def uncovered(self, rect: QRectF) -> list[NoteItem]:
        """The notes to draw in `rect`, bottom first: those of which some part inside
        `rect` is not under the cards of the notes above them."""
        target = _outward(rect)
        covered = QRegion()
        growing = True
        drawn: list[NoteItem] = []
        for count, item in enumerate(reversed(self._shown(rect))):
            x, y, w, h = extent(item)
            visible = QRegion(_outward(QRectF(x, y, w, h)).intersected(target))
            if not visible.subtracted(covered).isEmpty():
                drawn.append(item)
            if not growing:
                continue
            # The card and its shadow are opaque: together they cover what lies below.
            for box in (
                QRectF(item.x(), item.y(), item.row.w, item.row.h),
                QRectF(item.x() + 3, item.y() + SHADOW, item.row.w, item.row.h),
            ):
                covered = covered.united(_inward(box))
            if covered.rectCount() > MAX_COVER_RECTS:
                growing = False
            elif count % 8 == 7 and QRegion(target).subtracted(covered).isEmpty():
                break  # the whole rectangle is covered: nothing further down shows
        drawn.reverse()
        return drawn

    def _draw_all_cards(self, painter: QPainter) -> None:
        selected = self.selected
        draw_cards(painter, [i for i in self._shown(self._rect) if i not in selected])


def draw_cards(painter: QPainter, items: list[NoteItem]) -> None:
    """The notes' cards without text, shadows first, then one batch per colour; not
    antialiased (thousands of antialiased rectangles were most of a scroll step)."""
    shadows: list[QRectF] = []
    by_colour: dict[str, list[QRectF]] = {}
    for item in items:
        x, y, w, h = item.x(), item.y(), item.row.w, item.row.h
        shadows.append(QRectF(x + 3, y + SHADOW, w, h))
        by_colour.setdefault(item.row.colour, []).append(QRectF(x, y, w, h))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NOTE_SHADOW))
    painter.drawRects(shadows)
    for colour, rects in sorted(by_colour.items()):  # one order, whatever the part drawn
        painter.setBrush(note_fill(colour))
        painter.drawRects(rects)


def _outward(rect: QRectF) -> QRect:
    """The rectangle on the covering grid that holds `rect`."""
    left, top = math.floor(rect.left() * QUARTERS), math.floor(rect.top() * QUARTERS)
    right, bottom = math.ceil(rect.right() * QUARTERS), math.ceil(rect.bottom() * QUARTERS)
    return QRect(left, top, max(0, right - left), max(0, bottom - top))


def _inward(rect: QRectF) -> QRect:
    """The rectangle on the covering grid that lies inside `rect`."""
    left, top = math.ceil(rect.left() * QUARTERS), math.ceil(rect.top() * QUARTERS)
    right, bottom = math.floor(rect.right() * QUARTERS), math.floor(rect.bottom() * QUARTERS)
    return QRect(left, top, max(0, right - left), max(0, bottom - top))
