"""Fixtures for store tests: a closed demo file on disk, a second device, file hashing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from arenadesk.store.db.device import Device
from tests.templates import Templates


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
def demo_file(tmp_path: Path, device: Device, templates: Templates) -> Path:
    """A demo database written and closed: self-contained, no -wal or -shm beside it."""
    path = templates.copy("demo-file", device, tmp_path / "demo" / "demo.sqlite")
    assert siblings(path) == []
    return path
