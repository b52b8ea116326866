"""Running one økt of a group's plan: timer operations saved at once, and what to show.

Plain Python (no Qt): the runner screen and the projector call these methods and repaint
from `view(now)`. The clock is passed in, so tests drive a whole økt in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from arenadesk.domain import timer
from arenadesk.domain.timer import Colour, Phase, Projection, StepRecord, TimerState
from arenadesk.i18n.messages import UserError
from arenadesk.store import runs
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import get_group
from arenadesk.store.plans import SessionRow, StepRow, ensure_group_plan, get_template
from arenadesk.store.runs import RunInProgress

MOVED_AFTER = dt.timedelta(hours=1)  # a start further from plan than this moved the økt


@dataclass(frozen=True)
class RunnerView:
    """Everything a screen shows at one moment."""

    phase: Phase
    step_index: int
    step: StepRow | None
    next_step: StepRow | None
    remaining: float
    clock: str  # mm:ss or +mm:ss
    colour: Colour
    flashing: bool
    projection: Projection
    sound: bool


class Runner:
    def __init__(
        self,
        db: Database,
        group_id: uuid.UUID,
        session_number: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db, self.clock = db, clock
        group = get_group(db, group_id)
        if group is None:
            raise UserError("record.missing")
        with db.session():  # the group's plan (first time) and the run: one transaction
            plan = get_template(db, ensure_group_plan(db, _arena_of(db), group_id))
            session = plan.session(session_number) if plan else None
            if session is None:
                raise UserError("plan.no_plan", code=group.code, number=session_number)
            self.run = runs.open_run(db, group_id, session.id)
        self.group = group
        self.session: SessionRow = session
        self._announced_zero_for: int | None = None

    # --- state ----------------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        return self.run.state

    @property
    def steps(self) -> tuple[StepRow, ...]:
        return self.session.steps

    @property
    def log(self) -> tuple[StepRecord, ...]:
        return self.run.log

    def planned_start(self, now: float) -> dt.datetime:
        """The økt's planned start on the day it is run (the arena's dates may be off by a
        day or a year in the file; the clock on the wall is what the group keeps). An økt
        started more than an hour away from its planned time was moved: its plan moves
        with it, so "after plan" counts the økt's own overrun, not the hours it was moved."""
        started = self.state.started_at
        moment = started or now
        planned = dt.datetime.combine(dt.datetime.fromtimestamp(moment).date(), self.session.start)
        if started is not None:
            actual = dt.datetime.fromtimestamp(started)
            if abs(actual - planned) > MOVED_AFTER:
                return actual
        return planned

    def planned_end(self, now: float | None = None) -> dt.datetime:
        """When the økt ends if every step takes its planned time from its planned start."""
        now = self.clock() if now is None else now
        return self.planned_start(now) + dt.timedelta(seconds=sum(self.state.planned))

    def others_in_progress(self) -> list[RunInProgress]:
        """Other økter started and not finished (in any group): starting this one while
        another runs is asked about first."""
        return [r for r in runs.runs_in_progress(self.db) if r.run_id != self.run.id]

    def view(self, now: float | None = None) -> RunnerView:
        now = self.clock() if now is None else now
        state = self.state
        index = state.step_index
        step = self.steps[index] if index < len(self.steps) else None
        following = self.steps[index + 1] if index + 1 < len(self.steps) else None
        remaining = state.remaining(now)
        return RunnerView(
            phase=state.phase,
            step_index=index,
            step=step,
            next_step=following,
            remaining=remaining,
            clock=timer.clock_text(remaining),
            colour=state.colour(now),
            flashing=state.flashing(now),
            sound=self.run.sound,
            projection=timer.projected_end(state, now, self.planned_start(now)),
        )

    def reached_zero(self, now: float | None = None) -> bool:
        """True once per step, the first time it is asked after the step's time ran out."""
        now = self.clock() if now is None else now
        state = self.state
        due = state.phase is Phase.RUNNING and state.remaining(now) <= 0
        if due and self._announced_zero_for != state.step_index:
            self._announced_zero_for = state.step_index
            return True
        return False

    # --- operations: each saves at once ---------------------------------------------

    def _save(self, state: TimerState, record: StepRecord | None = None) -> None:
        step_id = self.steps[record.step_index].id if record is not None else None
        runs.save_state(self.db, self.run.id, state, record, step_id)
        self.run = runs.load_run(self.db, self.run.id)

    def start_or_pause(self) -> None:
        now, state = self.clock(), self.state
        if state.phase is Phase.READY:
            self._save(timer.start(state, now))
        elif state.phase is Phase.RUNNING:
            self._save(timer.pause(state, now))
        elif state.phase is Phase.PAUSED:
            self._save(timer.resume(state, now))

    def next(self) -> None:
        state, record = timer.next_step(self.state, self.clock())
        if state != self.state:
            self._save(state, record)

    def previous(self) -> None:
        last = self.log[-1] if self.log else None
        state = timer.previous_step(self.state, self.clock(), last)
        if state != self.state:
            runs.drop_last_record(self.db, self.run.id)
            self._save(state)
            self._announced_zero_for = None

    def extend(self, minutes: int) -> None:
        state = timer.extend(self.state, minutes * 60)
        if state != self.state:
            self._save(state)
            if self.state.remaining(self.clock()) > 0:
                self._announced_zero_for = None

    def correct_start(self, started: dt.datetime) -> None:
        state = timer.correct_start(self.state, started.timestamp(), self.clock())
        if state != self.state:
            self._save(state)

    def set_sound(self, on: bool) -> None:
        runs.set_sound(self.db, self.run.id, on)
        self.run = runs.load_run(self.db, self.run.id)

    def restart(self) -> None:
        self.run = runs.restart_run(self.db, self.run.id)
        self._announced_zero_for = None


def _arena_of(db: Database) -> uuid.UUID:
    return require_arena_id(db)
