"""Typing notes into a zone until it is full, then past it, on every template's smallest
zone and on a zone of scattered notes: each note goes where a fresh layout of the whole
zone puts it, a zone in pages leaves its notes where they are when one more comes, and
undo of each addition brings back exactly what was saved before."""

from __future__ import annotations

import random
import uuid

import pytest

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import Zone
from arenadesk.domain.note_layout import (
    GAP,
    MIN_SCALE,
    NOTE_H,
    NOTE_W,
    arrange_zone,
    note_rect,
    place_in_zone,
)
from arenadesk.services import boards as board_service
from arenadesk.store import notes as note_store
from arenadesk.store.db.database import Database
from arenadesk.store.notes import NoteDraft, NoteRow
from arenadesk.ui.boards.editor import BoardEditor, typed_order
from tests.domain.test_zone_arrangement import TEMPLATES
from tests.ui.test_board_layout_paths import assert_apart, editor_on, group_id, smallest

__all__ = ["group_id"]  # the fixture, for pytest

LONG = "Flere i arbeid innen ett år: " + "mentor fra første dag, " * 8  # 200 characters
LONG = LONG[:200]


def scattered(zone: Zone, count: int, seed: int) -> list[NoteDraft]:
    """Notes dropped anywhere in a zone (as by hand, or from an older file), overlapping,
    with texts up to 200 characters."""
    box = zone.region.bounds
    rng = random.Random(seed)
    return [
        NoteDraft(
            zone.key,
            f"Spredt {n}: {LONG[: rng.randint(10, 180)]}",
            rng.uniform(box.x + GAP, box.right - NOTE_W),
            rng.uniform(box.y + GAP, box.bottom - NOTE_H),
            NOTE_W,
            NOTE_H,
        )
        for n in range(count)
    ]


def saved(editor: BoardEditor) -> list[NoteRow]:
    assert editor.board is not None
    return sorted(note_store.list_notes(editor.db, editor.board.id), key=lambda n: n.id.int)


def expected_layout(editor: BoardEditor, zone: Zone) -> dict[uuid.UUID, Rect]:
    """The zone laid out afresh: its notes in typed order on the slots of `arrange_zone`,
    around the notes of other zones near it."""
    assert editor.template is not None
    notes = saved(editor)
    mine = sorted((n for n in notes if n.zone_key == zone.key), key=typed_order)
    others = list(dict.fromkeys(note_rect(n) for n in notes if n.zone_key != zone.key))
    slots = arrange_zone(editor.template, zone, len(mine), others)
    return {n.id: slot for n, slot in zip(mine, slots, strict=True)}


def add_and_check(editor: BoardEditor, zone: Zone, text: str) -> bool:
    """Adds a note and checks it against a fresh layout; True when the zone was laid out
    again (some of its notes moved)."""
    before = {n.id: n for n in saved(editor)}
    row = editor.add_text(zone.key, text)
    after = {n.id: n for n in saved(editor)}
    assert row.id in after and row.text == text.strip()
    moved = {i for i, n in before.items() if note_rect(n) != note_rect(after[i])}
    assert all(after[i].zone_key == zone.key for i in moved)  # other zones stay put
    if moved or not _free(editor, zone, before, row):
        layout = expected_layout(editor, zone)
        assert {i: note_rect(after[i]) for i in layout} == layout
    # Undo gives back exactly what was saved; redo the note and its moves.
    editor.undo_stack.undo()
    assert {n.id: n for n in saved(editor)} == before
    assert {i: item.row for i, item in editor.scene.items_by_id.items()} == before
    editor.undo_stack.redo()
    assert {n.id: n for n in saved(editor)} == after
    assert {i: item.row for i, item in editor.scene.items_by_id.items()} == after
    return bool(moved)


def _free(editor: BoardEditor, zone: Zone, before: dict[uuid.UUID, NoteRow], row: NoteRow) -> bool:
    """The note took a free spot: the one `place_in_zone` gives among the notes before."""
    assert editor.template is not None
    occupied = list(dict.fromkeys(note_rect(n) for n in before.values()))
    spot = place_in_zone(editor.template, zone, occupied)
    return spot.free and (spot.x, spot.y, spot.w, spot.h) == (row.x, row.y, row.w, row.h)


@pytest.mark.parametrize("key", TEMPLATES)
def test_typing_past_a_full_zone_gives_each_note_its_fresh_layout_slot(
    qtbot, demo_db: Database, group_id: uuid.UUID, key: str
) -> None:  # type: ignore[no-untyped-def]
    editor = editor_on(demo_db, group_id, key)
    assert editor.template is not None
    zone = smallest(editor.template)
    # An empty zone: the first note is as large as the zone allows (full size but in
    # the smallest zones), where a fresh layout puts it.
    first = editor.add_text(zone.key, LONG)
    assert note_rect(first) == arrange_zone(editor.template, zone, 1)[0]
    assert first.w >= NOTE_W * 0.8
    laid_out_again = 0
    paged_quietly = 0
    for number in range(2, 45):
        pages_before = _pages(editor, zone)
        moved = add_and_check(editor, zone, f"{number}: {LONG}")
        laid_out_again += moved
        if pages_before > 1 and not moved:
            paged_quietly += 1
    notes = [n for n in saved(editor) if n.zone_key == zone.key]
    assert len(notes) == 44
    assert_apart(editor.template, notes, zone)
    assert all(n.w >= NOTE_W * MIN_SCALE - 1e-9 for n in notes)
    assert laid_out_again >= 1  # the zone filled up and shrank its cards
    assert paged_quietly >= 1  # once in pages, one more note moves no other


def _pages(editor: BoardEditor, zone: Zone) -> int:
    stacks: dict[Rect, int] = {}
    for note in saved(editor):
        if note.zone_key == zone.key:
            stacks[note_rect(note)] = stacks.get(note_rect(note), 0) + 1
    return max(stacks.values(), default=0)


def test_a_zone_exactly_full_keeps_its_notes_until_one_more_comes(
    qtbot, demo_db: Database, group_id: uuid.UUID
) -> None:  # type: ignore[no-untyped-def]
    editor = editor_on(demo_db, group_id, "toppen-av-fjellet")
    assert editor.template is not None
    zone = editor.template.zone("malet")
    assert zone is not None
    capacity = len(arrange_zone(editor.template, zone, 1000)[:1000])
    full_size = 0
    while True:  # free spots at full size until the zone is exactly full
        spot = place_in_zone(editor.template, zone, [note_rect(n) for n in saved(editor)])
        if not spot.free or spot.w != NOTE_W:
            break
        editor.add_text(zone.key, f"Mål {full_size}")
        full_size += 1
    assert 1 < full_size < capacity
    before = saved(editor)
    assert add_and_check(editor, zone, "Én til: kortene blir mindre")
    after = {n.id: n for n in saved(editor)}
    assert all(after[n.id].w < NOTE_W for n in before)  # the zone shrank its cards


def test_a_zone_of_scattered_notes_is_laid_out_once_then_pages_quietly(
    qtbot, demo_db: Database, group_id: uuid.UUID
) -> None:  # type: ignore[no-untyped-def]
    """Notes dropped anywhere over the zone (as by hand, or from an older file), so that
    no free spot is left: the first typed note lays the zone out, the next ones go on
    its slots, page after page, and no other note moves."""
    editor = editor_on(demo_db, group_id, "toppen-av-fjellet")
    assert editor.template is not None and editor.board is not None
    zone = editor.template.zones[0]  # an ellipse
    board_service.add_notes(demo_db, editor.board.id, scattered(zone, 120, 19))
    editor.open(editor.board, editor.template)
    assert add_and_check(editor, zone, "Først: sonen ordnes")
    for number in range(30):
        assert not add_and_check(editor, zone, f"{number}: {LONG}")
    assert_apart(editor.template, [n for n in saved(editor) if n.zone_key == zone.key], zone)


def test_the_board_list_counts_the_notes_of_each_edit_without_reading_the_boards_again(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from arenadesk.store import boards as board_store
    from arenadesk.ui.boards.screen import BoardsScreen

    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen) and screen.editor.board is not None
    board_id = screen.editor.board.id
    statements: list[str] = []

    def seen(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    def label() -> str:
        item = screen.board_list.currentItem()
        assert item is not None
        return item.text()

    def from_scratch() -> str:
        assert screen.group_id is not None
        rows = board_store.list_boards(screen.ctx.db, screen.group_id)
        return screen._board_label(next(r for r in rows if r.id == board_id))

    event.listen(screen.ctx.db.engine, "before_cursor_execute", seen)
    try:
        screen.entry.setText(LONG)
        screen.add_typed_note()
        note_id = max(screen.editor.notes.values(), key=lambda n: n.z).id
        screen.scene.select_only([note_id])
        screen.delete_selected()
        screen.undo_action.trigger()
        screen.undo_action.trigger()
        screen.redo_action.trigger()
    finally:
        event.remove(screen.ctx.db.engine, "before_cursor_execute", seen)
    assert not [s for s in statements if "count(" in s.lower()]  # no board list read
    assert label() == from_scratch()
    assert screen.editor.board.note_count == len(screen.editor.notes)
    assert f"{len(screen.editor.notes)} " in label()


def test_a_zone_laid_out_again_on_screen_keeps_the_table_and_the_canvas_right(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """Hundreds of scattered notes in one zone, one more typed: every note of the zone
    moves at once. The zone table is what a table built from scratch shows, and the
    canvas what drawing the whole board again shows; undo puts both back."""
    from PySide6.QtWidgets import QApplication

    from arenadesk.ui.boards.screen import BoardsScreen
    from tests.ui.test_board_one_note import fresh_table, same, table_rows

    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen) and screen.editor.board is not None
    screen.canvas.resize(1200, 700)
    screen.canvas.zoom_fit()
    template, board = screen.editor.template, screen.editor.board
    assert template is not None
    zone = template.zones[0]
    board_service.add_notes(screen.ctx.db, board.id, scattered(zone, 300, 7))
    screen.reload_boards(board.id)
    screen.editor.open(screen.editor.board, template)
    layer = screen.scene.layer
    assert layer is not None

    def shown():  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        return screen.canvas.viewport().grab().toImage()

    def redrawn():  # type: ignore[no-untyped-def]
        layer.invalidate()
        return shown()

    shown()
    before = saved(screen.editor)
    screen.zone_picker.setCurrentIndex(screen.zone_picker.findData(zone.key))
    screen.entry.setText("Én til: sonen ordnes")
    screen.add_typed_note()
    moved = [n for n in before if note_rect(n) != note_rect(screen.editor.notes[n.id])]
    assert len(moved) > 200
    assert table_rows(screen.table_model) == fresh_table(screen)
    assert same(shown(), redrawn())
    screen.undo_action.trigger()
    assert saved(screen.editor) == before
    assert table_rows(screen.table_model) == fresh_table(screen)
    assert same(shown(), redrawn())


def test_a_zone_laid_out_again_on_a_crowded_board_draws_what_a_full_redraw_draws(
    qtbot, demo_db: Database, group_id: uuid.UUID
) -> None:  # type: ignore[no-untyped-def]
    """Thousands of notes of all colours in view (cards only): the part of the canvas a
    zone laid out again draws anew looks as drawing the whole board again does, up to a
    card's edge falling a pixel apart (cards are not antialiased). Working out which
    cards were covered, as before, left some 9 000 pixels of other colours."""
    from PySide6.QtWidgets import QApplication

    from arenadesk.domain.note_layout import NOTE_COLOURS
    from arenadesk.ui.boards.scene import CROWDED_NOTES, BoardCanvas

    editor = editor_on(demo_db, group_id, "toppen-av-fjellet")
    assert editor.template is not None and editor.board is not None
    colours = list(NOTE_COLOURS)
    drafts = [
        NoteDraft(z.key, d.text, d.x, d.y, d.w, d.h, colours[n % len(colours)])
        for z in editor.template.zones
        for n, d in enumerate(scattered(z, CROWDED_NOTES // 4, len(z.key)))
    ]
    board_service.add_notes(demo_db, editor.board.id, drafts)
    editor.open(editor.board, editor.template)
    view = BoardCanvas(editor.scene)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.zoom_fit()
    layer = editor.scene.layer
    assert layer is not None

    def shown():  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        return view.grab().toImage()

    def redrawn():  # type: ignore[no-untyped-def]
        layer.invalidate()
        return shown()

    shown()
    assert editor.scene.crowded
    zone = editor.template.zones[0]
    assert add_and_check(editor, zone, "Én til: sonen ordnes")
    assert differing(shown(), redrawn()) < 1366 * 768 // 2000
    editor.undo_stack.undo()
    assert differing(shown(), redrawn()) < 1366 * 768 // 2000


def differing(shown, redrawn) -> int:  # type: ignore[no-untyped-def]
    """How many pixels differ between two pictures of the same size."""
    width = shown.width() * 4
    count = 0
    for y in range(shown.height()):
        a, b = bytes(shown.constScanLine(y))[:width], bytes(redrawn.constScanLine(y))[:width]
        if a != b:
            count += sum(a[x : x + 4] != b[x : x + 4] for x in range(0, width, 4))
    return count
