"""Placing people without a group: a proposal first, then one transaction when accepted.

`propose_placement` only reads; the organiser may move people between groups in the
proposal; `apply_placement` writes the accepted assignment as memberships (participant,
the days the person registered for, else every day of the arena) and returns what it
wrote, so the whole placement is undone and redone as one step.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from arenadesk.domain.placement import Candidate, GroupSeat, Proposal, propose
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import arenas as arena_store
from arenadesk.store import attendance
from arenadesk.store import groups as group_store
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupRow, list_groups


@dataclass(frozen=True)
class PlacementProposal:
    groups: tuple[GroupRow, ...]
    people: dict[uuid.UUID, tuple[str, str, Perspective | None, str]]  # name, org, p, wish
    proposal: Proposal

    def assignment(self) -> dict[uuid.UUID, uuid.UUID]:
        return {uuid.UUID(p): uuid.UUID(g) for p, g in self.proposal.assignment}


@dataclass(frozen=True)
class PlacementChange:
    memberships: tuple[uuid.UUID, ...]  # the memberships the placement created

    @property
    def change_set(self) -> ChangeSet:
        return ChangeSet.of(Kind.MEMBERSHIPS, *self.memberships)


def _perspective(value: str) -> Perspective | None:
    try:
        perspective = Perspective(value)
    except ValueError:
        return None
    # "Ikke oppgitt", where the store has it, is no perspective for the 70 % rule.
    return None if perspective is getattr(Perspective, "UNKNOWN", None) else perspective


def propose_placement(db: Database, arena_id: uuid.UUID) -> PlacementProposal:
    groups = tuple(list_groups(db, arena_id))
    if not groups:
        raise UserError("place.no_groups")
    placed = {m.person_id for g in groups for m in g.members}
    waiting = {
        p.person_id: (p.name, p.organisation, _perspective(p.perspective), p.group_wish)
        for p in attendance.list_attendance(db, arena_id)
        if p.person_id not in placed
    }
    seats = [
        GroupSeat(
            str(g.id),
            g.code,
            g.title,
            tuple(
                _perspective(m.perspective) for m in {m.person_id: m for m in g.members}.values()
            ),
        )
        for g in groups
    ]
    candidates = [
        Candidate(str(person_id), name, perspective, wish)
        for person_id, (name, _org, perspective, wish) in waiting.items()
    ]
    return PlacementProposal(groups, waiting, propose(seats, candidates))


def apply_placement(
    db: Database, arena_id: uuid.UUID, assignment: Mapping[uuid.UUID, uuid.UUID]
) -> PlacementChange:
    """Add each person to their group, in one transaction; people who have meanwhile been
    put in a group, or groups that are gone, are left out."""
    created: list[uuid.UUID] = []
    with db.session():
        all_days = list(range(1, arena_store.day_count(db, arena_id) + 1))
        people = {p.person_id: p for p in attendance.list_attendance(db, arena_id)}
        groups = {g.id for g in list_groups(db, arena_id)}
        in_group = {person_id for person_id, p in people.items() if p.codes}
        for person_id, group_id in assignment.items():
            person = people.get(person_id)
            if person is None or group_id not in groups or person_id in in_group:
                continue
            days = [d for d in person.registered_days if d in all_days] or all_days
            created.append(group_store.add_member(db, group_id, person_id, Role.PARTICIPANT, days))
            in_group.add(person_id)
    return PlacementChange(tuple(created))


def _set_deleted(db: Database, change: PlacementChange, deleted: bool) -> ChangeSet:
    group_store.set_memberships_deleted(db, change.memberships, deleted)
    return change.change_set


def undo_placement(db: Database, change: PlacementChange) -> ChangeSet:
    return _set_deleted(db, change, True)


def redo_placement(db: Database, change: PlacementChange) -> ChangeSet:
    return _set_deleted(db, change, False)
