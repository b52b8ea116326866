"""Forty notes typed into the smallest zone of a board: the zone lays them out, smaller and
then in pages, so no note on screen covers another or leaves its zone; Ctrl+Z and
Ctrl+Shift+Z work from the entry field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from arenadesk.store import notes as note_store
from arenadesk.ui.boards.items import NoteItem
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


@pytest.fixture
def screen(qtbot, window: MainWindow) -> BoardsScreen:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(window._names.index("boards"))
    board_screen = window.current_screen
    assert isinstance(board_screen, BoardsScreen)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return board_screen


def _shown(screen: BoardsScreen, zone: str) -> list[NoteItem]:
    return [
        i for i in screen.scene.items_by_id.values() if i.row.zone_key == zone and i.isVisible()
    ]


def _rect(item: NoteItem) -> QRectF:
    return QRectF(item.x(), item.y(), item.row.w, item.row.h)


def test_forty_notes_typed_into_the_goal_never_overlap(qtbot, screen: BoardsScreen) -> None:  # type: ignore[no-untyped-def]
    template = screen.editor.template
    assert template is not None and template.key == "toppen-av-fjellet"
    zone = template.zone("malet")
    assert zone is not None
    box = zone.region.bounds
    zone_rect = QRectF(box.x, box.y, box.w, box.h)
    screen.zone_picker.setCurrentIndex(screen.zone_picker.findData("malet"))
    screen.entry.setFocus()
    before = len(note_store.list_notes(screen.ctx.db, screen.editor.board.id))  # type: ignore[union-attr]
    for number in range(1, 41):
        type_text(screen.entry, f"Mål nummer {number}: flere i arbeid innen ett år")
        QTest.keyClick(screen.entry, Qt.Key.Key_Return)
    saved = note_store.list_notes(screen.ctx.db, screen.editor.board.id)  # type: ignore[union-attr]
    assert len(saved) == before + 40
    pages = screen.scene.zone_pages.pages["malet"]
    assert pages > 1
    seen = set()
    for _page in range(pages):
        shown = _shown(screen, "malet")
        seen |= {i.note_id for i in shown}
        for index, item in enumerate(shown):
            rect = _rect(item)
            assert zone_rect.contains(rect), item.row.text
            assert QRectF(0, 0, template.width, template.height).contains(rect)
            for other in shown[index + 1 :]:
                assert not rect.intersects(_rect(other)), (item.row.text, other.row.text)
        screen.scene.turn_zone_page("malet")
    in_zone = {n.id for n in saved if n.zone_key == "malet"}
    assert seen == in_zone  # every note is on some page
    # Ctrl+Z from the (empty) entry field undoes the last note, Ctrl+Shift+Z brings it back.
    assert QApplication.focusWidget() is screen.entry
    QTest.keyClick(screen.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after_undo = note_store.list_notes(screen.ctx.db, screen.editor.board.id)  # type: ignore[union-attr]
    assert len(after_undo) == before + 39
    QTest.keyClick(
        screen.entry,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(note_store.list_notes(screen.ctx.db, screen.editor.board.id)) == before + 40  # type: ignore[union-attr]
    # With text typed, Ctrl+Z is the field's own undo.
    type_text(screen.entry, "halvskrevet")
    QTest.keyClick(screen.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(note_store.list_notes(screen.ctx.db, screen.editor.board.id)) == before + 40  # type: ignore[union-attr]
