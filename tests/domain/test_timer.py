"""The timer arithmetic, driven by the clock the test chooses (a 90-minute økt in ms)."""

from __future__ import annotations

import datetime as dt

from arenadesk.domain.timer import (
    Colour,
    Phase,
    SleepDetector,
    TimerState,
    clock_text,
    correct_start,
    extend,
    next_step,
    pause,
    previous_step,
    projected_end,
    resume,
    start,
)

T0 = dt.datetime(2027, 3, 9, 9, 30).timestamp()
MIN = 60
# A 90-minute økt: 10 + 20 + 30 + 20 + 10 minutes.
PLAN = (10 * MIN, 20 * MIN, 30 * MIN, 20 * MIN, 10 * MIN)


def test_ready_state_shows_the_whole_first_step() -> None:
    state = TimerState(PLAN)
    assert state.phase is Phase.READY
    assert state.remaining(T0 + 999) == 10 * MIN
    assert state.colour(T0) is Colour.NORMAL


def test_counting_down_amber_red_and_overtime() -> None:
    state = start(TimerState(PLAN), T0)
    assert state.remaining(T0 + 3 * MIN) == 7 * MIN
    assert state.colour(T0 + 7 * MIN) is Colour.NORMAL
    assert state.colour(T0 + 8 * MIN) is Colour.AMBER  # 2 of 10 minutes left = 20 %
    assert state.colour(T0 + 10 * MIN) is Colour.RED
    assert state.flashing(T0 + 10 * MIN + 1) and not state.flashing(T0 + 10 * MIN + 5)
    # Overtime keeps counting and never stops the økt.
    assert state.remaining(T0 + 12 * MIN + 5) == -(2 * MIN + 5)
    assert clock_text(state.remaining(T0 + 12 * MIN + 5)) == "+02:05"
    assert state.phase is Phase.RUNNING


def test_pause_and_resume_do_not_count_the_pause() -> None:
    state = start(TimerState(PLAN), T0)
    state = pause(state, T0 + 4 * MIN)
    assert state.remaining(T0 + 30 * MIN) == 6 * MIN  # frozen while paused
    state = resume(state, T0 + 30 * MIN)
    assert state.remaining(T0 + 31 * MIN) == 5 * MIN
    state, record = next_step(state, T0 + 36 * MIN)
    assert record is not None
    assert (record.actual_seconds, record.paused_seconds) == (10 * MIN, 26 * MIN)


def test_extensions_change_only_the_current_step() -> None:
    state = start(TimerState(PLAN), T0)
    state = extend(extend(state, 5 * MIN), MIN)
    state = extend(state, -MIN)
    assert state.step_seconds == 15 * MIN
    assert state.remaining(T0 + 10 * MIN) == 5 * MIN
    state, _ = next_step(state, T0 + 15 * MIN)
    assert state.extra_seconds == 0 and state.step_seconds == 20 * MIN
    # A step can be shortened to zero but not below.
    assert extend(state, -60 * MIN).step_seconds == 0


def test_a_whole_90_minute_okt_with_log_and_projection() -> None:
    planned_start = dt.datetime.fromtimestamp(T0)
    state, log = start(TimerState(PLAN), T0), []
    now = T0
    for actual in (12, 20, 25, 24, 10):  # minutes each step really took
        now += actual * MIN
        state, record = next_step(state, now)
        log.append(record)
    assert state.phase is Phase.FINISHED
    assert [r.actual_seconds // MIN for r in log] == [12, 20, 25, 24, 10]
    assert [r.planned_seconds // MIN for r in log] == [10, 20, 30, 20, 10]
    projection = projected_end(state, now + 999, planned_start)
    assert projection.end == planned_start + dt.timedelta(minutes=91)
    assert projection.minutes_late == 1


def test_projection_while_running_counts_remaining_plus_later_steps() -> None:
    planned_start = dt.datetime.fromtimestamp(T0)
    state = start(TimerState(PLAN), T0 + 3 * MIN)  # started 3 minutes late
    projection = projected_end(state, T0 + 5 * MIN, planned_start)
    assert projection.minutes_late == 3
    # In overtime the current step counts as done now: the delay grows with it.
    projection = projected_end(state, T0 + 20 * MIN, planned_start)
    assert projection.minutes_late == 10
    ready = projected_end(TimerState(PLAN), T0 - 600, planned_start)
    assert ready.minutes_late == 0


def test_correcting_a_late_start() -> None:
    state = start(TimerState(PLAN), T0 + 7 * MIN)  # pressed 7 minutes late
    state = correct_start(state, T0, T0 + 8 * MIN)
    assert state.remaining(T0 + 8 * MIN) == 2 * MIN
    assert state.started_at == T0  # the økt's start moves with its first step
    assert correct_start(state, T0 + 99 * MIN, T0 + 8 * MIN) == state  # not in the future


def test_previous_step_continues_where_it_stopped() -> None:
    state = start(TimerState(PLAN), T0)
    state, record = next_step(state, T0 + 4 * MIN)  # pressed next too early
    state = previous_step(state, T0 + 5 * MIN, record)
    assert state.step_index == 0
    assert state.remaining(T0 + 5 * MIN) == 6 * MIN


def test_a_restart_computes_the_same_remaining_time() -> None:
    # The state is what the database keeps; rebuilding it is all a restart does.
    state = extend(
        pause(resume(pause(start(TimerState(PLAN), T0), T0 + MIN), T0 + 3 * MIN), T0 + 5 * MIN),
        2 * MIN,
    )
    state = resume(state, T0 + 6 * MIN)
    saved = dict(state.__dict__)
    restored = TimerState(**saved)
    crash_and_restart = T0 + 9 * MIN
    assert restored.remaining(crash_and_restart) == state.remaining(crash_and_restart) == 6 * MIN


def test_sleep_is_detected_and_time_keeps_running() -> None:
    detector = SleepDetector(wall=T0, monotonic=100.0)
    assert detector.check(T0 + 1, 101.0) == 0.0
    # The lid was closed for 12 minutes: wall time moved, the monotonic clock did not.
    slept = detector.check(T0 + 1 + 12 * MIN, 101.5)
    assert slept == 12 * MIN - 0.5
    state = start(TimerState(PLAN), T0)
    assert state.remaining(T0 + 1 + 12 * MIN) < 0  # real time was kept


def test_clock_text_rounds_up_while_counting_down() -> None:
    assert clock_text(600) == "10:00"
    assert clock_text(599.2) == "10:00"
    assert clock_text(0.4) == "00:01"
    assert clock_text(0) == "00:00"
    assert clock_text(-61) == "+01:01"
    assert clock_text(3725) == "1:02:05"


def test_nothing_moves_a_finished_or_empty_timer() -> None:
    empty = TimerState(())
    assert start(empty, T0) == empty and next_step(empty, T0) == (empty, None)
    state = start(TimerState((MIN,)), T0)
    done, _ = next_step(state, T0 + MIN)
    assert done.phase is Phase.FINISHED
    assert extend(done, MIN) == done and next_step(done, T0 + 2 * MIN) == (done, None)
