"""Fixtures for store tests: a closed demo file on disk, a second device, file hashing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from arenadesk.demo.arena import create_demo_arena
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """Journal files SQLite would leave next to a database it touched."""
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path
    )


@pytest.fixture
def other_device() -> Device:
    return Device("22222222-2222-4222-8222-222222222222", "other-laptop")


@pytest.fixture
def demo_file(tmp_path: Path, device: Device) -> Path:
    """A demo database written and closed: self-contained, no -wal or -shm beside it."""
    path = tmp_path / "demo" / "demo.sqlite"
    db = open_database(path, device)
    create_demo_arena(db)
    db.close()
    assert siblings(path) == []
    return path
