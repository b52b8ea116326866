"""The board on the projector, read from the back of the room: note text measured on
offscreen renders at 1366×768 and 1920×1080 — the font's pixel size after scaling and the
ink of the rendered glyphs — long notes wrap at that size, and a zone whose notes cannot
fit shows their count instead of smaller text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.note_layout import NOTE_TEXT_COLOUR
from arenadesk.domain.projector_layout import PAD
from arenadesk.services import boards as board_service
from arenadesk.store.notes import NoteDraft
from arenadesk.ui.projector.board import NOTE_TEXT_SHARE, ProjectorBoard, ProjectorCard, ZoneCount
from arenadesk.ui.projector.timer import ProjectorWindow
from arenadesk.ui.runner.screen import RunnerScreen
from tests.ui import test_projector_sizes
from tests.ui.test_projector_sizes import SIZES, _open, ink_box

runner_screen = test_projector_sizes.runner_screen  # the same fixture: 1A, økt 2

LONG = (
    "Arbeidsgivere i regionen inviteres til en felles samling hvert kvartal der de møter "
    "unge som står utenfor arbeidslivet, og hver av dem får en fast kontaktperson som følger "
    "opp i minst seks måneder etter første arbeidsdag"
)


def board_step(
    qtbot, screen: RunnerScreen, width: int, height: int
) -> tuple[ProjectorWindow, ProjectorBoard]:  # type: ignore[no-untyped-def]
    projector = _open(qtbot, screen, width, height)
    test_projector_sizes.go_to_board_step(screen)
    QApplication.processEvents()
    assert projector.board_shown
    board = projector.board
    assert isinstance(board, ProjectorBoard)
    return projector, board


def cards(board: ProjectorBoard) -> list[ProjectorCard]:
    return [i for i in board.board_scene.items() if isinstance(i, ProjectorCard)]


def counts(board: ProjectorBoard) -> list[ZoneCount]:
    return [i for i in board.board_scene.items() if isinstance(i, ZoneCount)]


def assert_laid_out(board: ProjectorBoard) -> None:
    """Every card inside its zone and the board, none over another."""
    template = board.board_scene.template
    assert template is not None
    shown = [c.card for c in cards(board)]
    for index, card in enumerate(shown):
        zone = template.zone(card.note.zone_key)
        assert zone is not None and zone.region.contains_rect(card.rect)
        assert Rect(0, 0, template.width, template.height).contains_rect(card.rect)
        for other in shown[index + 1 :]:
            assert not card.rect.intersects(other.rect)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_notes_on_the_projector_are_24_px_at_1080p(
    qtbot, runner_screen, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    screen, _clock = runner_screen
    projector, board = board_step(qtbot, screen, width, height)
    least = NOTE_TEXT_SHARE * height  # 24 px at 1080 lines, 17 px at 768
    assert board.min_text_pixels() == pytest.approx(least)
    shown = cards(board)
    assert shown, "no note shown as a card"
    scale = board.scale_factor
    for item in shown:
        assert item.card.size * scale >= least - 1e-6, item.card.note.text
    assert_laid_out(board)
    # The ink: the first line of each one-line card, rendered, in the note's text colour.
    image = projector.grab().toImage()
    heights = []
    for item in shown:
        card = item.card
        pad = card.size * PAD
        top_left = board.mapFromScene(QPointF(card.rect.x + pad, card.rect.y + pad))
        bottom_right = board.mapFromScene(
            QPointF(card.rect.right - pad, card.rect.y + pad + card.size * 1.2)
        )
        area = QRect(board.mapTo(projector, top_left), board.mapTo(projector, bottom_right))
        box = ink_box(image, area.intersected(image.rect()), QColor(NOTE_TEXT_COLOUR))
        if box.width() > 0:
            heights.append(box.height())
    assert heights
    # Capitals and ascenders are 0.73 of the font's pixel size in DejaVu Sans; the
    # anti-aliased edge is not counted, so the ink measured is a little less.
    assert max(heights) >= 0.62 * least, heights
    if height == 1080:
        assert max(heights) >= 15  # the old projector drew 10 px notes here


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_long_notes_wrap_and_full_zones_show_their_count(
    qtbot, runner_screen, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    screen, _clock = runner_screen
    runner = screen.runner
    assert runner is not None
    projector, board = board_step(qtbot, screen, width, height)
    assert board.board_id is not None
    template = board.board_scene.template
    assert template is not None
    big = max(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)
    small = min(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)
    box = big.region.bounds
    drafts = [NoteDraft(big.key, LONG, box.x + 10, box.y + 60, 200, 110)]
    sb = small.region.bounds
    drafts += [NoteDraft(small.key, f"Mål {n}", sb.x + 10, sb.y + 10, 200, 110) for n in range(40)]
    board_service.add_notes(screen.ctx.db, board.board_id, drafts)
    board.refresh()
    QApplication.processEvents()
    least = NOTE_TEXT_SHARE * height
    scale = board.scale_factor
    for item in cards(board):
        assert item.card.size * scale >= least - 1e-6
    long_cards = [c.card for c in cards(board) if c.card.note.text == LONG]
    zone_counts = {c.text for c in counts(board)}
    if long_cards:
        assert len(long_cards[0].lines) > 1  # wrapped, not shrunk
        assert " ".join(long_cards[0].lines) == LONG
    else:
        assert any(t.endswith("lapper") for t in zone_counts)
    # The full zone shows its newest notes that fit, and how many it holds in all.
    view = next(v for v in board.views if v.zone.key == small.key)
    assert not view.complete and f"{view.count} lapper" in zone_counts
    shown = [c.note.text for c in view.cards]
    assert len(shown) < 40
    assert shown == [f"Mål {n}" for n in range(40 - len(shown), 40)]
    assert_laid_out(board)
    for count in counts(board):
        assert count.size * scale >= least


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_beside_a_board_the_clock_sits_by_the_texts_and_the_board_takes_the_width(
    qtbot, runner_screen, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    screen, _clock = runner_screen
    projector, board = board_step(qtbot, screen, width, height)
    clock = projector.clock.geometry()
    assert clock.bottom() < board.geometry().top()  # the clock is above the board
    assert board.width() >= 0.9 * (width - 64)
    assert board.height() >= 0.55 * height
    # A long question gets a smaller font; the board keeps its room, nothing leaves the screen.
    projector.prompt.setText(" ".join(["Hva hindrer oss i å nå målet vi har satt oss?"] * 6))
    projector.resize(width, height - 1)
    projector.resize(width, height)
    QApplication.processEvents()
    assert board.height() >= 0.5 * height
    assert projector.next.geometry().bottom() <= projector.height()
    assert test_projector_sizes.digits_share(projector, "#f4f4f4") >= 0.18
    # Back to a step without a board: the clock returns under the texts, a third high.
    projector.set_board_visible(False)
    QApplication.processEvents()
    assert projector.middle.indexOf(projector.clock) >= 0
    assert test_projector_sizes.digits_share(projector, "#f4f4f4") >= 0.33
