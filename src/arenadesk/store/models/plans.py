"""Tables for støttemaler, the groups' own plans, and the runs of their økter (timers)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, Time, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from arenadesk.store.models.arena import Base, SyncMixin


class SupportTemplate(SyncMixin, Base):
    """A støttemal. A master has no group; a group's plan is a copy with `group_id` set,
    so editing a plan never changes the master it came from."""

    __tablename__ = "support_template"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenge_group.id"), nullable=True
    )
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")

    sessions: Mapped[list[TemplateSession]] = relationship(
        back_populates="template", order_by="TemplateSession.number"
    )

    __table_args__ = (Index("ix_support_template_arena", "arena_id", "group_id"),)


class TemplateSession(SyncMixin, Base):
    """One økt of a template or plan: its number (1–4), day and planned start."""

    __tablename__ = "template_session"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("support_template.id"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    day: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    start: Mapped[dt.time] = mapped_column(Time, nullable=False)

    template: Mapped[SupportTemplate] = relationship(back_populates="sessions")
    steps: Mapped[list[TemplateStep]] = relationship(
        back_populates="session", order_by="TemplateStep.position"
    )

    __table_args__ = (Index("ix_template_session_template", "template_id", "number"),)


class TemplateStep(SyncMixin, Base):
    __tablename__ = "template_step"

    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("template_session.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    prompt: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tips: Mapped[str] = mapped_column(Text, nullable=False, default="")
    board: Mapped[str | None] = mapped_column(String(80), nullable=True)

    session: Mapped[TemplateSession] = relationship(back_populates="steps")

    __table_args__ = (Index("ix_template_step_session", "session_id", "position"),)


class SessionRun(SyncMixin, Base):
    """A group's run of one økt of its plan: the timer state, saved on every change.

    Times are wall-clock microseconds since the epoch, so a restart (or another laptop)
    computes the same remaining time; nothing here counts ticks.
    """

    __tablename__ = "session_run"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("template_session.id"), nullable=False)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    started_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # the økt
    step_started_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    paused_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    paused_total: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    extra_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    finished_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    sound: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (Index("ix_session_run_group", "group_id", "session_id"),)


class StepLog(SyncMixin, Base):
    """What actually happened in one step: planned against actual, pauses, extensions."""

    __tablename__ = "step_log"

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("session_run.id"), nullable=False)
    step_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("template_step.id"), nullable=False)
    step_index: Mapped[int] = mapped_column(Integer, nullable=False)
    started_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    ended_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    planned_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    actual_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    paused_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (Index("ix_step_log_run", "run_id", "step_index"),)
