"""The arena's people and groups gathered for printing (badges, lists, door signs)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from arenadesk.domain.printouts import PrintGroup, Printout, PrintPerson
from arenadesk.domain.vocabulary import ROLE_ORDER
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import get_arena
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.groups import GroupRow, MemberRow, find_group_by_code, list_groups
from arenadesk.store.models.arena import Person


def assemble_printout(db: Database, arena_id: uuid.UUID, group_code: str = "") -> Printout:
    """Everyone in the arena, or with `group_code` only that group's members."""
    arena = get_arena(db, arena_id)
    if arena is None:
        raise UserError("record.missing")
    groups = list_groups(db, arena_id)
    if group_code:
        found = find_group_by_code(db, arena_id, group_code)  # the one loose code lookup
        if found is None:
            raise UserError("cli.no_group", code=group_code)
        groups = [g for g in groups if g.id == found.id]
    with db.read() as session:
        people = session.scalars(
            select(Person).where(Person.arena_id == arena_id, live(Person))
        ).all()
        details = {p.id: (p.registered_days, p.perspective) for p in people}
        everyone = {p.id: p.name for p in people}
    printed_groups = tuple(_group(g, details) for g in groups)
    first_group: dict[uuid.UUID, PrintPerson] = {}
    for group, printed in zip(groups, printed_groups, strict=True):
        for member, row in zip(_unique_members(group), printed.members, strict=True):
            first_group.setdefault(member, row)
    if not group_code:
        with db.read() as session:
            for person in session.scalars(
                select(Person).where(Person.arena_id == arena_id, live(Person))
            ):
                if person.id not in first_group:
                    first_group[person.id] = PrintPerson(
                        person.name,
                        person.title,
                        person.organisation,
                        person.perspective,
                        "",
                        "",
                        None,
                        _days(person.registered_days),
                    )
    ordered = sorted(
        first_group.items(), key=lambda item: (everyone[item[0]].casefold(), str(item[0]))
    )
    return Printout(
        arena.name, arena.venue, arena.days, printed_groups, tuple(p for _, p in ordered)
    )


def _days(value: object) -> tuple[int, ...] | None:
    if not isinstance(value, list):
        return None
    return tuple(sorted({d for d in value if isinstance(d, int)}))


def _unique_members(group: GroupRow) -> list[uuid.UUID]:
    seen: dict[uuid.UUID, None] = {}
    for member in _ordered(group):
        seen.setdefault(member.person_id, None)
    return list(seen)


def _ordered(group: GroupRow) -> list[MemberRow]:
    return sorted(group.members, key=lambda m: (ROLE_ORDER.index(m.role), m.name.casefold()))


def _group(group: GroupRow, details: dict[uuid.UUID, tuple[list[int] | None, str]]) -> PrintGroup:
    members: dict[uuid.UUID, PrintPerson] = {}
    for m in _ordered(group):
        if m.person_id in members:
            continue
        days, perspective = details.get(m.person_id, (None, m.perspective.value))
        members[m.person_id] = PrintPerson(
            m.name,
            m.title,
            m.organisation,
            perspective,
            group.code,
            group.room,
            m.role,
            _days(days) if days is not None else (tuple(m.days) or None),
        )
    return PrintGroup(group.code, group.title, group.room, group.owner_org, tuple(members.values()))
