"""Real files to attack: a master, a package and a setup file made by the real CLI.

Each attack copies them, rewrites a copy with `sqlite3` as a hostile or careless sender
would, merges it with the real CLI, and then checks the master with `healthy`: it passes
`arenadesk check`, keeps its arena, takes an edit, and `report arena` still works.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from tests.cli.conftest import _no_gui  # noqa: F401  (an attack never starts the window)


@dataclass(frozen=True)
class Originals:
    master: Path  # the demo arena, as the organiser's master
    package: Path  # a facilitator's package of the same arena (after one edit)
    setup: Path  # the organiser's setup file


def cli(*args: str) -> int:
    return main([*map(str, args), "--lang", "en"] if args[0] in ("merge", "check") else list(args))


@pytest.fixture(scope="session")
def originals(tmp_path_factory: pytest.TempPathFactory) -> Originals:
    folder = tmp_path_factory.mktemp("originals")
    master = folder / "master.sqlite"
    assert main(["demo", "--db", str(master)]) == 0
    assert (
        main(
            ["export", "--db", str(master), "--out", str(folder / "setup.arenaoppsett"), "--setup"]
        )
        == 0
    )
    laptop = folder / "laptop.sqlite"
    shutil.copyfile(master, laptop)  # a closed file (WAL checkpointed on close)
    with contextlib.closing(sqlite3.connect(laptop)) as connection:
        # An ordinary later edit on the laptop, as a facilitator would make one.
        connection.execute(
            "UPDATE person SET title = 'Rådgiver', updated_at = updated_at + 1000 WHERE rowid = 1"
        )
        connection.commit()
    assert main(["export", "--db", str(laptop), "--out", str(folder / "pkg.arenapakke")]) == 0
    return Originals(master, folder / "pkg.arenapakke", folder / "setup.arenaoppsett")


@dataclass
class Scene:
    master: Path
    package: Path
    setup: Path
    folder: Path

    def tamper(self, path: Path, *statements: str, params: tuple[object, ...] = ()) -> Path:
        """Run SQL on a copy of a package as an attacker would, with nothing checked."""
        with contextlib.closing(sqlite3.connect(path)) as connection:
            for sql in statements:
                connection.execute(sql, params) if params else connection.executescript(sql)
            connection.commit()
        return path

    def arena_id(self) -> str:
        with contextlib.closing(sqlite3.connect(self.master)) as connection:
            return str(connection.execute("SELECT id FROM arena").fetchone()[0])


@pytest.fixture
def scene(originals: Originals, tmp_path: Path) -> Iterator[Scene]:
    for original in (originals.master, originals.package, originals.setup):
        shutil.copyfile(original, tmp_path / original.name)
    yield Scene(
        tmp_path / originals.master.name,
        tmp_path / originals.package.name,
        tmp_path / originals.setup.name,
        tmp_path,
    )


def healthy(scene: Scene, arena_id: str) -> None:
    """The master passes `check`, keeps its arena, takes an edit, and reports."""
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.people import PersonDraft, create_person, list_people, update_person

    assert main(["check", str(scene.master)]) == 0
    assert scene.arena_id() == arena_id
    db = open_database(scene.master, Device(str(uuid.uuid4()), "etterpå"))
    try:
        arena = require_arena_id(db)
        create_person(db, arena, PersonDraft(name="Kari Nordmann"))
        first = list_people(db, arena)[0]
        update_person(db, first.id, PersonDraft(name=first.name, title="Endret etterpå"))
    finally:
        db.close()
    report = scene.folder / "arena.pdf"
    assert main(["report", "arena", "--db", str(scene.master), "--out", str(report)]) == 0
    assert report.stat().st_size > 1000
