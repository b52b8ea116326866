"""Setup files: the organiser's arena sent to facilitators, and taken in again later.

A facilitator never works live in the setup file (it may sit on a USB stick), and it is
never copied into place either: opening one makes a new working file in the data folder
and merges the setup file's checked rows into it. A later setup file is merged into
that working file like any package: the newer version of each row wins, so the
facilitator's own later edits stay, and every version that loses is in the merge log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import delete, insert, select, update

from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.database import Database, open_file, unused_name
from arenadesk.store.db.device import Device
from arenadesk.sync.export import safe_name_part
from arenadesk.sync.merge import MergeResult, merge_packages
from arenadesk.sync.package import PackageInfo, inspect_package
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


def _setup_info(path: Path, accept_future: bool = False) -> PackageInfo:
    info = inspect_package(path, accept_future=accept_future)
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


def start_working_file(
    setup: Path, folder: Path, device: Device, *, accept_future: bool = False
) -> Database:
    """Make this facilitator's working file from a setup file, in `folder`, and open it.

    The setup file is never copied into place: a new file is made by the migrations and the
    setup file's rows, each checked, are merged into it, so nothing but rows (no trigger,
    no view, no odd table) can come with it.
    """
    info = _setup_info(setup, accept_future)
    base = info.clock
    stem = safe_name_part(info.arena_name) or "arena"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("sync.cannot_write", path=folder, detail=os_reason(exc)) from exc
    target = unused_name(folder / f"{stem}.sqlite")
    db = open_file(target, device)
    try:
        result = merge_packages(
            db, [info.path], accept_other_arena=True, accept_future=accept_future, backup=False
        )
        refused = result.rejected
        if refused:
            assert refused[0].error is not None
            raise refused[0].error
        with db.engine.begin() as connection:
            meta = table_named("meta")
            connection.execute(delete(meta).where(meta.c.key.in_(_PACKAGE_KEYS)))
        _set(db, {"base_clock": str(base), "from_setup": info.package_id})
    except BaseException:
        db.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    log.info("new working file %s from the setup file %s", target, setup)
    return db


def import_setup(
    db: Database,
    setup: Path,
    *,
    accept_deletions: bool = False,
    accept_future: bool = False,
    checked: PackageInfo | None = None,
) -> MergeResult:
    """Merge a later setup file into a working file; the facilitator's newer edits stay.
    `checked`: the setup file's full inspection, if the caller has just made it (it is
    not made again; the merge still checks every row as it reads it)."""
    info = checked if checked is not None else _setup_info(setup, accept_future)
    if info.kind != "setup":
        raise UserError("sync.not_setup", name=info.file_name)
    result = merge_packages(
        db, [setup], accept_deletions=accept_deletions, accept_future=accept_future
    )
    if result.written:
        base = max(int(db.meta("base_clock") or 0), info.clock)
        _set(db, {"base_clock": str(base)})
    return result
