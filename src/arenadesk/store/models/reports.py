"""Tables for a group's standard report: its texts, next steps and self-evaluation."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from arenadesk.store.models.arena import Base, SyncMixin


class GroupReportText(SyncMixin, Base):
    """The report's written sections, one row per group (created when first edited)."""

    __tablename__ = "group_report"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    problem: Mapped[str] = mapped_column(Text, nullable=False, default="")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="")
    concretisation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_meeting: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_meeting_caller: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    web_use: Mapped[str] = mapped_column(Text, nullable=False, default="")
    comments: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_group_report_group", "group_id"),)


class ActionItemRow(SyncMixin, Base):
    """One next step (neste skritt): what, who is responsible, when."""

    __tablename__ = "action_item"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    when_text: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (Index("ix_action_item_group", "group_id", "position"),)


class SelfEvaluationRow(SyncMixin, Base):
    """The group's egenevaluering at the end of day 2 (one row per group)."""

    __tablename__ = "self_evaluation"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    strength: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reasons: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    reasons_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tips: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_self_evaluation_group", "group_id"),)


class ReportTemplateRow(SyncMixin, Base):
    """The organiser's report template for an arena (one row per arena, its id derived
    from the arena's): the sections as JSON, see `domain.report_template`."""

    __tablename__ = "report_template"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    preset: Mapped[str] = mapped_column(String(20), nullable=False, default="standard")
    sections: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)

    __table_args__ = (Index("ix_report_template_arena", "arena_id"),)


class GroupReportExtra(SyncMixin, Base):
    """A group's text for one of the template's extra sections (its id derived from the
    group and the section's key, so two laptops write the same row)."""

    __tablename__ = "group_report_extra"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    section_key: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (Index("ix_group_report_extra_group", "group_id", "section_key"),)
