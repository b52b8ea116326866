"""The arena overview: details saved as typed, validation inline, the groups table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from arenadesk.store.arenas import get_arena
from arenadesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import type_text


def test_arena_details_are_saved_as_typed(qtbot, window: MainWindow) -> None:
    details = window.overview.details
    details.venue.clear()
    type_text(details.venue, "Kulturhuset, Tromsø")
    qtbot.waitUntil(lambda: not details.saver.pending, timeout=3000)
    arena = get_arena(window.ctx.db, window.ctx.arena_id)
    assert arena is not None and arena.venue == "Kulturhuset, Tromsø"


def test_renaming_the_arena_updates_the_window_title(qtbot, window: MainWindow) -> None:
    details = window.overview.details
    details.name.setText("Åpen arena 2028")
    details.saver.flush()
    assert window.windowTitle() == "Åpen arena 2028 – ArenaDesk"


def test_empty_arena_name_is_refused_and_nothing_saved(qtbot, window: MainWindow) -> None:
    details = window.overview.details
    details.name.clear()
    details.saver.flush()
    assert details.errors.visible_messages() == {"arena_name": "Arenaens navn må fylles ut."}
    assert get_arena(window.ctx.db, window.ctx.arena_id).name == "Åpen arena 2027"


def test_days_are_saved_in_order_and_a_day_can_be_added(qtbot, window: MainWindow) -> None:
    details = window.overview.details
    details.day_edits[1].setDate(QDate(2027, 3, 8))  # before day 1
    details.saver.flush()
    assert "Dag 2 kan ikke være før" in details.errors.visible_messages()["days"]
    assert get_arena(window.ctx.db, window.ctx.arena_id).days[1] == dt.date(2027, 3, 10)
    details.day_edits[1].setDate(QDate(2027, 3, 10))
    details.add_day.click()
    assert get_arena(window.ctx.db, window.ctx.arena_id).days == (
        dt.date(2027, 3, 9),
        dt.date(2027, 3, 10),
        dt.date(2027, 3, 11),
    )
    details.remove_day.click()
    assert len(get_arena(window.ctx.db, window.ctx.arena_id).days) == 2


def test_groups_table_lists_every_group_with_its_mix(window: MainWindow) -> None:
    model = window.overview.model
    rows = model.rows
    assert [g.code for g in rows] == ["1A", "1B", "1C", "2A", "3A", "4A", "4B-1"]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Kode", "Tittel", "Eier", "Fasilitatorer", "Deltakere", "Mangfold"]
    badge = model.index(5, 5).data()
    assert badge == "80 % tjenesteyter"
    assert "høyst 70 %" in model.index(5, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert window.overview.groups_title.text() == "Utfordringsgrupper (7) · 70 deltakere"


def test_filter_and_delete_a_group(qtbot, window: MainWindow, monkeypatch) -> None:
    overview = window.overview
    overview.search.setText("jobbmotor")
    assert overview.proxy.rowCount() == 2
    overview.table.selectRow(1)
    assert overview.selected_group().code == "1B"
    monkeypatch.setattr("arenadesk.ui.arena.overview_screen.confirm", lambda *a: True)
    overview.delete_selected()
    overview.search.clear()
    assert [g.code for g in overview.model.rows] == ["1A", "1C", "2A", "3A", "4A", "4B-1"]
    # The groups screen heard about it too.
    texts = [window.groups.list.item(i).text() for i in range(window.groups.list.count())]
    assert not any(t.startswith("1B") for t in texts)
