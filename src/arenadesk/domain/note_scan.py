"""The search for a free spot in a zone, for the note layout (`note_layout`).

The rule: rows from the top of the zone, `SCAN` apart; along a row from the left, a
candidate card that comes within `GAP` of an obstacle jumps past the first such obstacle
(in the order the obstacles were given), one that does not but leaves the zone moves on by
`SCAN`; the first candidate that does neither is the spot.

A zone laid out in full takes spot after spot, each the next obstacle. Searching again
from the top each time cost the zone's rows for every card (a zone of a few hundred notes:
most of a note's addition). `SpotScanner` remembers where the last search stopped and
looks again only where the card just taken can change the outcome, and gives the same
spots, in the same order, as searching from the top each time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable

from arenadesk.domain.board_geometry import Point, Rect, Region

GAP = 10.0  # between notes, and from a zone's edge
SCAN = 8.0  # the search step


class SpotScanner:
    """Free spots for cards of one size (w × h) in a region, in reading order, among
    obstacles; each spot taken becomes an obstacle for the next.

    Why searching on from where the last search stopped gives the same spot as from the
    top: an obstacle added last is the last one a candidate is checked against, so a
    candidate another obstacle already blocked takes the same jump as before, and a row
    in which every candidate was blocked is searched alike whatever comes after. Only a
    row with a candidate that was free but left the region (an ellipse's or a polygon's
    edge) may go another way once the new card lies in its band, so such rows are
    searched again, from their start."""

    def __init__(self, region: Region, obstacles: Iterable[Rect], w: float, h: float) -> None:
        self.region = region
        self.w, self.h = w, h
        box = region.bounds
        self._left = box.x + GAP
        self._last_x = box.right - GAP + 1e-9  # a card's right edge at most here
        rows: list[float] = []
        y = box.y + GAP
        while y + h <= box.bottom - GAP + 1e-9:
            rows.append(y)
            y += SCAN
        self._rows = rows
        self._reach = [y + h + GAP for y in rows]  # an obstacle above this is in the band
        # Each row's band: the obstacles a card in that row may come near, as (x, y,
        # right + GAP, bottom + GAP), in the order given (the first that blocks a
        # candidate decides where the search jumps to). Kept row by row: a zone of a
        # thousand notes filtered them all for every row searched.
        self._bands: list[list[tuple[float, float, float, float]]] = [[] for _ in rows]
        for rect in obstacles:
            self._add(rect)
        self._edge_rows = [False] * len(rows)  # a candidate in the row left the region
        self._row = 0  # where the next search starts: row, and x in it (None: its start)
        self._x: float | None = None

    def find(self) -> Point | None:
        """The first free spot, from where the last search could change."""
        rows, edge_rows = self._rows, self._edge_rows
        for index in range(self._row, len(rows)):
            start = self._x if index == self._row else None
            x, edge = self._search_row(index, start)
            edge_rows[index] = edge or (start is not None and edge_rows[index])
            if x is not None:
                self._row, self._x = index, x
                return (x, rows[index])
        self._row, self._x = len(rows), None
        return None

    def take(self) -> Point | None:
        """The first free spot, which is then an obstacle: the next spot after it."""
        spot = self.find()
        if spot is None:
            return None
        x, y = spot
        self._add(Rect(x, y, self.w, self.h))
        # The rows whose band the card lies in, up to its own: those that had a candidate
        # leave the region are searched again; else the search goes on past the card.
        rows, h = self._rows, self.h
        first = self._row
        while first > 0 and rows[first - 1] + h + GAP > y:
            first -= 1
        edge = next((i for i in range(first, self._row + 1) if self._edge_rows[i]), None)
        if edge is not None:
            self._row, self._x = edge, None
        return spot

    def _add(self, rect: Rect) -> None:
        """An obstacle, last in the band of each row a card of which may come near it:
        those with rect.y < y + h + GAP and y < rect.bottom + GAP."""
        obstacle = (rect.x, rect.y, rect.right + GAP, rect.bottom + GAP)
        bands = self._bands
        for index in range(bisect_right(self._reach, rect.y), bisect_left(self._rows, obstacle[3])):
            bands[index].append(obstacle)

    def _search_row(self, index: int, start: float | None) -> tuple[float | None, bool]:
        """(x of the first free spot in row `index`, or None; whether a candidate left
        the region on the way)."""
        w, h = self.w, self.h
        y = self._rows[index]
        band = self._bands[index]
        x = self._left if start is None else start
        last_x = self._last_x
        region = self.region
        edge = False
        while x + w <= last_x:
            right = x + w + GAP
            for ox, _oy, oright, _obottom in band:
                if ox < right and x < oright:
                    x = max(x + SCAN, oright)
                    break
            else:
                if region.contains_rect(Rect(x, y, w, h)):
                    return x, edge
                edge = True
                x += SCAN
        return None, edge


def first_spot(region: Region, obstacles: Iterable[Rect], w: float, h: float) -> Point | None:
    """The first free spot for a w × h card."""
    found = spots(region, obstacles, w, h, 1)
    return (found[0].x, found[0].y) if found else None


def spots(region: Region, obstacles: Iterable[Rect], w: float, h: float, limit: int) -> list[Rect]:
    """Up to `limit` cards one after another, each in the first free spot left.

    The last few searches are remembered: a zone in pages is searched with the same
    obstacles for every note typed into it (its notes stack on the slots it has), and the
    spots do not change until a place near the zone does."""
    obstacles = tuple(obstacles)
    key = (region, obstacles, w, h)
    known = _KNOWN.get(key)
    if known is not None and (known[1] or len(known[0]) >= limit):
        _KNOWN.move_to_end(key)
        return known[0][:limit]
    scanner = SpotScanner(region, obstacles, w, h)
    found: list[Rect] = []
    while len(found) < limit:
        spot = scanner.take()
        if spot is None:
            break
        found.append(Rect(spot[0], spot[1], w, h))
    _KNOWN[key] = (found, len(found) < limit)  # all there are, when fewer than asked
    while len(_KNOWN) > KNOWN_SEARCHES:
        _KNOWN.popitem(last=False)
    return found[:limit]


# Searches remembered: the sizes a layout tries (three for a free spot, four for the
# zone's slots), for a few zones.
KNOWN_SEARCHES = 32
_KNOWN: OrderedDict[tuple[Region, tuple[Rect, ...], float, float], tuple[list[Rect], bool]] = (
    OrderedDict()
)
