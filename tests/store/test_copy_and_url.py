"""Saving a consistent copy of an open file, and opening a database by SQLAlchemy URL."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import create_arena, current_arena_id
from arenadesk.store.db import migrate
from arenadesk.store.db.database import Database, open_database, save_copy_as
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file
from arenadesk.store.people import PersonDraft, create_person, list_people

from .conftest import sha256, siblings


def test_copy_of_an_open_file_has_every_row(demo_db: Database, tmp_path: Path) -> None:
    arena = current_arena_id(demo_db)
    assert arena is not None
    create_person(demo_db, arena, PersonDraft("Sist lagret"))  # may still sit in the -wal
    target = tmp_path / "kopi" / "arena-kopi.sqlite"
    target.parent.mkdir()

    save_copy_as(demo_db, target)

    info = inspect_file(target)
    assert (info.integrity, info.application_id) == ("ok", APPLICATION_ID)
    assert info.revision == migrate.head_revision()
    assert info.row_counts["person"] == 71
    assert sorted(p.name for p in target.parent.iterdir()) == ["arena-kopi.sqlite"]
    copy = open_database(target, demo_db.device)
    try:
        assert "Sist lagret" in {p.name for p in list_people(copy, arena)}
    finally:
        copy.close()


def test_copy_replaces_an_existing_file(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    target.write_text("an old file")
    save_copy_as(demo_db, target)
    assert inspect_file(target).row_counts["challenge_group"] == 7
    assert siblings(target) == []


def test_copy_onto_the_open_file_is_refused(demo_db: Database) -> None:
    assert demo_db.path is not None
    digest = sha256(demo_db.path)
    with pytest.raises(UserError) as caught:
        save_copy_as(demo_db, demo_db.path.parent / "." / demo_db.path.name)
    assert caught.value.key == "db.copy_onto_itself"
    assert sha256(demo_db.path) == digest


def test_failed_copy_leaves_nothing_behind(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "copy.sqlite"
    with pytest.raises(UserError) as caught:
        save_copy_as(demo_db, target)
    assert caught.value.key == "db.cannot_create"
    assert str(target) in caught.value.text("nb")
    assert not target.parent.exists()


def test_url_database_migrates_and_has_no_path(tmp_path: Path, device: Device) -> None:
    file = tmp_path / "server-like.sqlite"
    db = open_database(f"sqlite:///{file}", device)
    try:
        assert db.path is None
        assert db.location == f"sqlite:///{file}"
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        create_arena(db, "Arena på server")
        with pytest.raises(UserError) as caught:
            save_copy_as(db, tmp_path / "copy.sqlite")
        assert caught.value.key == "db.copy_needs_file"
    finally:
        db.close()


def test_url_database_from_a_newer_version_is_refused(tmp_path: Path, device: Device) -> None:
    file = tmp_path / "newer.sqlite"
    open_database(file, device).close()
    with contextlib.closing(sqlite3.connect(file)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    with pytest.raises(UserError) as caught:
        open_database(f"sqlite:///{file}", device)
    assert caught.value.key == "db.newer"
