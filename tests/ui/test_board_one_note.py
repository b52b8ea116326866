"""One note's edit on a big board changes that note: its item, its saved row and its row of
the zone table, not the whole board (no reload, no table reset, a fixed number of SQL
statements whatever the board's size); undo and redo put it back the same way."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.note_layout import zone_for_rect
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.notes import NoteDraft
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.boards.table import ZoneTableModel
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.pointer import drag
from tests.ui.test_board_undo import EDITS, state

BIG = 1200
# The largest difference of a colour channel allowed between the canvas after an edit and
# after drawing everything again (see `same`).
EDGE_BLEND = 8


def open_board_with(screen: BoardsScreen, count: int) -> uuid.UUID:
    """A new board of the screen's group with `count` notes spread over its zones, open."""
    group_id = screen.group_id
    assert group_id is not None
    template = screen.templates.get("toppen-av-fjellet")
    assert template is not None
    board_id = board_store.create_board(screen.ctx.db, group_id, template.key, f"{count} lapper")
    rng = random.Random(count)
    drafts = []
    for i in range(count):
        x, y = rng.uniform(0, template.width - 200), rng.uniform(0, template.height - 110)
        zone = zone_for_rect(template, Rect(x, y, 200, 110))
        drafts.append(NoteDraft(zone.key, f"Lapp {i}: arbeid og helse", x, y, 200, 110, "yellow"))
    note_store.add_notes(screen.ctx.db, board_id, drafts)
    screen.reload_boards(board_id)
    assert screen.editor.board is not None and screen.editor.board.id == board_id
    return board_id


@pytest.fixture
def screen(window: MainWindow) -> BoardsScreen:
    window.nav.setCurrentRow(window._names.index("boards"))
    board_screen = window.current_screen
    assert isinstance(board_screen, BoardsScreen)
    board_screen.canvas.resize(1200, 700)
    board_screen.canvas.zoom_fit()
    return board_screen


class Watch:
    """What an edit cost: SQL statements run, table resets, whole-layer redraws."""

    def __init__(self, screen: BoardsScreen) -> None:
        self.statements = self.resets = self.invalidations = 0
        screen.table_model.modelAboutToBeReset.connect(self._reset)
        layer = screen.scene.layer
        assert layer is not None
        invalidate = layer.invalidate

        def counted() -> None:
            self.invalidations += 1
            invalidate()

        layer.invalidate = counted  # type: ignore[method-assign]

    def _reset(self) -> None:
        self.resets += 1

    def statement(self, *_args: object) -> None:
        self.statements += 1


@pytest.fixture
def watch(screen: BoardsScreen) -> Iterator[Watch]:
    open_board_with(screen, BIG)
    seen = Watch(screen)
    engine = screen.ctx.db.engine
    event.listen(engine, "before_cursor_execute", seen.statement)
    yield seen
    event.remove(engine, "before_cursor_execute", seen.statement)


def table_rows(model: ZoneTableModel) -> list[tuple]:
    return [(key, label, note, first) for key, label, note, first in model._rows]


def fresh_table(screen: BoardsScreen) -> list[tuple]:
    """The zone table as a model built from scratch shows it."""
    model = ZoneTableModel(screen.editor, screen.table_model.language)
    model.refresh()
    return table_rows(model)


def drag_by(screen: BoardsScreen, note_id: uuid.UUID, dx: float, dy: float) -> None:
    canvas = screen.canvas
    item = screen.scene.items_by_id[note_id]
    screen.scene.select_only([note_id])
    centre = item.sceneBoundingRect().center()
    start = canvas.mapFromScene(centre)
    end = canvas.mapFromScene(centre + QPointF(dx, dy))
    drag(canvas, start, end, steps=3)


def test_a_drag_on_a_big_board_changes_that_note_only(screen: BoardsScreen, watch: Watch) -> None:
    editor, scene = screen.editor, screen.scene
    note_id = max(editor.notes.values(), key=lambda n: n.z).id  # on top: the press finds it
    before = editor.notes[note_id]
    rows_before = dict(editor.notes)
    items_before = dict(scene.items_by_id)
    drag_by(screen, note_id, 60, 40)

    after = editor.notes[note_id]
    assert (after.x, after.y) != (before.x, before.y)
    saved = note_store.get_note(screen.ctx.db, note_id)
    assert saved is not None and (saved.x, saved.y, saved.zone_key) == (
        after.x, after.y, after.zone_key,
    )  # fmt: skip
    item = scene.items_by_id[note_id]
    assert (item.x(), item.y()) == (after.x, after.y)
    # every other note is the very row and item it was: nothing was reloaded
    assert scene.items_by_id == items_before
    others = [i for i in rows_before if i != note_id]
    assert all(editor.notes[i] is rows_before[i] for i in others)
    assert watch.resets == 0 and watch.invalidations == 0  # only where it was and is redrawn
    assert table_rows(screen.table_model) == fresh_table(screen)
    assert screen.undo_action.isEnabled()

    screen.undo_action.trigger()
    assert editor.notes[note_id] == before
    saved = note_store.get_note(screen.ctx.db, note_id)
    assert saved is not None and (saved.x, saved.y, saved.zone_key) == (
        before.x, before.y, before.zone_key,
    )  # fmt: skip
    assert (scene.items_by_id[note_id].x(), scene.items_by_id[note_id].y()) == (
        before.x, before.y,
    )  # fmt: skip
    assert all(editor.notes[i] is rows_before[i] for i in others)
    assert watch.resets == 0
    assert table_rows(screen.table_model) == fresh_table(screen)


def test_an_edit_costs_the_same_statements_on_a_small_and_a_big_board(
    screen: BoardsScreen, watch: Watch
) -> None:
    """The statements an edit runs do not grow with the board: one note's rows only."""

    def cost() -> int:
        note_id = sorted(screen.editor.notes)[1]
        start = watch.statements
        screen.editor.edit_text(note_id, "Ny tekst på lappen")
        screen.undo_action.trigger()
        return watch.statements - start

    big = cost()
    open_board_with(screen, 40)
    watch.__init__(screen)  # type: ignore[misc]  # the new board's layer
    assert cost() == big


@pytest.mark.parametrize("kind", list(EDITS))
def test_the_zone_table_follows_each_edit_without_a_reset(
    qtbot, screen: BoardsScreen, kind: str
) -> None:
    """Edited, undone and redone on the demo board, the zone table keeps its rows up to date
    one by one: the same rows, in the same order, as a table built from scratch."""
    resets: list[int] = []
    screen.table_model.modelAboutToBeReset.connect(lambda: resets.append(1))
    before = state(screen)
    EDITS[kind](screen)
    assert state(screen) != before
    assert table_rows(screen.table_model) == fresh_table(screen)
    screen.undo_action.trigger()
    assert table_rows(screen.table_model) == fresh_table(screen)
    screen.redo_action.trigger()
    assert table_rows(screen.table_model) == fresh_table(screen)
    assert resets == []


def test_a_deleted_note_leaves_the_big_board_and_undo_brings_it_back(
    screen: BoardsScreen, watch: Watch
) -> None:
    editor, scene = screen.editor, screen.scene
    note_id = sorted(editor.notes)[2]
    row = editor.notes[note_id]
    count = screen.table_model.rowCount()
    scene.select_only([note_id])
    screen.delete_selected()
    assert note_id not in scene.items_by_id and note_id not in editor.notes
    assert note_store.get_note(screen.ctx.db, note_id) is None
    assert screen.table_model.rowCount() == count - 1
    layer = scene.layer
    assert layer is not None and all(i.note_id != note_id for i in layer._z)
    screen.undo_action.trigger()
    assert editor.notes[note_id] == row
    assert scene.items_by_id[note_id].row == row
    assert note_store.get_note(screen.ctx.db, note_id) == row
    assert screen.table_model.rowCount() == count
    assert table_rows(screen.table_model) == fresh_table(screen)
    assert watch.resets == 0


def pages_now(screen: BoardsScreen) -> tuple:
    """What the zones' pages show: pages, the page shown, and which notes are hidden."""
    pages = screen.scene.zone_pages
    counts = {k: (pages.pages[k], pages.page[k]) for k in pages.pages if pages.pages[k] > 0}
    hidden = {i.note_id for i in pages.hidden}
    visible = {i.note_id for i in screen.scene.items_by_id.values() if not i.isVisible()}
    return counts, hidden, visible


def pages_from_scratch(screen: BoardsScreen) -> tuple:
    """The same, laid out again from every note (the page each zone shows is kept)."""
    screen.scene.zone_pages.refresh(screen.scene.template, screen.scene.items_by_id.values())
    return pages_now(screen)


def test_zone_pages_follow_one_note_as_if_laid_out_from_scratch(
    qtbot, screen: BoardsScreen
) -> None:
    """A zone with more notes than fit shows them in pages: notes stacked on the same
    slots. Adding, moving, deleting one note and undoing it keep the pages as laying the
    whole board out again would."""
    screen.zone_picker.setCurrentIndex(screen.zone_picker.findData("malet"))
    for number in range(40):
        screen.entry.setText(f"Mål nummer {number}: flere i arbeid innen ett år")
        screen.add_typed_note()
    scene = screen.scene
    assert scene.zone_pages.pages["malet"] > 1
    scene.turn_zone_page("malet")
    steps = [
        lambda: screen.entry.setText("Ett mål til") or screen.add_typed_note(),
        lambda: drag_by(screen, max(screen.editor.notes.values(), key=lambda n: n.z).id, 0, 400),
        lambda: scene.select_only([sorted(screen.editor.notes)[0]]) or screen.delete_selected(),
        screen.undo_action.trigger,
        screen.undo_action.trigger,
        screen.redo_action.trigger,
    ]
    for step in steps:
        step()
        now = pages_now(screen)
        assert now == pages_from_scratch(screen)


@pytest.mark.parametrize("kind", ["add", "drag to another zone", "delete", "edit text in place"])
def test_the_canvas_after_an_edit_and_its_undo_is_what_a_full_redraw_shows(
    qtbot, screen: BoardsScreen, kind: str
) -> None:
    """Only the edited notes' places are drawn again: the kept pixels elsewhere must still
    be right, so the canvas looks exactly as after drawing the whole board again."""
    scene, viewport = screen.scene, screen.canvas.viewport()
    layer = scene.layer
    assert layer is not None

    def shown() -> QImage:
        QApplication.processEvents()
        return viewport.grab().toImage()

    def redrawn() -> QImage:
        layer.invalidate()
        return shown()

    shown()  # the caches filled
    EDITS[kind](screen)
    scene.clearSelection()
    assert same(shown(), redrawn()), kind
    screen.undo_action.trigger()
    assert same(shown(), redrawn()), f"undo {kind}"


def same(shown: QImage, redrawn: QImage) -> bool:
    """The same picture, up to the antialiased edge pixels a part drawn again blends over
    the kept pixels a little differently (a stale note or edge differs by far more)."""
    width = shown.width() * 4
    worst = 0
    for y in range(shown.height()):
        a, b = bytes(shown.constScanLine(y))[:width], bytes(redrawn.constScanLine(y))[:width]
        if a != b:
            worst = max(worst, *(abs(p - q) for p, q in zip(a, b, strict=True)))
    return worst <= EDGE_BLEND
