"""Screens without data say what to do next, with the button to do it; what the arena's
format does not use is hidden."""

from __future__ import annotations

import pytest

from arenadesk.app import Application
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import create_arena, update_arena
from arenadesk.store.boards import list_boards
from arenadesk.store.db.database import Database
from arenadesk.ui.arena.overview_screen import OverviewScreen
from arenadesk.ui.boards.screen import BoardsScreen
from arenadesk.ui.runner.screen import RunnerScreen
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.shell.main_window import MainWindow
from arenadesk.ui.shell.signals import AppSignals


def test_an_open_space_arena_shows_no_challenge_groups(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    overview = window.overview
    assert overview.new_button.isVisible() and overview.table.isVisible()
    update_arena(window.ctx.db, window.ctx.arena_id, format=ArenaFormat.OPEN_SPACE)
    window.ctx.signals.announce(ChangeSet.of(Kind.ARENA))
    assert not overview.new_button.isVisible()
    assert not overview.groups_title.isVisible() and not overview.table.isVisible()
    update_arena(window.ctx.db, window.ctx.arena_id, format=ArenaFormat.BOTH)
    window.ctx.signals.announce(ChangeSet.of(Kind.ARENA))
    assert overview.new_button.isVisible()


@pytest.fixture
def new_arena(qtbot, application: Application, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on an arena just made: no groups yet."""
    create_arena(db, "Ny arena")
    ctx = UiContext(db, application.settings, AppSignals())
    window = MainWindow(ctx, lambda _c: None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_arenas_runner_leads_to_a_new_group(new_arena: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = new_arena
    runner = window.show_screen("run")
    assert isinstance(runner, RunnerScreen)
    runner.timer.stop()
    assert runner.panel.step_title.text() == "Arenaen har ingen utfordringsgrupper ennå"
    assert runner.panel.empty_button.isVisible()
    asked: list[bool] = []
    monkeypatch.setattr(OverviewScreen, "new_group", lambda self: asked.append(True))
    runner.panel.empty_button.click()
    assert asked == [True] and window.current_screen is window.overview


def test_a_new_arenas_boards_lead_to_a_new_group(new_arena: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = new_arena
    boards = window.show_screen("boards")
    assert isinstance(boards, BoardsScreen)
    assert boards.board_stack.currentWidget() is boards.empty
    assert boards.empty.heading.text() == "Arenaen har ingen utfordringsgrupper ennå"
    assert boards.empty.new_group_button.isVisible()
    assert not boards.empty.new_board_button.isVisible()
    assert boards.entry.placeholderText() == "Lag en tavle først" and not boards.hint.isVisible()
    asked: list[bool] = []
    monkeypatch.setattr(OverviewScreen, "new_group", lambda self: asked.append(True))
    boards.empty.new_group_button.click()
    assert asked == [True] and window.current_screen is window.overview


def test_a_group_without_boards_says_so_without_the_last_groups_board(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    boards = window.show_screen("boards")
    assert isinstance(boards, BoardsScreen)
    assert boards.board_stack.currentWidget() is boards.canvas and boards.scene.items_by_id
    assert boards.entry.placeholderText().startswith("Lapp til")
    empty = next(
        i
        for i in range(boards.group_combo.count())
        if not list_boards(window.ctx.db, boards.group_combo.itemData(i))
    )
    boards.group_combo.setCurrentIndex(empty)
    group = boards.group_combo.currentText()
    assert boards.board_stack.currentWidget() is boards.empty
    assert boards.empty.heading.text() == f"{group} har ingen tavler ennå"
    assert boards.empty.new_board_button.isVisible()
    assert not boards.empty.new_group_button.isVisible()
    assert not boards.scene.items_by_id and boards.table_model.rowCount() == 0
    assert boards.entry.placeholderText() == "Lag en tavle først"
    assert not boards.entry.isEnabled() and not boards.hint.isVisible()
    assert group.split()[0] in window.windowTitle()
    asked: list[bool] = []
    monkeypatch.setattr(BoardsScreen, "new_board", lambda self: asked.append(True))
    boards.empty.new_board_button.click()
    assert asked == [True]


def test_a_new_arenas_report_leads_to_a_new_group(new_arena: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = new_arena
    report = window.show_screen("report")
    assert report.pages.currentWidget() is report.empty  # type: ignore[attr-defined]
    assert report.empty.heading.text() == "Arenaen har ingen utfordringsgrupper ennå"  # type: ignore[attr-defined]
    assert report.empty.new_group_button.isVisible()  # type: ignore[attr-defined]
    asked: list[bool] = []
    monkeypatch.setattr(OverviewScreen, "new_group", lambda self: asked.append(True))
    report.empty.new_group_button.click()  # type: ignore[attr-defined]
    assert asked == [True] and window.current_screen is window.overview


def test_a_report_with_groups_shows_the_form(window: MainWindow) -> None:
    report = window.show_screen("report")
    assert report.pages.currentIndex() == 0  # type: ignore[attr-defined]


def test_a_new_arenas_overview_and_groups_say_what_to_do_next(
    new_arena: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = new_arena
    overview = window.show_screen("overview")
    assert isinstance(overview, OverviewScreen)
    assert overview.no_groups.isVisible() and not overview.table.isVisible()
    assert "Ny gruppe" in overview.no_groups.text() and overview.new_button.isVisible()
    groups = window.show_screen("groups")
    assert groups.pages.currentWidget() is groups.empty  # type: ignore[attr-defined]
    assert groups.empty.heading.text() == "Arenaen har ingen utfordringsgrupper ennå"  # type: ignore[attr-defined]
    asked: list[bool] = []
    monkeypatch.setattr(OverviewScreen, "new_group", lambda self: asked.append(True))
    groups.empty.new_group_button.click()  # type: ignore[attr-defined]
    assert asked == [True]


def test_the_overview_table_comes_back_with_the_first_group(new_arena: MainWindow) -> None:
    from arenadesk.services.groups import create_group
    from arenadesk.store.groups import GroupDraft

    window = new_arena
    overview = window.show_screen("overview")
    assert isinstance(overview, OverviewScreen)
    created = create_group(window.ctx.db, window.ctx.arena_id, GroupDraft("1A", "Første gruppe"))
    window.ctx.signals.announce(created.changes)
    assert overview.table.isVisible() and not overview.no_groups.isVisible()
    groups = window.show_screen("groups")
    assert groups.pages.currentWidget() is groups.detail  # type: ignore[attr-defined]
