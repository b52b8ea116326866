"""Challenge groups and their members: the rows the overview and group screens show."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.codes import code_sort_key, is_valid_code, normalise_code
from arenadesk.domain.diversity import DiversityMix, mix_of
from arenadesk.domain.vocabulary import ROLE_ORDER, Perspective, Role
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person
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


@dataclass(frozen=True)
class MemberRow:
    membership_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    title: str
    organisation: str
    perspective: Perspective
    role: Role
    days: tuple[int, ...]


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


def _members_by_group(
    session: Session, group_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[MemberRow]]:
    rows = session.execute(
        select(Membership, Person)
        .join(Person, Membership.person_id == Person.id)
        .where(
            Membership.group_id.in_(group_ids),
            Membership.deleted.is_(False),
            Person.deleted.is_(False),
        )
    ).all()
    members: dict[uuid.UUID, list[MemberRow]] = defaultdict(list)
    for membership, person in rows:
        members[membership.group_id].append(
            MemberRow(
                membership.id,
                person.id,
                person.name,
                person.title,
                person.organisation,
                Perspective(person.perspective),
                Role(membership.role),
                tuple(membership.days),
            )
        )
    for rows_of_group in members.values():
        rows_of_group.sort(key=lambda m: (ROLE_ORDER.index(m.role), m.name.casefold()))
    return members


def list_groups(db: Database, arena_id: uuid.UUID) -> list[GroupRow]:
    with db.read() as session:
        groups = session.scalars(
            select(ChallengeGroup).where(
                ChallengeGroup.arena_id == arena_id, ChallengeGroup.deleted.is_(False)
            )
        ).all()
        members = _members_by_group(session, [g.id for g in groups])
    rows = [_row(g, members) for g in groups]
    return sorted(rows, key=lambda r: code_sort_key(r.code))


def get_group(db: Database, group_id: uuid.UUID) -> GroupRow | None:
    with db.read() as session:
        g = session.get(ChallengeGroup, group_id)
        if g is None or g.deleted:
            return None
        members = _members_by_group(session, [g.id])
    return _row(g, members)


def _row(g: ChallengeGroup, members: dict[uuid.UUID, list[MemberRow]]) -> GroupRow:
    return GroupRow(
        g.id,
        g.code,
        g.title,
        g.description,
        g.main_area,
        g.owner_org,
        tuple(members.get(g.id, ())),
        g.room,
    )


def find_group_by_code(db: Database, arena_id: uuid.UUID, code: str) -> GroupRow | None:
    with db.read() as session:
        group_id = session.scalar(
            select(ChallengeGroup.id).where(
                ChallengeGroup.arena_id == arena_id,
                ChallengeGroup.code == normalise_code(code),
                ChallengeGroup.deleted.is_(False),
            )
        )
    return get_group(db, group_id) if group_id else None


def _checked(
    session: Session, arena_id: uuid.UUID, draft: GroupDraft, group_id: uuid.UUID | None
) -> dict[str, str]:
    code = normalise_code(draft.code)
    if not code:
        raise ValidationError("value.required", "code")
    if not is_valid_code(code):
        raise ValidationError("group.code_invalid", "code", code=code)
    clash = session.scalars(
        select(ChallengeGroup).where(
            ChallengeGroup.arena_id == arena_id,
            ChallengeGroup.code == code,
            ChallengeGroup.deleted.is_(False),
        )
    ).first()
    if clash is not None and clash.id != group_id:
        raise ValidationError("group.code_taken", "code", code=code, title=clash.title)
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


def _clean_days(days: tuple[int, ...] | list[int]) -> list[int]:
    cleaned = sorted({int(d) for d in days if int(d) >= 1})
    if not cleaned:
        raise ValidationError("membership.no_days", "days")
    return cleaned


def add_member(
    db: Database,
    group_id: uuid.UUID,
    person_id: uuid.UUID,
    role: Role,
    days: tuple[int, ...] | list[int],
) -> uuid.UUID:
    with db.session() as session:
        group = session.get(ChallengeGroup, group_id)
        person = session.get(Person, person_id)
        if group is None or person is None or group.deleted or person.deleted:
            raise UserError("record.missing")
        existing = session.scalars(
            select(Membership).where(
                Membership.group_id == group_id,
                Membership.person_id == person_id,
                Membership.deleted.is_(False),
            )
        ).first()
        if existing is not None:
            raise ValidationError("membership.exists", "person", name=person.name, code=group.code)
        membership = Membership(
            group_id=group_id, person_id=person_id, role=Role(role).value, days=_clean_days(days)
        )
        session.add(membership)
    return membership.id


def update_member(
    db: Database, membership_id: uuid.UUID, role: Role, days: tuple[int, ...] | list[int]
) -> None:
    cleaned = _clean_days(days)
    with db.session() as session:
        membership = session.get(Membership, membership_id)
        if membership is None or membership.deleted:
            return
        if membership.role != Role(role).value:
            membership.role = Role(role).value
        if list(membership.days) != cleaned:
            membership.days = cleaned


def remove_member(db: Database, membership_id: uuid.UUID) -> None:
    with db.session() as session:
        membership = session.get(Membership, membership_id)
        if membership is not None and not membership.deleted:
            membership.deleted = True
