"""The runner service: an økt driven end to end with a fake clock, through the database."""

from __future__ import annotations

import datetime as dt

import pytest

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.domain.timer import Colour, Phase
from arenadesk.i18n.messages import UserError
from arenadesk.services.runner import Runner
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.plans import install_template

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
                StepPlan("Velkommen", 10, prompt="Hvem er vi?"),
                StepPlan(
                    "Ønsket resultat",
                    60,
                    prompt="Hva vil vi ha oppnådd?",
                    board="toppen-av-fjellet",
                ),
                StepPlan("Oppsummering", 20),
            ],
        )
    ],
)
# Day 1 of the demo arena is 9 March 2027; the økt is planned 09:30–11:00.
NINE_THIRTY = dt.datetime(2027, 3, 9, 9, 30).timestamp()


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def runner(demo_db: Database) -> tuple[Runner, FakeClock]:
    arena_id = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena_id, "1A")
    install_template(demo_db, arena_id, PLAN, group_id=group.id)
    clock = FakeClock(NINE_THIRTY)
    return Runner(demo_db, group.id, 1, clock), clock


def test_a_whole_okt_with_pause_extension_and_overtime(runner) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    view = run.view()
    assert view.phase is Phase.READY and view.clock == "10:00"
    assert view.step.title == "Velkommen" and view.next_step.title == "Ønsket resultat"
    run.start_or_pause()
    clock.advance(8.5)
    assert run.view().colour is Colour.AMBER
    run.start_or_pause()  # pause for a fire drill
    clock.advance(15)
    run.start_or_pause()
    assert run.view().clock == "01:30"
    clock.advance(1.5)
    assert run.reached_zero() and not run.reached_zero()  # once per step
    clock.advance(2)
    view = run.view()
    assert view.clock == "+02:00" and view.colour is Colour.RED and view.phase is Phase.RUNNING
    run.next()
    run.extend(5)
    clock.advance(64)
    assert run.view().clock == "01:00"
    run.next()
    clock.advance(20)
    run.next()
    assert run.view().phase is Phase.FINISHED
    assert [(r.planned_seconds // 60, r.actual_seconds // 60) for r in run.log] == [
        (10, 12),
        (60, 64),
        (20, 20),
    ]
    assert run.log[0].paused_seconds == 15 * 60


def test_projection_against_plan(runner) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    clock.advance(3)
    run.start_or_pause()  # started 09:33
    projection = run.view().projection
    assert projection.planned_end == dt.datetime(2027, 3, 9, 11, 0)
    assert projection.end == dt.datetime(2027, 3, 9, 11, 3)
    assert projection.minutes_late == 3


def test_state_survives_a_new_runner_as_after_a_restart(runner, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    run.start_or_pause()
    clock.advance(4)
    run.next()
    clock.advance(7)
    again = Runner(demo_db, run.group.id, 1, clock)
    assert again.view().step.title == "Ønsket resultat"
    assert again.view().clock == "53:00"
    assert [r.actual_seconds for r in again.log] == [240]


def test_previous_and_late_start_correction(runner) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    clock.advance(6)
    run.start_or_pause()  # pressed at 09:36, the group began 09:30
    run.correct_start(dt.datetime(2027, 3, 9, 9, 30))
    assert run.view().clock == "04:00"
    run.next()
    clock.advance(1)
    run.previous()
    assert run.view().step.title == "Velkommen" and run.log == ()
    assert run.view().clock == "04:00"


def test_sound_setting_is_saved(runner, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    run.set_sound(False)
    assert Runner(demo_db, run.group.id, 1, clock).view().sound is False


def test_an_okt_the_plan_lacks_is_a_clear_error(runner, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    run, clock = runner
    with pytest.raises(UserError) as caught:
        Runner(demo_db, run.group.id, 3, clock)
    assert caught.value.text("nb") == "Gruppe 1A har ingen plan for økt 3."


def test_an_okt_run_hours_from_its_plan_is_measured_against_its_own_plan(
    demo_db: Database,
) -> None:
    # Rehearsed at 17:00 instead of 09:30: 7 min over its 90 planned, not "457 min late".
    arena_id = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena_id, "1A")
    install_template(demo_db, arena_id, PLAN, group_id=group.id)
    clock = FakeClock(dt.datetime(2027, 3, 9, 17, 0).timestamp())
    runner = Runner(demo_db, group.id, 1, clock)
    assert runner.planned_end().strftime("%H:%M") == "11:00"  # before start: the plan
    runner.start_or_pause()
    for minutes in (12, 65, 20):
        clock.advance(minutes)
        runner.next()
    view = runner.view()
    assert view.phase is Phase.FINISHED
    assert view.projection.end.strftime("%H:%M") == "18:37"
    assert view.projection.minutes_late == 7


def test_a_late_start_within_the_hour_still_counts_as_late(runner) -> None:  # type: ignore[no-untyped-def]
    the_runner, clock = runner
    clock.advance(20)
    the_runner.start_or_pause()
    assert the_runner.view().projection.minutes_late == 20


def test_another_okt_in_progress_is_known(demo_db: Database, runner) -> None:  # type: ignore[no-untyped-def]
    the_runner, clock = runner
    assert the_runner.others_in_progress() == []
    the_runner.start_or_pause()
    arena_id = require_arena_id(demo_db)
    other_group = find_group_by_code(demo_db, arena_id, "2A")
    other = Runner(demo_db, other_group.id, 2, clock)
    running = other.others_in_progress()
    assert [(r.group_id, r.session_number) for r in running] == [(the_runner.group.id, 1)]
    for _ in the_runner.steps:
        the_runner.next()
    assert other.others_in_progress() == []
