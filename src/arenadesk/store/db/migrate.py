"""Schema migrations with Alembic, configured in code (no alembic.ini, no fileConfig)."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine

SCRIPT_LOCATION = "arenadesk.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Upgrade to head in one connection; the caller copied the file first."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


@cache
def empty_database(revision: str) -> bytes:
    """An empty SQLite file migrated to `revision`, as bytes: made once per process and
    revision, for new files (`create_schema`) and as the reference an incoming file's
    schema is compared with (`schema_check.reference_schema`)."""
    from arenadesk.store.db.database import sqlite_url

    with tempfile.TemporaryDirectory(prefix="arenadesk-schema-") as work:
        path = Path(work) / "empty.sqlite"
        engine = create_engine(sqlite_url(path))
        try:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
            return connection.serialize()


def create_schema(target: sqlite3.Connection, revision: str) -> None:
    """Give the empty database `target` the schema of `revision` (and its alembic_version).

    The migrations run once per process, into a template; every new file is a page copy of
    it. Running them for each new file took ~0.5 s (Alembic reads every revision file
    again), which File → New, each laptop started from a setup file and the tests paid.
    """
    with contextlib.closing(sqlite3.connect(":memory:")) as template:
        template.deserialize(empty_database(revision))
        template.backup(target)
