"""Tables for boards (visuelle maler in use) and their notes (lapper)."""

from __future__ import annotations

import uuid

from sqlalchemy import Float, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from arenadesk.store.models.arena import Base, SyncMixin


class Board(SyncMixin, Base):
    """A group's board: a template (by key, so organisers' own templates work too), a title,
    and optionally the økt and step it belongs to (the runner shows it then)."""

    __tablename__ = "board"

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("challenge_group.id"), nullable=False)
    template_key: Mapped[str] = mapped_column(String(80), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    session_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A TemplateStep of the group's plan; no foreign key, so a board survives its plan's edits
    # and a merge never fails on a step another laptop removed.
    step_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (Index("ix_board_group", "group_id", "position"),)


class Note(SyncMixin, Base):
    """A sticky note on a board, in board units (the template's coordinate system)."""

    __tablename__ = "note"

    board_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("board.id"), nullable=False)
    zone_key: Mapped[str] = mapped_column(String(80), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    colour: Mapped[str] = mapped_column(String(20), nullable=False, default="yellow")
    x: Mapped[float] = mapped_column(Float, nullable=False)
    y: Mapped[float] = mapped_column(Float, nullable=False)
    w: Mapped[float] = mapped_column(Float, nullable=False)
    h: Mapped[float] = mapped_column(Float, nullable=False)
    z: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (Index("ix_note_board", "board_id"),)
