"""The first-screen read as a reader of the file: it loads no SQLAlchemy, writes nothing
(not the file, not its -wal, nothing beside it), finds files at odd paths, and turns what
SQLite or a garbled value says into the store's plain message."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite as sqlite_dialect

from arenadesk.i18n.messages import UserError
from arenadesk.store import first_screen
from arenadesk.store.arenas import require_arena_id, update_arena
from arenadesk.store.db import fileinfo
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.db.live import live
from arenadesk.store.first_screen import read_first_screen
from arenadesk.store.groups import list_groups
from arenadesk.store.models.arena import ArenaDay, ChallengeGroup, Membership, Person

from .conftest import siblings

HEAVY = ("sqlalchemy", "alembic", "arenadesk.store.models", "arenadesk.store.db.database")


def test_importing_it_loads_no_sqlalchemy() -> None:
    script = (
        "import json, sys, arenadesk.store.first_screen\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_live_is_the_store_filter_on_sqlite() -> None:
    for models, tables in (
        ((Person,), ("person",)),
        ((Membership, Person), ("membership", "person")),
        ((ChallengeGroup,), ("challenge_group",)),
        ((ArenaDay,), ("arena_day",)),
    ):
        compiled = str(live(*models).compile(dialect=sqlite_dialect.dialect()))
        assert first_screen.live(*tables) == compiled


def stat_of(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_a_closed_file_is_left_exactly_as_it_was(demo_file: Path) -> None:
    before = stat_of(demo_file)
    assert read_first_screen(demo_file) is not None
    assert stat_of(demo_file) == before
    assert siblings(demo_file) == []  # no -wal or -shm made beside it


def test_an_open_file_and_its_wal_are_left_as_they_were(demo_file: Path, device: Device) -> None:
    db = open_database(demo_file, device)
    try:
        update_arena(db, require_arena_id(db), name="Endret, ikke skrevet til filen ennå")
        wal = Path(f"{demo_file}-wal")
        before = stat_of(demo_file), stat_of(wal)
        screen = read_first_screen(demo_file)
        assert screen is not None and screen.arena.name.startswith("Endret")  # from the -wal
        assert (stat_of(demo_file), stat_of(wal)) == before
    finally:
        db.close()


@pytest.mark.parametrize("folder", ["med mellomrom", "#1 ?spørsmål", "æøå ÆØÅ%20", "a&b=c;d"])
def test_odd_paths(demo_file: Path, tmp_path: Path, folder: str) -> None:
    target = tmp_path / folder / f"{folder}.sqlite"
    target.parent.mkdir()
    shutil.copyfile(demo_file, target)
    assert read_first_screen(target) == read_first_screen(demo_file)


def test_a_write_during_the_read_makes_it_read_again(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file read as immutable that another program starts writing meanwhile is read again
    under SQLite's locks, so the screen is never a mix of before and after."""
    reads: list[bool] = []
    real = first_screen._read_only

    with contextlib.ExitStack() as other_program:

        @contextlib.contextmanager
        def read_only(path: Path, *, immutable: bool) -> Iterator[sqlite3.Connection]:
            reads.append(immutable)
            with real(path, immutable=immutable) as connection:
                if immutable:  # the other program commits to its -wal and keeps it open
                    writer = other_program.enter_context(contextlib.closing(sqlite3.connect(path)))
                    with writer:
                        writer.execute("UPDATE arena SET name = 'Endret av en annen'")
                yield connection

        monkeypatch.setattr(first_screen, "_read_only", read_only)
        screen = read_first_screen(demo_file)
    assert reads == [True, False]
    assert screen is not None and screen.arena.name == "Endret av en annen"


def test_a_locked_file_is_a_plain_message(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileinfo, "LOCK_WAIT_SECONDS", 0.1)
    with contextlib.closing(sqlite3.connect(demo_file, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode=DELETE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE arena SET name = 'Halvveis'")
        with pytest.raises(UserError) as caught:
            read_first_screen(demo_file)
        other.execute("ROLLBACK")
    assert caught.value.key == "db.locked"
    assert "i bruk" in caught.value.text("nb")


def test_a_damaged_file_is_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "skadet.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    with pytest.raises(UserError) as caught:
        read_first_screen(path)
    assert caught.value.key == "db.corrupt"
    assert "skadet" in caught.value.text("nb")


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("arena_day", "date", "9. mars"),
        ("membership", "days", "[1, 2"),
        ("person", "perspective", "marsboer"),
        ("challenge_group", "id", "ikke-en-uuid"),
    ],
)
def test_a_value_the_store_cannot_read_is_a_plain_message(
    demo_file: Path, table: str, column: str, value: str
) -> None:
    with contextlib.closing(sqlite3.connect(demo_file)) as connection, connection:
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = 1", (value,))
    with pytest.raises(UserError) as caught:
        read_first_screen(demo_file)
    assert caught.value.key == "db.corrupt"
    assert caught.value.text("en")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        read_first_screen(tmp_path / "borte.sqlite")
    assert caught.value.key == "db.not_found"
    assert list(tmp_path.iterdir()) == []


def test_read_while_the_store_loads_in_another_thread(demo_file: Path, device: Device) -> None:
    """As the window opens: the first screen read here, the store opened beside it."""
    loaded: list[object] = []

    def load() -> None:
        db = open_database(demo_file, device)
        try:
            loaded.append(list_groups(db, require_arena_id(db)))
        finally:
            db.close()

    worker = threading.Thread(target=load)
    worker.start()
    screen = read_first_screen(demo_file)
    worker.join(timeout=60)
    assert screen is not None and loaded == [list(screen.groups)]
