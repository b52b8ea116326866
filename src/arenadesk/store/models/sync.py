"""Local tables of a merge target: the import log and the merge log.

These record what happened to *this* database (which packages it took in, which versions
of rows lost a merge); they are not SyncMixin tables and never travel in a package.
"""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from arenadesk.store.models.arena import Base


class ImportLog(Base):
    """One package or setup file taken in: its id and hash make importing it twice a no-op."""

    __tablename__ = "import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    device_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    schema_revision: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    imported_at: Mapped[int] = mapped_column(BigInteger, nullable=False)  # wall-clock µs
    added: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    deleted: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    __table_args__ = (Index("ix_import_log_sha256", "sha256"),)


class MergeLog(Base):
    """A version of a row that is no longer current: it lost a merge (or a restore replaced
    it). `data` holds every column of that version, so it can be restored."""

    __tablename__ = "merge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    row_updated_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    row_device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    data: Mapped[dict[str, object]] = mapped_column(JSON, nullable=False)
    # "conflict": both sides edited the row; "superseded": an ordinary later edit won;
    # "replaced": a restore made an older version current again.
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    winner_updated_at: Mapped[int] = mapped_column(BigInteger, nullable=False)
    winner_device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    package_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    logged_at: Mapped[int] = mapped_column(BigInteger, nullable=False)  # wall-clock µs
    restored_at: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # The SHA-256 of `data` (sync/planner.content_key): versions with one stamp and device
    # that differ in content are each logged.
    data_key: Mapped[str] = mapped_column(String(64), nullable=False, server_default="")

    __table_args__ = (
        Index(
            "ix_merge_log_version",
            "table_name",
            "row_id",
            "row_updated_at",
            "row_device_id",
            "data_key",
            unique=True,
        ),
    )
