"""Preparing an arena in the window: import with a mapping step, suggest groups, check-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from arenadesk.importers.spreadsheet import read_sheet
from arenadesk.services.placement import propose_placement
from arenadesk.store.people import list_people
from arenadesk.ui.arena.checkin_screen import CheckInScreen, LateRegistrationDialog
from arenadesk.ui.arena.import_dialog import ImportDialog
from arenadesk.ui.arena.placement_dialog import PlacementDialog
from arenadesk.ui.shell.main_window import MainWindow
from tests.registration.sheets import registrations, write_xlsx
from tests.ui.conftest import type_text


def test_the_import_button_asks_for_a_file(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window.show_screen("people")
    window.people.preparing.import_button.click()  # clicked(bool) must not reach the path
    assert len(asked) == 1


def test_a_cut_cell_is_named_in_the_check(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Navn;Kommentar\nKari Nordmann;" + "x" * 9000 + "\n", encoding="utf-8")
    dialog = ImportDialog(window.ctx, read_sheet(path), window)
    qtbot.addWidget(dialog)
    dialog.check()
    assert "rad 2: teksten i «Kommentar» var for lang" in dialog.outcome.toPlainText()


def test_import_with_mapping_check_and_undo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ctx = window.ctx
    before = len(list_people(ctx.db, ctx.arena_id))
    sheet = read_sheet(write_xlsx(tmp_path / "påmelding.xlsx", registrations(40)))
    dialog = ImportDialog(ctx, sheet, window)
    qtbot.addWidget(dialog)
    assert dialog.preview.rowCount() == 5
    # The guessed mapping: Fornavn is the first name; the timestamp is not used.
    assert dialog.combos[1].currentData() == "first_name"
    assert dialog.combos[0].currentData() is None
    # Choosing a field for one column takes it from the column that had it.
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("first_name"))
    assert dialog.combos[1].currentData() is None
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("first_name"))
    dialog.check()
    assert "40 lagt til" in dialog.outcome.toPlainText()
    assert len(list_people(ctx.db, ctx.arena_id)) == before  # checking saves nothing
    dialog.accept()
    assert dialog.report is not None
    bar = window.people.preparing
    bar.imported(dialog.report)
    assert len(list_people(ctx.db, ctx.arena_id)) == before + 40
    assert len(window.people.model.rows) == before + 40  # the screen heard it
    bar.stack.undo()
    assert len(list_people(ctx.db, ctx.arena_id)) == before
    bar.stack.redo()
    assert len(list_people(ctx.db, ctx.arena_id)) == before + 40
    # The mapping is remembered for the next sheet with the same headers.
    again = ImportDialog(ctx, sheet, window)
    qtbot.addWidget(again)
    assert again.combos[1].currentData() == "first_name"
    assert ctx.settings.import_mappings


def test_suggest_groups_adjust_by_drag_and_accept(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    ctx = window.ctx
    bar = window.people.preparing
    sheet = read_sheet(write_xlsx(tmp_path / "p.xlsx", registrations(60)))
    dialog = ImportDialog(ctx, sheet, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.report is not None
    bar.imported(dialog.report)
    proposal = propose_placement(ctx.db, ctx.arena_id)
    placing = PlacementDialog(ctx, proposal, window)
    qtbot.addWidget(placing)
    assignment = placing.assignment()
    waiting = len(proposal.people)  # the 60 and the demo's people without a group
    assert len(assignment) == waiting >= 60
    # Moving someone from one list to another (what a drag does) changes the assignment.
    lists = list(placing.lists.values())
    moved = lists[0].takeItem(0)
    lists[1].addItem(moved)
    person = next(
        p
        for p, g in placing.assignment().items()
        if g == lists[1].group_id and assignment[p] == lists[0].group_id
    )
    assert person is not None
    bar.place(placing.assignment())
    assert propose_placement(ctx.db, ctx.arena_id).people == {}
    bar.stack.undo()
    assert len(propose_placement(ctx.db, ctx.arena_id).people) == waiting


def test_check_in_by_typing_and_enter(qtbot, window: MainWindow) -> None:
    window.show_screen("checkin")
    screen = window.current_screen
    assert isinstance(screen, CheckInScreen)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # Enter before typing checks in nobody
    assert screen.arrivals is not None and screen.arrivals.present == 0
    type_text(screen.search, "torstein")
    assert screen.matches.count() == 1
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.arrivals is not None and screen.arrivals.present == 1
    assert "Torstein" in screen.status.text()
    screen.undo_button.click()  # the wrong Torstein: taken back
    assert screen.arrivals.present == 0
    type_text(screen.search, "torstein")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.arrivals.present == 1
    assert screen.search.text() == ""
    assert any(
        line.text().startswith("1A:  1 /")
        for line in (screen.per_group.item(i) for i in range(screen.per_group.count()))
    )
    dialog = screen.register_late()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, LateRegistrationDialog)
    type_text(dialog.name, "Sen Påmeldt")
    type_text(dialog.organisation, "Nav Ås")
    dialog.group.setCurrentIndex(1)
    dialog.accept()
    assert screen.arrivals is not None and screen.arrivals.present == 2
    assert any(r.name == "Sen Påmeldt" and r.present for r in screen.arrivals.people)
