"""A database on a server (PostgreSQL): its address, first-time set-up and plain errors.

The person types `postgresql://user:password@host:5432/database`; SQLAlchemy opens it with
psycopg 3. The password is used to connect and nowhere else: every address shown, stored
in the recent files or put in a message is `public_location()`, which has none.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from urllib.parse import unquote

from sqlalchemy import URL, Connection, Engine, create_engine, insert, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from arenadesk import __version__
from arenadesk.i18n.messages import UserError
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import APPLICATION_ID
from arenadesk.store.models.arena import SCHEMA_REVISION, Meta

PG_DRIVER = "postgresql+psycopg"
PG_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 10
DEFAULT_PORT = 5432


def meta_for_new_database(device: Device) -> list[dict[str, str]]:
    """The facts a new database records about itself (file or server alike)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return [
        {"key": "file_id", "value": str(uuid.uuid4())},
        {"key": "created", "value": now},
        {"key": "created_by_device", "value": device.id},
        {"key": "created_by_version", "value": __version__},
    ]


def hide_password(text: str) -> str:
    """An address as typed, with any `:password@` removed (for one that does not parse)."""
    return re.sub(r"(//[^/@:]*):[^/@]*@", r"\1@", text)


def server_url(address: str) -> URL:
    """The URL SQLAlchemy opens: plain `postgresql://` (or `postgres://`) gets psycopg 3."""
    try:
        url = make_url(address.strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise UserError("db.server_address", location=hide_password(address)) from exc
    if url.drivername in PG_SCHEMES:
        url = url.set(drivername=PG_DRIVER)
    if url.get_backend_name() == "postgresql" and not url.database:
        raise UserError("db.server_address", location=public_location(url))
    return url


def is_postgresql(url: URL) -> bool:
    return url.get_backend_name() in PG_SCHEMES


def public_location(url: URL) -> str:
    """The address to show and remember: no password, and `postgresql://` as people write it."""
    shown = URL.create(  # (url.set(password=None) would keep the password: None = unchanged)
        "postgresql" if is_postgresql(url) else url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.difference_update_query(["password"]).query,
    )
    return readable(shown)


def readable(url: URL) -> str:
    """The address as text, with æøå as written rather than %-escaped where that reads
    back as the same address (SQLAlchemy parses both)."""
    rendered = url.render_as_string(hide_password=False)
    plain = unquote(rendered)
    with contextlib.suppress(ArgumentError, ValueError):
        if make_url(plain) == url:
            return plain
    return rendered


def server_engine(url: URL) -> Engine:
    connect_args: dict[str, object] = {}
    if is_postgresql(url):
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "ArenaDesk"}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def prepare(engine: Engine, device: Device) -> None:
    """Bring the database to this version's schema in one transaction: an empty one is
    migrated and stamped like a new file, an older one upgraded, a newer or foreign one
    refused. On PostgreSQL DDL is transactional, so a failure leaves it as it was."""
    from alembic import command

    from arenadesk.store.db import migrate  # Alembic loads only when a schema may change

    url = engine.url
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two organisers opening a new database at once: one migrates, the other waits.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})
        revision = _revision(connection)
        if revision == SCHEMA_REVISION:
            return
        if revision is not None and revision not in migrate.known_revisions():
            newer = "db.server_newer" if is_postgresql(url) else "db.newer"
            raise UserError(newer, location=public_location(url), path=public_location(url))
        if revision is None and inspect(connection).get_table_names():
            raise UserError("db.server_foreign", location=public_location(url))
        try:
            command.upgrade(migrate.alembic_config(connection), "head")
            if revision is None:
                connection.execute(insert(Meta), meta_for_new_database(device))
        except DBAPIError as exc:
            error = explain(exc, url)
            if error.key == "db.server":  # not a known server problem: the upgrade failed
                raise UserError(
                    "db.server_migration_failed",
                    location=public_location(url),
                    detail=_first_line(exc),
                ) from exc
            raise error from exc


def _revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _first_line(exc: BaseException) -> str:
    """The driver's own words, without the SQL, the caret lines or libpq's address prefix."""
    original = getattr(exc, "orig", None) or exc
    line = str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__
    line = re.sub(r"^connection failed: connection to server at [^:]*: ", "", line)
    return hide_password(line.replace("FATAL:  ", "").strip())


def explain(exc: SQLAlchemyError | ImportError, url: URL) -> UserError:
    """The person's version of a driver error: which of the usual problems it is."""
    original = getattr(exc, "orig", None) or exc
    state = str(getattr(original, "sqlstate", None) or "")
    words = str(original).lower()
    host, port = url.host or "localhost", url.port or DEFAULT_PORT
    user, database = url.username or "", url.database or ""
    if state == "28P01" or "password authentication failed" in words or "no password" in words:
        return UserError("db.server_password", host=host, user=user)
    if state == "3D000" or f'database "{database.lower()}" does not exist' in words:
        return UserError("db.server_no_database", host=host, database=database)
    if state in ("42501", "28000") or "permission denied" in words or "pg_hba.conf" in words:
        return UserError(
            "db.server_permission", host=host, user=user, database=database, detail=_first_line(exc)
        )
    unreachable = (
        "connection refused",
        "timeout expired",
        "timed out",
        "could not translate host name",
        "failed to resolve host",
        "no route to host",
        "network is unreachable",
        "name or service not known",
    )
    if state.startswith("08") or any(sign in words for sign in unreachable):
        return UserError("db.server_unreachable", host=host, port=port)
    return UserError("db.server", path=public_location(url), detail=_first_line(exc))
