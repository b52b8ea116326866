"""SQLAlchemy models of an arena; every synced table carries the sync columns.

Sync columns (see README, "Data and sync"): a UUID id made on the device that created
the row, `created_at`/`updated_at` in microseconds from the device's never-backwards
clock, the `device_id` of the last writer, and `deleted` as a tombstone: rows are never
removed, so a delete travels to the organiser like any other change.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from arenadesk.store.db.schema_facts import SCHEMA_REVISION as SCHEMA_REVISION  # re-exported

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncMixin:
    """The columns that make a row mergeable across laptops."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    updated_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Meta(Base):
    """Facts about this one file (schema, file id, clock); local, never synced."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Arena(SyncMixin, Base):
    __tablename__ = "arena"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    venue: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    theme: Mapped[str] = mapped_column(Text, nullable=False, default="")
    organiser: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    format: Mapped[str] = mapped_column(String(20), nullable=False, default="facilitated")

    days: Mapped[list[ArenaDay]] = relationship(
        back_populates="arena", order_by="ArenaDay.number", lazy="selectin"
    )


class ArenaDay(SyncMixin, Base):
    __tablename__ = "arena_day"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    arena: Mapped[Arena] = relationship(back_populates="days")

    __table_args__ = (Index("ix_arena_day_arena", "arena_id", "number"),)


class ChallengeGroup(SyncMixin, Base):
    """An utfordringsgruppe. Codes are unique among an arena's live groups (checked on save:
    a database constraint would make a merge of two laptops' offline work fail)."""

    __tablename__ = "challenge_group"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(30), nullable=False)  # as typed, see domain/codes
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    main_area: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    owner_org: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    room: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # where it sits

    memberships: Mapped[list[Membership]] = relationship(back_populates="group")

    __table_args__ = (Index("ix_challenge_group_arena", "arena_id", "code"),)


class Person(SyncMixin, Base):
    __tablename__ = "person"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    perspective: Mapped[str] = mapped_column(String(20), nullable=False, default="ukjent")
    # From the registration sheet: matching on re-import, the wish placement honours, the
    # days signed up for (None: not given) and the comment; `attended_days` from check-in.
    email: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    group_wish: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    registered_days: Mapped[list[int] | None] = mapped_column(JSON, nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attended_days: Mapped[list[int]] = mapped_column(JSON, nullable=False, default=list)

    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    __table_args__ = (Index("ix_person_arena", "arena_id", "name"),)


class Membership(SyncMixin, Base):
    """A person's role in a group (aktørrolle) and the arena days they were there.

    `days` empty means not given ("ikke oppgitt"); `attendance_note` is partial attendance
    as written ("siste halvdel dag 2"); `position` is the place in the group's list the
    facilitator chose (unset: facilitators, owner, then entry order)."""

    __tablename__ = "membership"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="participant")
    days: Mapped[list[int]] = mapped_column(JSON, nullable=False, default=list)
    attendance_note: Mapped[str] = mapped_column(
        String(200), nullable=False, default="", server_default=""
    )
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)

    group: Mapped[ChallengeGroup] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")

    __table_args__ = (
        Index("ix_membership_group", "group_id"),
        Index("ix_membership_person", "person_id"),
    )
