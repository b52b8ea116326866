"""Creating and editing groups and their members through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from arenadesk.store.groups import find_group_by_code, list_groups
from arenadesk.ui.arena.group_dialog import GroupDialog
from arenadesk.ui.arena.member_dialogs import AddMembersDialog, MembershipDialog
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def test_create_group_through_the_dialog(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    dialog = GroupDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.code, "5c")
    type_text(dialog.title_edit, "Tidlig oppfølging")
    type_text(dialog.owner_org, "Fjellbygd kommune")
    dialog.description.setPlainText("Hvordan følger vi opp tidlig – før sykmeldingen?")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    group = find_group_by_code(ctx.db, ctx.arena_id, "5C")
    assert group is not None
    assert (group.title, group.owner_org) == ("Tidlig oppfølging", "Fjellbygd kommune")
    assert "før sykmeldingen" in group.description


def test_duplicate_code_shows_inline_message_and_saves_nothing(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    before = len(list_groups(ctx.db, ctx.arena_id))
    dialog = GroupDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.code, "1a")
    type_text(dialog.title_edit, "En annen gruppe")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    messages = dialog.errors.visible_messages()
    assert "allerede brukt" in messages["code"] and "Jobbmotor Nord" in messages["code"]
    assert len(list_groups(ctx.db, ctx.arena_id)) == before


def test_empty_title_is_refused_inline(qtbot, window: MainWindow) -> None:
    dialog = GroupDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    type_text(dialog.code, "9Z")
    dialog.accept()
    assert dialog.errors.visible_messages() == {"title": "Tittel må fylles ut."}
    assert find_group_by_code(window.ctx.db, window.ctx.arena_id, "9Z") is None


def test_group_detail_saves_as_you_type(qtbot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    detail = window.groups.detail
    assert detail.group is not None and detail.group.code == "1A"
    detail.title_edit.selectAll()
    type_text(detail.title_edit, "Jobbmotor Nord – nye samarbeid")
    qtbot.waitUntil(lambda: not detail.saver.pending, timeout=3000)
    saved = find_group_by_code(window.ctx.db, window.ctx.arena_id, "1A")
    assert saved is not None and saved.title == "Jobbmotor Nord – nye samarbeid"
    # The list on the left follows.
    assert window.groups.list.currentItem().text() == "1A  Jobbmotor Nord – nye samarbeid"


def test_clearing_the_code_keeps_the_saved_one(qtbot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    detail = window.groups.detail
    detail.code.clear()
    detail.saver.flush()
    assert detail.errors.visible_messages() == {"code": "Kode må fylles ut."}
    assert find_group_by_code(window.ctx.db, window.ctx.arena_id, "1A") is not None


def test_add_members_with_role_and_days(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    group = find_group_by_code(ctx.db, ctx.arena_id, "1B")
    assert group is not None
    dialog = AddMembersDialog(ctx, group, window)
    qtbot.addWidget(dialog)
    dialog.select_people(["Vibeke Aas", "Kristoffer Dahl"])
    dialog.role.setCurrentIndex(dialog.role.findData("resource"))
    assert not any(box.isChecked() for box in dialog.days.boxes)  # nothing assumed
    dialog.days.boxes[0].setChecked(True)  # only day 1
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    group = find_group_by_code(ctx.db, ctx.arena_id, "1B")
    added = {m.name: m for m in group.members if m.name in ("Vibeke Aas", "Kristoffer Dahl")}
    assert set(added) == {"Vibeke Aas", "Kristoffer Dahl"}
    assert all(m.role.value == "resource" and m.days == (1,) for m in added.values())


def test_adding_nobody_is_refused_and_no_day_means_not_given(qtbot, window: MainWindow) -> None:
    ctx = window.ctx
    group = find_group_by_code(ctx.db, ctx.arena_id, "1B")
    dialog = AddMembersDialog(ctx, group, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Velg minst én person." in dialog.errors.visible_messages().values()
    assert len(find_group_by_code(ctx.db, ctx.arena_id, "1B").members) == len(group.members)
    dialog.select_people(["Vibeke Aas"])
    for box in dialog.days.boxes:
        box.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = [
        m for m in find_group_by_code(ctx.db, ctx.arena_id, "1B").members if m.name == "Vibeke Aas"
    ]
    assert added[0].days == ()  # "ikke oppgitt", never a guessed "both days"


def test_change_role_and_remove_member(qtbot, window: MainWindow, monkeypatch) -> None:
    window.nav.setCurrentRow(1)
    detail = window.groups.detail
    detail.members.selectRow(3)
    member = detail.selected_member()
    assert member is not None
    dialog = MembershipDialog(window.ctx, member, window)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("facilitator"))
    dialog.accept()
    group = find_group_by_code(window.ctx.db, window.ctx.arena_id, "1A")
    assert member.name in group.facilitators

    monkeypatch.setattr("arenadesk.ui.arena.groups_screen.confirm", lambda *a: True)
    window.groups.reload()
    row = next(i for i, m in enumerate(detail.members_model.rows) if m.name == member.name)
    detail.members.selectRow(row)
    detail.remove_member()
    group = find_group_by_code(window.ctx.db, window.ctx.arena_id, "1A")
    assert member.name not in {m.name for m in group.members}


def test_homogeneous_group_shows_the_70_percent_warning(qtbot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    groups = window.groups
    row = next(i for i in range(groups.list.count()) if groups.list.item(i).text().startswith("4A"))
    groups.list.setCurrentRow(row)
    mix_view = groups.detail.mix
    assert mix_view._warning_box.isVisible()
    assert "80 % har perspektivet tjenesteyter" in mix_view._warning.text()
    assert "70 %" in groups.list.item(row).toolTip()
    # A diverse group shows no warning.
    groups.list.setCurrentRow(0)
    assert not mix_view._warning_box.isVisible()


def test_overview_opens_a_group_on_double_click(qtbot, window: MainWindow) -> None:
    table = window.overview.table
    index = window.overview.proxy.index(2, 0)
    table.selectRow(2)
    rect = table.visualRect(index)
    # QTest's double click alone does not reach an item view; a click must come first.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_screen is window.groups
    assert window.groups.detail.group is not None
    assert window.groups.detail.group.code == "1C"
