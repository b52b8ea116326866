"""Opening database files: creation from empty, pragmas, reopening, copy-before-migrate."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import struct
import uuid
from pathlib import Path

import pytest

from arenadesk import __version__
from arenadesk.i18n.messages import UserError
from arenadesk.store.db import migrate
from arenadesk.store.db.database import BUSY_TIMEOUT_MS, Database, backup_copy, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file

from .conftest import sha256, siblings


def header_application_id(path: Path) -> int:
    with path.open("rb") as handle:
        handle.seek(68)
        return int(struct.unpack(">I", handle.read(4))[0])


def sqlite_rows(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing two files by content."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def test_new_file_is_an_arenadesk_file_at_head(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "nested" / "folder" / "new.sqlite"
    db = open_database(path, device)
    db.close()

    assert header_application_id(path) == APPLICATION_ID == 0x41524E41
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [
        (migrate.head_revision(),)
    ]
    assert sqlite_rows(path, "PRAGMA journal_mode") == [("wal",)]
    assert siblings(path) == []  # closing checkpoints the WAL away


def test_new_file_has_exactly_the_schema_the_migrations_make(
    tmp_path: Path, device: Device
) -> None:
    """New files are copies of one template migrated per process: the copy is the
    migrations' schema, object for object, and holds no row but its own meta."""
    from arenadesk.store.db.schema_check import reference_schema, schema_problem

    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    open_database(first, device).close()
    with contextlib.closing(sqlite3.connect(first)) as connection:
        connection.execute("INSERT INTO meta (key, value) VALUES ('only', 'in the first')")
        connection.commit()
    open_database(second, device).close()
    with contextlib.closing(sqlite3.connect(second)) as connection:
        assert schema_problem(connection, migrate.head_revision()) is None
        names = {name for _kind, name in reference_schema(migrate.head_revision())}
        found = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert found == names
        assert connection.execute("SELECT count(*) FROM meta WHERE key = 'only'").fetchone() == (0,)
    assert sqlite_rows(first, "SELECT value FROM meta WHERE key = 'file_id'") != sqlite_rows(
        second, "SELECT value FROM meta WHERE key = 'file_id'"
    )


def test_new_file_has_meta_rows(db: Database, device: Device) -> None:
    uuid.UUID(db.meta("file_id") or "")  # a valid UUID
    created = dt.datetime.fromisoformat(db.meta("created") or "")
    assert abs(created - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert db.meta("created_by_device") == device.id
    assert db.meta("created_by_version") == __version__
    assert db.meta("no such key") is None


def test_two_files_get_different_file_ids(tmp_path: Path, device: Device) -> None:
    ids = set()
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name, device)
        ids.add(db.meta("file_id"))
        db.close()
    assert len(ids) == 2


def test_engine_connections_have_the_pragmas(db: Database) -> None:
    with db.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS > 0
        assert pragma("PRAGMA journal_mode").scalar() == "wal"


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from arenadesk.store.models.arena import Person

    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Person(arena_id=uuid.uuid4(), name="Nobody's arena"))


def test_reopening_a_current_file_keeps_revision_and_data(demo_file: Path, device: Device) -> None:
    before = table_dump(demo_file)
    for _ in range(2):
        db = open_database(demo_file, device)
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        db.close()
    after = table_dump(demo_file)
    assert after == before
    # No upgrade was needed, so no backup copy was made.
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.sqlite"]


def test_open_without_create_refuses_missing_file(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(UserError) as caught:
        open_database(path, device, create=False)
    assert caught.value.key == "db.not_found"
    assert not path.exists()


def test_empty_sqlite_file_is_initialised(tmp_path: Path, device: Device) -> None:
    # A valid SQLite file with no tables (e.g. made by "new file" in another tool).
    path = tmp_path / "blank.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE scratch (a)")
        connection.execute("DROP TABLE scratch")
        connection.commit()
    assert header_application_id(path) == 0

    db = open_database(path, device)
    assert db.meta("file_id")
    db.close()
    assert header_application_id(path) == APPLICATION_ID
    assert inspect_file(path).revision == migrate.head_revision()


def _downgrade(path: Path, revision: str) -> None:
    """Turn a current file into one an older ArenaDesk wrote (Alembic's own downgrade)."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_older_file_is_copied_aside_then_upgraded(demo_file: Path, device: Device) -> None:
    _downgrade(demo_file, "0001_foundation")
    assert inspect_file(demo_file).revision == "0001_foundation"
    before = table_dump(demo_file)

    db = open_database(demo_file, device)
    try:
        assert db.meta("file_id")  # data kept through the upgrade
        from arenadesk.store.arenas import require_arena_id
        from arenadesk.store.groups import list_groups

        assert len(list_groups(db, require_arena_id(db))) == 7
    finally:
        db.close()
    assert inspect_file(demo_file).revision == migrate.head_revision()

    backups = sorted(demo_file.parent.glob("demo.before-upgrade-0001_fou-*.sqlite"))
    assert len(backups) == 1, list(demo_file.parent.iterdir())
    assert inspect_file(backups[0]).integrity == "ok"
    assert inspect_file(backups[0]).revision == "0001_foundation"
    assert table_dump(backups[0]) == before
    assert header_application_id(backups[0]) == APPLICATION_ID


def test_failed_upgrade_names_the_backup(tmp_path: Path, device: Device) -> None:
    # An ArenaDesk file whose alembic_version lost its row: upgrading re-creates existing
    # tables and fails. The person is told where the untouched copy is.
    path = tmp_path / "broken.sqlite"
    open_database(path, device).close()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
    before = table_dump(path)

    with pytest.raises(UserError) as caught:
        open_database(path, device)

    error = caught.value
    assert error.key == "db.migration_failed"
    backup = Path(str(error.params["backup"]))
    assert backup.exists() and backup.parent == tmp_path
    assert table_dump(backup) == before
    for language in ("nb", "en"):
        text = error.text(language)
        assert str(path) in text and str(backup) in text
        assert "\n" not in text  # the driver's message, not the whole SQL statement


def test_backup_copy_of_a_live_database_is_consistent(demo_db: Database, tmp_path: Path) -> None:
    # demo_db is still open: its latest writes may sit in the -wal file.
    assert demo_db.path is not None
    target = tmp_path / "copy.sqlite"
    backup_copy(demo_db.path, target)

    info = inspect_file(target)
    assert info.integrity == "ok"
    assert info.application_id == APPLICATION_ID
    assert info.row_counts["person"] == 70
    assert info.row_counts["challenge_group"] == 7
    assert table_dump(target) == table_dump(demo_db.path)


def test_inspecting_a_file_changes_nothing(demo_file: Path) -> None:
    digest = sha256(demo_file)
    info = inspect_file(demo_file)
    assert info.integrity == "ok"
    assert info.revision == migrate.head_revision()
    assert sha256(demo_file) == digest
    assert siblings(demo_file) == []


def test_two_open_handles_on_one_file_see_each_other(
    demo_file: Path, device: Device, other_device: Device
) -> None:
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.people import PersonDraft, create_person, list_people

    first = open_database(demo_file, device)
    second = open_database(demo_file, other_device)  # checked while the first holds the WAL
    try:
        arena = require_arena_id(first)
        create_person(first, arena, PersonDraft("Skrevet i første"))
        assert "Skrevet i første" in {p.name for p in list_people(second, arena)}
    finally:
        first.close()
        second.close()
    assert siblings(demo_file) == []


def test_models_revision_is_the_migrations_head() -> None:
    # Opening a current file skips Alembic by comparing with this constant.
    from arenadesk.store.models.arena import SCHEMA_REVISION

    assert migrate.head_revision() == SCHEMA_REVISION


def test_people_and_codes_keep_their_meaning_through_0010(demo_file: Path, device: Device) -> None:
    """Before 0010 every membership had its days and a perspective; after it, the same
    days and perspectives, no note, and the default order (no position)."""
    _downgrade(demo_file, "0009_group_room")
    before = sqlite_rows(demo_file, "SELECT id, days, role FROM membership ORDER BY id")
    people = sqlite_rows(demo_file, "SELECT id, perspective FROM person ORDER BY id")
    codes = sqlite_rows(demo_file, "SELECT id, code FROM challenge_group ORDER BY id")
    open_database(demo_file, device).close()
    assert inspect_file(demo_file).revision == migrate.head_revision()
    after = sqlite_rows(
        demo_file, "SELECT id, days, role, attendance_note, position FROM membership ORDER BY id"
    )
    assert [row[:3] for row in after] == before
    assert all(row[3] == "" and row[4] is None for row in after)
    assert sqlite_rows(demo_file, "SELECT id, perspective FROM person ORDER BY id") == people
    assert sqlite_rows(demo_file, "SELECT id, code FROM challenge_group ORDER BY id") == codes


@pytest.mark.parametrize("folder", ["p%20x", "q?x", "r#x æøå"])
def test_a_folder_whose_name_looks_like_a_url_escape_holds_the_file_opened(
    tmp_path: Path, device: Device, folder: str
) -> None:
    """The path is the file's, not a URL to be parsed: before, "p%20x" opened "p x"."""
    path = tmp_path / folder / "arena.sqlite"
    db = open_database(path, device)
    try:
        db.meta("schema_revision")
    finally:
        db.close()
    assert path.is_file() and path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    reopened = open_database(path, device, create=False)
    reopened.close()
