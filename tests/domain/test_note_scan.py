"""The search for free spots goes on from where it stopped, and finds exactly the spots a
search from the top of the zone each time finds: in every zone of every template (rects,
ellipses, polygons), with no obstacles, with the zone's label, with scattered notes, and
with a zone crowded by hundreds of notes; a search asked again is remembered, and gives
the same spots."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from arenadesk.domain.board_geometry import Point, Rect, Region
from arenadesk.domain.boards import load_templates
from arenadesk.domain.note_layout import ARRANGE_SCALES, NOTE_H, NOTE_W, _label_obstacle
from arenadesk.domain.note_scan import GAP, SCAN, SpotScanner, first_spot, spots

LIBRARY = load_templates()
ZONES = [(t.key, z.key) for t in LIBRARY for z in t.zones]


def scan_from_the_top(
    region: Region, obstacles: Sequence[Rect], w: float, h: float
) -> Point | None:
    """The rule as written before the scanner: every search starts at the zone's top."""
    box = region.bounds
    y = box.y + GAP
    while y + h <= box.bottom - GAP + 1e-9:
        band = [r for r in obstacles if r.y < y + h + GAP and y < r.bottom + GAP]
        x = box.x + GAP
        while x + w <= box.right - GAP + 1e-9:
            candidate = Rect(x, y, w, h)
            blocker = next((r for r in band if r.intersects(candidate, GAP)), None)
            if blocker is not None:
                x = max(x + SCAN, blocker.right + GAP)
                continue
            if region.contains_rect(candidate):
                return (x, y)
            x += SCAN
        y += SCAN
    return None


def slots_from_the_top(
    region: Region, obstacles: Sequence[Rect], w: float, h: float, limit: int
) -> list[Rect]:
    taken = list(obstacles)
    slots: list[Rect] = []
    while len(slots) < limit:
        spot = scan_from_the_top(region, taken, w, h)
        if spot is None:
            break
        slots.append(Rect(spot[0], spot[1], w, h))
        taken.append(slots[-1])
    return slots


def scattered(box: Rect, count: int, seed: int) -> list[Rect]:
    """Notes dropped anywhere over a zone and a little around it, overlapping freely."""
    rng = random.Random(seed)
    return [
        Rect(
            rng.uniform(box.x - 150, box.right - 50),
            rng.uniform(box.y - 80, box.bottom - 30),
            rng.choice((NOTE_W, NOTE_W * 0.65, 120.0)),
            rng.choice((NOTE_H, NOTE_H * 0.65, 60.0)),
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize(("template_key", "zone_key"), ZONES)
def test_the_spots_of_a_zone_laid_out_in_full_are_those_searched_from_the_top(
    template_key: str, zone_key: str
) -> None:
    template = LIBRARY.get(template_key)
    assert template is not None
    zone = template.zone(zone_key)
    assert zone is not None
    box = zone.region.bounds
    obstacle_sets = {
        "none": [],
        "label": [_label_obstacle(zone)],
        "a few notes": [_label_obstacle(zone), *scattered(box, 4, 1)],
        "crowded": scattered(box, 300, 2),
    }
    for name, obstacles in obstacle_sets.items():
        for scale in ARRANGE_SCALES:
            w, h = NOTE_W * scale, NOTE_H * scale
            expected = slots_from_the_top(zone.region, obstacles, w, h, 400)
            # Asked first for one spot, then a few, then all (each remembered search is
            # either all there are or extended), then again.
            assert first_spot(zone.region, obstacles, w, h) == scan_from_the_top(
                zone.region, obstacles, w, h
            ), (name, scale)
            assert spots(zone.region, obstacles, w, h, 3) == expected[:3], (name, scale)
            assert spots(zone.region, obstacles, w, h, 400) == expected, (name, scale)
            assert spots(zone.region, obstacles, w, h, 400) == expected, (name, scale)
            assert spots(zone.region, obstacles, w, h, 2) == expected[:2], (name, scale)


def test_a_search_asked_twice_without_taking_gives_the_same_spot() -> None:
    template = LIBRARY.get("toppen-av-fjellet")
    assert template is not None
    zone = template.zones[0]  # an ellipse: rows with candidates outside it
    scanner = SpotScanner(zone.region, [_label_obstacle(zone)], NOTE_W * 0.5, NOTE_H * 0.5)
    first = scanner.find()
    assert first is not None and scanner.find() == first
    assert scanner.take() == first
    assert scanner.find() != first


def test_no_room_gives_no_spot() -> None:
    region = Region.rect(0, 0, 100, 60)  # smaller than a card with its gaps
    assert first_spot(region, [], NOTE_W, NOTE_H) is None
    assert spots(region, [], NOTE_W, NOTE_H, 5) == []
