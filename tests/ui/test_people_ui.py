"""The participants screen: create, search, filter, edit and delete through the widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from arenadesk.store.groups import find_group_by_code
from arenadesk.store.people import list_people
from arenadesk.ui.arena.member_dialogs import JoinGroupDialog
from arenadesk.ui.arena.person_dialog import PersonDialog
from arenadesk.ui.common.forms import index_of_data
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def _names(window: MainWindow) -> list[str]:
    return [p.name for p in window.people.model.rows]


def test_create_participant_straight_into_a_group(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    dialog = PersonDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "Sára Ánde Ŋuolja")
    type_text(dialog.job_title, "Brukerrepresentant")
    type_text(dialog.organisation, "Sámi brukerforum")
    dialog.perspective.setCurrentIndex(dialog.perspective.findData("bruker"))
    group = find_group_by_code(ctx.db, ctx.arena_id, "2A")
    dialog.preselect_group(group.id)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = next(p for p in list_people(ctx.db, ctx.arena_id) if p.name == "Sára Ánde Ŋuolja")
    assert person.perspective.value == "bruker"
    assert [code for code, _ in person.groups] == ["2A"]
    # The screen refreshed through the app signals.
    window.people.search.setText("ŋuolja")
    assert "Sára Ánde Ŋuolja" in _names(window)


def test_empty_name_is_refused_and_nothing_saved(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    before = len(list_people(ctx.db, ctx.arena_id))
    dialog = PersonDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "   ")
    dialog.accept()
    assert dialog.errors.visible_messages() == {"name": "Navn må fylles ut."}
    assert len(list_people(ctx.db, ctx.arena_id)) == before


def test_search_and_filters(qtbot, window: MainWindow) -> None:
    screen = window.people
    window.nav.setCurrentRow(2)
    assert len(_names(window)) == 70
    assert screen.count.text() == "70 av 70 deltakere"
    screen.search.setText("nav nordvik")
    assert _names(window) == ["Line Mathisen Aune"]
    screen.search.clear()
    screen.perspective.setCurrentIndex(screen.perspective.findData("arbeidsgiver"))
    assert {p.perspective.value for p in screen.model.rows} == {"arbeidsgiver"}
    screen.perspective.setCurrentIndex(0)
    screen.group.setCurrentIndex(screen.group.findData("-"))
    assert set(_names(window)) == {"Vibeke Aas", "Kristoffer Dahl", "Hege Marie Stokke"}
    screen.group.setCurrentIndex(screen.group.findData("4A"))
    assert len(_names(window)) == 10


def test_edit_and_delete_participant(qtbot, window: MainWindow, monkeypatch) -> None:
    ctx, screen = window.ctx, window.people
    screen.search.setText("Vibeke Aas")
    screen.table.selectRow(0)
    person = screen.selected()
    assert person is not None and person.name == "Vibeke Aas"
    dialog = PersonDialog(ctx, person, window)
    qtbot.addWidget(dialog)
    dialog.job_title.setText("Seniorveileder")
    dialog.accept()
    assert (
        next(p for p in list_people(ctx.db, ctx.arena_id) if p.name == "Vibeke Aas").title
        == "Seniorveileder"
    )

    join = JoinGroupDialog(ctx, person, window)
    qtbot.addWidget(join)
    join.group.setCurrentIndex(
        index_of_data(join.group, find_group_by_code(ctx.db, ctx.arena_id, "3A").id)
    )
    join.accept()
    assert "Vibeke Aas" in {m.name for m in find_group_by_code(ctx.db, ctx.arena_id, "3A").members}

    monkeypatch.setattr("arenadesk.ui.arena.people_screen.confirm", lambda *a: True)
    screen.search.setText("Vibeke Aas")
    screen.table.selectRow(0)
    screen.delete_selected()
    assert "Vibeke Aas" not in {p.name for p in list_people(ctx.db, ctx.arena_id)}
    assert "Vibeke Aas" not in {
        m.name for m in find_group_by_code(ctx.db, ctx.arena_id, "3A").members
    }
    assert _names(window) == []
