"""A board laid out for the projector: notes large enough to read at the back of the room.

On the projector the board is scaled to the room's screen, so a note's own size would give
text of a few pixels. Here each zone lays its notes out again as cards whose text is at
least `min_size` board units (the caller turns the screen's minimum pixel height into
board units at the current scale): long notes wrap onto more lines, they never get a
smaller font. A zone tries the largest font first (up to MAX_GROWTH times the minimum)
and narrower cards before wider ones. When its notes cannot all fit at the minimum, the
zone shows the newest that do (the ones the room is talking about) and, in its corner, how
many it holds in all (`ZoneView.count`); a zone with no room for even one card shows only
that count.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic

from arenadesk.domain.board_geometry import Rect, Region
from arenadesk.domain.boards import BoardTemplate, Zone
from arenadesk.domain.note_layout import GAP, LINE_HEIGHT, Measure, N, wrap

MAX_GROWTH = 1.4  # the largest card text, as a multiple of the minimum
SIZE_STEP = 0.9  # from the largest text down to the minimum
PAD = 0.35  # inside a card, around its text, in text heights
MIN_EMS = 6.0  # a card is at least this many text heights wide
MAX_COLUMNS = 8
BADGE_EMS = 6.5  # the count's box, in text heights (bold, a little larger than a note)
_STEP = 8.0  # board units: how finely a shelf's free width is found in a round zone


@dataclass(frozen=True)
class Card(Generic[N]):
    note: N
    rect: Rect
    size: float  # the text's height (font pixel size) in board units
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ZoneView(Generic[N]):
    zone: Zone
    cards: tuple[Card[N], ...]
    count: int  # the zone's notes
    badge: Rect | None = None  # where the count goes when not every note is a card

    @property
    def complete(self) -> bool:
        return len(self.cards) == self.count


def badge_rect(zone: Zone, size: float) -> Rect:
    """The count's place: the zone's bottom-right corner, room for "99 lapper"."""
    box = zone.region.bounds
    width, height = size * BADGE_EMS, size * 1.9
    x, y = box.right - GAP - width, box.bottom - GAP - height
    if zone.region.contains_rect(Rect(x, y, width, height)):
        return Rect(x, y, width, height)
    cx, cy = box.centre  # a round zone: its middle
    return Rect(cx - width / 2, cy - height / 2, width, height)


def projector_layout(
    template: BoardTemplate, notes: Iterable[N], min_size: float, measure: Measure
) -> list[ZoneView[N]]:
    """Every zone of the template with its notes (in the order they were added) as cards of
    text at least `min_size`, or, when they cannot fit, only their count."""
    by_zone: dict[str, list[N]] = {}
    for note in sorted(notes, key=lambda n: n.z):
        by_zone.setdefault(note.zone_key, []).append(note)
    views = []
    for zone in template.zones:
        zone_notes = by_zone.get(zone.key, [])
        cards = lay_out_zone(zone, zone_notes, min_size, measure) if zone_notes else []
        if cards is not None:
            views.append(ZoneView(zone, tuple(cards), len(zone_notes)))
            continue
        badge = badge_rect(zone, math.ceil(min_size * 1.2))
        newest = _newest_that_fit(zone, zone_notes, min_size, measure, badge)
        views.append(ZoneView(zone, tuple(newest), len(zone_notes), badge))
    return views


def _newest_that_fit(
    zone: Zone, notes: Sequence[N], min_size: float, measure: Measure, badge: Rect
) -> list[Card[N]]:
    """As many of the newest notes as fit at the minimum beside the count (binary search
    on how many: fewer notes always fit where more do)."""
    size = text_sizes(min_size)[-1]
    low, high, best = 1, min(len(notes) - 1, capacity(zone, size, _columns(zone, size))), []
    while low <= high:
        middle = (low + high) // 2
        cards = lay_out_zone(zone, notes[-middle:], min_size, measure, [badge], largest=False)
        if cards is not None:
            low, best = middle + 1, cards
        else:
            high = middle - 1
    return best


def text_sizes(min_size: float) -> list[float]:
    """Whole sizes (a font's pixel size is whole), largest first, none below the minimum."""
    least = math.ceil(min_size - 1e-9)
    sizes: list[float] = []
    size = least * MAX_GROWTH
    while round(size) > least:
        if not sizes or round(size) < sizes[-1]:
            sizes.append(float(round(size)))
        size *= SIZE_STEP
    return [*sizes, float(least)]


def lay_out_zone(
    zone: Zone,
    notes: Sequence[N],
    min_size: float,
    measure: Measure,
    obstacles: Sequence[Rect] = (),
    *,
    largest: bool = True,
) -> list[Card[N]] | None:
    """Cards for all of `notes` inside the zone, clear of its label and `obstacles`, at the
    largest text that fits (or only the minimum, `largest` False), or None."""
    box = zone.region.bounds
    blocked = [zone.label_rect(), *obstacles]
    sizes = text_sizes(min_size)
    inner = box.w - 2 * GAP
    for size in sizes if largest else sizes[-1:]:
        pad = size * PAD
        for count in range(_columns(zone, size), 0, -1):
            if len(notes) > capacity(zone, size, count):
                break  # nor with fewer columns: without wrapping a single text
            width = (inner - (count - 1) * GAP) / count
            cards = _shelves(zone.region, blocked, notes, size, pad, width, measure)
            if cards is not None:
                return cards
    if len(notes) > capacity(zone, sizes[-1], 1):
        return None
    # Words are kept whole above; only a word wider than the whole zone is broken.
    return _shelves(
        zone.region,
        blocked,
        notes,
        sizes[-1],
        sizes[-1] * PAD,
        box.w - 2 * GAP,
        measure,
        break_words=True,
    )


def _columns(zone: Zone, size: float) -> int:
    """The most cards of text `size` side by side in the zone."""
    inner = zone.region.bounds.w - 2 * GAP
    return max(1, min(MAX_COLUMNS, int((inner + GAP) // (size * MIN_EMS + GAP))))


def capacity(zone: Zone, size: float, columns: int) -> int:
    """More cards than _shelves can ever place in the zone in `columns` columns: each row
    holds at most `columns` cards, and is at least one line of text and its padding tall.
    A zone of a huge board (thousands of notes) is known not to fit without wrapping its
    texts, which was most of laying a large board out for the projector."""
    box = zone.region.bounds
    least_card = size * LINE_HEIGHT + 2 * size * PAD
    return columns * (int(max(0.0, box.h - GAP) // (least_card + GAP)) + 1)


def _shelves(
    region: Region,
    blocked: Sequence[Rect],
    notes: Sequence[N],
    size: float,
    pad: float,
    width: float,
    measure: Measure,
    *,
    break_words: bool = False,
) -> list[Card[N]] | None:
    """Cards of one width in rows (shelves) from the top of the zone, left to right, each
    row as tall as its tallest card; None when they do not all fit (or, without
    `break_words`, when a word is wider than a card)."""
    box = region.bounds
    line_height = size * LINE_HEIGHT
    texts: list[tuple[N, tuple[str, ...], float]] = []
    for note in notes:
        wrapped = tuple(
            wrap(note.text, width - 2 * pad, size, measure, 200, break_words=break_words)
        )
        height = len(wrapped) * line_height + 2 * pad
        if height > box.h - 2 * GAP:
            return None
        texts.append((note, wrapped, height))
    cards: list[Card[N]] = []
    y = box.y + GAP
    index = 0
    while index < len(texts):
        if y >= box.bottom - GAP:
            return None
        # The row holds cards while their tallest fits; its free width is where a band of
        # that height lies inside the zone (a round zone is narrower at the top).
        row_height = texts[index][2]
        left, right = _free_width(region, y, row_height)
        x = left
        placed = 0
        while index + placed < len(texts):
            note, lines, height = texts[index + placed]
            tallest = max(row_height, height)
            rect = Rect(x, y, width, tallest)
            blocker = next((b for b in blocked if rect.intersects(b, GAP)), None)
            if blocker is not None:
                x = blocker.right + GAP
                continue
            if x + width > right + 1e-9 or not region.contains_rect(Rect(x, y, width, tallest)):
                break
            row_height = tallest
            cards.append(Card(note, Rect(x, y, width, height), size, lines))
            x += width + GAP
            placed += 1
        if placed == 0:
            y += _STEP
            continue
        # Every card of the row lies inside the zone at the row's full height.
        row = cards[-placed:]
        spans = [Rect(c.rect.x, y, width, row_height) for c in row]
        if not all(
            region.contains_rect(r) and not any(r.intersects(b, GAP) for b in blocked)
            for r in spans
        ):
            del cards[-placed:]
            y += _STEP
            continue
        index += placed
        y += row_height + GAP
    return cards


@lru_cache(maxsize=8192)
def _free_width(region: Region, y: float, height: float) -> tuple[float, float]:
    """The left and right ends of the band [y, y + height] inside the region (a thin
    strip tested from each side), or the box's inner width for a rectangle. Kept: a
    zone's rows are tried at the same heights for each column count and each count of
    notes the zone tries to show."""
    box = region.bounds
    left, right = box.x + GAP, box.right - GAP
    if region.kind == "rect":
        return left, right
    while left < right and not region.contains_rect(Rect(left, y, 1, height)):
        left += _STEP
    while right > left and not region.contains_rect(Rect(right - 1, y, 1, height)):
        right -= _STEP
    return left, right
