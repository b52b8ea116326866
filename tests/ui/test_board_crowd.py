"""A board with thousands of notes in view draws them as cards (text unreadable anyway)."""

from __future__ import annotations

import random
import uuid

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene

from arenadesk.domain.boards import load_templates
from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.items import NOTE_COLOURS, NoteItem
from arenadesk.ui.boards.scene import (
    CROWDED_NOTES,
    INDEXED_NOTES_LIMIT,
    BoardCanvas,
    BoardScene,
)
from arenadesk.ui.boards.view import BoardPreview


def _notes(count: int) -> list[NoteRow]:
    rng, board = random.Random(7), uuid.uuid4()
    return [
        NoteRow(
            uuid.uuid4(),
            board,
            "ideer",
            f"Idé nummer {n} om arbeid",
            "blue",
            rng.uniform(0, 1700),
            rng.uniform(0, 950),
            180,
            100,
            n,
        )
        for n in range(count)
    ]


def _fitted_view(qtbot, notes: list[NoteRow], template: str = "toppen-av-fjellet"):  # type: ignore[no-untyped-def]
    """A board of `notes` on a 1366×768 canvas, fitted to the board and painted once."""
    scene = BoardScene()
    scene.show_board(load_templates().get(template), notes)
    view = BoardCanvas(scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.zoom_fit()
    view.grab()
    return scene, view


def test_crowded_view_draws_cards_and_zooming_in_brings_text_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = _notes(CROWDED_NOTES + 300)
    scene, view = _fitted_view(qtbot, notes)
    picture = view.grab().toImage()
    assert scene.crowded
    # The topmost note's card is there, in its colour, where the note lies.
    top = notes[-1]
    centre = view.mapFromScene(QPointF(top.x + top.w / 2, top.y + top.h / 2))
    assert picture.pixelColor(centre) == QColor(NOTE_COLOURS["blue"])
    # Zoomed in on a corner, few notes are in view: each note paints itself with its text.
    view.fitInView(QRectF(top.x, top.y, top.w * 3, top.h * 3))
    view.grab()
    assert not scene.crowded


def test_an_ordinary_board_is_never_crowded(qtbot) -> None:  # type: ignore[no-untyped-def]
    scene, _view = _fitted_view(qtbot, _notes(200), "gap-analyse")
    assert not scene.crowded


def test_a_crowded_board_redraws_its_cards_when_a_note_moves_or_is_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = _notes(CROWDED_NOTES + 300)
    scene, view = _fitted_view(qtbot, notes)
    assert scene.crowded
    top = notes[-1]
    # Moved far from the others (as an undo or another laptop's edit would): the card layer
    # draws it at its new place, in its colour, and not at the old one.
    moved = NoteRow(top.id, top.board_id, "ideer", top.text, "pink", 1750, 20, 150, 80, top.z)
    scene.put_note(moved)
    picture = view.grab().toImage()
    assert picture.pixelColor(view.mapFromScene(QPointF(1825, 60))) == QColor(NOTE_COLOURS["pink"])
    # Selected, it draws itself (the one a person may drag), edged in the selection colour.
    scene.select_only([top.id])
    picture = view.grab().toImage()
    assert picture.pixelColor(view.mapFromScene(QPointF(1825, 60))) == QColor(NOTE_COLOURS["pink"])
    edge = view.mapFromScene(QPointF(1751, 60))
    assert picture.pixelColor(edge) != QColor(NOTE_COLOURS["pink"])
    scene.clearSelection()
    picture = view.grab().toImage()
    assert picture.pixelColor(view.mapFromScene(QPointF(1825, 60))) == QColor(NOTE_COLOURS["pink"])


def test_a_board_too_large_for_an_index_still_picks_selects_and_drags_notes(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = _notes(INDEXED_NOTES_LIMIT + 500)
    top = notes[-1]
    # The topmost note in the top-right corner, over the others there.
    notes[-1] = NoteRow(top.id, top.board_id, "ideer", top.text, "pink", 1750, 20, 150, 80, top.z)
    scene, view = _fitted_view(qtbot, notes)
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex
    assert scene.crowded
    at = view.mapFromScene(QPointF(1825, 60))
    picked = [i for i in scene.items(QPointF(1825, 60)) if isinstance(i, NoteItem)]
    assert picked[0].note_id == top.id  # topmost first, without the index too
    dragged: list[list[tuple[object, float, float]]] = []
    scene.notes_dragged.connect(dragged.append)
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert scene.selected_ids() == [top.id]
    QTest.mouseMove(viewport, at - QPoint(40, 0))
    QTest.mouseMove(viewport, at - QPoint(80, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at - QPoint(80, 0)
    )
    assert len(dragged) == 1
    ((note_id, x, y),) = dragged[0]
    assert note_id == top.id and x < 1750 and abs(y - 20) < 1e-6
    # A small board keeps Qt's index.
    scene.show_board(load_templates().get("toppen-av-fjellet"), notes[:200])
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.BspTreeIndex


def _text_pixels(image, view, rect: QRectF) -> int:  # type: ignore[no-untyped-def]
    """Dark pixels (note text) inside `rect` of the board, as the view shows it."""
    box = view.mapFromScene(rect).boundingRect().intersected(image.rect())
    return sum(
        image.pixelColor(x, y).lightness() < 90
        for x in range(box.left(), box.right(), 2)
        for y in range(box.top(), box.bottom(), 2)
    )


def test_fully_zoomed_in_on_a_crowded_board_the_notes_in_view_are_legible_and_selectable(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    """Hundreds of notes overlap in view at the largest zoom: the visible ones are drawn
    with their text, those hidden under them are not drawn at all, and the topmost is the
    one a click selects."""
    notes = _notes(INDEXED_NOTES_LIMIT + 1500)
    scene, view = _fitted_view(qtbot, notes)
    assert scene.crowded
    top = notes[-1]
    view.zoom_by(100)  # as far as the view allows
    assert view.zoom == BoardCanvas.MAX_ZOOM
    view.centerOn(top.x + top.w / 2, top.y + top.h / 2)
    image = view.grab().toImage()
    assert not scene.crowded
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [i for i in scene.items(visible) if isinstance(i, NoteItem)]
    assert len(in_view) > 100  # crowded there, but far fewer than CROWDED_NOTES
    assert scene.layer is not None
    drawn = scene.layer.uncovered(visible)
    assert drawn[-1].note_id == top.id  # drawn last, on top of the others
    assert len(drawn) < len(in_view) / 4
    # The top note's text is drawn, at full size, and its card in its colour.
    centre = view.mapFromScene(QPointF(top.x + top.w - 8, top.y + top.h - 8))
    assert image.pixelColor(centre) == QColor(NOTE_COLOURS["blue"])
    assert _text_pixels(image, view, QRectF(top.x, top.y, top.w, top.h)) > 50
    # A click there selects the note under the mouse, the top one.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert scene.selected_ids() == [top.id]


def test_a_scroll_step_zoomed_in_draws_what_a_full_repaint_draws(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A scroll step paints only the strip that came into view; together with the kept
    pixels it shows the same board as painting the whole view again."""
    for count in (300, INDEXED_NOTES_LIMIT + 1500):
        scene, view = _fitted_view(qtbot, _notes(count))
        view.zoom_by(4)
        view.centerOn(900, 500)
        view.grab()
        bar = view.verticalScrollBar()
        for _ in range(3):
            bar.setValue(bar.value() + 3 * bar.singleStep())
            view.viewport().repaint()
        scrolled = view.grab().toImage()
        assert scene.layer is not None
        scene.layer.invalidate()
        scene.invalidate()
        whole = view.grab().toImage()
        differing = sum(
            scrolled.pixel(x, y) != whole.pixel(x, y)
            for x in range(0, whole.width(), 3)
            for y in range(0, whole.height(), 3)
        )
        assert differing < whole.width() * whole.height() / 9 / 200, count  # < 0.5 %


def test_a_preview_of_a_huge_board_draws_cards_only(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """As on the boards screen: thousands of notes in view are cards (on the projector
    and in the økt runner too)."""
    preview = BoardPreview(demo_db)
    qtbot.addWidget(preview)
    scene = preview.board_scene
    scene.show_board(load_templates().get("toppen-av-fjellet"), _notes(CROWDED_NOTES + 300))
    preview.resize(960, 540)
    preview.show()
    preview.fitInView(scene.sceneRect())
    preview.grab()
    assert scene.crowded
