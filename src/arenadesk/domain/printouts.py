"""What the organiser prints before an arena: the people and groups as plain data.

Badges, member lists, attendance lists and door signs are drawn from these rows only, so
the PDFs never touch a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from arenadesk.domain.vocabulary import Role


@dataclass(frozen=True)
class PrintPerson:
    name: str
    title: str
    organisation: str
    perspective: str  # the stored value ("bruker"…), or "" when not given
    code: str  # the person's group, "" when not placed
    room: str
    role: Role | None
    registered_days: tuple[int, ...] | None  # None: not given (on every day's list)


@dataclass(frozen=True)
class PrintGroup:
    code: str
    title: str
    room: str
    owner_org: str
    members: tuple[PrintPerson, ...]  # owner and facilitators first, then by name

    def with_role(self, role: Role) -> list[PrintPerson]:
        return [m for m in self.members if m.role is role]


@dataclass(frozen=True)
class Printout:
    arena_name: str
    venue: str
    days: tuple[dt.date | None, ...]
    groups: tuple[PrintGroup, ...]
    people: tuple[PrintPerson, ...]  # each person once (their first group), by name

    def on_day(self, day: int) -> list[PrintPerson]:
        return [p for p in self.people if p.registered_days is None or day in p.registered_days]
