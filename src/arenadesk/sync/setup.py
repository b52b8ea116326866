"""Setup files: the organiser's arena sent to facilitators, and taken in again later.

A facilitator never works live in the setup file (it may sit on a USB stick): opening one
copies it into the data folder as a new working file. A later setup file is merged into
that working file like any package: the newer version of each row wins, so the
facilitator's own later edits stay, and every version that loses is in the merge log.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from arenadesk import __version__
from arenadesk.i18n.messages import UserError
from arenadesk.store.db.database import Database, backup_copy, open_file
from arenadesk.store.db.device import Device
from arenadesk.sync.merge import MergeResult, merge_packages, record_import
from arenadesk.sync.package import PackageInfo, inspect_package, safe_name_part
from arenadesk.sync.rows import table_named

# Keys a package's meta has that a working file must not keep.
_PACKAGE_KEYS = (
    "package_kind",
    "package_id",
    "exported_at",
    "exported_by_device",
    "exported_by_device_name",
    "arena_id",
    "arena_name",
    "group_codes",
    "source_file_id",
)

log = logging.getLogger(__name__)


def _setup_info(path: Path) -> PackageInfo:
    info = inspect_package(path)
    if info.kind != "setup":
        raise UserError("sync.not_setup", name=info.file_name)
    return info


def _set(db: Database, values: dict[str, str]) -> None:
    meta = table_named("meta")
    with db.engine.begin() as connection:
        for key, value in values.items():
            exists = connection.scalar(select(meta.c.key).where(meta.c.key == key))
            if exists is None:
                connection.execute(insert(meta).values(key=key, value=value))
            else:
                connection.execute(update(meta).where(meta.c.key == key).values(value=value))


def start_working_file(setup: Path, folder: Path, device: Device) -> Database:
    """Copy a setup file into `folder` as this facilitator's working file and open it."""
    info = _setup_info(setup)
    base = _setup_clock_of_file(info)
    folder.mkdir(parents=True, exist_ok=True)
    stem = safe_name_part(info.arena_name) or "arena"
    target = folder / f"{stem}.sqlite"
    counter = 2
    while target.exists():
        target = folder / f"{stem}-{counter}.sqlite"
        counter += 1
    try:
        backup_copy(info.path, target)
    except OSError as exc:
        raise UserError("sync.cannot_write", path=target, detail=exc) from exc
    db = open_file(target, device)
    meta = table_named("meta")
    with db.engine.begin() as connection:
        connection.execute(delete(meta).where(meta.c.key.in_(_PACKAGE_KEYS)))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    _set(
        db,
        {
            "file_id": str(uuid.uuid4()),
            "created": now,
            "created_by_device": device.id,
            "created_by_version": __version__,
            "base_clock": str(base),
            "from_setup": info.package_id,
        },
    )
    _record_setup(db, info)
    log.info("new working file %s from the setup file %s", target, setup)
    return db


def _setup_clock_of_file(info: PackageInfo) -> int:
    from arenadesk.sync.package import package_engine

    with package_engine(info) as engine, engine.connect() as connection:
        meta = table_named("meta")
        value = connection.scalar(select(meta.c.value).where(meta.c.key == "clock"))
    return int(value or 0)


def _record_setup(db: Database, info: PackageInfo) -> None:
    """The import log of a new working file names its setup, so importing it again is a no-op."""

    with db.engine.begin() as connection:
        record_import(connection, info)


def import_setup(db: Database, setup: Path) -> MergeResult:
    """Merge a later setup file into a working file; the facilitator's newer edits stay."""
    info = _setup_info(setup)
    result = merge_packages(db, [setup])
    if result.written:
        base = max(int(db.meta("base_clock") or 0), _setup_clock_of_file(info))
        _set(db, {"base_clock": str(base)})
    return result
