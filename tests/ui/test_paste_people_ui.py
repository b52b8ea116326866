"""Paste a list of people into a group on the groups screen: preview, one step, Ctrl+Z;
and the facilitator's order of the list, which the report keeps."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from arenadesk.store.groups import find_group_by_code
from arenadesk.store.reports import assemble_group_report
from arenadesk.ui.arena.paste_dialog import PastePeopleDialog
from arenadesk.ui.shell.main_window import MainWindow


def test_paste_a_list_preview_accept_and_undo(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    group = find_group_by_code(ctx.db, ctx.arena_id, "1B")
    assert group is not None
    QApplication.clipboard().setText(
        "Navn\tStilling\tOrganisasjon\n"
        "Janne Ursin\tSeniorrådgiver\tArbeids- og velferdsdirektoratet\n"
        f"{group.members[0].name}\t\t\n"
        "Tore Lignell\t\tSykehuset Vestfold\n"
    )
    screen = window.show_screen("groups")
    screen.select_group(group.id)
    detail = screen.detail
    dialogs: list[PastePeopleDialog] = []

    def run(dialog: PastePeopleDialog) -> QDialog.DialogCode:
        dialogs.append(dialog)
        statuses = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
        assert statuses == ["ny", "allerede i gruppa", "ny"]  # the UI speaks bokmål
        assert dialog.summary.text().startswith("2 ")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PastePeopleDialog, "exec", run)
    detail.paste_button.click()
    after = find_group_by_code(ctx.db, ctx.arena_id, "1B")
    assert after is not None and after.member_count == group.member_count + 2
    names = [m.name for m in after.members]
    assert "Janne Ursin" in names and "Tore Lignell" in names
    assert all(m.days == () for m in after.members if m.name in ("Janne Ursin", "Tore Lignell"))
    detail.undo_stack.undo()
    assert find_group_by_code(ctx.db, ctx.arena_id, "1B").member_count == group.member_count  # type: ignore[union-attr]
    detail.undo_stack.redo()
    assert find_group_by_code(ctx.db, ctx.arena_id, "1B").member_count == group.member_count + 2  # type: ignore[union-attr]


def test_the_facilitator_orders_the_list_and_the_report_follows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    group = find_group_by_code(ctx.db, ctx.arena_id, "1A")
    assert group is not None
    screen = window.show_screen("groups")
    screen.select_group(group.id)
    detail = screen.detail
    last = group.members[-1].name
    detail.members.selectRow(len(group.members) - 1)
    detail.up_button.click()
    after = find_group_by_code(ctx.db, ctx.arena_id, "1A")
    assert after is not None and after.members[-2].name == last
    report = assemble_group_report(ctx.db, group.id, boards=False)
    assert [p.name for p in report.participants] == [m.name for m in after.members]
