"""The projector's board layout: text never below the minimum, cards apart and inside
their zone, long notes wrapped, and a full zone's count instead of smaller text."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import load_templates
from arenadesk.domain.projector_layout import capacity, projector_layout, text_sizes
from tests.domain.test_zone_arrangement import TEMPLATES

LIBRARY = load_templates()


def measure(text: str, size: float) -> float:
    return len(text) * 0.6 * size  # wider than DejaVu Sans on average: errs on the safe side


@dataclass(frozen=True)
class Note:
    zone_key: str
    text: str
    z: int
    x: float = 0.0
    y: float = 0.0
    w: float = 200.0
    h: float = 110.0
    colour: str = "yellow"


@pytest.mark.parametrize("key", TEMPLATES)
@pytest.mark.parametrize("least", [36.0, 48.0])  # 24 px at a scale of 2/3 and of 1/2
def test_forty_notes_in_the_smallest_zone(key: str, least: float) -> None:
    template = LIBRARY.get(key)
    assert template is not None
    zone = min(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)
    notes = [Note(zone.key, f"Mål {n}: flere i arbeid", n) for n in range(40)]
    notes += [Note(z.key, "Kort lapp", 100 + i) for i, z in enumerate(template.zones)]
    views = projector_layout(template, notes, least, measure)
    cards = [c for v in views for c in v.cards]
    for index, card in enumerate(cards):
        assert card.size >= least
        home = template.zone(card.note.zone_key)
        assert home is not None and home.region.contains_rect(card.rect)
        assert Rect(0, 0, template.width, template.height).contains_rect(card.rect)
        for other in cards[index + 1 :]:
            assert not card.rect.intersects(other.rect), (key, card.rect, other.rect)
    for view in views:
        if not view.complete:
            assert view.badge is not None and view.zone.region.contains_rect(view.badge)
            assert not any(c.rect.intersects(view.badge) for c in view.cards)
            newest = sorted((n for n in notes if n.zone_key == view.zone.key), key=lambda n: n.z)
            assert [c.note for c in view.cards] == newest[len(newest) - len(view.cards) :]
    small = next(v for v in views if v.zone.key == zone.key)
    assert small.count == 41 and not small.complete


def test_a_long_note_wraps_at_the_size_a_short_one_gets() -> None:
    template = LIBRARY.get("gap-analyse")
    assert template is not None
    text = "Arbeidsgivere inviteres til felles samling hvert kvartal med unge utenfor arbeid"
    views = projector_layout(template, [Note("tiltak", text, 1)], 36.0, measure)
    (card,) = next(v for v in views if v.zone.key == "tiltak").cards
    assert card.size >= 36.0 and len(card.lines) > 1
    assert " ".join(card.lines) == text
    huge = projector_layout(template, [Note("tiltak", "ord " * 1000, 1)], 36.0, measure)
    view = next(v for v in huge if v.zone.key == "tiltak")
    assert view.cards == () and view.count == 1 and view.badge is not None


def test_sizes_are_whole_and_never_below_the_minimum() -> None:
    assert text_sizes(23.2) == sorted(text_sizes(23.2), reverse=True)
    assert min(text_sizes(23.2)) == 24.0 and all(s == int(s) for s in text_sizes(23.2))


@pytest.mark.parametrize("key", TEMPLATES)
def test_a_huge_board_shows_its_newest_notes_without_measuring_them_all(key: str) -> None:
    """4 000 notes in each zone: each shows the newest that fit and its count, and the
    texts measured are those tried as cards, not the thousands that cannot fit."""
    template = LIBRARY.get(key)
    assert template is not None
    notes = [
        Note(zone.key, f"Idé {n} om arbeid og helse for unge", i * 4000 + n)
        for i, zone in enumerate(template.zones)
        for n in range(4000)
    ]
    measured: list[str] = []

    def counting(text: str, size: float) -> float:
        measured.append(text)
        return measure(text, size)

    views = projector_layout(template, notes, 36.0, counting)
    expected = projector_layout(template, [n for n in notes if n.z % 4000 >= 3800], 36.0, measure)
    for view, few in zip(views, expected, strict=True):
        assert view.count == 4000 and not view.complete and view.badge is not None
        newest = sorted((n for n in notes if n.zone_key == view.zone.key), key=lambda n: n.z)
        assert [c.note for c in view.cards] == newest[len(newest) - len(view.cards) :]
        assert [c.note for c in view.cards] == [c.note for c in few.cards]  # same as 200
        for card in view.cards:
            assert card.size >= 36.0 and view.zone.region.contains_rect(card.rect)
    assert len(set(measured)) < 200 * len(template.zones)
    for zone in template.zones:
        for size in text_sizes(36.0):
            assert capacity(zone, size, 1) >= 1
