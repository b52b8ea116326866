"""One current group (and økt) for the runner, the boards and the report: named in the
window title, and remembered with the screen across a restart and a language switch."""

from __future__ import annotations

from arenadesk.app import Application
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.ui.common.forms import index_of_data
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow


def _group(db: Database, code: str):  # type: ignore[no-untyped-def]
    return find_group_by_code(db, require_arena_id(db), code)


def test_the_group_chosen_in_the_runner_is_the_one_on_boards_and_report(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.db
    runner = window.show_screen("run")
    runner.timer.stop()  # type: ignore[attr-defined]
    two_a = _group(db, "2A")
    runner.group.setCurrentIndex(index_of_data(runner.group, two_a.id))  # type: ignore[attr-defined]
    runner.session.setCurrentIndex(runner.session.findData(2))  # type: ignore[attr-defined]
    assert "2A" in window.windowTitle() and "Økt 2" in window.windowTitle()
    runner.session.setCurrentIndex(runner.session.findData(3))  # type: ignore[attr-defined]
    assert "Økt 3" in window.windowTitle()  # another økt of the same group
    boards = window.show_screen("boards")
    assert boards.group_id == two_a.id  # type: ignore[attr-defined]
    report = window.show_screen("report")
    assert report.group_id == two_a.id  # type: ignore[attr-defined]
    # Chosen on the boards screen: the runner follows.
    three_a = _group(db, "3A")
    boards.group_combo.setCurrentIndex(index_of_data(boards.group_combo, three_a.id))  # type: ignore[attr-defined]
    assert runner.group.currentData() == three_a.id  # type: ignore[attr-defined]
    assert report.group_id == three_a.id  # type: ignore[attr-defined]
    assert "3A" in window.windowTitle() and "2A" not in window.windowTitle()


def test_group_okt_and_screen_survive_a_restart(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(ctx, lambda _c: None)
    qtbot.addWidget(first)
    runner = first.show_screen("run")
    runner.timer.stop()  # type: ignore[attr-defined]
    four_a = _group(ctx.db, "4A")
    runner.group.setCurrentIndex(index_of_data(runner.group, four_a.id))  # type: ignore[attr-defined]
    runner.session.setCurrentIndex(runner.session.findData(3))  # type: ignore[attr-defined]
    first.close()
    again = MainWindow(ctx, lambda _c: None)
    qtbot.addWidget(again)
    assert again.current_screen is again.runner
    again.runner.timer.stop()
    assert again.runner.group.currentData() == four_a.id
    assert again.runner.session.currentData() == 3
    assert "4A" in again.windowTitle()


def test_a_language_switch_keeps_screen_and_group(
    qtbot, application: Application, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    window = application.show_window(demo_db)
    try:
        boards = window.show_screen("boards")
        five = _group(demo_db, "1B")
        boards.group_combo.setCurrentIndex(index_of_data(boards.group_combo, five.id))  # type: ignore[attr-defined]
        application.change_language("en")
        new = application.window
        assert new is not None and new is not window
        assert new.current_screen is new.boards
        assert new.boards.group_id == five.id
    finally:
        application.backup_timer.stop()
        if application.window is not None:
            application.window.close()
        application.install_language("nb")


def test_the_runner_shown_first_names_its_group_and_okt_in_the_title(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert window.ctx.current_group is None
    runner = window.show_screen("run")
    runner.timer.stop()  # type: ignore[attr-defined]
    group = runner.group.currentText()  # type: ignore[attr-defined]
    number = runner.session.currentData()  # type: ignore[attr-defined]
    assert group.split()[0] in window.windowTitle()
    assert f"Økt {number}" in window.windowTitle()


def test_the_groups_page_opens_at_the_current_group(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    one_b = _group(ctx.db, "1B")
    ctx.choose_group(one_b.id)
    window = MainWindow(ctx, lambda _c: None)
    qtbot.addWidget(window)
    groups = window.show_screen("groups")
    assert groups.detail.group.id == one_b.id  # type: ignore[attr-defined]
    assert groups.list.currentItem().text().startswith("1B")  # type: ignore[attr-defined]
    assert "1B" in window.windowTitle()
