"""The Open Space program wall as plain data: økter (slots) × spaces, the topics placed on
it, and what on it needs a look (clashes). The store reads it, the window and the printed
wall show it."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from arenadesk.domain.dates import clock_span

MAX_SLOTS = 12
MAX_SPACES = 60
MAX_DAYS = 7


@dataclass(frozen=True)
class SlotRow:
    id: uuid.UUID
    number: int
    day: int
    starts: dt.time | None
    ends: dt.time | None


@dataclass(frozen=True)
class SpaceRow:
    id: uuid.UUID
    number: int
    name: str

    @property
    def label(self) -> str:
        """The name, or the number alone when the space has no name."""
        return self.name or str(self.number)


@dataclass(frozen=True)
class TopicRow:
    id: uuid.UUID
    title: str
    convener: str
    slot_id: uuid.UUID | None
    space_id: uuid.UUID | None
    number: str | None  # the input number of its cell; None while unplaced
    documented: bool
    created_at: int


@dataclass(frozen=True)
class Clash:
    """Something on the wall to look at: a convener twice in one økt ("convener"), or two
    topics in one cell ("cell", possible after two laptops' walls merged)."""

    kind: str
    slot_id: uuid.UUID
    topic_ids: tuple[uuid.UUID, ...]
    convener: str = ""
    space_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Wall:
    slots: tuple[SlotRow, ...]
    spaces: tuple[SpaceRow, ...]
    topics: tuple[TopicRow, ...]
    clashes: tuple[Clash, ...]

    def in_cell(self, slot_id: uuid.UUID, space_id: uuid.UUID) -> list[TopicRow]:
        return [t for t in self.topics if t.slot_id == slot_id and t.space_id == space_id]

    def unplaced(self) -> list[TopicRow]:
        return [t for t in self.topics if t.slot_id is None or t.space_id is None]

    def in_slot(self, slot_id: uuid.UUID) -> list[TopicRow]:
        return [t for t in self.topics if t.slot_id == slot_id and t.space_id is not None]

    def clashes_of(self, topic_id: uuid.UUID) -> list[Clash]:
        return [c for c in self.clashes if topic_id in c.topic_ids]

    def slot(self, slot_id: uuid.UUID | None) -> SlotRow | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def space(self, space_id: uuid.UUID | None) -> SpaceRow | None:
        return next((s for s in self.spaces if s.id == space_id), None)

    def days(self) -> list[int]:
        return sorted({s.day for s in self.slots})

    def next_free_cell(self, slot_id: uuid.UUID) -> uuid.UUID | None:
        """The first space of an økt with no topic yet (where a new topic goes)."""
        taken = {t.space_id for t in self.in_slot(slot_id)}
        return next((s.id for s in self.spaces if s.id not in taken), None)


def slot_id_for(arena_id: uuid.UUID, number: int) -> uuid.UUID:
    return uuid.uuid5(arena_id, f"os_slot:{number}")


def space_id_for(arena_id: uuid.UUID, number: int) -> uuid.UUID:
    return uuid.uuid5(arena_id, f"os_space:{number}")


def find_clashes(topics: tuple[TopicRow, ...]) -> tuple[Clash, ...]:
    by_convener: dict[tuple[uuid.UUID, str], list[TopicRow]] = defaultdict(list)
    by_cell: dict[tuple[uuid.UUID, uuid.UUID], list[TopicRow]] = defaultdict(list)
    for t in topics:
        if t.slot_id is None or t.space_id is None:
            continue
        by_cell[(t.slot_id, t.space_id)].append(t)
        if t.convener.strip():
            by_convener[(t.slot_id, t.convener.strip().casefold())].append(t)
    clashes = [
        Clash("cell", slot_id, tuple(t.id for t in items), space_id=space_id)
        for (slot_id, space_id), items in by_cell.items()
        if len(items) > 1
    ]
    clashes += [
        Clash("convener", slot_id, tuple(t.id for t in items), convener=items[0].convener)
        for (slot_id, _), items in by_convener.items()
        if len(items) > 1
    ]
    return tuple(clashes)


def time_span(slot: SlotRow, language: str = "nb") -> str:
    """ "13.00–14.30" (bokmål) or "13:00–14:30"; "" when the økt has no times."""
    return clock_span(slot.starts, slot.ends, language)


def space_heading(space: SpaceRow) -> str:
    """ "Rom 3", or "3 · Biblioteket" when the name does not carry the number."""
    if re.search(rf"(?<!\d){space.number}(?!\d)", space.label):
        return space.label
    return f"{space.number} · {space.label}"
