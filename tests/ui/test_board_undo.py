"""Undo and redo round-trip every kind of board edit, through the real widgets and the store."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from arenadesk.store import notes as note_store
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.pointer import drag


@pytest.fixture
def screen(window: MainWindow) -> BoardsScreen:
    window.nav.setCurrentRow(window._names.index("boards"))
    board_screen = window.current_screen
    assert isinstance(board_screen, BoardsScreen)
    return board_screen


def state(screen: BoardsScreen) -> list[tuple]:
    """What is saved, and what the canvas shows: they must always agree."""
    board = screen.editor.board
    assert board is not None
    saved = sorted(
        (n.id, n.zone_key, n.text, n.colour, round(n.x), round(n.y))
        for n in note_store.list_notes(screen.ctx.db, board.id)
    )
    shown = sorted(
        (i.row.id, i.row.zone_key, i.row.text, i.row.colour, round(i.x()), round(i.y()))
        for i in screen.scene.items_by_id.values()
    )
    assert saved == shown
    assert screen.table_model.rowCount() == len(saved)
    return saved


def select_first(screen: BoardsScreen, zone: str) -> None:
    item = next(i for i in screen.scene.items_by_id.values() if i.row.zone_key == zone)
    screen.scene.select_only([item.note_id])


def drag_first_note_into_the_road(screen: BoardsScreen) -> None:
    canvas = screen.canvas
    item = next(i for i in screen.scene.items_by_id.values() if i.row.zone_key == "ideer")
    start = canvas.mapFromScene(item.sceneBoundingRect().center())
    end = canvas.mapFromScene(QPointF(1100, 960))
    drag(canvas, start, end, steps=5)


def add_typed(screen: BoardsScreen) -> None:
    screen.entry.setFocus()
    QTest.keyClick(screen.entry, Qt.Key.Key_4)
    type_text(screen.entry, "Økonomi og juss")
    QTest.keyClick(screen.entry, Qt.Key.Key_Return)


def edit_in_place(screen: BoardsScreen) -> None:
    item = next(i for i in screen.scene.items_by_id.values() if i.row.zone_key == "malet")
    point = screen.canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseDClick(screen.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    editor = screen.scene.editor
    assert editor is not None
    type_text(editor.scene().views()[0].viewport(), "Målet: fem bedrifter i år")
    QTest.keyClick(screen.canvas.viewport(), Qt.Key.Key_Return)
    assert screen.scene.editor is None


def colour(screen: BoardsScreen) -> None:
    select_first(screen, "veien")
    green = next(a for a in screen.colour_menu.actions() if a.text() == "Grønn")
    green.trigger()


def delete_by_key(screen: BoardsScreen) -> None:
    select_first(screen, "utfordringer")
    screen.canvas.setFocus()
    QTest.keyClick(screen.canvas.viewport(), Qt.Key.Key_Delete)


def duplicate_by_key(screen: BoardsScreen) -> None:
    select_first(screen, "visjonen")
    screen.canvas.setFocus()
    QTest.keyClick(screen.canvas.viewport(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


EDITS: dict[str, Callable[[BoardsScreen], None]] = {
    "add": add_typed,
    "edit text in place": edit_in_place,
    "drag to another zone": drag_first_note_into_the_road,
    "colour": colour,
    "delete": delete_by_key,
    "duplicate": duplicate_by_key,
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_undo_and_redo_round_trip(qtbot, screen: BoardsScreen, kind: str) -> None:
    screen.canvas.resize(1200, 700)
    screen.canvas.zoom_fit()
    before = state(screen)
    EDITS[kind](screen)
    after = state(screen)
    assert after != before, f"{kind} changed nothing"
    assert screen.undo_action.isEnabled()
    screen.canvas.setFocus()
    QTest.keyClick(screen.canvas.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(screen) == before
    QTest.keyClick(
        screen.canvas.viewport(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert state(screen) == after
    screen.undo_action.trigger()
    assert state(screen) == before
    screen.redo_action.trigger()
    assert state(screen) == after


def test_a_drag_changes_the_zone_and_stays_on_the_board(screen: BoardsScreen) -> None:
    screen.canvas.resize(1200, 700)
    screen.canvas.zoom_fit()
    drag_first_note_into_the_road(screen)
    moved = [n for n in screen.editor.notes.values() if n.text.startswith("Arbeidsgiver inv")]
    assert moved[0].zone_key == "veien"
    assert screen.undo_action.text() == "Angre Flytt lapper"
