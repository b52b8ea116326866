"""Pasting a list of people into a group as one undoable step.

`preview_paste` says, for each pasted person, whether they are new to the arena, match
someone already there (by name, as `people_paste.name_key` compares names), or are
already in the group. `add_pasted` writes it in one transaction: the new people, and a
membership for everyone not yet in the group, with the chosen role (a role written in the
paste wins) and days (none: not given). `undo_paste` takes exactly that back, in one
transaction, and `redo_paste` brings it back with the same ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from arenadesk.domain.people_paste import PastedPerson, name_key
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import people as people_store
from arenadesk.store.db.database import Database
from arenadesk.store.people import PersonDraft


@dataclass(frozen=True)
class PasteRow:
    person: PastedPerson
    match: uuid.UUID | None  # someone already in the arena with this name
    match_groups: tuple[str, ...]  # that person's group codes
    in_group: bool  # already a member of this group: nothing to add


@dataclass(frozen=True)
class PasteResult:
    group_id: uuid.UUID
    created: tuple[uuid.UUID, ...]  # people made by the paste
    memberships: tuple[uuid.UUID, ...]  # memberships made by the paste

    @property
    def changes(self) -> ChangeSet:
        return (
            ChangeSet.of(Kind.PEOPLE, *self.created)
            | ChangeSet.of(Kind.MEMBERSHIPS, *self.memberships)
            | ChangeSet.of(Kind.GROUPS, self.group_id)
        )


def preview_paste(
    db: Database, arena_id: uuid.UUID, group_id: uuid.UUID, people: Sequence[PastedPerson]
) -> list[PasteRow]:
    group = group_store.get_group(db, group_id)
    if group is None:
        raise UserError("record.missing")
    members = {m.person_id for m in group.members}
    known: dict[str, people_store.PersonRow] = {}
    for row in people_store.list_people(db, arena_id):
        known.setdefault(name_key(row.name), row)
    rows = []
    for person in people:
        match = known.get(name_key(person.name))
        rows.append(
            PasteRow(
                person,
                match.id if match else None,
                tuple(code for code, _ in match.groups) if match else (),
                bool(match and match.id in members),
            )
        )
    return rows


def add_pasted(
    db: Database,
    arena_id: uuid.UUID,
    group_id: uuid.UUID,
    rows: Sequence[PasteRow],
    role: Role,
    days: Sequence[int] = (),
) -> PasteResult:
    """All of it or nothing."""
    created: list[uuid.UUID] = []
    memberships: list[uuid.UUID] = []
    with db.session():
        for row in rows:
            if row.in_group:
                continue
            person_id = row.match
            if person_id is None:
                person_id = people_store.create_person(
                    db,
                    arena_id,
                    PersonDraft(row.person.name, row.person.title, row.person.organisation),
                )
                created.append(person_id)
            memberships.append(
                group_store.add_member(db, group_id, person_id, row.person.role or role, list(days))
            )
    return PasteResult(group_id, tuple(created), tuple(memberships))


def undo_paste(db: Database, result: PasteResult) -> ChangeSet:
    """Tombstone what the paste made: its memberships and the people it created."""
    with db.session():
        group_store.set_memberships_deleted(db, result.memberships, True)
        people_store.set_people_deleted(db, result.created, True)
    return result.changes


def redo_paste(db: Database, result: PasteResult) -> ChangeSet:
    """Bring back what `undo_paste` took away (the same rows, so a merge sees one story)."""
    with db.session():
        people_store.set_people_deleted(db, result.created, False)
        group_store.set_memberships_deleted(db, result.memberships, False)
    return result.changes
