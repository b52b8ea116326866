"""Timer arithmetic for running an økt: pure functions of a state and the time `now`.

Every moment is wall-clock seconds since the epoch, passed in by the caller. Remaining
time is computed from the stored instants, never by counting ticks, so a restart, a slow
repaint or a laptop that slept shows the right figure. Tests run a 90-minute økt in
microseconds by passing the times they want.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

AMBER_SHARE = 0.20  # amber when at most this share of the step's time is left
FLASH_SECONDS = 3.0  # the brief flash after reaching zero
SLEEP_THRESHOLD = 30.0  # wall time running this far ahead of the monotonic clock = sleep


class Phase(StrEnum):
    READY = "ready"  # not started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Colour(StrEnum):
    NORMAL = "normal"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class StepRecord:
    """One finished step: planned against actual, for the log and the report."""

    step_index: int
    started_at: float
    ended_at: float
    planned_seconds: int
    actual_seconds: int
    paused_seconds: int


@dataclass(frozen=True)
class TimerState:
    """What is saved on every change; `planned` holds each step's planned seconds."""

    planned: tuple[int, ...]
    step_index: int = 0
    started_at: float | None = None  # the økt
    step_started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0
    extra_seconds: int = 0
    finished_at: float | None = None

    @property
    def phase(self) -> Phase:
        if self.finished_at is not None:
            return Phase.FINISHED
        if self.step_started_at is None:
            return Phase.READY
        return Phase.PAUSED if self.paused_at is not None else Phase.RUNNING

    @property
    def step_seconds(self) -> int:
        """The current step's planned time plus extensions (never below zero)."""
        if not self.planned:
            return 0
        return max(0, self.planned[self.step_index] + self.extra_seconds)

    def elapsed(self, now: float) -> float:
        if self.step_started_at is None:
            return 0.0
        until = self.finished_at or self.paused_at or now
        return max(0.0, until - self.step_started_at - self.paused_total)

    def remaining(self, now: float) -> float:
        """Seconds left in the step; negative is overtime, which keeps counting."""
        return self.step_seconds - self.elapsed(now)

    def colour(self, now: float) -> Colour:
        if self.phase is Phase.READY:
            return Colour.NORMAL
        left = self.remaining(now)
        if left <= 0:
            return Colour.RED
        return Colour.AMBER if left <= self.step_seconds * AMBER_SHARE else Colour.NORMAL

    def flashing(self, now: float) -> bool:
        return self.phase is Phase.RUNNING and -FLASH_SECONDS < self.remaining(now) <= 0

    @property
    def is_last_step(self) -> bool:
        return self.step_index >= len(self.planned) - 1


def start(state: TimerState, now: float) -> TimerState:
    if state.phase is not Phase.READY or not state.planned:
        return state
    return replace(state, started_at=state.started_at or now, step_started_at=now)


def pause(state: TimerState, now: float) -> TimerState:
    if state.phase is not Phase.RUNNING:
        return state
    return replace(state, paused_at=now)


def resume(state: TimerState, now: float) -> TimerState:
    if state.phase is not Phase.PAUSED or state.paused_at is None:
        return state
    return replace(state, paused_total=state.paused_total + (now - state.paused_at), paused_at=None)


def extend(state: TimerState, seconds: int) -> TimerState:
    """+1 / +5 / −1 minute: changes only the current step's length."""
    if state.phase is Phase.FINISHED or not state.planned:
        return state
    extra = state.extra_seconds + seconds
    extra = max(extra, -state.planned[state.step_index])  # a step cannot be shorter than 0
    return replace(state, extra_seconds=extra)


def _record(state: TimerState, now: float) -> StepRecord | None:
    if state.step_started_at is None:
        return None
    paused = state.paused_total + ((now - state.paused_at) if state.paused_at else 0.0)
    return StepRecord(
        step_index=state.step_index,
        started_at=state.step_started_at,
        ended_at=now,
        planned_seconds=state.planned[state.step_index],
        actual_seconds=round(state.elapsed(now)),
        paused_seconds=round(paused),
    )


def next_step(state: TimerState, now: float) -> tuple[TimerState, StepRecord | None]:
    """Finish the current step (logged) and start the next; after the last, the økt ends."""
    if state.phase in (Phase.FINISHED,) or not state.planned:
        return state, None
    if state.phase is Phase.READY:
        state = start(state, now)
    record = _record(state, now)
    if state.is_last_step:
        return replace(state, finished_at=now, paused_at=None), record
    return replace(
        state,
        step_index=state.step_index + 1,
        step_started_at=now,
        paused_at=None,
        paused_total=0.0,
        extra_seconds=0,
    ), record


def previous_step(state: TimerState, now: float, last: StepRecord | None) -> TimerState:
    """Back to the step before, whose timer continues from where it stopped (`last` is its
    log entry, which the caller removes); the time spent since is not counted to it."""
    if state.step_index == 0 or last is None or last.step_index != state.step_index - 1:
        return state
    return replace(
        state,
        step_index=last.step_index,
        step_started_at=now - last.actual_seconds,
        paused_at=None,
        paused_total=0.0,
        extra_seconds=0,
        finished_at=None,
    )


def correct_start(state: TimerState, started: float, now: float) -> TimerState:
    """The step really began at `started` (say the facilitator pressed start late)."""
    if state.phase in (Phase.READY, Phase.FINISHED) or started > now:
        return state
    first = state.step_index == 0 and state.started_at == state.step_started_at
    return replace(
        state, step_started_at=started, started_at=started if first else state.started_at
    )


@dataclass(frozen=True)
class Projection:
    """When the økt will end at this pace, against its plan."""

    end: dt.datetime
    planned_end: dt.datetime

    @property
    def minutes_late(self) -> int:
        """Positive: after plan; negative: ahead of it."""
        return round((self.end - self.planned_end).total_seconds() / 60)


def projected_end(state: TimerState, now: float, planned_start: dt.datetime) -> Projection:
    """The current step's remaining time (at least zero) plus every later step's plan."""
    planned_end = planned_start + dt.timedelta(seconds=sum(state.planned))
    if state.phase is Phase.FINISHED and state.finished_at is not None:
        end = dt.datetime.fromtimestamp(state.finished_at, tz=planned_start.tzinfo)
        return Projection(end, planned_end)
    if state.phase is Phase.READY:
        begin = max(dt.datetime.fromtimestamp(now, tz=planned_start.tzinfo), planned_start)
        return Projection(
            begin + dt.timedelta(seconds=sum(state.planned[state.step_index :])), planned_end
        )
    later = sum(state.planned[state.step_index + 1 :])
    left = max(0.0, state.remaining(now)) + later
    moment = dt.datetime.fromtimestamp(now, tz=planned_start.tzinfo)
    return Projection(moment + dt.timedelta(seconds=left), planned_end)


class SleepDetector:
    """Notices that the laptop slept: wall time moved on while the monotonic clock stood
    still (it stops during sleep on Linux and macOS). The timer keeps real time; the
    runner only says what happened."""

    def __init__(self, wall: float, monotonic: float) -> None:
        self._wall, self._mono = wall, monotonic

    def check(self, wall: float, monotonic: float) -> float:
        """Seconds slept since the last check (0 when awake all along)."""
        gap = (wall - self._wall) - (monotonic - self._mono)
        self._wall, self._mono = wall, monotonic
        return gap if gap > SLEEP_THRESHOLD else 0.0


def clock_text(seconds: float) -> str:
    """mm:ss (or h:mm:ss), with a leading + in overtime."""
    overtime = seconds < 0
    total = int(abs(seconds)) if overtime else int(-(-seconds // 1))  # ceil while counting down
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if overtime else text
