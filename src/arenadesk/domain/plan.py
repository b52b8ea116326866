"""The facilitator support template (støttemal) as plain data: days, økter and steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class StepPlan:
    """One step (steg) of an økt: what to do, for how long, and what to show the group."""

    title: str
    minutes: int
    purpose: str = ""
    prompt: str = ""  # the question or instruction shown to the group (and on the projector)
    tips: str = ""  # facilitator tips, never projected
    board: str | None = None  # key of a board template to use, e.g. "toppen-av-fjellet"


@dataclass
class SessionPlan:
    """One økt (group work session), numbered 1–4 across the arena's days."""

    number: int
    day: int
    title: str
    start: dt.time  # planned start on its day
    steps: list[StepPlan] = field(default_factory=list)

    @property
    def planned_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def planned_starts(self) -> list[dt.time]:
        """Each step's planned clock time, recomputed from the økt's start."""
        moment = dt.datetime.combine(dt.date(2000, 1, 1), self.start)
        times = []
        for step in self.steps:
            times.append(moment.time())
            moment += dt.timedelta(minutes=step.minutes)
        return times

    @property
    def planned_end(self) -> dt.time:
        start = dt.datetime.combine(dt.date(2000, 1, 1), self.start)
        return (start + dt.timedelta(minutes=self.planned_minutes)).time()


@dataclass
class TemplatePlan:
    """A whole støttemal: a name, a description and its økter in order."""

    name: str
    description: str = ""
    sessions: list[SessionPlan] = field(default_factory=list)
