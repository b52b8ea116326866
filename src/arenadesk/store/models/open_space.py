"""Tables of Open Space: the program wall (økter × spaces, topics) and the documented
conversations with their participants.

Slots and spaces take ids derived from the arena and their number, so two laptops that set
up "økt 2" or "space 5" on their own write the same row and a merge keeps one. A topic's
documentation has an id derived from the topic, for the same reason: two støttefasilitatorer
documenting one conversation make one row, the newer version winning. An input's number is
never stored: it is its wall cell (økt number . space number), the same on every laptop.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, Integer, String, Text, Time, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from arenadesk.store.models.arena import Base, SyncMixin


class OpenSpaceSlot(SyncMixin, Base):
    """An økt on the wall: numbered through the arena (day 2 starts at økt 3, say)."""

    __tablename__ = "os_slot"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    day: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    starts: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    ends: Mapped[dt.time | None] = mapped_column(Time, nullable=True)

    __table_args__ = (Index("ix_os_slot_arena", "arena_id", "number"),)


class OpenSpaceSpace(SyncMixin, Base):
    """A room, corner or circle; its number is the second half of an input's number."""

    __tablename__ = "os_space"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (Index("ix_os_space_arena", "arena_id", "number"),)


class OpenSpaceTopic(SyncMixin, Base):
    """An emne as announced: title and convener, placed in a wall cell (or not yet)."""

    __tablename__ = "os_topic"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    convener: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    slot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("os_slot.id"), nullable=True)
    space_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("os_space.id"), nullable=True)

    __table_args__ = (
        Index("ix_os_topic_arena", "arena_id"),
        Index("ix_os_topic_cell", "slot_id", "space_id"),
    )


class OpenSpaceConversation(SyncMixin, Base):
    """The documentation of one topic's conversation: its input (innspill) and working
    report (arbeidsrapport). `reference_id` points at an earlier day's conversation for
    input types 2 and 3; it is not a foreign key, so a merge never depends on row order
    within the table, and a dangling reference reads as "no. ?"."""

    __tablename__ = "os_conversation"

    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("os_topic.id"), nullable=False)
    input_type: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reference_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    input_title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    input_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    discussion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_steps: Mapped[str] = mapped_column(Text, nullable=False, default="")
    documented_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (Index("ix_os_conversation_topic", "topic_id"),)


class OpenSpaceParticipant(SyncMixin, Base):
    """A person in a conversation; id derived from both, so adding twice is one row."""

    __tablename__ = "os_participant"

    conversation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("os_conversation.id"), nullable=False
    )
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), nullable=False)

    __table_args__ = (Index("ix_os_participant_conversation", "conversation_id"),)
