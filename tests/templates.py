"""Databases built once per test session and copied for each test.

Building the demo arena goes through every migration and a few hundred inserts (about half
a second); hundreds of tests start from one. A `Templates` object builds each kind of file
once (per kind and device, so two fixtures in one test never share row ids) and hands
every test its own copy with its own file id, as a freshly made file would have.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device


def empty_file(path: Path, device: Device) -> None:
    open_database(path, device).close()


def demo_file(path: Path, device: Device) -> None:
    from arenadesk.demo.arena import create_demo_arena

    db = open_database(path, device)
    try:
        create_demo_arena(db)
    finally:
        db.close()


def open_space_demo_file(path: Path, device: Device) -> None:
    from arenadesk.demo.open_space import create_open_space_demo

    db = open_database(path, device)
    try:
        create_open_space_demo(db)
    finally:
        db.close()


class Templates:
    """Session-wide cache of closed, self-contained database files (no -wal or -shm)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._built: dict[tuple[str, str], Path] = {}
        self._facts: dict[tuple[str, str], Any] = {}

    def template(self, kind: str, key: str, build: Callable[[Path], None]) -> Path:
        """The file of `kind` for `key` (a device id), built on first use."""
        found = self._built.get((kind, key))
        if found is None:
            found = self.folder / kind / key / "template.sqlite"
            found.parent.mkdir(parents=True)
            build(found)
            leftovers = [
                p.name for p in found.parent.iterdir() if p.name.startswith(f"{found.name}-")
            ]
            assert not leftovers, f"a template left {leftovers} beside it"
            self._built[(kind, key)] = found
        return found

    def template_with_facts(
        self, kind: str, key: str, build: Callable[[Path], Any]
    ) -> tuple[Path, Any]:
        """Like `template`, for a builder that also returns facts about the file (its row
        ids, say), which every copy shares."""
        if (kind, key) not in self._facts:
            facts: list[Any] = []
            self.template(kind, key, lambda path: facts.append(build(path)))
            self._facts[(kind, key)] = facts[0]
        return self.template(kind, key, build), self._facts[(kind, key)]

    def copy(self, kind: str, device: Device, target: Path) -> Path:
        """A copy of the template of `kind` for `device` at `target`, with a new file id."""
        builders = {
            "empty": empty_file,
            "demo": demo_file,
            "demo-file": demo_file,
            "open-space-demo": open_space_demo_file,
        }
        source = self.template(kind, device.id, lambda path: builders[kind](path, device))
        return self.copy_of(source, target)

    @staticmethod
    def copy_of(source: Path, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        restamp(target)
        return target


def restamp(path: Path) -> None:
    """The facts a new file records about itself, made anew: its id and creation time."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'file_id'", (str(uuid.uuid4()),))
        connection.execute("UPDATE meta SET value = ? WHERE key = 'created'", (now,))
