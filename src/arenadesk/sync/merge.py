"""Merging packages into a target database (the organiser's master, or a facilitator's
working file taking in a later setup file).

Rules, all per row by its UUID:
- the newer version wins: higher `updated_at`, ties broken by `device_id`, and two versions
  with the same stamp and device (a cloned laptop) by their content; a tombstone is a
  version like any other, so deletes travel;
- every version that is not current is kept in the merge log (once per version), so
  nothing is ever lost and any of them can be restored (`arenadesk.sync.log`);
- the outcome depends only on the set of versions seen, never on the order of packages or
  how often they come: the merge is deterministic, idempotent and order-independent;
- a package already in the import log (same SHA-256) is skipped without writing anything;
- every package is inspected (header, schema, meta, arena) before any package's row is
  read, and read through the same read-only connection, opened once; its rows are each
  checked as read, and merged inside the package's own savepoint while none has a
  problem: a package with one is rolled back whole, and everything that merges does so
  in one transaction: a failure writes nothing;
- a package that deletes the arena, or more than half of its rows, merges only when
  confirmed (`accept_deletions`); the master is backed up before every merge;
- merged stamps never move the master's clock (they are at most a day ahead, see
  sync/intake.py); an edit of a merged row still stamps past it.

The writes are SQLAlchemy Core statements, so the target may be SQLite or PostgreSQL.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.database import Database
from arenadesk.store.db.fileinfo import read_only_connection
from arenadesk.store.erase import forget_erased_people
from arenadesk.sync.content import CONTENT_CHUNK, CONTENT_TABLE
from arenadesk.sync.import_log import record_import, screen_packages
from arenadesk.sync.intake import LOCAL_TABLES, new_check, read_rows
from arenadesk.sync.open_packages import OpenPackages
from arenadesk.sync.outcomes import (
    ALREADY,
    MERGE,
    REJECTED,
    MergePreview,
    MergeResult,
    PackageOutcome,
    deletion_error,
    deletion_what,
    needs_deletion_confirmation,
    reset,
)
from arenadesk.sync.package import current_schema_file
from arenadesk.sync.planner import PackageMerge, now_us
from arenadesk.sync.rows import synced_tables, table_named
from arenadesk.sync.targets import RowRefused

BEFORE_IMPORT = "before_import."  # meta key prefix: + package id -> backup file name
CHUNK = 500  # rows read, checked and merged at a time

__all__ = [
    "ALREADY",
    "MERGE",
    "REJECTED",
    "MergePreview",
    "MergeResult",
    "PackageHook",
    "PackageOutcome",
    "deletion_error",
    "deletion_what",
    "merge_packages",
    "preview_merge",
]

# Told before each package is merged: (packages done, packages in all, file name).
PackageHook = Callable[[int, int, str], None]

log = logging.getLogger(__name__)


class _Meta:
    """The target's meta statements, built once (each merge sets a key per package)."""

    def __init__(self) -> None:
        meta = table_named("meta")
        key: Any = bindparam("meta_key")
        self.read = select(meta.c.value).where(meta.c.key == key)
        self.insert = insert(meta).values(key=key, value=bindparam("meta_value"))
        self.update = update(meta).where(meta.c.key == key).values(value=bindparam("meta_value"))


@cache
def _meta() -> _Meta:
    return _Meta()


def _meta_value(connection: Connection, key: str) -> str | None:
    value = connection.scalar(_meta().read, {"meta_key": key})
    return None if value is None else str(value)


def _set_meta(connection: Connection, key: str, value: str) -> None:
    statement = _meta().insert if _meta_value(connection, key) is None else _meta().update
    connection.execute(statement, {"meta_key": key, "meta_value": value})


def _merge_one(
    connection: Connection,
    outcome: PackageOutcome,
    target_base: int,
    accept_future: bool,
    kept: OpenPackages,
) -> PackageMerge:
    """One package, read once, through the connection it was inspected through: every
    row checked as it is read and, while the package has no problem, merged at once; any
    problem raises (the caller rolls the package back)."""
    info = outcome.info
    assert info is not None
    check = new_check(info.kind, info.arena_id, accept_future=accept_future)
    merge = PackageMerge(connection, target_base, outcome)
    # The tables its inspection counted no row in are not read again (a package at an
    # older schema is read whole: its upgrade may have filled a table).
    counted = None if info.needs_upgrade else info.row_counts
    try:
        with contextlib.ExitStack() as stack:
            source = stack.enter_context(kept.reading(info))
            if info.needs_upgrade:  # its rows are read from a migrated copy
                path = stack.enter_context(current_schema_file(info, source))
                source = stack.enter_context(read_only_connection(path))
            for table in synced_tables():
                if counted is not None and counted.get(table.name) == 0:
                    continue
                chunk = CONTENT_CHUNK if table.name == CONTENT_TABLE else CHUNK
                rows_read = read_rows(source, table.name, check, name=info.file_name, chunk=chunk)
                for stored in rows_read:
                    if check.problem_count:
                        continue  # still read on, to count its problems
                    merge.chunk(table, stored)
            for name in LOCAL_TABLES:
                if counted is not None and counted.get(name) == 0:
                    continue
                for _rows in read_rows(source, name, check, name=info.file_name):
                    pass
    except (sqlite3.DatabaseError, IntegrityError, RowRefused, ValueError) as exc:
        # A value the rules let through that does not read back, or a row the target's
        # keys refuse (a damaged index let a package hold one id twice): this package only.
        check.raise_for(info.file_name, info.device_name)
        raise UserError("sync.corrupt", name=info.file_name, detail=os_reason(exc)) from exc
    check.raise_for(info.file_name, info.device_name)
    return merge


class _FromCaller(Exception):
    """What the caller's progress hook raised (Cancel), carried past the merge's handler."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original


def _begin(connection: Connection, write: bool) -> None:
    """SQLite's own BEGIN (pysqlite would start the transaction only at the first write,
    and a savepoint before that would commit on release); IMMEDIATE takes the write lock
    before the first package is read, so a merge never fails half-way on a busy file."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _run(
    target_db: Database,
    paths: Sequence[Path],
    *,
    accept_other_arena: bool | None,
    accept_deletions: bool | None = None,
    accept_future: bool = False,
    write: bool,
    before_write: Callable[[], Path | None] | None = None,
    on_package: PackageHook | None = None,
) -> MergeResult:
    """Packages one at a time, each in a savepoint inside one transaction: a package with
    a problem is rolled back alone and the others merge; a preview rolls back at the end;
    anything unexpected (or Cancel) rolls back everything."""
    with target_db.engine.connect() as connection, OpenPackages() as kept:
        outcomes = screen_packages(connection, paths, accept_other_arena, kept)
        connection.rollback()
        result = MergeResult(outcomes)
        merging = [o for o in outcomes if o.status == MERGE]
        if not merging:
            return result
        backup = before_write() if before_write is not None and write else None
        result.backup = backup
        merged_up_to = 0
        with connection.begin() as transaction:
            _begin(connection, write)
            target_base = int(_meta_value(connection, "base_clock") or 0)
            for number, outcome in enumerate(merging):
                assert outcome.info is not None
                if on_package is not None:
                    try:
                        on_package(number, len(merging), outcome.path.name)
                    except BaseException as exc:
                        raise _FromCaller(exc) from exc
                savepoint = connection.begin_nested()
                try:
                    merged = _merge_one(connection, outcome, target_base, accept_future, kept)
                except UserError as error:
                    savepoint.rollback()
                    reset(outcome)
                    outcome.status, outcome.error = REJECTED, error
                    continue
                outcome.needs_deletion_confirmation = needs_deletion_confirmation(outcome)
                if outcome.needs_deletion_confirmation and accept_deletions is False:
                    savepoint.rollback()
                    outcome.status, outcome.error = REJECTED, deletion_error(outcome)
                    continue
                record_import(connection, outcome.info, outcome)
                if backup is not None:  # which backup holds the state before this import
                    _set_meta(connection, BEFORE_IMPORT + outcome.info.package_id, backup.name)
                savepoint.commit()
                merged_up_to = max(merged_up_to, merged.highest)
                result.logged += merged.logged
            if on_package is not None:
                on_package(len(merging), len(merging), "")
            if not write:
                transaction.rollback()
                return result
            # Merged stamps never move the clock past the real time (a package dated
            # ahead merges only when accepted, see sync/intake.py): an honest edit after
            # the merge still stamps past them per row.
            merged_up_to = min(merged_up_to, now_us())
            clock = max(int(_meta_value(connection, "clock") or 0), merged_up_to)
            _set_meta(connection, "clock", str(clock))
            result.written = any(o.status == MERGE for o in merging)
    target_db.clock.observe(merged_up_to)
    return result


def preview_merge(
    target_db: Database,
    paths: Sequence[Path],
    *,
    accept_future: bool = False,
    on_package: PackageHook | None = None,
) -> MergePreview:
    """What merging `paths` would do, package by package; nothing is written (the same
    merge runs and is rolled back)."""
    try:
        result = _run(
            target_db,
            paths,
            accept_other_arena=None,
            accept_future=accept_future,
            write=False,
            on_package=on_package,
        )
    except _FromCaller as caller:
        raise caller.original from None
    return MergePreview(result.outcomes)


def merge_packages(
    target_db: Database,
    paths: Sequence[Path],
    *,
    accept_other_arena: bool = False,
    accept_deletions: bool = False,
    accept_future: bool = False,
    backup: bool = True,
    backup_root: Path | None = None,
    on_package: PackageHook | None = None,
) -> MergeResult:
    """Merge every valid package, one at a time, in one transaction; rejected ones are
    reported, not merged (each package is all or nothing).

    A package of another arena than the target's is rejected unless `accept_other_arena`;
    one that deletes the arena or more than half of its rows unless `accept_deletions`.
    A target file is first backed up into its backup rotation (label "before-merge"), so
    the state before any import can be restored; nothing is backed up when every package
    was imported before. A package dated more than a day ahead merges only with
    `accept_future`. `on_package(done, total, name)` is called before each package (and
    once at the end); whatever it raises (Cancel) rolls the whole merge back.
    """
    try:
        result = _run(
            target_db,
            paths,
            accept_other_arena=accept_other_arena,
            accept_deletions=accept_deletions,
            accept_future=accept_future,
            write=True,
            before_write=(lambda: _backup_before_merge(target_db, backup_root)) if backup else None,
            on_package=on_package,
        )
        if result.written:
            # An erased participant's earlier versions must not live on in the merge log.
            forget_erased_people(target_db)
    except _FromCaller as caller:
        log.info("merge into %s stopped: nothing was merged", target_db.location)
        raise caller.original from None
    except UserError as error:
        log.warning("merge into %s refused: %s", target_db.location, error.text("en"))
        raise
    except Exception as exc:
        log.exception("merge into %s failed", target_db.location)
        detail = os_reason(exc)
        raise UserError("sync.merge_failed", path=target_db.location, detail=detail) from exc
    for outcome in result.outcomes:
        log.info(
            "merge %s into %s: %s, %d added, %d updated, %d deleted, %d conflicts%s",
            outcome.path.name,
            target_db.location,
            outcome.status,
            outcome.added,
            outcome.updated,
            outcome.deleted,
            outcome.conflicts,
            f" ({outcome.error.text('en')})" if outcome.error else "",
        )
    return result


def _backup_before_merge(target_db: Database, root: Path | None) -> Path | None:
    """A snapshot of the target file in its backup rotation; a server backs up itself."""
    if target_db.path is None:
        return None
    from arenadesk.store.db.backups import BEFORE_MERGE, BackupPolicy

    policy = BackupPolicy(target_db, root=root)
    kept = policy.backup_now(label=BEFORE_MERGE)
    if kept is None:
        raise UserError("sync.cannot_back_up", path=target_db.location, detail=policy.failure)
    return kept
