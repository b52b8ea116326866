"""The Open Space proceedings as plain data: the inputs (Vedlegg 1) and the working reports
(Vedlegg 2) of an arena's documented conversations, following the 2020 report.

With the arena format BOTH the conversations are the arena's knowledge meetings
(kunnskapsmøter, as in the 2017 report) and the documents say so.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from arenadesk.domain.open_space import ConversationRow
from arenadesk.domain.report import ReportPhoto
from arenadesk.domain.vocabulary import ArenaFormat


@dataclass(frozen=True)
class SessionInfo:
    """One økt of the program wall: its number through the arena, its day and times."""

    number: int
    day: int
    starts: dt.time | None = None
    ends: dt.time | None = None


@dataclass
class Proceedings:
    arena_name: str
    arena_dates: str  # as printed, e.g. "4.–5. februar 2020"; "" when no day has a date
    venue: str = ""
    theme: str = ""
    organiser: str = ""
    format: ArenaFormat = ArenaFormat.OPEN_SPACE
    language: str = "nb"
    # Every documented conversation, in input-number order (1.2 before 1.10), unplaced last.
    conversations: list[ConversationRow] = field(default_factory=list)
    sessions: tuple[SessionInfo, ...] = ()  # the wall's økter in number order
    # Photos of a conversation's sheets, by conversation id, in their order.
    photos: dict[uuid.UUID, tuple[ReportPhoto, ...]] = field(default_factory=dict)

    @property
    def knowledge_meetings(self) -> bool:
        """Open Space beside facilitated groups: the conversations are kunnskapsmøter."""
        return self.format is ArenaFormat.BOTH

    @property
    def inputs(self) -> list[ConversationRow]:
        """Vedlegg 1: the conversations that wrote an input (a title or a text)."""
        return [row for row in self.conversations if row.has_input]

    @property
    def reports(self) -> list[ConversationRow]:
        """Vedlegg 2: the conversations with a working report (who took part, what was
        said, next steps)."""
        return [row for row in self.conversations if is_working_report(row) or self.photos_of(row)]

    def photos_of(self, row: ConversationRow) -> tuple[ReportPhoto, ...]:
        """The photos of a conversation's sheets (none while it is undocumented)."""
        if row.conversation_id is None:
            return ()
        return self.photos.get(row.conversation_id, ())

    @property
    def is_empty(self) -> bool:
        return not self.inputs and not self.reports

    @property
    def participant_count(self) -> int:
        """The people who took part in at least one conversation, each once."""
        return len({p.person_id for row in self.conversations for p in row.participants})

    def session(self, number: int | None) -> SessionInfo | None:
        return next((s for s in self.sessions if s.number == number), None)

    def by_session(
        self, rows: list[ConversationRow]
    ) -> list[tuple[SessionInfo | None, list[ConversationRow]]]:
        """`rows` grouped by økt in økt order, keeping their order; unplaced ones last
        under None."""
        groups: dict[int | None, list[ConversationRow]] = {}
        for row in rows:
            groups.setdefault(row.slot_number, []).append(row)
        placed = sorted(number for number in groups if number is not None)
        out: list[tuple[SessionInfo | None, list[ConversationRow]]] = [
            (self.session(number) or SessionInfo(number, _day(groups[number])), groups[number])
            for number in placed
        ]
        if None in groups:
            out.append((None, groups[None]))
        return out


def is_working_report(row: ConversationRow) -> bool:
    return bool(row.participants or row.discussion.strip() or row.next_step_lines)


def _day(rows: list[ConversationRow]) -> int:
    return next((row.day for row in rows if row.day is not None), 0)
