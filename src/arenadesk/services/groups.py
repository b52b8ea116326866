"""Challenge groups and their members: each action one transaction, returning what changed."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import ValidationError
from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import groups as group_store
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft


def create_group(db: Database, arena_id: uuid.UUID, draft: GroupDraft) -> Created:
    with db.session():
        group_id = group_store.create_group(db, arena_id, draft)
    return Created(group_id, ChangeSet.of(Kind.GROUPS, group_id))


def update_group(db: Database, group_id: uuid.UUID, draft: GroupDraft) -> ChangeSet:
    with db.session():
        group_store.update_group(db, group_id, draft)
    return ChangeSet.of(Kind.GROUPS, group_id)


def delete_group(db: Database, group_id: uuid.UUID) -> ChangeSet:
    """The group and its memberships go; the people stay in the arena."""
    with db.session():
        group_store.delete_group(db, group_id)
    return ChangeSet.of(Kind.GROUPS, group_id) | ChangeSet.of(Kind.MEMBERSHIPS)


def add_members(
    db: Database,
    group_id: uuid.UUID,
    person_ids: Sequence[uuid.UUID],
    role: Role,
    days: Sequence[int],
) -> ChangeSet:
    """Put several people into a group with one role and the same days: all or none."""
    if not person_ids:
        raise ValidationError("membership.no_person", "person")
    with db.session():
        added = [group_store.add_member(db, group_id, p, role, list(days)) for p in person_ids]
    return ChangeSet.of(Kind.MEMBERSHIPS, *added) | ChangeSet.of(Kind.GROUPS, group_id)


def join_group(
    db: Database, group_id: uuid.UUID | None, person_id: uuid.UUID, role: Role, days: Sequence[int]
) -> ChangeSet:
    """Put one person into a group chosen from the arena's groups."""
    if group_id is None:
        raise ValidationError("value.required", "group")
    return add_members(db, group_id, [person_id], role, days) | ChangeSet.of(Kind.PEOPLE, person_id)


def update_member(
    db: Database,
    membership_id: uuid.UUID,
    role: Role,
    days: Sequence[int],
    attendance_note: str | None = None,
) -> ChangeSet:
    """Role, days (none: not given) and, when passed, the note on partial attendance."""
    with db.session():
        if attendance_note is None:
            group_store.update_member(db, membership_id, role, list(days))
        else:
            group_store.update_member(db, membership_id, role, list(days), attendance_note)
    return ChangeSet.of(Kind.MEMBERSHIPS, membership_id)


def set_member_order(
    db: Database, group_id: uuid.UUID, membership_ids: Sequence[uuid.UUID]
) -> ChangeSet:
    """The facilitator's order of the group's list (and the report's participants)."""
    with db.session():
        group_store.set_member_order(db, group_id, list(membership_ids))
    return ChangeSet.of(Kind.MEMBERSHIPS, *membership_ids) | ChangeSet.of(Kind.GROUPS, group_id)


def remove_member(db: Database, membership_id: uuid.UUID) -> ChangeSet:
    """The person leaves the group and stays in the arena."""
    with db.session():
        group_store.remove_member(db, membership_id)
    return ChangeSet.of(Kind.MEMBERSHIPS, membership_id)
