"""Shared test set-up: offscreen Qt, bundled fonts, isolated settings and data folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arenadesk.store.db.database import Database, open_database  # noqa: E402
from arenadesk.store.db.device import Device  # noqa: E402

# The `pg_url` PostgreSQL fixture and the `cups_pdf` print queue.
pytest_plugins = ["tests.conftest_pg", "tests.printing_support"]


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's settings or data folder."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("ARENADESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("ARENADESK_DATA_DIR", str(base / "data"))


@pytest.fixture
def device() -> Device:
    return Device("11111111-1111-4111-8111-111111111111", "test-laptop")


@pytest.fixture
def db(tmp_path: Path, device: Device) -> Iterator[Database]:
    database = open_database(tmp_path / "arena.sqlite", device)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from arenadesk.demo.arena import create_demo_arena

    create_demo_arena(db)
    return db
