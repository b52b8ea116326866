"""Which notes lie in a part of the board, without asking every note.

A board of 20 000 notes zoomed in shows a few dozen of them; finding those by testing
each note's rectangle costs more than drawing them. The grid keeps each note in the cells
its rectangle touches, so a question about a rectangle looks only at the notes near it.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
CELL = 256.0  # board units: a note (200 × 110) touches one to four cells


class NoteGrid(Generic[K]):
    def __init__(self, cell: float = CELL) -> None:
        self.cell = cell
        self._cells: dict[tuple[int, int], set[K]] = {}
        self._rects: dict[K, tuple[float, float, float, float]] = {}

    def __len__(self) -> int:
        return len(self._rects)

    def _span(self, x: float, y: float, w: float, h: float) -> Iterator[tuple[int, int]]:
        cell = self.cell
        for col in range(math.floor(x / cell), math.floor((x + w) / cell) + 1):
            for row in range(math.floor(y / cell), math.floor((y + h) / cell) + 1):
                yield col, row

    def put(self, key: K, x: float, y: float, w: float, h: float) -> None:
        """Adds a note's rectangle, or moves it there."""
        rect = (x, y, w, h)
        old = self._rects.get(key)
        if old == rect:
            return
        if old is not None:
            self.drop(key)
        self.put_new(((key, x, y, w, h),))

    def put_new(self, entries: Iterable[tuple[K, float, float, float, float]]) -> None:
        """Adds many notes not in the grid yet (a board being loaded): the same as `put`
        for each, in a third of the time."""
        cell, cells, rects = self.cell, self._cells, self._rects
        floor = math.floor
        for key, x, y, w, h in entries:
            rects[key] = (x, y, w, h)
            rows = range(floor(y / cell), floor((y + h) / cell) + 1)
            for col in range(floor(x / cell), floor((x + w) / cell) + 1):
                for row in rows:
                    bucket = cells.get((col, row))
                    if bucket is None:
                        cells[col, row] = {key}
                    else:
                        bucket.add(key)

    def drop(self, key: K) -> None:
        rect = self._rects.pop(key, None)
        if rect is None:
            return
        x, y, w, h = rect
        cell, cells, floor = self.cell, self._cells, math.floor
        rows = range(floor(y / cell), floor((y + h) / cell) + 1)
        for col in range(floor(x / cell), floor((x + w) / cell) + 1):
            for row in rows:
                bucket = cells.get((col, row))
                if bucket is not None:
                    bucket.discard(key)
                    if not bucket:
                        del cells[col, row]

    def clear(self) -> None:
        self._cells.clear()
        self._rects.clear()

    def rect(self, key: K) -> tuple[float, float, float, float] | None:
        return self._rects.get(key)

    def within(self, x: float, y: float, w: float, h: float) -> list[K]:
        """The notes whose rectangle meets the rectangle (x, y, w, h), each once."""
        found: set[K] = set()
        cells = self._cells
        for cell in self._span(x, y, w, h):
            bucket = cells.get(cell)
            if bucket:
                found |= bucket
        right, bottom = x + w, y + h
        rects = self._rects
        out = []
        for key in found:
            kx, ky, kw, kh = rects[key]
            if kx < right and ky < bottom and kx + kw > x and ky + kh > y:
                out.append(key)
        return out
