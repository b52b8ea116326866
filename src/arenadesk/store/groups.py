"""Challenge groups and their members: the rows the overview and group screens show."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.codes import clean_code, code_key, is_valid_code
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person
from arenadesk.store.rows import (
    GroupRow,
    MemberRow,
    StoredGroup,
    StoredMember,
    group_row,
    listed_groups,
    members_by_group,
)
from arenadesk.store.validate import LONG, clean_text


@dataclass(frozen=True)
class GroupDraft:
    """What a person types for a group, before it is checked and saved."""

    code: str
    title: str
    description: str = ""
    main_area: str = ""
    owner_org: str = ""
    room: str = ""


MAX_NOTE = 200

# The columns of a `StoredGroup` and a `StoredMember`, in their order.
_GROUP = (
    ChallengeGroup.id,
    ChallengeGroup.code,
    ChallengeGroup.title,
    ChallengeGroup.description,
    ChallengeGroup.main_area,
    ChallengeGroup.owner_org,
    ChallengeGroup.room,
)
_MEMBER = (
    Membership.id,
    Membership.group_id,
    Membership.created_at,
    Person.id,
    Person.name,
    Person.title,
    Person.organisation,
    Person.perspective,
    Membership.role,
    Membership.days,
    Membership.attendance_note,
    Membership.position,
)


def _members_by_group(
    session: Session, group_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[MemberRow]]:
    # The columns, not the mapped objects: the overview reads every member of every group
    # as the window opens, and rows read as plain tuples skip the session's identity map.
    rows = session.execute(
        select(*_MEMBER)
        .join(Person, Membership.person_id == Person.id)
        .where(
            Membership.group_id.in_(group_ids),
            live(Membership),
            live(Person),
        )
    ).all()
    return members_by_group(StoredMember._make(row) for row in rows)


def list_groups(db: Database, arena_id: uuid.UUID) -> list[GroupRow]:
    with db.read() as session:
        groups: Sequence[StoredGroup] = session.execute(
            select(*_GROUP).where(ChallengeGroup.arena_id == arena_id, live(ChallengeGroup))
        ).all()
        members = _members_by_group(session, [group_id for group_id, *_ in groups])
    return listed_groups(groups, members)


def get_group(db: Database, group_id: uuid.UUID) -> GroupRow | None:
    with db.read() as session:
        g = session.get(ChallengeGroup, group_id)
        if g is None or g.deleted:
            return None
        stored = (g.id, g.code, g.title, g.description, g.main_area, g.owner_org, g.room)
        members = _members_by_group(session, [g.id])
    return group_row(stored, members)


def _live_codes(session: Session, arena_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str]]:
    return [
        (row.id, row.code, row.title)
        for row in session.execute(
            select(ChallengeGroup.id, ChallengeGroup.code, ChallengeGroup.title).where(
                ChallengeGroup.arena_id == arena_id, live(ChallengeGroup)
            )
        )
    ]


def find_group_by_code(db: Database, arena_id: uuid.UUID, code: str) -> GroupRow | None:
    """The live group whose code is `code` as the loose comparison sees it ("2b-1 og 2"
    finds "2B – 1 og 2"): the one lookup behind every CODE and `--group` argument."""
    key = code_key(code)
    with db.read() as session:
        codes = _live_codes(session, arena_id)
    found = [gid for gid, stored, _ in codes if code_key(stored) == key]
    return get_group(db, found[0]) if key and found else None


def _checked(
    session: Session, arena_id: uuid.UUID, draft: GroupDraft, group_id: uuid.UUID | None
) -> dict[str, str]:
    code = clean_code(draft.code)
    if not code:
        raise ValidationError("value.required", "code")
    if not is_valid_code(code):
        raise ValidationError("group.code_invalid", "code", code=code)
    for other_id, other_code, other_title in _live_codes(session, arena_id):
        if other_id != group_id and code_key(other_code) == code_key(code):
            raise ValidationError("group.code_taken", "code", code=other_code, title=other_title)
    return {
        "code": code,
        "title": clean_text(draft.title, "title", required=True, limit=300),
        "description": clean_text(draft.description, "description", limit=LONG, multiline=True),
        "main_area": clean_text(draft.main_area, "main_area"),
        "owner_org": clean_text(draft.owner_org, "owner_org"),
        "room": clean_text(draft.room, "room", limit=100),
    }


def create_group(db: Database, arena_id: uuid.UUID, draft: GroupDraft) -> uuid.UUID:
    with db.session() as session:
        group = ChallengeGroup(arena_id=arena_id, **_checked(session, arena_id, draft, None))
        session.add(group)
    return group.id


def update_group(db: Database, group_id: uuid.UUID, draft: GroupDraft) -> None:
    with db.session() as session:
        group = session.get(ChallengeGroup, group_id)
        if group is None or group.deleted:
            raise UserError("record.missing")
        for key, value in _checked(session, group.arena_id, draft, group_id).items():
            if getattr(group, key) != value:
                setattr(group, key, value)


def delete_group(db: Database, group_id: uuid.UUID) -> None:
    """Tombstone the group and its memberships; the people stay in the arena."""
    with db.session() as session:
        group = session.get(ChallengeGroup, group_id)
        if group is None or group.deleted:
            return
        group.deleted = True
        for membership in group.memberships:
            if not membership.deleted:
                membership.deleted = True


MAX_DAY = 31


def clean_days(days: tuple[int, ...] | list[int] | None) -> list[int]:
    """The days a member was there, sorted; empty means not given ("ikke oppgitt"). A day
    that cannot be one (0, negative, past a month) is refused, not dropped."""
    numbers = sorted({int(d) for d in (days or ())})
    for number in numbers:
        if not 1 <= number <= MAX_DAY:
            raise ValidationError("membership.bad_day", "days", number=number)
    return numbers


def clean_note(note: str | None) -> str:
    """Partial attendance as written ("siste halvdel dag 2"): one line, kept as typed."""
    return clean_text(note, "attendance_note", limit=MAX_NOTE)


def add_member(
    db: Database,
    group_id: uuid.UUID,
    person_id: uuid.UUID,
    role: Role,
    days: tuple[int, ...] | list[int] | None = (),
    attendance_note: str = "",
) -> uuid.UUID:
    """Add a person to a group. Days not given stay empty: nothing is assumed."""
    note = clean_note(attendance_note)
    with db.session() as session:
        group = session.get(ChallengeGroup, group_id)
        person = session.get(Person, person_id)
        if group is None or person is None or group.deleted or person.deleted:
            raise UserError("record.missing")
        existing = session.scalars(
            select(Membership).where(
                Membership.group_id == group_id,
                Membership.person_id == person_id,
                live(Membership),
            )
        ).first()
        if existing is not None:
            raise ValidationError("membership.exists", "person", name=person.name, code=group.code)
        membership = Membership(
            group_id=group_id,
            person_id=person_id,
            role=Role(role).value,
            days=clean_days(days),
            attendance_note=note,
        )
        session.add(membership)
    return membership.id


_KEEP = object()


def update_member(
    db: Database,
    membership_id: uuid.UUID,
    role: Role,
    days: tuple[int, ...] | list[int] | None,
    attendance_note: str | object = _KEEP,
) -> None:
    """Change a member's role and days (empty: not given) and, when passed, the note."""
    cleaned = clean_days(days)
    note = None if attendance_note is _KEEP else clean_note(str(attendance_note))
    with db.session() as session:
        membership = session.get(Membership, membership_id)
        if membership is None or membership.deleted:
            return
        if membership.role != Role(role).value:
            membership.role = Role(role).value
        if list(membership.days) != cleaned:
            membership.days = cleaned
        if note is not None and membership.attendance_note != note:
            membership.attendance_note = note


def set_member_order(db: Database, group_id: uuid.UUID, membership_ids: list[uuid.UUID]) -> None:
    """Put the group's members in this order (as the report lists them). Members not named
    keep coming after, in the default order."""
    with db.session() as session:
        for position, membership_id in enumerate(membership_ids):
            membership = session.get(Membership, membership_id)
            if membership is None or membership.deleted or membership.group_id != group_id:
                raise UserError("record.missing")
            if membership.position != position:
                membership.position = position


def reset_member_order(db: Database, group_id: uuid.UUID) -> None:
    """Back to the default order: facilitators, owner, then entry order."""
    with db.session() as session:
        for membership in session.scalars(
            select(Membership).where(
                Membership.group_id == group_id, Membership.position.is_not(None)
            )
        ):
            membership.position = None


def remove_member(db: Database, membership_id: uuid.UUID) -> None:
    with db.session() as session:
        membership = session.get(Membership, membership_id)
        if membership is not None and not membership.deleted:
            membership.deleted = True


def set_memberships_deleted(
    db: Database, membership_ids: tuple[uuid.UUID, ...] | list[uuid.UUID], deleted: bool
) -> None:
    """Tombstone these memberships, or bring them back (undo and redo of a bulk change)."""
    with db.session() as session:
        for membership_id in membership_ids:
            membership = session.get(Membership, membership_id)
            if membership is not None and membership.deleted != deleted:
                membership.deleted = deleted
