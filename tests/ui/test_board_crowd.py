"""A board with thousands of notes in view draws them as cards (text unreadable anyway)."""

from __future__ import annotations

import random
import uuid

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from arenadesk.domain.boards import load_templates
from arenadesk.store.boards import NoteRow
from arenadesk.ui.boards.items import NOTE_COLOURS
from arenadesk.ui.boards.scene import CROWDED_NOTES, BoardCanvas, BoardScene


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


def test_crowded_view_draws_cards_and_zooming_in_brings_text_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    template = load_templates().get("toppen-av-fjellet")
    scene = BoardScene()
    notes = _notes(CROWDED_NOTES + 300)
    scene.show_board(template, notes)
    view = BoardCanvas(scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.zoom_fit()
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
    scene = BoardScene()
    scene.show_board(load_templates().get("gap-analyse"), _notes(200))
    view = BoardCanvas(scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.zoom_fit()
    view.grab()
    assert not scene.crowded


def test_a_crowded_board_redraws_its_cards_when_a_note_moves_or_is_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    template = load_templates().get("toppen-av-fjellet")
    scene = BoardScene()
    notes = _notes(CROWDED_NOTES + 300)
    scene.show_board(template, notes)
    view = BoardCanvas(scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.zoom_fit()
    view.grab()
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
