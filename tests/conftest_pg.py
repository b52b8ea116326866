"""A throwaway PostgreSQL server for the tests, started by the tests themselves.

`pg_server` (session) runs initdb and pg_ctl in a temporary folder and listens on 127.0.0.1
only, at a free port, with password authentication; it is stopped and removed at the end.
`pg_url` (function) gives each test a fresh empty database and drops it afterwards.

PostgreSQL refuses to run as root, so as root (CI) the server runs as the `postgres` system
user that the Debian package creates. Without the server binaries the tests that need it
are skipped, except under CI (`CI` set), where that is a failure: CI must test PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, create_engine, text

START_TIMEOUT_S = 60
COMMAND_TIMEOUT_S = 120
HOST = "127.0.0.1"  # never anything but loopback
SUPERUSER = "arenadesk_test"
SYSTEM_USER = "postgres"


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str
    password: str

    def url(self, database: str = "postgres", *, user: str = "", password: str = "") -> str:
        """A plain `postgresql://` URL, as a person would type it."""
        return URL.create(
            "postgresql",
            username=user or self.user,
            password=password or self.password,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def admin_engine(self) -> Engine:
        """An autocommit connection to the maintenance database (CREATE/DROP DATABASE)."""
        url = self.url().replace("postgresql://", "postgresql+psycopg://", 1)
        return create_engine(
            url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 10}
        )


def _unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail under CI, which must really test PostgreSQL."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL server binaries not available: {reason}")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: pg_config's answer, else the newest Debian one."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            answer = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            )
            candidates.append(Path(answer.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class _Runner:
    """Runs the server's commands as the current user, or as `postgres` when we are root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.account: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self.account = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                _unavailable(f"running as root and there is no '{SYSTEM_USER}' system user")
            if shutil.which("runuser") is None:
                _unavailable("running as root and 'runuser' is missing")

    def own(self, path: Path) -> None:
        if self.account is not None:
            os.chown(path, self.account.pw_uid, self.account.pw_gid)

    def run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / program), *args]
        if self.account is not None:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            cwd="/",  # the server user may not enter our working folder
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
            check=False,
        )


def _initdb(runner: _Runner, data: Path, pwfile: Path) -> None:
    common = ["-D", str(data), "-U", SUPERUSER, "--auth=scram-sha-256", f"--pwfile={pwfile}"]
    # A UTF-8 locale, so lower()/ILIKE fold æøå as a production server would.
    done = runner.run("initdb", *common, "-E", "UTF8", "--locale=C.UTF-8")
    if done.returncode != 0:
        shutil.rmtree(data, ignore_errors=True)
        done = runner.run("initdb", *common, "-E", "UTF8", "--no-locale")
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
    settings = [
        f"listen_addresses = '{HOST}'",
        "unix_socket_directories = ''",  # TCP on loopback only; no socket files anywhere
        "fsync = off",  # a throwaway server: durability is not under test here
        "synchronous_commit = off",
        "full_page_writes = off",
        "max_connections = 60",
        "shared_buffers = 32MB",
    ]
    with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# arenadesk tests\n" + "\n".join(settings) + "\n")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_bindir()
    if bindir is None:
        _unavailable("no initdb/pg_ctl (pg_config --bindir, /usr/lib/postgresql/*/bin)")
    assert bindir is not None
    runner = _Runner(bindir)
    base = Path(tempfile.mkdtemp(prefix="arenadesk-pg-"))
    runner.own(base)
    data, log, pwfile = base / "data", base / "server.log", base / "pwfile"
    password = secrets.token_urlsafe(18)
    pwfile.write_text(password + "\n", encoding="utf-8")
    pwfile.chmod(0o600)
    runner.own(pwfile)
    started = False
    try:
        _initdb(runner, data, pwfile)
        pwfile.unlink()
        for _attempt in range(3):  # a free port can be taken between probing and binding
            port = _free_port()
            done = runner.run(
                "pg_ctl",
                *("-D", str(data), "-l", str(log), "-w", "-t", str(START_TIMEOUT_S)),
                *("-o", f"-p {port}", "start"),
            )
            if done.returncode == 0:
                started = True
                break
        if not started:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{tail}")
        yield PgServer(HOST, port, SUPERUSER, password)
    finally:
        if started:
            stop = ("-D", str(data), "-w", "-t", "30")
            if runner.run("pg_ctl", *stop, "-m", "fast", "stop").returncode != 0:
                runner.run("pg_ctl", *stop, "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def _fresh_database(server: PgServer, template: str = "") -> Iterator[str]:
    """A new database with a unique name (a copy of `template` if given), dropped after."""
    name = f"arenadesk_{uuid.uuid4().hex[:16]}"
    copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    admin = server.admin_engine()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        yield name
        with admin.connect() as connection:
            # A test that left a connection open must not make the drop fail.
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the test server, as a `postgresql://` URL with password."""
    with _fresh_database(pg_server) as name:
        yield pg_server.url(name)


@pytest.fixture(scope="session")
def _pg_shared_database(pg_server: PgServer) -> Iterator[str]:
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device

    with _fresh_database(pg_server) as name:
        device = Device("00000000-0000-4000-8000-000000000000", "shared")
        open_database(pg_server.url(name), device).close()  # migrated to head
        yield name


@pytest.fixture(scope="session")
def _pg_shared_engine(pg_server: PgServer, _pg_shared_database: str) -> Iterator[Engine]:
    """One connection pool to the shared database for the whole session: a new connection
    costs a password exchange, emptying the tables a few milliseconds."""
    url = pg_server.url(_pg_shared_database)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    yield engine
    engine.dispose()


@pytest.fixture
def pg_migrated_url(
    pg_server: PgServer, _pg_shared_database: str, _pg_shared_engine: Engine
) -> str:
    """One database of the session, migrated to head, emptied for each test (every row
    deleted, meta stamped anew): CREATE DATABASE costs most of a second, this a few
    milliseconds. For tests about what is stored; migrating is `pg_url`'s business."""
    from sqlalchemy import insert

    from arenadesk.store.db.device import Device
    from arenadesk.store.db.schema import Base
    from arenadesk.store.db.server import meta_for_new_database
    from arenadesk.store.models.arena import Meta

    preparer = _pg_shared_engine.dialect.identifier_preparer
    emptying = "; ".join(  # children first, in one round trip
        f"DELETE FROM {preparer.format_table(table)}"
        for table in reversed(Base.metadata.sorted_tables)
    )
    with _pg_shared_engine.begin() as connection:
        connection.exec_driver_sql(emptying)
        device = Device("00000000-0000-4000-8000-000000000000", "shared")
        connection.execute(insert(Meta), meta_for_new_database(device))
    return pg_server.url(_pg_shared_database)
