"""A full zone lays out its notes: cards shrink to a readable minimum, then the zone has
pages; on a page no note overlaps another or leaves its zone or the board."""

from __future__ import annotations

import pytest

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import load_templates
from arenadesk.domain.note_layout import GAP, MIN_SCALE, NOTE_W, arrange_zone

TEMPLATES = [
    "toppen-av-fjellet",
    "gap-analyse",
    "huset-pa-asen",
    "livets-tre",
    "veien-videre",
    "oppropet",
]


def pages(rects: list[Rect]) -> list[list[Rect]]:
    """Notes stacked on one slot are on successive pages."""
    seen: dict[tuple[float, float, float, float], int] = {}
    result: list[list[Rect]] = []
    for rect in rects:
        key = (rect.x, rect.y, rect.w, rect.h)
        page = seen.get(key, 0)
        seen[key] = page + 1
        while len(result) <= page:
            result.append([])
        result[page].append(rect)
    return result


@pytest.mark.parametrize("key", TEMPLATES)
def test_forty_notes_in_the_smallest_zone_never_overlap(key: str) -> None:
    template = load_templates().get(key)
    assert template is not None
    zone = min(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)
    rects = arrange_zone(template, zone, 40)
    assert len(rects) == 40
    for page in pages(rects):
        for index, rect in enumerate(page):
            assert zone.region.contains_rect(rect), (key, rect)
            assert rect.x >= 0 and rect.right <= template.width
            assert rect.y >= 0 and rect.bottom <= template.height
            assert rect.w >= NOTE_W * MIN_SCALE - 1e-9  # readable: never below the minimum
            for other in page[index + 1 :]:
                assert not rect.intersects(other, GAP / 2), (key, rect, other)
    # Every page but the last is full, and the first page is in reading order.
    sizes = [len(p) for p in pages(rects)]
    assert all(size == sizes[0] for size in sizes[:-1])


def test_a_few_notes_keep_full_size() -> None:
    template = load_templates().get("gap-analyse")
    assert template is not None
    zone = max(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)
    rects = arrange_zone(template, zone, 3)
    assert [r.w for r in rects] == [NOTE_W] * 3
    assert len({(r.x, r.y) for r in rects}) == 3
