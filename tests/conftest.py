"""Shared test set-up: offscreen Qt, bundled fonts, isolated settings and data folders."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's own dialogs remember their state in QtProject.conf under the user's config folder:
# this run gets one of its own, removed when it ends.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="arenadesk-tests-config-")

from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from tests.templates import Templates

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)

# The `pg_url` PostgreSQL fixture and the `cups_pdf` print queue.
pytest_plugins = ["tests.conftest_pg", "tests.printing_support"]


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's settings, data, documents or log folder."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("ARENADESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("ARENADESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ARENADESK_REPORTS_DIR", str(base / "Documents"))
    monkeypatch.setenv("ARENADESK_LOG_DIR", str(base / "log"))


@pytest.fixture
def device() -> Device:
    return Device("11111111-1111-4111-8111-111111111111", "test-laptop")


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Database files built once per session; each test gets its own copy."""
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def db(
    tmp_path: Path, device: Device, templates: Templates, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """A new, migrated file; already holding the demo arena when the test asks for it."""
    kind = "demo" if "demo_db" in request.fixturenames else "empty"
    database = open_database(templates.copy(kind, device, tmp_path / "arena.sqlite"), device)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.arenas import current_arena_id

    if current_arena_id(db) is None:  # asked for by name at run time, after `db` was made
        create_demo_arena(db)
    return db
