"""Single-note actions on a big board, as a facilitator does them in the main window:
drag a note and release it, add a note from the entry field, edit a note's text, delete a
note, and Undo of each. Used by bench/boards.py (its "actions" rows).

Each figure is the time from the action (the mouse released, Enter pressed, the edit
kept, Delete, Undo) to the window being idle again: the event loop has delivered
everything the action posted, including the repaint of the canvas. Its floor is the same
store call alone (the service function that writes the one row, in its transaction).
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from tests.ui.pointer import press_and_move, release

ACTIONS = ("drag", "add", "relayout", "edit", "delete")


def _ms(action: Callable[[], None], app: QApplication) -> float:
    app.processEvents()
    start = time.perf_counter()
    action()
    for _ in range(3):  # what the action posted, and what handling that posted (the paint)
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def measure_actions(window, board_id: uuid.UUID, runs: int) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    """{action: {"ms", "undo_ms", "floor_ms"}} medians over `runs` on the open board of
    the main window's boards screen (which must show board `board_id`)."""
    from arenadesk.services import boards as board_service
    from arenadesk.store.notes import NoteDraft

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen = window.current_screen
    editor, scene, canvas = screen.editor, screen.scene, screen.canvas
    assert editor.board is not None and editor.board.id == board_id
    db = screen.ctx.db
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    undo: dict[str, list[float]] = {a: [] for a in ACTIONS}
    floor: dict[str, list[float]] = {a: [] for a in ACTIONS}
    zone = editor.template.zones[0]

    def floor_ms(call: Callable[..., object], *args: object) -> float:
        start = time.perf_counter()
        call(db, board_id, *args)
        return (time.perf_counter() - start) * 1000

    def drag(run: int) -> None:
        """Press on a note in view, move it by 40 px, release (timed)."""
        canvas.zoom_fit()
        app.processEvents()
        note = max(editor.notes.values(), key=lambda n: n.z)  # on top: the press finds it
        scene.select_only([note.id])
        start = canvas.mapFromScene(scene.items_by_id[note.id].sceneBoundingRect().center())
        end = start + QPoint(40, 24)
        press_and_move(canvas, start, end, 4)
        times["drag"].append(_ms(lambda: release(canvas, end), app))
        moved = [(note.id, {"x": note.x + 1, "y": note.y})]
        floor["drag"].append(floor_ms(board_service.update_notes, moved))
        board_service.update_notes(db, board_id, [(note.id, {"x": note.x, "y": note.y})])

    def add(run: int) -> None:
        """Type a note and press Enter (timed), twice: the random board's zone is full, so
        the first note lays the zone out again (every note of the zone moves: "relayout"),
        the second goes on the zone's next free slot, as on a board laid out by typing."""
        for action in ("relayout", "add"):
            screen.entry.setText(f"Ny lapp {run}")
            times[action].append(_ms(screen.add_typed_note, app))
        draft = NoteDraft(zone.key, "floor", 10, 10, 200, 110, zone.note_colour)
        added: list = []

        def add_alone(*args: object) -> None:
            added.extend(board_service.add_notes(*args)[0])  # type: ignore[arg-type]

        floor["add"].append(floor_ms(add_alone, [draft]))
        floor["relayout"].append(floor["add"][-1])
        board_service.delete_notes(db, board_id, [r.id for r in added])
        undo["add"].append(_ms(editor.undo_stack.undo, app))

    def edit(run: int) -> None:
        """Open the editor in place on a note, type, keep it (timed)."""
        note_id = sorted(editor.notes)[run]
        old = editor.notes[note_id].text

        def keep() -> None:
            scene.edit_note(note_id)
            assert scene.editor is not None
            scene.editor.setPlainText(f"Endret {run}")
            scene.finish_editing()

        times["edit"].append(_ms(keep, app))
        floor["edit"].append(floor_ms(board_service.update_notes, [(note_id, {"text": old})]))
        board_service.update_notes(db, board_id, [(note_id, {"text": f"Endret {run}"})])

    def delete(run: int) -> None:
        """Select a note and delete it (timed)."""
        note_id = sorted(editor.notes)[runs + run]
        scene.select_only([note_id])
        times["delete"].append(_ms(screen.delete_selected, app))
        floor["delete"].append(floor_ms(board_service.restore_notes, [note_id]))
        board_service.delete_notes(db, board_id, [note_id])

    for run in range(runs):
        for action, do in (("drag", drag), ("relayout", add), ("edit", edit), ("delete", delete)):
            do(run)
            undo[action].append(_ms(editor.undo_stack.undo, app))
    return {
        a: {
            "ms": statistics.median(times[a]),
            "undo_ms": statistics.median(undo[a]),
            "floor_ms": statistics.median(floor[a]),
        }
        for a in ACTIONS
    }


LABELS = {
    "drag": "drag a note, release",
    "add": "add a note (Enter)",
    "relayout": "add, zone laid out again",
    "edit": "edit a note's text",
    "delete": "delete a note",
}
# A single-note action on 5 000 notes, from the action to the window idle again.
ACTION_BUDGET_MS = 50.0


def action_rows(db, board_id: uuid.UUID, group_id: uuid.UUID, runs: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Opens the board in a main window (1366×768, the boards screen), measures each
    action and prints one row for it and one for its Undo; returns the figures."""
    from arenadesk.platform.settings import Settings
    from arenadesk.ui.boards.screen import BoardsScreen
    from arenadesk.ui.shell.context import UiContext
    from arenadesk.ui.shell.main_window import MainWindow
    from arenadesk.ui.shell.signals import AppSignals

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = MainWindow(UiContext(db, Settings.load(), AppSignals()), lambda *_: None)
    window.resize(1366, 768)
    window.show()
    window.nav.setCurrentRow(window._names.index("boards"))
    screen = window.current_screen
    assert isinstance(screen, BoardsScreen)
    screen.select_group(group_id)
    screen.reload_boards(board_id)
    app.processEvents()
    figures = measure_actions(window, board_id, runs)
    for action, values in figures.items():
        floor = values["floor_ms"]
        for what, value in ((LABELS[action], values["ms"]), ("  undo it", values["undo_ms"])):
            verdict = "PASS" if value <= ACTION_BUDGET_MS else "OVER"
            print(
                f"  {what:<28} {value:8.1f} ms  = {value / floor:5.1f}× the store call alone "
                f"({floor:.2f} ms)   budget ≤ {ACTION_BUDGET_MS:.0f} ms: {verdict}"
            )
    window.close()
    window.deleteLater()
    app.processEvents()
    return dict(figures)
