"""Screens without data say what to do next, with the button to do it; what the arena's
format does not use is hidden."""

from __future__ import annotations

from arenadesk.app import Application
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import create_arena, update_arena
from arenadesk.store.db.database import Database
from arenadesk.ui.arena.overview_screen import OverviewScreen
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


def test_a_new_arenas_runner_leads_to_a_new_group(
    qtbot, application: Application, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    create_arena(db, "Ny arena")
    ctx = UiContext(db, application.settings, AppSignals())
    window = MainWindow(ctx, lambda _c: None)
    qtbot.addWidget(window)
    window.show()
    runner = window.show_screen("run")
    assert isinstance(runner, RunnerScreen)
    runner.timer.stop()
    assert runner.panel.step_title.text() == "Arenaen har ingen utfordringsgrupper ennå"
    assert runner.panel.empty_button.isVisible()
    asked: list[bool] = []
    monkeypatch.setattr(OverviewScreen, "new_group", lambda self: asked.append(True))
    runner.panel.empty_button.click()
    assert asked == [True] and window.current_screen is window.overview
