"""Writing a package (facilitator → organiser) or a setup file (organiser → facilitators).

A consistent snapshot of the working file (`VACUUM INTO`) is stripped to the synced data
(for a setup file, the setup tables only; the images of live photos only) with a `meta`
table that says what the file is (see `sync/package.py`), compacted, and published under
a name that says whose it is: the arena, the groups this laptop worked on, the laptop and
the time, in characters every OS and a FAT-formatted USB stick take.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import shutil
import sqlite3
import tempfile
import unicodedata
import uuid
from pathlib import Path

from sqlalchemy import func, select

from arenadesk import __version__
from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.platform.files import publish
from arenadesk.store.db.database import Database, unused_name
from arenadesk.store.db.live import live
from arenadesk.sync.package import KINDS, SUFFIXES
from arenadesk.sync.rows import SETUP_TABLES, synced_tables, table_named

MAX_NAME = 120
MAX_CODES = 3  # more groups than this are named by the first three and "flere"

# Tables whose rows name the group they belong to (for naming a package by its groups).
_GROUP_TABLES = ("board", "group_report", "action_item", "self_evaluation", "session_run")

log = logging.getLogger(__name__)


def safe_name_part(text: str) -> str:
    """Text as part of a file name that works on every OS and a FAT-formatted USB stick."""
    text = text.replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text)
    return re.sub(r"-{2,}", "-", text).strip("-._")[:40]


def package_file_name(
    arena_name: str, codes: tuple[str, ...], device_name: str, when: dt.datetime, kind: str
) -> str:
    parts = [safe_name_part(arena_name) or "arena"]
    if kind == "setup":
        parts.append("oppsett")
    else:
        parts.append("+".join(safe_name_part(c) for c in codes if safe_name_part(c)) or "")
        parts.append(safe_name_part(device_name))
    parts.append(when.strftime("%Y%m%d-%H%M"))
    stem = "-".join(p for p in parts if p)[:MAX_NAME]
    return stem + SUFFIXES[kind]


def _touched_group_codes(db: Database) -> tuple[str, ...]:
    """The live groups this laptop has worked on (its own rows name them)."""

    groups = table_named("challenge_group")
    ids: set[uuid.UUID] = set()
    with db.engine.connect() as connection:
        for name in (*_GROUP_TABLES, "membership", "challenge_group"):
            table = table_named(name)
            key = table.c.id if name == "challenge_group" else table.c.group_id
            ids.update(
                connection.scalars(select(key).where(table.c.device_id == db.device.id)).all()
            )
        if not ids:
            return ()
        codes = connection.scalars(
            select(groups.c.code).where(groups.c.id.in_(ids), live(groups)).order_by(groups.c.code)
        ).all()
    codes = list(dict.fromkeys(codes))
    return tuple(codes if len(codes) <= MAX_CODES else [*codes[:MAX_CODES], "flere"])


def _strip_to_data(copy: Path, kind: str, meta: dict[str, str]) -> None:
    """Leave only synced data (and for a setup file only setup rows), then compact."""
    keep = {t.name for t in synced_tables()} | {"meta", "alembic_version"}
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            if table not in keep:
                connection.execute(f'DELETE FROM "{table}"')  # local tables: merge/import logs
        if kind == "setup":
            for table in synced_tables():
                if table.name not in SETUP_TABLES:
                    connection.execute(f'DELETE FROM "{table.name}"')
            # Group plans are the facilitators' own work; only master støttemaler travel.
            connection.execute(
                "DELETE FROM template_step WHERE session_id IN (SELECT s.id FROM "
                "template_session s JOIN support_template t ON s.template_id = t.id "
                "WHERE t.group_id IS NOT NULL)"
            )
            connection.execute(
                "DELETE FROM template_session WHERE template_id IN "
                "(SELECT id FROM support_template WHERE group_id IS NOT NULL)"
            )
            connection.execute("DELETE FROM support_template WHERE group_id IS NOT NULL")
            # Photos of documented inputs travel with them; groups' and boards' do not.
            connection.execute("DELETE FROM photo WHERE conversation_id IS NULL")
        # Only the images of live photos travel (a shrunk or edited photo's earlier image,
        # a removed photo's, stay behind on this laptop).
        connection.execute(
            "DELETE FROM photo_content WHERE sha256 NOT IN "
            "(SELECT sha256 FROM photo WHERE deleted = 0)"
        )
        connection.execute("DELETE FROM meta")
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
        connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")  # no deleted text left in free pages


def export_package(db: Database, target: Path, *, kind: str = "package") -> Path:
    """Write a package (or setup file) of `db`; `target` is a folder or a file name.

    A consistent snapshot (`VACUUM INTO`) is built in a temporary folder and copied to the
    target under a temporary name, then renamed: a pulled USB stick never leaves a file
    that looks complete.
    """
    if kind not in KINDS:
        raise ValueError(kind)
    if db.path is None:
        raise UserError("sync.export_needs_file")
    now = dt.datetime.now(dt.UTC)
    with db.engine.connect() as connection:
        arena = connection.execute(
            select(table_named("arena").c.id, table_named("arena").c.name)
            .where(live(table_named("arena")))
            .order_by(table_named("arena").c.created_at)
            .limit(1)
        ).first()
        clock = max(
            int(connection.scalar(select(func.max(t.c.updated_at))) or 0) for t in synced_tables()
        )
    if arena is None:
        raise UserError("db.no_arena", path=db.location)
    codes = _touched_group_codes(db) if kind == "package" else ()
    target = Path(target)
    if target.is_dir() or not target.suffix:
        folder = target
        name = package_file_name(arena.name, codes, db.device.name, now.astimezone(), kind)
        target = unused_name(folder / name)
    package_id = str(uuid.uuid4())
    meta = {
        "package_kind": kind,
        "package_id": package_id,
        "exported_at": now.isoformat(timespec="seconds"),
        "exported_by_device": db.device.id,
        "exported_by_device_name": db.device.name,
        "arena_id": str(arena.id),
        "arena_name": arena.name,
        "group_codes": ",".join(codes),
        "source_file_id": db.meta("file_id") or "",
        "base_clock": db.meta("base_clock") or "0",
        "created_by_version": __version__,
        "clock": str(clock),
    }
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="arenadesk-export-") as work:
            snapshot = Path(work) / "snapshot.sqlite"
            with contextlib.closing(sqlite3.connect(db.path)) as source:
                source.execute("VACUUM INTO ?", (str(snapshot),))
            _strip_to_data(snapshot, kind, meta)
            shutil.copyfile(snapshot, partial)
            publish(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        log.warning("%s export to %s failed: %s", kind, target, exc)
        raise UserError("sync.cannot_write", path=target, detail=os_reason(exc)) from exc
    log.info("exported %s %s from %s", kind, target, db.location)
    return target
