"""Fixtures for sync tests: an organiser's master, facilitators' laptops, row dumps."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.models.sync import MergeLog
from arenadesk.sync.package import export_package
from arenadesk.sync.rows import synced_tables, to_json
from arenadesk.sync.setup import start_working_file
from tests.templates import Templates

ORGANISER = Device("00000000-0000-4000-8000-00000000000a", "arrangor")


def laptop_device(number: int) -> Device:
    return Device(f"00000000-0000-4000-8000-{number:012d}", f"laptop-{number}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def synced_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every synced table, as sorted JSON-safe tuples."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in synced_tables():
            rows = [to_json(r._mapping) for r in connection.execute(select(table))]
            out[table.name] = sorted(tuple(sorted(r.items())) for r in rows)
    return out


def logged_versions(db: Database) -> set[tuple[Any, ...]]:
    """The merge log as a set of versions (table, row, stamp, device, data)."""
    logs = MergeLog.__table__
    with db.engine.connect() as connection:
        return {
            (
                r.table_name,
                str(r.row_id),
                r.row_updated_at,
                r.row_device_id,
                tuple(sorted((k, repr(v)) for k, v in r.data.items())),
            )
            for r in connection.execute(select(logs))
        }


def table_count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


@pytest.fixture
def master(tmp_path: Path, templates: Templates) -> Iterator[Database]:
    """The organiser's master with the demo arena."""
    path = templates.copy("demo", ORGANISER, tmp_path / "master" / "master.sqlite")
    db = open_database(path, ORGANISER)
    yield db
    db.close()


@pytest.fixture
def setup_file(master: Database, tmp_path: Path) -> Path:
    return export_package(master, tmp_path / "usb", kind="setup")


@pytest.fixture
def laptops(setup_file: Path, tmp_path: Path) -> Iterator[list[Database]]:
    """Three facilitators' working files, each started from the setup file."""
    dbs = [
        start_working_file(setup_file, tmp_path / f"laptop{n}", laptop_device(n)) for n in (1, 2, 3)
    ]
    yield dbs
    for db in dbs:
        db.close()


def cloned_packages(
    master: Database, folder: Path, stack: contextlib.ExitStack, versions: list[tuple[str, bool]]
) -> list[Path]:
    """One person in a new, empty master, and a package per version (name, deleted) of that
    person from cloned laptops: one device id, clocks frozen at one instant (so every
    version has the same stamp and device)."""
    import time

    from arenadesk.store.arenas import create_arena
    from arenadesk.store.models.arena import Person
    from arenadesk.store.people import PersonDraft, create_person

    arena = create_arena(master, "Klonarena")
    person = create_person(master, arena, PersonDraft("P"))
    setup = export_package(master, folder / "setup", kind="setup")
    instant = time.time() + 60
    packages = []
    for number, (name, deleted) in enumerate(versions):
        clone = start_working_file(setup, folder / f"clone{number}", laptop_device(7))
        stack.callback(clone.close)
        clone.clock._wall = lambda: instant  # type: ignore[attr-defined]
        clone.clock.last = 0
        with clone.session() as session:
            row = session.get(Person, person)
            assert row is not None
            row.name, row.deleted = name, deleted
        packages.append(export_package(clone, folder / "usb"))
    return packages
