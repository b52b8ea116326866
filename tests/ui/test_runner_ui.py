"""The runner screen and the projector view, driven through their widgets and keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.domain.timer import Phase
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.plans import install_template
from arenadesk.ui.runner.screen import RunnerScreen
from arenadesk.ui.shell.context import UiContext

PLAN = TemplatePlan(
    "Mal",
    "",
    [
        SessionPlan(
            1,
            1,
            "Bli kjent",
            dt.time(9, 30),
            [
                StepPlan("Velkommen", 10, prompt="Hvem er vi?", tips="Start presis."),
                StepPlan("Ønsket resultat", 60, prompt="Hva vil vi ha oppnådd?"),
                StepPlan("Oppsummering", 20),
            ],
        )
    ],
)
NINE_THIRTY = dt.datetime(2027, 3, 9, 9, 30).timestamp()


class Clock:
    def __init__(self) -> None:
        self.now, self.mono = NINE_THIRTY, 1000.0

    def wall(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, minutes: float, *, asleep: bool = False) -> None:
        self.now += minutes * 60
        if not asleep:
            self.mono += minutes * 60


@pytest.fixture
def screen(qtbot, ctx: UiContext) -> tuple[RunnerScreen, Clock]:  # type: ignore[no-untyped-def]
    db: Database = ctx.db
    arena_id = require_arena_id(db)
    group = find_group_by_code(db, arena_id, "1A")
    install_template(db, arena_id, PLAN, group_id=group.id)
    clock = Clock()
    runner_screen = RunnerScreen(ctx, clock.wall, clock.monotonic)
    qtbot.addWidget(runner_screen)
    runner_screen.resize(1366, 700)
    runner_screen.show()
    qtbot.waitExposed(runner_screen)
    runner_screen.select(group.id, 1)
    runner_screen.timer.stop()  # the test ticks by hand
    return runner_screen, clock


def test_the_keyboard_runs_an_okt(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    assert runner_screen.panel.step_title.text() == "Velkommen"
    assert runner_screen.panel.big_clock.text() == "10:00"
    assert runner_screen.panel.tips.text() == "Tips: Start presis."
    qtbot.keyClick(runner_screen, Qt.Key.Key_Space)
    clock.advance(3)
    runner_screen.tick()
    assert runner_screen.panel.big_clock.text() == "07:00"
    assert runner_screen.buttons["start"].text() == "Pause"
    qtbot.keyClick(runner_screen, Qt.Key.Key_Plus)
    qtbot.keyClick(runner_screen, Qt.Key.Key_5)
    qtbot.keyClick(runner_screen, Qt.Key.Key_Minus)
    assert runner_screen.panel.big_clock.text() == "12:00"
    qtbot.keyClick(runner_screen, Qt.Key.Key_N)
    assert runner_screen.panel.step_title.text() == "Ønsket resultat"
    assert runner_screen.steps.item(0, 3).text() == "3 min"  # actual time of step 1
    qtbot.keyClick(runner_screen, Qt.Key.Key_B)
    assert runner_screen.panel.step_title.text() == "Velkommen"
    qtbot.keyClick(runner_screen, Qt.Key.Key_M)
    assert runner_screen.sound_button.text() == "Lyd av"


def test_overtime_is_red_and_the_projection_says_how_late(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    runner_screen.start_or_pause()
    clock.advance(13)
    runner_screen.tick()
    assert runner_screen.panel.big_clock.text() == "+03:00"
    assert "c62828" in runner_screen.panel.big_clock.styleSheet()
    assert runner_screen.panel.projection.text() == "Ferdig ca. 11:03, 3 min etter plan"


def test_the_okt_ends_with_planned_against_actual(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    runner_screen.start_or_pause()
    for minutes in (12, 55, 20):
        clock.advance(minutes)
        runner_screen.next()
    assert runner_screen.runner.state.phase is Phase.FINISHED
    assert runner_screen.panel.step_title.text() == "Økta er ferdig"
    assert runner_screen.panel.summary.text() == "Økta er ferdig: planlagt 90 min, faktisk 87 min."
    # Actual times are durations, not to be read as clock times beside the planned ones.
    assert [runner_screen.steps.item(r, 3).text() for r in range(3)] == [
        "12 min",
        "55 min",
        "20 min",
    ]
    # The end and how far off plan: 09:30 + 87 min, three minutes ahead of 11:00.
    assert runner_screen.panel.projection.text() == "Avsluttet 10:57, 3 min før plan"
    assert runner_screen.panel.summary.isVisible()


def test_a_new_screen_after_a_crash_shows_the_same_time(qtbot, screen, ctx) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    runner_screen.start_or_pause()
    clock.advance(4)
    again = RunnerScreen(ctx, clock.wall, clock.monotonic)
    qtbot.addWidget(again)
    again.select(runner_screen.runner.group.id, 1)
    again.tick()
    assert again.panel.big_clock.text() == "06:00"


def test_sleep_is_reported_and_real_time_kept(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    runner_screen.start_or_pause()
    runner_screen.tick()
    clock.advance(12, asleep=True)
    runner_screen.tick()
    assert runner_screen.panel.sleep_banner.isVisible()
    assert "Maskinen sov i 12 min" in runner_screen.panel.sleep_banner.text()
    assert runner_screen.panel.big_clock.text() == "+02:00"


def test_the_projector_follows_the_runner(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    runner_screen.toggle_projector()
    projector = runner_screen.projector
    qtbot.addWidget(projector)
    projector.showNormal()
    projector.resize(1920, 1080)
    runner_screen.start_or_pause()
    clock.advance(2)
    runner_screen.tick()
    assert projector.step.text() == "Velkommen" and projector.prompt.text() == "Hvem er vi?"
    assert projector.clock.text() == "08:00"
    assert projector.next.text() == "Neste: Ønsket resultat"
    assert projector.clock.font().pixelSize() >= 1080 // 4
    runner_screen.start_or_pause()
    runner_screen.tick()
    assert projector.clock.text() == "Pause"
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    runner_screen.toggle_projector()
    assert not projector.isVisible()


def test_zero_plays_the_chime_once_unless_muted(qtbot, screen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    played: list[bool] = []
    monkeypatch.setattr(
        "arenadesk.ui.runner.screen.play_chime", lambda: played.append(True) or True
    )
    runner_screen.start_or_pause()
    clock.advance(10)
    runner_screen.tick()
    runner_screen.tick()
    assert played == [True]
    runner_screen.toggle_sound()
    runner_screen.next()
    clock.advance(60)
    runner_screen.tick()
    assert played == [True]


def test_the_default_templates_four_okter_run_end_to_end(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    # Group 2A has no plan yet: it gets a copy of the shipped støttemal.
    clock = Clock()
    runner_screen = RunnerScreen(ctx, clock.wall, clock.monotonic)
    qtbot.addWidget(runner_screen)
    runner_screen.timer.stop()
    group = find_group_by_code(ctx.db, require_arena_id(ctx.db), "2A")
    for number in (1, 2, 3, 4):
        runner_screen.select(group.id, number)
        runner = runner_screen.runner
        assert runner is not None and runner.state.phase is Phase.READY
        runner_screen.start_or_pause()
        for step in runner.steps:
            assert runner_screen.panel.step_title.text() == step.title
            clock.advance(step.minutes)
            runner_screen.next()
        assert runner_screen.runner.state.phase is Phase.FINISHED
        planned = sum(s.minutes for s in runner.steps)
        assert runner_screen.panel.summary.text() == (
            f"Økta er ferdig: planlagt {planned} min, faktisk {planned} min."
        )
    last = runner_screen.runner.steps[-1]
    assert "egenevaluering" in (last.title + last.purpose).lower()


def test_the_projector_shows_the_board_the_step_uses(qtbot, ctx: UiContext) -> None:  # type: ignore[no-untyped-def]
    # The demo gives group 1A a Toppen av fjellet board tied to økt 2, whose steps on
    # challenges and barriers use that template in the shipped støttemal.
    clock = Clock()
    runner_screen = RunnerScreen(ctx, clock.wall, clock.monotonic)
    qtbot.addWidget(runner_screen)
    runner_screen.timer.stop()
    group = find_group_by_code(ctx.db, require_arena_id(ctx.db), "1A")
    runner_screen.select(group.id, 2)
    runner_screen.toggle_projector()
    projector = runner_screen.projector
    qtbot.addWidget(projector)
    runner_screen.start_or_pause()
    runner_screen.tick()
    assert projector.board is not None and not projector.board.isVisible()
    steps = runner_screen.runner.steps
    with_board = next(i for i, s in enumerate(steps) if s.board == "toppen-av-fjellet")
    for _ in range(with_board):
        runner_screen.next()
    runner_screen.tick()
    assert projector.board.isVisible() and projector.board.board_id is not None
    assert projector.clock.isVisible()
    assert projector.clock.text() == f"{steps[with_board].minutes:02d}:00"
    following = next(i for i, s in enumerate(steps) if i > with_board and not s.board)
    for _ in range(following - with_board):
        runner_screen.next()
    runner_screen.tick()
    assert not projector.board.isVisible()


def test_before_the_start_the_runner_gives_the_planned_end(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    runner_screen, clock = screen
    clock.advance(-600)  # ten minutes before the planned start
    runner_screen.tick()
    assert runner_screen.panel.projection.text() == "Planlagt ferdig 11:00"
    clock.advance(60 * 8)  # late at night: still the plan, not "761 min after plan"
    runner_screen.tick()
    assert runner_screen.panel.projection.text() == "Planlagt ferdig 11:00"


def test_starting_while_another_okt_runs_asks_first(qtbot, screen, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import arenadesk.ui.runner.screen as runner_module

    runner_screen, _clock = screen
    runner_screen.start_or_pause()
    group = runner_screen.runner.group
    other = find_group_by_code(ctx.db, require_arena_id(ctx.db), "2A")
    questions: list[str] = []
    answer = [False]

    def ask(_parent, _title: str, text: str, _action: str) -> bool:  # type: ignore[no-untyped-def]
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(runner_module, "confirm", ask)
    runner_screen.select(other.id, 1)
    runner_screen.start_or_pause()
    assert questions == [
        f"{group.code}, økt 1 kjører fortsatt. Starte 2A, økt 1 også? "
        "Den andre økta beholder tiden sin."
    ]
    assert runner_screen.runner.state.phase is Phase.READY  # not started
    answer[0] = True
    runner_screen.start_or_pause()
    assert runner_screen.runner.state.phase is Phase.RUNNING
