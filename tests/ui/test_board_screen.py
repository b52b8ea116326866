"""The boards screen driven like a facilitator would: keyboard-first notes, table, export."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from arenadesk.app import Application
from arenadesk.domain.board_geometry import Rect
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import notes as note_store
from arenadesk.ui.boards.dialogs import BoardDialog
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.boards.view import BoardPreview
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text

TEN = [
    ("1", "Alle har en arbeidsgiver med på laget"),
    ("2", "Arbeidsgiver til oppstartsmøtet"),
    ("", "Digitalt trepartsmøte"),
    ("", "Én kontaktperson i Nav"),
    ("3", "Modell prøvd med fem bedrifter"),
    ("4", "Lange avstander"),
    ("", "Taushetsplikt mellom helse og Nav"),
    ("5", "Kartlegge arbeidsgiverne – Marit"),
    ("", "Pilot etter påske"),
    ("", "Møte med Nav – Jonas kaller inn"),
]
ZONES = ["visjonen", "ideer", "ideer", "ideer", "malet", "utfordringer", "utfordringer", "veien",
         "veien", "veien"]  # fmt: skip


def boards_screen(window: MainWindow) -> BoardsScreen:
    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen)
    return screen


def test_navigation_names_the_boards_and_opens_1a_on_its_first_board(window: MainWindow) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Tavler" in labels
    screen = boards_screen(window)
    assert screen.group_combo.currentText().startswith("1A")
    assert screen.board_list.count() == 2
    assert screen.board_list.item(0).text() == "Toppen av fjellet · Økt 2 · 13 lapper"
    assert len(screen.scene.items_by_id) == 13
    assert screen.table_model.rowCount() == 13
    assert not screen.warning.isVisible()


def test_ten_notes_by_keyboard_alone(qtbot, window: MainWindow) -> None:
    screen = boards_screen(window)
    screen.select_group(_group_id(screen, "1B"))
    assert screen.board_list.count() == 0
    # A new board: the dialog needs nothing but Enter (template, name filled in).
    dialog = BoardDialog(screen.ctx, screen.templates, screen.group_id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Toppen av fjellet"
    dialog.accept()
    screen.reload_boards(dialog.saved_id)
    entry = screen.entry
    entry.setFocus()
    for number, text in TEN:
        if number:
            QTest.keyClick(entry, getattr(Qt.Key, f"Key_{number}"))
        type_text(entry, text)
        QTest.keyClick(entry, Qt.Key.Key_Return)
        assert entry.text() == ""
    notes = note_store.list_notes(screen.ctx.db, screen.editor.board.id)  # type: ignore[union-attr]
    by_text = {n.text: n for n in notes}
    assert [by_text[t].zone_key for _, t in TEN] == ZONES
    template = screen.editor.template
    assert template is not None
    rects = [Rect(n.x, n.y, n.w, n.h) for n in notes]
    for note, rect in zip(notes, rects, strict=True):
        zone = template.zone(note.zone_key)
        assert zone is not None and zone.region.contains_rect(rect)
        assert not any(rect.intersects(o) for o in rects if o is not rect)
    # Tab and Shift+Tab step through the zones without leaving the line.
    screen.zone_picker.choose_number(1)
    QTest.keyClick(entry, Qt.Key.Key_Tab)
    assert screen.zone_picker.current_key() == "ideer"
    QTest.keyClick(entry, Qt.Key.Key_Backtab)
    QTest.keyClick(entry, Qt.Key.Key_Backtab)
    assert screen.zone_picker.current_key() == "veien"
    # A digit inside a text is text; Alt+digit picks a zone at any time.
    type_text(entry, "3-5 år")
    assert entry.text() == "3-5 år"
    QTest.keyClick(entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert screen.zone_picker.current_key() == "ideer" and entry.text() == "3-5 år"


def _group_id(screen: BoardsScreen, code: str) -> uuid.UUID:
    for i in range(screen.group_combo.count()):
        if screen.group_combo.itemText(i).startswith(code):
            return screen.group_combo.itemData(i)
    raise AssertionError(code)


def test_a_refused_note_says_why_and_keeps_the_text(window: MainWindow) -> None:
    screen = boards_screen(window)
    before = len(screen.editor.notes)
    screen.entry.setText("x" * 10_000)
    QTest.keyClick(screen.entry, Qt.Key.Key_Return)
    assert screen.message.text() == "Lappen kan ha høyst 4000 tegn."
    assert len(screen.entry.text()) == 10_000 and len(screen.editor.notes) == before
    QTest.keyClick(screen.entry, Qt.Key.Key_Return)  # again: still refused, nothing breaks
    screen.entry.setText("x" * 4_000)
    QTest.keyClick(screen.entry, Qt.Key.Key_Return)
    assert len(screen.editor.notes) == before + 1 and screen.entry.text() == ""


def test_the_zone_table_edits_text_and_zone(window: MainWindow) -> None:
    screen = boards_screen(window)
    screen.tabs.setCurrentWidget(screen.table)
    model = screen.table_model
    assert model.index(0, 0).data() == "Visjonen"
    assert model.index(1, 0).data() == "Ideer"
    note = model.note_at(1)
    assert model.setData(model.index(1, 1), "Arbeidsgiver inviteres – også på Teams")
    assert note_store.get_note(screen.ctx.db, note.id).text.endswith("også på Teams")  # type: ignore[union-attr]
    assert model.setData(model.index(model.row_of(note.id), 0), "malet")
    moved = note_store.get_note(screen.ctx.db, note.id)
    assert moved is not None and moved.zone_key == "malet"
    template = screen.editor.template
    assert template is not None and template.zone("malet").region.contains(  # type: ignore[union-attr]
        Rect(moved.x, moved.y, moved.w, moved.h).centre
    )
    assert not model.setData(model.index(0, 1), "   ")
    assert screen.message.text() == "Lappen må fylles ut."
    screen.undo_action.trigger()
    screen.undo_action.trigger()
    back = note_store.get_note(screen.ctx.db, note.id)
    assert back == note


def test_exports_and_the_clipboard(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    screen = boards_screen(window)
    targets = iter([tmp_path / "tavle.png", tmp_path / "tavle.svg", tmp_path / "tavle"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    for kind in ("png", "svg", "pdf"):
        screen.export(kind)
    image = QImage(str(tmp_path / "tavle.png"))
    assert (image.width(), image.height()) == (3840, 2160)
    svg = ET.parse(tmp_path / "tavle.svg").getroot()
    assert svg.tag.endswith("svg")
    assert "Utfordringer" in (tmp_path / "tavle.svg").read_text(encoding="utf-8")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "tavle.pdf").pages)
    assert "Veien dit / neste skritt" in text and "Taushetsplikt mellom helse og Nav" in text
    assert screen.message.text().startswith("Lagret ")
    screen.copy_image()
    assert not QGuiApplication.clipboard().image().isNull()


def test_the_preview_for_the_projector_follows_edits(qtbot, window: MainWindow) -> None:
    screen = boards_screen(window)
    board = screen.editor.board
    assert board is not None
    preview = BoardPreview(screen.ctx.db, signals=screen.ctx.signals)
    qtbot.addWidget(preview)
    preview.resize(960, 540)
    preview.show()
    preview.show_board(board)
    assert len(preview.board_scene.items_by_id) == 13
    assert preview.transform().m11() == pytest.approx(0.5, abs=0.01)  # fitted
    screen.entry.setText("En ny lapp")
    screen.add_typed_note()
    assert len(preview.board_scene.items_by_id) == 14
    assert not preview.isInteractive()
    preview.show_board(None)
    assert not preview.board_scene.items_by_id
    screen.ctx.signals.announce(ChangeSet.of(Kind.BOARDS))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_board_dialog_in_each_language(
    qtbot, application: Application, window: MainWindow, language: str
) -> None:
    application.install_language(language)
    screen = boards_screen(window)
    dialog = BoardDialog(screen.ctx, screen.templates, screen.group_id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == ("Ny tavle" if language == "nb" else "New board")
    names = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    if language == "nb":
        assert names == ["Toppen av fjellet", "Gap-analyse", "Huset på åsen", "Livets tre",
                         "Veien videre", "Oppropet"]  # fmt: skip
    else:
        assert names[0] == "Top of the mountain"
    application.install_language("nb")
