"""Where notes go in a picture of a board (PNG, SVG, clipboard, PDF): never on top of each
other.

A zone whose notes already lie apart keeps them where the facilitator put them. A zone
where notes cover each other (a full zone's pages stack their notes on the same spots;
older files and merges can hold overlapping notes) is laid out again with the zone layout
the screen uses (`note_layout.arrange_zone`), notes in the order they were added. A picture
has no pages: what does not fit at the smallest readable card size is left out of the
picture and counted, and the zone says "+N" (the table beside the picture lists them all).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import BoardTemplate
from arenadesk.domain.note_layout import N, arrange_zone, note_rect


@dataclass(frozen=True)
class Picture(Generic[N]):
    placed: list[tuple[N, Rect]]  # bottom to top
    left_out: dict[str, int] = field(default_factory=dict)  # zone key -> notes not drawn


CELL = 256.0  # board units: the grid that finds a note's neighbours


def zones_with_overlap(keys: Sequence[str], rects: Sequence[Rect]) -> set[str]:
    """The zones holding a note that overlaps another note (touching is not overlapping),
    with the other note's zone. A zone is done at its first overlap, so a crowded board
    of thousands of stacked notes costs little more than one without."""
    grid: dict[tuple[int, int], list[int]] = {}
    for index, rect in enumerate(rects):
        for cell in _cells(rect):
            grid.setdefault(cell, []).append(index)
    by_zone: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        by_zone.setdefault(key, []).append(index)
    found: set[str] = set()
    for key, indexes in by_zone.items():
        if key in found:
            continue
        other = next((j for i in indexes for j in _covering(i, rects, grid)), None)
        if other is not None:
            found.update((key, keys[other]))
    return found


def _cells(rect: Rect) -> Iterator[tuple[int, int]]:
    for cx in range(math.floor(rect.x / CELL), math.floor(rect.right / CELL) + 1):
        for cy in range(math.floor(rect.y / CELL), math.floor(rect.bottom / CELL) + 1):
            yield (cx, cy)


def _covering(
    i: int, rects: Sequence[Rect], grid: dict[tuple[int, int], list[int]]
) -> Iterator[int]:
    a = rects[i]
    for cell in _cells(a):
        for j in grid[cell]:
            b = rects[j]
            if j != i and b.x < a.right and a.x < b.right and b.y < a.bottom and a.y < b.bottom:
                yield j


def picture_layout(template: BoardTemplate, notes: Iterable[N]) -> Picture[N]:
    """Every note's rectangle in the picture; none overlaps another or leaves the board."""
    rows = sorted(notes, key=lambda n: n.z)
    rects = [note_rect(n) for n in rows]
    board = Rect(0, 0, template.width, template.height)
    redo = zones_with_overlap([n.zone_key for n in rows], rects)
    redo |= {n.zone_key for n, r in zip(rows, rects, strict=True) if not board.contains_rect(r)}
    zones = [z for z in template.zones if z.key in redo]
    # Notes of a zone the template lacks cannot be laid out: they are drawn where they are.
    redo = {z.key for z in zones}
    placed = [(n, r) for n, r in zip(rows, rects, strict=True) if n.zone_key not in redo]
    left_out: dict[str, int] = {}
    for zone in zones:
        in_zone = [n for n in rows if n.zone_key == zone.key]
        slots = arrange_zone(template, zone, len(in_zone), [r for _, r in placed])
        distinct = len({(s.x, s.y, s.w, s.h) for s in slots})
        placed += list(zip(in_zone[:distinct], slots[:distinct], strict=True))
        if len(in_zone) > distinct:
            left_out[zone.key] = len(in_zone) - distinct
    order = {id(n): i for i, n in enumerate(rows)}
    placed.sort(key=lambda pair: order[id(pair[0])])
    return Picture(placed, left_out)
