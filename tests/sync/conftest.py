"""Fixtures for sync tests: an organiser's master, facilitators' laptops, row dumps."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.models.sync import MergeLog
from arenadesk.sync.export import export_package
from arenadesk.sync.rows import synced_tables, to_json
from arenadesk.sync.setup import start_working_file
from tests.templates import Templates, restamp

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


@dataclass
class Openings:
    """Every SQLite connection opened while it watches, by the file it opens."""

    made: list[tuple[str, sqlite3.Connection]]

    def of(self, path: Path) -> list[sqlite3.Connection]:
        """The connections opened on `path` (by its name, read-only URI or not)."""
        return [c for name, c in self.made if _file_of(name) == path.resolve()]

    def count(self, paths: list[Path]) -> list[int]:
        return [len(self.of(path)) for path in paths]

    def all_closed(self, paths: list[Path]) -> bool:
        return all(_closed(c) for path in paths for c in self.of(path))


def _file_of(name: str) -> Path:
    if name.startswith("file:"):
        return Path(urllib.parse.unquote(urllib.parse.urlsplit(name).path))
    return Path(name).resolve()


def _closed(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


@pytest.fixture
def openings(monkeypatch: pytest.MonkeyPatch) -> Openings:
    """Count the SQLite connections opened (and see that they are closed)."""
    seen = Openings([])
    connect = sqlite3.connect

    def counted(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(database, *args, **kwargs)
        seen.made.append((str(database), connection))
        return connection

    monkeypatch.setattr(sqlite3, "connect", counted)
    return seen


def table_count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


@dataclass(frozen=True)
class Scene:
    """One sync set-up, built once per session in a folder of its own: the organiser's
    master (the template file), the setup file exported from it, and the laptops started
    from that file; each copied as it is (the laptops and the setup file name the master)
    to the place the fixtures put it in a test's folder."""

    folder: Path
    setup: Path  # relative to the folder, and to a test's folder
    laptops: tuple[Path, ...]

    def copy(self, relative: Path, target: Path) -> Path:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copyfile(self.folder / relative, target / relative))


MASTER = Path("master", "master.sqlite")
SCENE_LAPTOPS = (1, 2, 3)


def _build_scene(master_path: Path, make_master: Callable[[Path], None], usb: str) -> Scene:
    """The fixtures' chain run once: the master (made by `make_master`), its setup file
    (exported into folder `usb`), three laptops started from it (each a new file made by
    the migrations), all closed."""
    folder = master_path.parent
    make_master(master_path)
    master = open_database(master_path, ORGANISER)
    try:
        setup = export_package(master, folder / usb, kind="setup")
    finally:
        master.close()
    laptops = []
    for n in SCENE_LAPTOPS:
        laptop = start_working_file(setup, folder / f"laptop{n}", laptop_device(n))
        assert laptop.path is not None
        laptops.append(laptop.path.relative_to(folder))
        laptop.close()
    for file in (setup, *(folder / p for p in laptops)):
        leftovers = [p.name for p in file.parent.iterdir() if p != file]
        assert not leftovers, f"the set-up left {leftovers} beside {file.name}"
    return Scene(folder, setup.relative_to(folder), tuple(laptops))


def _demo_master(templates: Templates, path: Path) -> None:
    templates.copy("demo", ORGANISER, path)


def _open_space_wall(path: Path) -> None:
    """A new organiser's file with the Open Space arena, its people and the wall."""
    from arenadesk.demo.open_space import create_open_space_wall

    db = open_database(path, ORGANISER)
    try:
        create_open_space_wall(db)
    finally:
        db.close()


def sync_scene(templates: Templates, kind: str = "demo") -> tuple[Path, Scene]:
    """The session's set-up of `kind` ("demo": the demo arena's master, its setup file in
    usb/; "open-space-wall": the Open Space wall's, in usb-setup/): its master's file, and
    where the rest lie."""
    makers: dict[str, tuple[Callable[[Path], None], str]] = {
        "demo": (lambda path: _demo_master(templates, path), "usb"),
        "open-space-wall": (_open_space_wall, "usb-setup"),
    }
    make_master, usb = makers[kind]
    return templates.template_with_facts(
        f"sync-scene-{kind}", ORGANISER.id, lambda path: _build_scene(path, make_master, usb)
    )


@pytest.fixture
def master(
    tmp_path: Path, templates: Templates, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """The organiser's master with the demo arena. When the test also asks for the setup
    file (or laptops), the master that file was exported from, and the file beside it."""
    target = tmp_path / MASTER
    if "setup_file" in request.fixturenames:
        template, scene = sync_scene(templates)
        target.parent.mkdir(parents=True)
        shutil.copyfile(template, target)
        scene.copy(scene.setup, tmp_path)
    else:
        templates.copy("demo", ORGANISER, target)
    db = open_database(target, ORGANISER)
    yield db
    db.close()


@pytest.fixture
def setup_file(master: Database, tmp_path: Path, templates: Templates) -> Path:
    """The setup file exported from `master` (by `master`, from the session's set-up)."""
    path = tmp_path / sync_scene(templates)[1].setup
    assert path.is_file()
    return path


@pytest.fixture
def laptops(setup_file: Path, tmp_path: Path, templates: Templates) -> Iterator[list[Database]]:
    """Three facilitators' working files, each started from the setup file: copies of the
    session's laptops when it is the session's setup file, else made here."""
    _, scene = sync_scene(templates)
    if setup_file == tmp_path / scene.setup:
        dbs = [
            open_database(scene.copy(path, tmp_path), laptop_device(n))
            for n, path in zip(SCENE_LAPTOPS, scene.laptops, strict=True)
        ]
    else:
        dbs = [
            start_working_file(setup_file, tmp_path / f"laptop{n}", laptop_device(n))
            for n in SCENE_LAPTOPS
        ]
    yield dbs
    for db in dbs:
        db.close()


def twin_working_file(first: Path, folder: Path, device: Device) -> Path:
    """Another facilitator's working file started from the setup file that `first` (closed)
    was started from: a copy that differs from `first` as a file made by
    `start_working_file` would (its id, creation time and creating device), without going
    through the migrations again."""
    target = folder / first.name
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(first, target)
    restamp(target)
    with contextlib.closing(sqlite3.connect(target)) as connection, connection:
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = 'created_by_device'", (device.id,)
        )
    return target


def started_working_files(setup: Path, places: list[tuple[Path, Device]]) -> list[Path]:
    """Working files (closed) started from `setup` in each folder for each device: the
    first by `start_working_file`, the others its twins."""
    (folder, device), *others = places
    first = start_working_file(setup, folder, device)
    assert first.path is not None
    first.close()
    return [first.path, *(twin_working_file(first.path, f, d) for f, d in others)]


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
    places = [(folder / f"clone{number}", laptop_device(7)) for number in range(len(versions))]
    for path, (name, deleted) in zip(started_working_files(setup, places), versions, strict=True):
        clone = open_database(path, laptop_device(7))
        stack.callback(clone.close)
        clone.clock._wall = lambda: instant  # type: ignore[attr-defined]
        clone.clock.last = 0
        with clone.session() as session:
            row = session.get(Person, person)
            assert row is not None
            row.name, row.deleted = name, deleted
        packages.append(export_package(clone, folder / "usb"))
    return packages
