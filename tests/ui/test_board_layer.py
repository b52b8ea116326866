"""The notes are drawn by one layer: a selected note stays at its place in the pile, a
dragged note is drawn where the mouse takes it, and a small board zoomed in all the way
shows its notes' text."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.items import NOTE_COLOURS
from tests.ui.test_board_crowd import _fitted_view


def _view(qtbot, notes: list[NoteRow]):  # type: ignore[no-untyped-def]
    return _fitted_view(qtbot, notes)


def _note(text: str, colour: str, x: float, y: float, z: int) -> NoteRow:
    return NoteRow(uuid.uuid4(), uuid.uuid4(), "ideer", text, colour, x, y, 200, 110, z)


def test_a_selected_note_stays_under_the_note_above_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    lower = _note("Under", "blue", 800, 400, 1)
    upper = _note("Over", "pink", 900, 450, 2)
    scene, view = _view(qtbot, [lower, upper])
    overlap = view.mapFromScene(QPointF(990, 505))  # clear of the text
    assert view.grab().toImage().pixelColor(overlap) == QColor(NOTE_COLOURS["pink"])
    scene.select_only([lower.id])
    image = view.grab().toImage()
    assert image.pixelColor(overlap) == QColor(NOTE_COLOURS["pink"])
    # Its own visible part is edged in the selection colour.
    edge = view.mapFromScene(QPointF(800, 420))
    assert image.pixelColor(edge) != QColor(NOTE_COLOURS["blue"])
    assert image.pixelColor(view.mapFromScene(QPointF(840, 420))) == QColor(NOTE_COLOURS["blue"])


def test_a_dragged_note_is_drawn_where_the_mouse_takes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    note = _note("Flytt meg", "green", 300, 500, 1)
    scene, view = _view(qtbot, [note])
    at = view.mapFromScene(QPointF(400, 555))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    for step in range(1, 6):
        QTest.mouseMove(viewport, at + QPoint(60 * step, 0))
    # Before the mouse is let go: the note is at its new place, and gone from the old.
    image = view.grab().toImage()
    now = view.mapFromScene(QPointF(scene.items_by_id[note.id].x() + 100, 555))
    assert image.pixelColor(now) == QColor(NOTE_COLOURS["green"])
    assert image.pixelColor(view.mapFromScene(QPointF(310, 505))) != QColor(NOTE_COLOURS["green"])
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at + QPoint(300, 0)
    )
    assert scene.items_by_id[note.id].x() > 450


def test_a_small_board_zoomed_in_all_the_way_shows_its_notes_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    note = _note("Arbeid først", "yellow", 900, 500, 1)
    scene, view = _view(qtbot, [note, _note("Ved siden av", "blue", 1110, 500, 2)])
    view.zoom_by(100)
    view.centerOn(1000, 555)
    image = view.grab().toImage()
    box = view.mapFromScene(QPointF(900, 500)), view.mapFromScene(QPointF(1100, 610))
    dark = sum(
        image.pixelColor(x, y).lightness() < 90
        for x in range(max(0, box[0].x()), min(image.width(), box[1].x()), 2)
        for y in range(max(0, box[0].y()), min(image.height(), box[1].y()), 2)
    )
    assert dark > 100
    assert not scene.crowded
