"""Reading the merge log and the import log, and restoring a logged version."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database
from arenadesk.sync.planner import content_key
from arenadesk.sync.rows import SYNC_COLUMNS, from_json, table_named, to_json, version_of

# The column that best names a row of each kind, for a person reading the log.
_SUMMARY_COLUMNS = ("name", "code", "title", "text", "what", "problem", "results", "zone_key")


@dataclass(frozen=True)
class LogEntry:
    id: int
    table_name: str
    row_id: uuid.UUID
    updated_at: int
    device_id: str
    kind: str
    data: dict[str, Any]
    winner_updated_at: int
    winner_device_id: str
    logged_at: int
    restored_at: int | None

    @property
    def summary(self) -> str:
        """A short text that says which row this is (a name, a title, a note's text)."""
        for column in _SUMMARY_COLUMNS:
            value = self.data.get(column)
            if isinstance(value, str) and value.strip():
                text = " ".join(value.split())
                return text if len(text) <= 80 else text[:79] + "…"
        return str(self.row_id)[:8]

    @property
    def deleted(self) -> bool:
        return bool(self.data.get("deleted"))


@dataclass(frozen=True)
class ImportEntry:
    id: int
    package_id: str
    sha256: str
    kind: str
    file_name: str
    device_id: str
    device_name: str
    imported_at: int
    added: int
    updated: int
    deleted: int
    conflicts: int


def list_merge_log(db: Database, *, conflicts_only: bool = False) -> list[LogEntry]:
    """Logged versions, newest first (the conflicts alone, or every superseded version)."""
    logs = table_named("merge_log")
    query = select(logs).order_by(logs.c.logged_at.desc(), logs.c.id.desc())
    if conflicts_only:
        query = query.where(logs.c.kind == "conflict")
    with db.engine.connect() as connection:
        return [
            LogEntry(
                r.id,
                r.table_name,
                r.row_id,
                int(r.row_updated_at),
                r.row_device_id,
                r.kind,
                dict(r.data),
                int(r.winner_updated_at),
                r.winner_device_id,
                int(r.logged_at),
                r.restored_at,
            )
            for r in connection.execute(query)
        ]


def list_imports(db: Database) -> list[ImportEntry]:
    imports = table_named("import_log")
    with db.engine.connect() as connection:
        return [
            ImportEntry(
                r.id,
                r.package_id,
                r.sha256,
                r.kind,
                r.file_name,
                r.device_id,
                r.device_name,
                int(r.imported_at),
                r.added,
                r.updated,
                r.deleted,
                r.conflicts,
            )
            for r in connection.execute(select(imports).order_by(imports.c.id))
        ]


def backup_before_import(db: Database, entry: ImportEntry, root: Path | None = None) -> Path | None:
    """The backup taken right before this import (every merge takes one), if rotation
    still keeps it; restoring it (store/db/backups.restore_backup) undoes the import and
    everything after it."""
    from arenadesk.store.db.backups import backup_folder
    from arenadesk.sync.merge import BEFORE_IMPORT

    name = db.meta(BEFORE_IMPORT + entry.package_id)
    if db.path is None or not name or Path(name).name != name:
        return None
    path = backup_folder(db.path, root) / name
    return path if path.is_file() else None


def current_row(db: Database, table_name: str, row_id: uuid.UUID) -> dict[str, Any] | None:
    table = table_named(table_name)
    with db.engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.id == row_id)).first()
    return to_json(row._mapping) if row is not None else None


def restore_version(db: Database, entry_id: int) -> None:
    """Make a logged version current again, stamped as a new edit on this device (so it
    wins the next merge too); the version it replaces goes into the log."""
    logs = table_named("merge_log")
    with db.engine.begin() as connection:
        entry = connection.execute(select(logs).where(logs.c.id == entry_id)).first()
        if entry is None:
            raise UserError("sync.log_missing")
        table = table_named(entry.table_name)
        current = connection.execute(select(table).where(table.c.id == entry.row_id)).first()
        if current is None:
            raise UserError("sync.log_missing")
        stamp = db.clock.stamp_after(int(current.updated_at))
        now = int(time.time() * 1_000_000)
        values = {k: v for k, v in from_json(table, entry.data).items() if k not in SYNC_COLUMNS}
        values["deleted"] = bool(entry.data.get("deleted", False))
        values.update(updated_at=stamp, device_id=db.device.id)
        replaced = version_of(current._mapping)
        replaced_data = to_json(current._mapping)
        replaced_key = content_key(replaced_data)
        already = connection.scalar(
            select(logs.c.id).where(
                logs.c.table_name == entry.table_name,
                logs.c.row_id == entry.row_id,
                logs.c.row_updated_at == replaced[0],
                logs.c.row_device_id == replaced[1],
                logs.c.data_key == replaced_key,
            )
        )
        if already is None:
            connection.execute(
                logs.insert().values(
                    table_name=entry.table_name,
                    row_id=entry.row_id,
                    row_updated_at=replaced[0],
                    row_device_id=replaced[1],
                    data=replaced_data,
                    data_key=replaced_key,
                    kind="replaced",
                    winner_updated_at=stamp,
                    winner_device_id=db.device.id,
                    package_id="",
                    logged_at=now,
                    restored_at=None,
                )
            )
        connection.execute(update(table).where(table.c.id == entry.row_id).values(**values))
        connection.execute(update(logs).where(logs.c.id == entry_id).values(restored_at=now))
        meta = table_named("meta")
        if connection.scalar(select(meta.c.value).where(meta.c.key == "clock")) is None:
            connection.execute(meta.insert().values(key="clock", value=str(stamp)))
        else:
            connection.execute(update(meta).where(meta.c.key == "clock").values(value=str(stamp)))
