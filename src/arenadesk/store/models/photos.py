"""Tables for photos of the paper (flip-charts, posters, input sheets).

`photo` is an ordinary synced row: its owner (a group's report, a board, or an Open Space
input), caption, order and the SHA-256 of its stored image. `photo_content` holds each
stored image's bytes once, keyed by that hash: its id is derived from the hash and its
version is fixed (`CONTENT_STAMP`, `CONTENT_DEVICE`), so every laptop that stores the same
bytes writes the same row and a merge finds nothing to decide. `photo_original` keeps an
original, when asked, on this laptop only: it is a local table and never travels.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from arenadesk.store.models.arena import Base, SyncMixin

# The fixed version of every content row (2000-01-01 UTC in µs, the earliest stamp a row
# may carry) and the "device" that wrote it: content is identified by its bytes alone.
CONTENT_STAMP = 946_684_800_000_000
CONTENT_DEVICE = "sha256"
CONTENT_NAMESPACE = uuid.UUID("5f0c5a52-8a43-4e0b-9a43-2c1a6d3b8e10")


def content_id(sha256: str) -> uuid.UUID:
    """The id of the content row holding the bytes with this SHA-256."""
    return uuid.uuid5(CONTENT_NAMESPACE, sha256)


class Photo(SyncMixin, Base):
    """A photo attached to a group's report, to one of its boards (then `group_id` is the
    board's group too) or to an Open Space input."""

    __tablename__ = "photo"

    arena_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("arena.id"), nullable=False)
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("challenge_group.id"), nullable=True
    )
    board_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("board.id"), nullable=True)
    conversation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("os_conversation.id"), nullable=True
    )
    caption: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The stored (report-size) image, in photo_content; no foreign key, so a package that
    # leaves out a deleted photo's bytes still checks.
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    mime: Mapped[str] = mapped_column(String(20), nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    byte_size: Mapped[int] = mapped_column(Integer, nullable=False)
    # The kept original in photo_original (this laptop only), if one was kept.
    original_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (
        Index("ix_photo_group", "group_id", "position"),
        Index("ix_photo_board", "board_id", "position"),
        Index("ix_photo_conversation", "conversation_id", "position"),
    )


class PhotoContent(SyncMixin, Base):
    """A stored image's bytes, once per SHA-256 (see the module's docstring)."""

    __tablename__ = "photo_content"

    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    mime: Mapped[str] = mapped_column(String(20), nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    byte_size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)

    __table_args__ = (Index("ix_photo_content_sha256", "sha256", unique=True),)


class PhotoOriginal(Base):
    """A kept original (full size, upright, without metadata); local, never synced."""

    __tablename__ = "photo_original"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(20), nullable=False)
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    byte_size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    stored_at: Mapped[int] = mapped_column(BigInteger, nullable=False)  # wall-clock µs
