"""The rows the overview, group and participant screens show, and the rules that make
them from stored values: which arena is the file's, which days it has, who a group's
members are and in what order, how groups are listed.

Plain Python, no database library: the SQLAlchemy repositories (store/arenas.py,
store/groups.py) and the plain-sqlite3 read of the first screen (store/first_screen.py)
both select the `Stored*` values below and pass them here, so the same file gives the same
rows whichever way it was read. Only the SQL differs.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from arenadesk.domain.codes import code_sort_key
from arenadesk.domain.diversity import DiversityMix, mix_of
from arenadesk.domain.vocabulary import ArenaFormat, Perspective, Role


@dataclass(frozen=True)
class ArenaDetails:
    id: uuid.UUID
    name: str
    venue: str
    theme: str
    organiser: str
    format: ArenaFormat
    days: tuple[dt.date | None, ...]

    def dates_text(self) -> str:
        """The set dates in ISO form, comma-separated (for logs and plain exports)."""
        return ", ".join(d.isoformat() for d in self.days if d)


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    name: str
    title: str
    organisation: str
    perspective: Perspective
    groups: tuple[tuple[str, Role], ...]  # (group code, role) for each live membership

    def matches(self, text: str) -> bool:
        """Case-insensitive match of every word on name, title, organisation or group code.
        Letters are compared as written (ø is not o), in one Unicode normal form."""
        needle = unicodedata.normalize("NFC", text).casefold().strip()
        if not needle:
            return True
        haystack = unicodedata.normalize(
            "NFC",
            " ".join(
                [self.name, self.title, self.organisation, *(code for code, _ in self.groups)]
            ),
        ).casefold()
        return all(part in haystack for part in needle.split())


@dataclass(frozen=True)
class MemberRow:
    membership_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    title: str
    organisation: str
    perspective: Perspective
    role: Role
    days: tuple[int, ...]  # empty: not given ("ikke oppgitt")
    attendance_note: str = ""  # partial attendance as written, e.g. "siste halvdel dag 2"
    position: int | None = None  # the facilitator's order; None: the default order


@dataclass(frozen=True)
class GroupRow:
    id: uuid.UUID
    code: str
    title: str
    description: str
    main_area: str
    owner_org: str
    members: tuple[MemberRow, ...]
    room: str = ""

    @property
    def facilitators(self) -> list[str]:
        return [m.name for m in self.members if m.role is Role.FACILITATOR]

    @property
    def owners(self) -> list[str]:
        return [m.name for m in self.members if m.role is Role.OWNER]

    @property
    def member_count(self) -> int:
        return len({m.person_id for m in self.members})

    @cached_property  # tables ask for it per cell and role; the row never changes
    def diversity(self) -> DiversityMix:
        """Each person once, whatever their role: the whole group's mix counts."""
        unique = {m.person_id: m.perspective for m in self.members}
        return mix_of(unique.values())


# What a query selects, in this column order, decoded to Python values (UUIDs, dates, the
# JSON `days` as a list); tombstones are left out by the query itself (`deleted IS 0`).


class StoredArena(NamedTuple):
    """A live arena."""

    id: uuid.UUID
    created_at: int
    name: str
    venue: str
    theme: str
    organiser: str
    format: str


class StoredDay(NamedTuple):
    """A live day of an arena."""

    number: int
    id: uuid.UUID
    date: dt.date | None


# A live challenge group: id, code, title, description, main_area, owner_org, room (the
# fields of its `GroupRow` but the members).
StoredGroup = tuple[uuid.UUID, str, str, str, str, str, str]


class StoredMember(NamedTuple):
    """A live membership of a live person, with the person's columns."""

    membership_id: uuid.UUID
    group_id: uuid.UUID
    created_at: int
    person_id: uuid.UUID
    name: str
    title: str
    organisation: str
    perspective: str
    role: str
    days: list[int]
    attendance_note: str
    position: int | None


def first_created(arenas: Iterable[StoredArena]) -> StoredArena | None:
    """A file holds one arena; after a merge the first-created live one is the arena (two
    made in the same microsecond on two laptops: the lower id, so every reader agrees)."""
    return min(arenas, key=lambda a: (a.created_at, a.id), default=None)


def arena_details(arena: StoredArena, days: Iterable[StoredDay]) -> ArenaDetails:
    """The arena with its live days in order of their number (an undated day is None)."""
    ordered = sorted(days, key=lambda d: (d.number, d.id))
    return ArenaDetails(
        arena.id,
        arena.name,
        arena.venue,
        arena.theme,
        arena.organiser,
        ArenaFormat(arena.format),
        tuple(d.date for d in ordered),
    )


def member_row(stored: StoredMember) -> MemberRow:
    return MemberRow(
        stored.membership_id,
        stored.person_id,
        stored.name,
        stored.title,
        stored.organisation,
        Perspective(stored.perspective),
        Role(stored.role),
        tuple(stored.days),
        stored.attendance_note,
        stored.position,
    )


# The default order of a group's list: facilitators, the owner, then everyone as entered.
_DEFAULT_RANK = {Role.FACILITATOR: 0, Role.OWNER: 1}


def _member_order(stored: StoredMember, row: MemberRow) -> tuple[int, int, int, str]:
    """Members the facilitator placed come first in their order; the rest follow in the
    default order: facilitators, owner, then entry order."""
    entered = (stored.created_at, str(stored.membership_id))
    if row.position is not None:
        return (0, row.position, *entered)
    return (1, _DEFAULT_RANK.get(row.role, 2), *entered)


def members_by_group(stored: Iterable[StoredMember]) -> dict[uuid.UUID, list[MemberRow]]:
    """Each group's member rows, in the order its list shows them."""
    keyed: dict[uuid.UUID, list[tuple[tuple[int, int, int, str], MemberRow]]] = defaultdict(list)
    for member in stored:
        row = member_row(member)
        keyed[member.group_id].append((_member_order(member, row), row))
    return {
        group_id: [row for _, row in sorted(rows, key=lambda pair: pair[0])]
        for group_id, rows in keyed.items()
    }


def group_row(group: StoredGroup, members: dict[uuid.UUID, list[MemberRow]]) -> GroupRow:
    group_id, code, title, description, main_area, owner_org, room = group
    shown = tuple(members.get(group_id, ()))
    return GroupRow(group_id, code, title, description, main_area, owner_org, shown, room)


def listed_groups(
    groups: Iterable[StoredGroup], members: dict[uuid.UUID, list[MemberRow]]
) -> list[GroupRow]:
    """An arena's groups as lists show them: 2A before 10A (see `code_sort_key`). Codes
    that sort alike ("01A" and "1A" are two codes) keep one order: by code, then id."""
    rows = [group_row(g, members) for g in groups]
    return sorted(rows, key=lambda r: (code_sort_key(r.code), r.code, r.id))
