"""The store layer on a real PostgreSQL server (the throwaway server of tests/conftest_pg.py).

Two parts: the existing store, runner and merge tests run again with `db` (and the sync
tests' `master`) on PostgreSQL; and what only a server has: set-up of an empty database,
the address without its password, and plain messages for the usual connection problems.
"""

from __future__ import annotations

import inspect
import shutil
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from sqlalchemy import create_engine, insert, select, text

from arenadesk import __version__
from arenadesk.demo.arena import create_demo_arena
from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import Settings
from arenadesk.store.arenas import create_arena, current_arena_id, require_arena_id
from arenadesk.store.db import migrate
from arenadesk.store.db.database import Database, open_database, open_url
from arenadesk.store.db.device import Device
from arenadesk.store.groups import GroupDraft, create_group, get_group, list_groups
from arenadesk.store.models.arena import SCHEMA_REVISION, Meta
from arenadesk.store.people import PersonDraft, create_person, list_people
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import ALREADY, MERGE, merge_packages
from arenadesk.sync.rows import synced_tables
from tests import test_runner
from tests.conftest_pg import PgServer
from tests.store import (
    test_arenas_and_text,
    test_boards,
    test_groups,
    test_open_space,
    test_people,
    test_plans,
    test_reports,
    test_runs,
    test_sync_columns,
)
from tests.sync import test_merge
from tests.sync.conftest import ORGANISER, laptops, logged_versions, sync_scene, synced_rows
from tests.templates import Templates

# --- the existing tests, on PostgreSQL ------------------------------------------------------

# Tests that are about the SQLite file itself (its path, reopening it by path, hashing
# its bytes, copying it with SQLite's backup API); their server versions are below.
FILE_ONLY = {
    "test_no_arena_yet",
    "test_unicode_round_trips",
    "test_importing_the_same_file_again_changes_nothing",
    "test_order_of_packages_does_not_matter",
    "test_older_package_is_upgraded_in_a_copy",
    "test_deleted_group_with_new_work_still_merges",
}
STORE_MODULES = (
    test_arenas_and_text,
    test_boards,
    test_groups,
    test_open_space,
    test_people,
    test_plans,
    test_reports,
    test_runs,
    test_sync_columns,
    test_runner,
)
DB_FIXTURES = {"db", "demo_db", "master"}


def _adopt(module: ModuleType) -> None:
    """Collect `module`'s database tests (and its fixtures) here, where `db` is PostgreSQL."""
    short = module.__name__.rsplit(".", 1)[-1]
    for name, value in vars(module).items():
        if type(value).__name__ == "FixtureFunctionDefinition":
            globals().setdefault(name, value)  # same-named fixtures make the same thing
        elif (
            name.startswith("test_")
            and callable(value)
            and name not in FILE_ONLY
            and DB_FIXTURES & set(inspect.signature(value).parameters)
        ):
            globals()[f"{name}__{short}"] = value


for _module in (*STORE_MODULES, test_merge):
    _adopt(_module)
_ = laptops  # the sync tests' fixture, used by the adopted merge tests


def copy_rows(source: Database, url: str) -> None:
    """Every synced row of `source`, and its stored clock, into the server database."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with source.engine.connect() as reading, engine.begin() as target:
            for table in synced_tables():  # parents first
                rows = [dict(r._mapping) for r in reading.execute(select(table))]
                if rows:
                    target.execute(insert(table), rows)
            clock = source.meta("clock")
            if clock is not None:
                target.execute(insert(Meta).values(key="clock", value=clock))
    finally:
        engine.dispose()


@pytest.fixture
def db(
    pg_migrated_url: str,
    device: Device,
    templates: Templates,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> Iterator[Database]:
    """The server database; already holding the demo arena when the test asks for it, as
    the demo file made once per session holds it (`demo_db` then finds it there)."""
    if "demo_db" in request.fixturenames:
        demo = open_database(templates.copy("demo", device, tmp_path / "demo.sqlite"), device)
        try:
            copy_rows(demo, pg_migrated_url)
        finally:
            demo.close()
    database = open_database(pg_migrated_url, device)
    yield database
    database.close()


@pytest.fixture
def file_master(tmp_path: Path, templates: Templates) -> Iterator[Database]:
    """The organiser's file with the demo arena, before moving to the server: the sync
    tests' master, with the setup file exported from it beside it."""
    template, scene = sync_scene(templates)
    path = tmp_path / "file-master" / "master.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copyfile(template, path)
    scene.copy(scene.setup, tmp_path)
    file = open_database(path, ORGANISER)
    yield file
    file.close()


@pytest.fixture
def master(pg_migrated_url: str, file_master: Database, tmp_path: Path) -> Iterator[Database]:
    """The organiser's master on the server with the file's rows, copied table by table."""
    open_database(pg_migrated_url, ORGANISER).close()  # stamped like a new database
    copy_rows(file_master, pg_migrated_url)
    server = open_database(pg_migrated_url, ORGANISER)  # its clock reads the copied stamps
    yield server
    server.close()


@pytest.fixture
def setup_file(file_master: Database, tmp_path: Path, templates: Templates) -> Path:
    """Setup files are exported from a file (the server master holds the same rows): the
    one exported from `file_master`."""
    path = tmp_path / sync_scene(templates)[1].setup
    assert path.is_file()
    return path


# --- an empty server database becomes an ArenaDesk database --------------------------------


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def test_empty_database_is_migrated_and_stamped_like_a_new_file(
    pg_url: str, device: Device
) -> None:
    db = open_database(pg_url, device)
    try:
        assert db.path is None and db.engine.url.drivername == "postgresql+psycopg"
        assert migrate.current_revision(db.engine) == migrate.head_revision() == SCHEMA_REVISION
        uuid.UUID(db.meta("file_id") or "")
        assert db.meta("created_by_device") == device.id
        assert db.meta("created_by_version") == __version__
        assert (db.meta("created") or "").startswith("20")
    finally:
        db.close()
    # Real server types, not SQLite's loose ones.
    types = {
        column: _scalar(
            pg_url,
            "SELECT data_type FROM information_schema.columns "
            f"WHERE table_name = '{table}' AND column_name = '{column}'",
        )
        for table, column in [
            ("person", "id"),
            ("person", "updated_at"),
            ("person", "deleted"),
            ("membership", "days"),
            ("template_session", "start"),
        ]
    }
    assert types == {
        "id": "uuid",
        "updated_at": "bigint",
        "deleted": "boolean",
        "days": "json",
        "start": "time without time zone",
    }


def test_opening_again_keeps_the_file_id_and_the_data(pg_url: str, device: Device) -> None:
    text_ = "Møte 🎉 med 👩‍👩‍👧, Čoarvi Áilu – ŋ đ š ž, مجموعة العمل"
    first = open_database(pg_url, device)
    arena = create_arena(first, "Åpen arena på server")
    person = create_person(first, arena, PersonDraft(text_, organisation="Nav Ålesund"))
    group = create_group(first, arena, GroupDraft("4B-1", text_, description=text_))
    file_id = first.meta("file_id")
    first.close()

    again = open_database(pg_url, Device.new("another-laptop"))
    try:
        assert again.meta("file_id") == file_id
        (row,) = list_people(again, arena)
        assert (row.id, row.name, row.organisation) == (person, text_, "Nav Ålesund")
        assert row.matches("ålesund čoarvi")
        found = get_group(again, group)
        assert found is not None and (found.title, found.description) == (text_, text_)
        assert [g.code for g in list_groups(again, arena)] == ["4B-1"]
    finally:
        again.close()


def test_plain_and_short_scheme_addresses_pick_the_driver(pg_url: str, device: Device) -> None:
    for address in (pg_url, pg_url.replace("postgresql://", "postgres://", 1)):
        db = open_url(address, device)
        try:
            assert db.engine.url.drivername == "postgresql+psycopg"
            assert current_arena_id(db) is None
        finally:
            db.close()


def test_older_schema_is_upgraded_and_keeps_its_rows(pg_url: str, device: Device) -> None:
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0003_boards")
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('file_id', 'old-one')"))
    engine.dispose()

    db = open_database(pg_url, device)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert db.meta("file_id") == "old-one"  # an upgrade is not a new database
        arena = create_arena(db, "Etter oppgradering")
        assert require_arena_id(db) == arena
    finally:
        db.close()


def test_two_organisers_opening_a_new_database_at_once_both_get_it(
    pg_url: str, device: Device
) -> None:
    opened: list[Database] = []
    failures: list[BaseException] = []

    def open_one() -> None:
        try:
            opened.append(open_database(pg_url, Device.new("samtidig")))
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert failures == [] and len(opened) == 2
        assert {db.meta("file_id") for db in opened} != {None}
        assert _scalar(pg_url, "SELECT count(*) FROM meta WHERE key = 'file_id'") == 1
    finally:
        for db in opened:
            db.close()


def test_no_arena_yet_names_the_server_without_its_password(
    db: Database, pg_server: PgServer
) -> None:
    with pytest.raises(UserError) as caught:
        require_arena_id(db)
    assert caught.value.key == "db.no_arena"
    shown = caught.value.text("nb")
    assert db.location in shown and f"127.0.0.1:{pg_server.port}" in shown
    assert pg_server.password not in shown


# --- refusals and plain messages --------------------------------------------------------------


def test_newer_schema_is_refused_and_nothing_changes(pg_url: str, device: Device) -> None:
    open_database(pg_url, device).close()
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = _scalar(pg_url, "SELECT count(*) FROM meta")

    with pytest.raises(UserError) as caught:
        open_database(pg_url, device)
    assert caught.value.key == "db.server_newer"
    assert "nyere versjon" in caught.value.text("nb")
    assert _scalar(pg_url, "SELECT version_num FROM alembic_version") == "9999_future"
    assert _scalar(pg_url, "SELECT count(*) FROM meta") == before


def test_another_programs_database_is_refused_and_left_alone(pg_url: str, device: Device) -> None:
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (number integer)"))
    engine.dispose()
    with pytest.raises(UserError) as caught:
        open_database(pg_url, device)
    assert caught.value.key == "db.server_foreign"
    assert (
        _scalar(
            pg_url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        == 1
    )


def _refused(address: str, device: Device) -> UserError:
    with pytest.raises(UserError) as caught:
        open_database(address, device)
    return caught.value


def test_wrong_or_missing_password_is_named_without_showing_it(
    pg_url: str, pg_server: PgServer, device: Device
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    wrong = _refused(pg_server.url(database, password="feil-passord-123"), device)
    missing = _refused(pg_url.replace(f":{pg_server.password}@", "@"), device)
    for error in (wrong, missing):
        assert error.key == "db.server_password"
        for language in ("nb", "en"):
            shown = error.text(language)
            assert pg_server.user in shown and "127.0.0.1" in shown
            assert "feil-passord-123" not in shown and pg_server.password not in shown
    assert "passord" in wrong.text("nb")


def test_missing_database_is_named(pg_server: PgServer, device: Device) -> None:
    error = _refused(pg_server.url("finnes_ikke"), device)
    assert error.key == "db.server_no_database"
    assert "«finnes_ikke» finnes ikke på serveren 127.0.0.1" in error.text("nb")


def test_server_that_does_not_answer_is_named(pg_server: PgServer, device: Device) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = _refused(f"postgresql://arena:hemmelig@127.0.0.1:{port}/arena", device)
    assert error.key == "db.server_unreachable"
    assert f"127.0.0.1 på port {port}" in error.text("nb")
    assert "hemmelig" not in error.text("nb") + error.text("en")


def test_user_without_permission_is_named_and_nothing_is_created(
    pg_url: str, pg_server: PgServer, device: Device
) -> None:
    role = f"lesebruker_{uuid.uuid4().hex[:8]}"
    admin = pg_server.admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'lese-123'"))
    try:
        database = pg_url.rsplit("/", 1)[1]
        error = _refused(pg_server.url(database, user=role, password="lese-123"), device)
        assert error.key == "db.server_permission"
        assert f"«{role}»" in error.text("nb") and "lese-123" not in error.text("nb")
        # The transaction was rolled back: not even Alembic's own table is left.
        assert _scalar(pg_url, "SELECT to_regclass('public.alembic_version')") is None
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_malformed_address_is_named(device: Device) -> None:
    error = _refused("postgresql://arena:hemmelig@127.0.0.1:port/arena", device)
    assert error.key == "db.server_address"
    assert "hemmelig" not in error.text("nb")


def test_recent_files_and_location_never_hold_the_password(
    db: Database, pg_server: PgServer, tmp_path: Path
) -> None:
    settings = Settings.load(tmp_path / "settings.json")
    settings.add_recent(db.location)
    stored = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert pg_server.password not in stored and pg_server.password not in db.location
    assert settings.recent_files[0] == db.location
    assert db.location.startswith(f"postgresql://{pg_server.user}@127.0.0.1:")


# --- merging into a server master, exactly like into a file ------------------------------------


def test_packages_merge_into_postgresql_exactly_like_into_a_file(
    tmp_path: Path, pg_migrated_url: str
) -> None:
    from arenadesk.sync.setup import start_working_file
    from tests.sync.conftest import laptop_device

    organiser_file = open_database(tmp_path / "organiser.sqlite", ORGANISER)
    create_demo_arena(organiser_file)
    setup = export_package(organiser_file, tmp_path / "usb", kind="setup")
    machines = [
        start_working_file(setup, tmp_path / f"laptop{n}", laptop_device(n)) for n in (1, 2, 3)
    ]
    packages = [export_package(organiser_file, tmp_path / "organiser")]
    packages += test_merge.work_on_laptops(organiser_file, machines, tmp_path / "packages")
    packages.append(export_package(organiser_file, tmp_path / "organiser-after"))
    for machine in (organiser_file, *machines):
        machine.close()

    server = open_database(pg_migrated_url, ORGANISER)
    file = open_database(tmp_path / "master.sqlite", ORGANISER)
    try:
        outcomes = [merge_packages(target, packages) for target in (server, file)]
        assert [o.status for o in outcomes[0].outcomes] == [MERGE] * len(packages)
        assert outcomes[0].total("conflicts") == outcomes[1].total("conflicts") == 1
        assert synced_rows(server) == synced_rows(file)
        assert logged_versions(server) == logged_versions(file) != set()
        assert len(list_people(server, require_arena_id(server))) == 69  # one deleted

        again = merge_packages(server, packages)  # the same files twice: nothing changes
        assert [o.status for o in again.outcomes] == [ALREADY] * len(packages)
        assert not again.written and synced_rows(server) == synced_rows(file)
    finally:
        server.close()
        file.close()
