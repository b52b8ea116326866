"""Where notes go on a board and how their text fits: shared by the screen and the PDF.

Both renderers wrap a note's text with the same rule (`fit_text`) and only differ in how
they measure a string, so a note breaks its lines alike on screen and on paper.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from arenadesk.domain.board_geometry import Point, Rect
from arenadesk.domain.note_scan import GAP, first_spot, spots

if TYPE_CHECKING:  # boards imports this module for the colours
    from arenadesk.domain.boards import BoardTemplate, LocalText, Zone

# Sticky-note colours: calm pastels that stay readable on a projector (dark text on all).
NOTE_COLOURS: dict[str, str] = {
    "yellow": "#fff0a0",
    "orange": "#ffd9a8",
    "pink": "#ffd0dc",
    "green": "#d3f0c2",
    "blue": "#cde6fb",
    "purple": "#e4d7fb",
    "white": "#ffffff",
}
NOTE_TEXT_COLOUR = "#1f2933"
# Opaque on purpose: translucent shadows and edges cost ~100 µs a note in Qt's raster engine.
NOTE_SHADOW, NOTE_EDGE = "#b9c0c8", "#9aa5b1"
NOTE_W, NOTE_H = 200.0, 110.0  # board units; a template is typically 1600 × 1000
MIN_SIZE, MAX_SIZE = 40.0, 1200.0
PADDING = 9.0  # inside a note, around its text
FONT_SIZES = (22.0, 19.0, 16.0, 14.0, 12.0, 10.0)
LINE_HEIGHT = 1.2  # times the font size
ELLIPSIS = "…"

Measure = Callable[[str, float], float]  # (text, font size) -> width in board units


class NoteLike(Protocol):
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def w(self) -> float: ...
    @property
    def h(self) -> float: ...


class BoardNote(NoteLike, Protocol):
    """What a renderer needs of a note (the store's NoteRow is one)."""

    @property
    def zone_key(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def z(self) -> int: ...


def note_rect(note: NoteLike) -> Rect:
    return Rect(note.x, note.y, note.w, note.h)


N = TypeVar("N", bound=BoardNote)


def reading_order(notes: Iterable[N]) -> list[N]:
    """Top to bottom in rows of about half a note's height, then left to right."""
    return sorted(notes, key=lambda n: (round(n.y / (NOTE_H / 2)), n.x, n.y))


def transcribe(
    template: BoardTemplate, notes: Iterable[N]
) -> list[tuple[str, LocalText | None, list[N]]]:
    """The board as a table: each zone in the template's order with its notes in reading
    order; notes of a zone the template lacks come last, under their own key."""
    by_zone: dict[str, list[N]] = {}
    for note in notes:
        by_zone.setdefault(note.zone_key, []).append(note)
    rows: list[tuple[str, LocalText | None, list[N]]] = [
        (zone.key, zone.name, reading_order(by_zone.pop(zone.key, []))) for zone in template.zones
    ]
    rows += [(key, None, reading_order(rest)) for key, rest in sorted(by_zone.items())]
    return rows


# --- which zone ----------------------------------------------------------------------------


def zone_at(template: BoardTemplate, point: Point) -> Zone:
    """The zone under a point; later zones lie on top. Outside every zone: the nearest one,
    so a note always belongs somewhere."""
    for zone in reversed(template.zones):
        if zone.region.contains(point):
            return zone
    return min(template.zones, key=lambda z: z.region.distance_to(point))


def zone_for_rect(template: BoardTemplate, rect: Rect) -> Zone:
    """A note belongs to the zone its centre lies in."""
    return zone_at(template, rect.centre)


# --- where a new note goes ---------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    x: float
    y: float
    w: float
    h: float
    free: bool  # False: the zone was full, the note overlaps others


def place_in_zone(
    template: BoardTemplate,
    zone: Zone,
    occupied: Iterable[Rect],
    size: tuple[float, float] = (NOTE_W, NOTE_H),
) -> Placement:
    """The first free spot in reading order (rows top to bottom, left to right) where a note
    lies wholly inside its zone without touching another note or the zone's label.

    A crowded zone gets a smaller note before it gets an overlapping one; a full zone gives
    a cascaded spot near its start (overlapping, but never off the board)."""
    region = zone.region
    box = region.bounds
    label = _label_obstacle(zone)
    obstacles = [r for r in occupied if r.intersects(box, GAP)]
    obstacles.append(label)
    w, h = size
    for scale in (1.0, 0.8, 0.65):
        spot = first_spot(region, obstacles, w * scale, h * scale)
        if spot is not None:
            return Placement(spot[0], spot[1], w * scale, h * scale, True)
    first = first_spot(region, [label], w, h) or (box.x + GAP, box.y + GAP)
    inside = sum(1 for r in obstacles if region.contains(r.centre))
    step = (inside % 12) * 14.0
    x = min(first[0] + step, template.width - w)
    y = min(first[1] + step, template.height - h)
    return Placement(max(0.0, x), max(0.0, y), w, h, False)


# A full zone's cards shrink to this share of a note before they stack (zone pages).
ARRANGE_SCALES = (1.0, 0.8, 0.65, 0.5)
MIN_SCALE = ARRANGE_SCALES[-1]


def arrange_zone(
    template: BoardTemplate,
    zone: Zone,
    count: int,
    others: Iterable[Rect] = (),
    size: tuple[float, float] = (NOTE_W, NOTE_H),
) -> list[Rect]:
    """Places for `count` notes of a zone in reading order, none touching another or
    leaving the zone: the largest card size at which all fit, down to a readable minimum.
    Past that the zone has pages: note i takes slot i modulo the slots that fit, so the
    notes of one page never overlap and the screen shows one page at a time."""
    region = zone.region
    box = region.bounds
    obstacles = [r for r in others if r.intersects(box, GAP)]
    obstacles.append(_label_obstacle(zone))
    slots: list[Rect] = []
    for scale in ARRANGE_SCALES:
        w, h = size[0] * scale, size[1] * scale
        slots = spots(region, obstacles, w, h, count)
        if len(slots) >= count:
            return slots[:count]
    if not slots:  # a zone smaller than one card: one card, as large as the zone allows
        w = min(size[0] * MIN_SCALE, max(box.w - 2 * GAP, MIN_SIZE))
        h = min(size[1] * MIN_SCALE, max(box.h - 2 * GAP, MIN_SIZE))
        x, y = clamp_to_board(template, box.x + GAP, box.y + GAP, w, h)
        slots = [Rect(x, y, w, h)]
    return [slots[i % len(slots)] for i in range(count)]


def _label_obstacle(zone: Zone) -> Rect:
    """A label at the top of its zone keeps the whole band under it free, so notes start in
    a clean row below it; elsewhere only the label itself is kept free."""
    label, box = zone.label_rect(), zone.region.bounds
    at_top = box.x - 1 <= label.x <= box.x + box.w / 2 and box.y - 1 <= label.y <= box.y + 80
    roomy = box.bottom - label.bottom >= 2 * NOTE_H + 3 * GAP  # a short zone needs that row
    at_top = at_top and roomy
    return Rect(box.x, label.y, box.w, label.h) if at_top else label


def clamp_to_board(template: BoardTemplate, x: float, y: float, w: float, h: float) -> Point:
    """Keep a note on the board (a drag past the edge stops at the edge)."""
    return (
        min(max(0.0, x), max(0.0, template.width - w)),
        min(max(0.0, y), max(0.0, template.height - h)),
    )


# --- the text on a note ------------------------------------------------------------------


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: tuple[str, ...]
    truncated: bool

    @property
    def line_height(self) -> float:
        return self.size * LINE_HEIGHT


def fit_text(
    text: str, width: float, height: float, measure: Measure, sizes: Sequence[float] = FONT_SIZES
) -> FittedText:
    """The largest font size at which the wrapped text fits the note; at the smallest size,
    what fits with an ellipsis. Work is bounded by what fits, so a huge text is cheap."""
    inner_w = max(1.0, width - 2 * PADDING)
    inner_h = max(1.0, height - 2 * PADDING)
    for break_words in (False, True):  # a smaller size before a word broken in two
        for size in sizes:
            max_lines = max(1, math.floor(inner_h / (size * LINE_HEIGHT)))
            lines = wrap(text, inner_w, size, measure, max_lines + 1, break_words=break_words)
            if len(lines) <= max_lines:
                return FittedText(size, tuple(lines), False)
    size = sizes[-1]
    max_lines = max(1, math.floor(inner_h / (size * LINE_HEIGHT)))
    lines = wrap(text, inner_w, size, measure, max_lines + 1)[:max_lines]
    lines[-1] = _with_ellipsis(lines[-1], inner_w, size, measure)
    return FittedText(size, tuple(lines), True)


def wrap(
    text: str, width: float, size: float, measure: Measure, limit: int, *, break_words: bool = True
) -> list[str]:
    """Greedy word wrap; a word longer than the width is broken (or, with `break_words`
    False, the text does not fit: `limit` lines are returned). Stops after `limit` lines."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                if len(lines) >= limit:
                    return lines
            if not break_words and measure(word, size) > width:
                return [""] * limit
            while measure(word, size) > width:
                cut = _longest_prefix(word, width, size, measure)
                lines.append(word[:cut])
                if len(lines) >= limit:
                    return lines
                word = word[cut:]
            line = word
        lines.append(line)
        if len(lines) >= limit:
            return lines
    while lines and not lines[-1]:
        lines.pop()
    return lines or [""]


def _longest_prefix(word: str, width: float, size: float, measure: Measure) -> int:
    low, high = 1, min(len(word), 400)  # no line holds more characters than that
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _with_ellipsis(line: str, width: float, size: float, measure: Measure) -> str:
    while line and measure(line + ELLIPSIS, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS
