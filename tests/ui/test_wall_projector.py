"""The wall on the projector: one økt at a time, switched by keys, every card's text whole
and large enough to read at 1920×1080 and 1366×768, following the wall as it changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import open_space as wall_store
from arenadesk.ui.projector.wall import WallProjectorWindow
from arenadesk.ui.shell.context import UiContext
from tests.reports.wall_samples import TITLES, build_full_wall


@pytest.fixture
def projector(qtbot, english, ctx: UiContext) -> WallProjectorWindow:  # type: ignore[no-untyped-def]
    build_full_wall(ctx.db, ctx.arena_id)
    window = WallProjectorWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def _whole(box_text: str, font, rect: QRect) -> bool:  # type: ignore[no-untyped-def]
    """The text wrapped in the box's width takes no more room than the box has."""
    bounds = QFontMetrics(font).boundingRect(
        QRect(0, 0, rect.width(), 100_000), Qt.TextFlag.TextWordWrap, box_text
    )
    return bounds.width() <= rect.width() and bounds.height() <= rect.height()


def _check_fits(window: WallProjectorWindow) -> int:
    """Every text of every card is whole and inside its card; returns the title size."""
    cards, heading, footer = window.layout_cards()
    screen = window.rect()
    assert screen.contains(heading.rect) and screen.contains(footer.rect)
    for card in cards:
        assert screen.contains(card.rect)
        assert not card.rect.intersects(heading.rect) and not card.rect.intersects(footer.rect)
        for box in (card.head, card.title, card.convener):
            if not box.text:  # a topic without a convener
                continue
            assert card.rect.contains(box.rect)
            assert _whole(box.text, box.font, box.rect), box.text
            assert "…" not in box.text
    for one, other in zip(cards, cards[1:], strict=False):
        assert not one.rect.intersects(other.rect)
    return min(card.title.font.pixelSize() for card in cards)


@pytest.mark.parametrize(("width", "height", "smallest"), [(1920, 1080, 26), (1366, 768, 18)])
def test_a_full_økt_of_16_topics_fits_legibly(  # type: ignore[no-untyped-def]
    projector, width: int, height: int, smallest: int
) -> None:
    projector.resize(width, height)
    cards, heading, _footer = projector.layout_cards()
    assert heading.text == "Økt 1 · day 1 · 10:30–12:00"
    assert len(cards) == 16 and not any(card.empty for card in cards)
    assert [card.title.text for card in cards] == TITLES[:16]
    assert cards[0].head.text == "1.1  ·  Rom 1" and cards[0].convener.text == "Kari Nordmann"
    assert _check_fits(projector) >= smallest


def test_a_very_long_title_shrinks_the_text_but_is_never_cut(projector) -> None:  # type: ignore[no-untyped-def]
    ctx = projector.ctx
    wall = wall_store.get_wall(ctx.db, ctx.arena_id)
    long = "Arbeidsinkluderingsprogrammet " + "og samhandling mellom tjenestene " * 8
    wall_store.update_topic(ctx.db, wall.topics[5].id, long, "Øystein Ås")
    before = _check_fits(projector)
    ctx.signals.announce(ChangeSet.of(Kind.WALL))
    after = _check_fits(projector)
    assert after < before
    assert projector.layout_cards()[0][5].title.text == long.strip()


def test_keys_switch_økt_and_esc_leaves_full_screen(qtbot, projector) -> None:  # type: ignore[no-untyped-def]
    def shown() -> int:
        slot = projector.current_slot()
        assert slot is not None
        return slot.number

    assert shown() == 1
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert shown() == 1  # nothing before the first
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert shown() == 2
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert shown() == 3
    assert projector.layout_cards()[1].text == "Økt 3 · day 2 · 09:30–11:00"
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert shown() == 2
    qtbot.keyClick(projector, Qt.Key.Key_End)
    assert shown() == 4
    cards = projector.layout_cards()[0]
    assert sum(not card.empty for card in cards) == 8  # økt 4 has 8 of 16 spaces taken
    assert cards[-1].title.text == "—" and cards[-1].head.text == "4.16  ·  Rom 16"
    qtbot.keyClick(projector, Qt.Key.Key_Home)
    assert shown() == 1

    projector.showFullScreen()
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


def test_it_follows_the_wall_live_and_stays_on_its_økt(projector) -> None:  # type: ignore[no-untyped-def]
    ctx = projector.ctx
    wall = wall_store.get_wall(ctx.db, ctx.arena_id)
    projector.show_slot(wall.slots[3].id)
    free = wall.next_free_cell(wall.slots[3].id)
    wall_store.add_topic(
        ctx.db, ctx.arena_id, "Ny på møtet: læring på tvers", "Åse", wall.slots[3].id, free
    )
    ctx.signals.announce(ChangeSet.of(Kind.WALL))
    titles = [card.title.text for card in projector.layout_cards()[0]]
    assert titles[8] == "Ny på møtet: læring på tvers"
    wall_store.remove_last_slot(ctx.db, ctx.arena_id)  # the økt shown is gone: the last one
    ctx.signals.announce(ChangeSet.of(Kind.WALL))
    slot = projector.current_slot()
    assert slot is not None and slot.number == 3
