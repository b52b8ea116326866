"""Every way notes come into a zone lays them out apart: duplicating, moving a note to
another zone from the table, and the board's pictures (PNG/SVG/clipboard and PDF). Forty
notes into the smallest zone of each of the six templates: on every page, no note outside
its zone or the board, and no two overlap."""

from __future__ import annotations

import uuid

import pytest

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import BoardTemplate, Zone, load_templates
from arenadesk.domain.note_layout import MIN_SCALE, NOTE_W, note_rect
from arenadesk.domain.picture_layout import picture_layout
from arenadesk.services import boards as board_service
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import NoteDraft, NoteRow
from arenadesk.ui.boards.editor import BoardEditor
from arenadesk.ui.boards.export import picture_scene
from arenadesk.ui.boards.items import NoteItem
from arenadesk.ui.boards.scene import BoardScene
from tests.domain.test_zone_arrangement import TEMPLATES, pages

LIBRARY = load_templates()


def smallest(template: BoardTemplate) -> Zone:
    return min(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)


def largest(template: BoardTemplate) -> Zone:
    return max(template.zones, key=lambda z: z.region.bounds.w * z.region.bounds.h)


def assert_apart(template: BoardTemplate, notes: list[NoteRow], zone: Zone) -> None:
    """On each page (notes stacked on one spot are on successive pages) no note leaves
    its zone or the board, and none overlaps another."""
    for page_rects in pages([note_rect(n) for n in sorted(notes, key=lambda n: n.z)]):
        for index, rect in enumerate(page_rects):
            assert zone.region.contains_rect(rect), (template.key, rect)
            assert Rect(0, 0, template.width, template.height).contains_rect(rect)
            assert rect.w >= NOTE_W * MIN_SCALE - 1e-9  # readable: never below the minimum
            for other in page_rects[index + 1 :]:
                assert not rect.intersects(other), (template.key, rect, other)


@pytest.fixture
def group_id(demo_db: Database) -> uuid.UUID:
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    return group.id


def editor_on(db: Database, group_id: uuid.UUID, key: str) -> BoardEditor:
    template = LIBRARY.get(key)
    assert template is not None
    board_id = board_service.create_board(db, group_id, key, f"Prøve {key}").id
    editor = BoardEditor(db, BoardScene())
    editor.open(board_store.get_board(db, board_id), template)
    return editor


def in_zone(editor: BoardEditor, zone: Zone) -> list[NoteRow]:
    assert editor.board is not None
    return [n for n in note_store.list_notes(editor.db, editor.board.id) if n.zone_key == zone.key]


@pytest.mark.parametrize("key", TEMPLATES)
def test_duplicating_into_a_full_zone_lays_it_out(qtbot, demo_db: Database, group_id, key) -> None:  # type: ignore[no-untyped-def]
    editor = editor_on(demo_db, group_id, key)
    assert editor.template is not None
    zone = smallest(editor.template)
    first = editor.add_text(zone.key, "Flere i arbeid innen ett år")
    ids = [first.id]
    while len(ids) < 20:  # a copy of the last copy, as Ctrl+D on the selected copy does
        ids += [r.id for r in editor.duplicate(ids[-1:])]
    while len(ids) < 40:  # then the whole selection: many notes at once
        ids += [r.id for r in editor.duplicate(ids[: 40 - len(ids)])]
    notes = in_zone(editor, zone)
    assert len(notes) == 40
    assert_apart(editor.template, notes, zone)
    # The scene shows what is saved, and undo takes one duplicate (with its moves) back.
    assert {i.row for i in editor.scene.items_by_id.values()} == set(notes)
    editor.undo_stack.undo()  # the last duplicate: 20 notes at once, with its moves
    assert len(in_zone(editor, zone)) == 20
    assert_apart(editor.template, in_zone(editor, zone), zone)


@pytest.mark.parametrize("key", TEMPLATES)
def test_moving_forty_notes_into_the_smallest_zone(qtbot, demo_db: Database, group_id, key) -> None:  # type: ignore[no-untyped-def]
    editor = editor_on(demo_db, group_id, key)
    assert editor.template is not None
    zone, source = smallest(editor.template), largest(editor.template)
    rows = [editor.add_text(source.key, f"Idé {n}: mentor fra første dag") for n in range(40)]
    for row in rows:
        editor.move_to_zone(row.id, zone.key)
    notes = in_zone(editor, zone)
    assert len(notes) == 40
    assert_apart(editor.template, notes, zone)


@pytest.mark.parametrize("key", TEMPLATES)
def test_pictures_lay_stacked_notes_apart(qtbot, demo_db: Database, group_id, key) -> None:  # type: ignore[no-untyped-def]
    template = LIBRARY.get(key)
    assert template is not None
    zone = smallest(template)
    box = zone.region.bounds
    board_id = board_service.create_board(demo_db, group_id, key, "Stablet").id
    # Forty notes on one spot (as an older file or a full zone's pages hold them), and a
    # note elsewhere that stays where it was put.
    drafts = [NoteDraft(zone.key, f"Lapp {n}", box.x + 10, box.y + 10, 200, 110) for n in range(40)]
    other = largest(template)
    ob = other.region.bounds
    drafts.append(NoteDraft(other.key, "Står i fred", ob.right - 260, ob.bottom - 160, 200, 110))
    board_service.add_notes(demo_db, board_id, drafts)
    notes = note_store.list_notes(demo_db, board_id)
    picture = picture_layout(template, notes)
    rects = [r for _, r in picture.placed]
    assert len(rects) + sum(picture.left_out.values()) == 41
    for index, rect in enumerate(rects):
        assert Rect(0, 0, template.width, template.height).contains_rect(rect)
        for other_rect in rects[index + 1 :]:
            assert not rect.intersects(other_rect), (key, rect, other_rect)
    for note, rect in picture.placed:
        if note.zone_key == zone.key:
            assert zone.region.contains_rect(rect)
        else:
            assert rect == note_rect(note)  # a zone whose notes lie apart is left alone
    # The PNG/SVG/clipboard picture is drawn from that layout.
    scene = BoardScene(editable=False)
    scene.show_board(template, notes)
    shown = picture_scene(scene)
    items = [i for i in shown.items() if isinstance(i, NoteItem) and i.isVisible()]
    assert sorted((i.x(), i.y()) for i in items) == sorted((r.x, r.y) for r in rects)


def test_the_zone_table_keeps_the_typed_order_and_sorts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from arenadesk.ui.boards.screen import BoardsScreen

    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen)
    editor = screen.editor
    template = editor.template
    assert template is not None
    zone = template.zone("malet")
    assert zone is not None
    typed = ["Ørret", "Aure", "Bekk"]
    rows = [editor.add_text("malet", text) for text in typed]
    # The first note dragged below the others: reading order changes, typed order does not.
    box = zone.region.bounds
    editor.move_notes([(rows[0].id, box.x + 20, box.bottom - 130)])
    proxy = screen.table_proxy

    def zone_texts() -> list[str]:
        texts = []
        for row in range(proxy.rowCount()):
            note = proxy.note_at(row)
            if note.zone_key == "malet" and note.text in typed:
                texts.append(note.text)
        return texts

    assert zone_texts() == typed
    screen.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by the note's text
    assert zone_texts() == ["Aure", "Bekk", "Ørret"]
    assert proxy.index(0, 0).data(Qt.ItemDataRole.FontRole) is None  # no zone groups now
    assert proxy.note_at(proxy.row_of(rows[1].id)).id == rows[1].id
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # back to zones, typed order
    assert zone_texts() == typed
    assert proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the zone's first row
