"""Board geometry: which zone a point is in, and where a new note goes without covering."""

from __future__ import annotations

import time

import pytest

from arenadesk.domain.board_geometry import Rect, Region
from arenadesk.domain.boards import BoardTemplate, load_templates, placeholder_template
from arenadesk.domain.note_layout import (
    ELLIPSIS,
    NOTE_H,
    NOTE_W,
    fit_text,
    place_in_zone,
    zone_at,
    zone_for_rect,
)

LIBRARY = load_templates()


def char_width(text: str, size: float) -> float:
    """A stand-in for a font: every character 0.55 em wide."""
    return len(text) * size * 0.55


def test_points_fall_in_the_zones_of_the_metaphor() -> None:
    toppen = LIBRARY.get("toppen-av-fjellet")
    assert toppen is not None
    assert zone_at(toppen, (215, 215)).key == "visjonen"  # the sun
    assert zone_at(toppen, (900, 200)).key == "ideer"  # the clouds
    assert zone_at(toppen, (1650, 150)).key == "malet"  # above the summit
    assert zone_at(toppen, (1500, 650)).key == "utfordringer"  # the mountains
    assert zone_at(toppen, (900, 950)).key == "veien"  # the road
    # Outside every zone (a gap of sky): the nearest zone, so a note always belongs.
    assert zone_at(toppen, (1400, 20)).key in ("ideer", "malet")
    gap = LIBRARY.get("gap-analyse")
    assert gap is not None
    assert [zone_at(gap, p).key for p in ((200, 500), (960, 300), (960, 800), (1600, 500))] == [
        "na",
        "tiltak",
        "hindringer",
        "framtid",
    ]


def test_regions_contain_rectangles_only_when_wholly_inside() -> None:
    triangle = Region.polygon(((0, 100), (50, 0), (100, 100)))
    assert triangle.contains_rect(Rect(40, 60, 20, 20))
    assert not triangle.contains_rect(Rect(0, 10, 20, 20))
    notch = Region.polygon(((0, 0), (100, 0), (100, 100), (50, 40), (0, 100)))  # concave
    assert not notch.contains_rect(Rect(30, 30, 40, 40))  # the notch's tip pokes in
    circle = Region.ellipse(50, 50, 50, 50)
    assert circle.contains_rect(Rect(30, 30, 40, 40)) and not circle.contains_rect(
        Rect(0, 0, 30, 30)
    )


@pytest.mark.parametrize("key", list(LIBRARY.templates))
def test_new_notes_are_laid_out_inside_their_zone_without_overlap(key: str) -> None:
    template = LIBRARY.get(key)
    assert isinstance(template, BoardTemplate)
    placed: list[Rect] = []
    for zone in template.zones:
        for _ in range(4):
            spot = place_in_zone(template, zone, placed)
            rect = Rect(spot.x, spot.y, spot.w, spot.h)
            if spot.free:
                assert zone.region.contains_rect(rect), (zone.key, rect)
                assert not any(rect.intersects(other) for other in placed), (zone.key, rect)
                assert not rect.intersects(zone.label_rect()), (zone.key, rect)
                assert zone_for_rect(template, rect).key == zone.key
            placed.append(rect)
        assert sum(1 for r in placed if zone.region.contains(r.centre)) >= 2


def test_a_full_zone_shrinks_the_note_then_cascades_on_the_board() -> None:
    template = LIBRARY.get("toppen-av-fjellet")
    assert template is not None
    sun = template.zone("visjonen")
    assert sun is not None
    placed: list[Rect] = []
    spots = []
    for _ in range(12):
        spot = place_in_zone(template, sun, placed)
        spots.append(spot)
        placed.append(Rect(spot.x, spot.y, spot.w, spot.h))
    assert spots[0].free and (spots[0].w, spots[0].h) == (NOTE_W, NOTE_H)
    assert any(s.free and s.w < NOTE_W for s in spots), "a crowded zone gets smaller notes"
    overflow = [s for s in spots if not s.free]
    assert overflow, "the sun is full after a dozen notes"
    for spot in overflow:
        assert 0 <= spot.x <= template.width - spot.w and 0 <= spot.y <= template.height - spot.h
    assert len({(s.x, s.y) for s in overflow}) == len(overflow), "cascaded, not stacked"


def test_text_takes_the_largest_size_that_fits() -> None:
    short = fit_text("Færre skjema", NOTE_W, NOTE_H, char_width)
    assert short.size == 22 and short.lines == ("Færre skjema",) and not short.truncated
    longer = fit_text("Samordne regelverket for Raskere tilbake i regi av Nav og RHF", 200, 110,
                      char_width)  # fmt: skip
    assert longer.size < 22 and not longer.truncated
    assert " ".join(longer.lines) == "Samordne regelverket for Raskere tilbake i regi av Nav og RHF"
    lines = fit_text("Én\nTo", 200, 110, char_width).lines
    assert lines == ("Én", "To")


def test_a_huge_text_is_cut_with_an_ellipsis_quickly() -> None:
    start = time.perf_counter()
    fitted = fit_text("ord " * 2500, NOTE_W, NOTE_H, char_width)
    one_word = fit_text("x" * 10_000, NOTE_W, NOTE_H, char_width)
    elapsed = time.perf_counter() - start
    assert fitted.truncated and fitted.lines[-1].endswith(ELLIPSIS)
    assert one_word.truncated and all(
        char_width(ln, one_word.size) <= NOTE_W for ln in one_word.lines
    )
    assert elapsed < 1.0  # bounded by what fits, not by the text (a sanity bound, not a bench)


def test_a_missing_template_gets_plain_columns_for_its_zones() -> None:
    template = placeholder_template("borte", ["a", "b", "a"])
    assert template.zone_keys == ("a", "b")
    assert zone_at(template, (100, 500)).key == "a"
