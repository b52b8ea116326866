"""The compiled arena report (arenarapport) as plain data, following the 2017 report.

The organiser's report over a whole arena: the cover and summary (dates, venue, theme,
participants by perspective), the groups overview (code, title, owner, facilitators as
the 2017 report lists them), one `GroupReport` per group for the group pages and
Vedlegg 1 (the standard reports), and their self-evaluations for Vedlegg 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from arenadesk.domain.proceedings import Proceedings
from arenadesk.domain.report import GroupReport
from arenadesk.domain.vocabulary import ArenaFormat, Perspective


@dataclass(frozen=True)
class PerspectiveCount:
    """How many of the arena's participants bring one perspective."""

    perspective: Perspective
    count: int
    share: float  # 0.0–1.0 of all participants


@dataclass(frozen=True)
class GroupOverviewRow:
    """One line of the groups overview: code, title, owner and facilitators."""

    code: str
    title: str
    owner: str  # the owning organisation, else the owners' names
    facilitators: tuple[str, ...]
    member_count: int = 0


@dataclass
class ArenaReport:
    arena_name: str
    arena_dates: str  # as printed, e.g. "9.–10. mars 2027"; "" when no day has a date
    venue: str = ""
    theme: str = ""
    organiser: str = ""
    format: ArenaFormat = ArenaFormat.FACILITATED
    days: tuple[dt.date | None, ...] = ()
    language: str = "nb"
    participant_count: int = 0  # the arena's live participants, each once
    perspectives: list[PerspectiveCount] = field(default_factory=list)  # all six, fixed order
    groups: list[GroupOverviewRow] = field(default_factory=list)  # in code order
    reports: list[GroupReport] = field(default_factory=list)  # one per group, same order
    open_space: Proceedings | None = None  # the Open Space inputs, when any were documented

    @property
    def group_count(self) -> int:
        return len(self.groups)

    def evaluated_groups(self) -> list[GroupReport]:
        """The groups whose self-evaluation has anything in it."""
        return [r for r in self.reports if not r.self_evaluation.is_empty]


def perspective_counts(counts: dict[Perspective, int]) -> list[PerspectiveCount]:
    """Every perspective in the vocabulary's order, with its count and share (0 included,
    so two arenas' summaries line up row for row)."""
    total = sum(counts.values())
    return [
        PerspectiveCount(p, counts.get(p, 0), counts.get(p, 0) / total if total else 0.0)
        for p in Perspective
    ]
