"""Files ArenaDesk must refuse with a clear message, leaving them byte-for-byte unchanged."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.store.db import database
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import inspect_file

from .conftest import sha256, siblings


def refuse(path: Path, device: Device, *keys: str) -> UserError:
    """Open must fail with one of `keys`; the file and its folder stay as they were."""
    digest = sha256(path)
    with pytest.raises(UserError) as caught:
        open_database(path, device)
    error = caught.value
    assert error.key in keys, error.key
    assert sha256(path) == digest
    assert siblings(path) == []
    for language in ("nb", "en"):
        text = error.text(language)
        assert str(path) in text
        assert "\n" not in text
    return error


def garbage(size: int, seed: int = 1234) -> bytes:
    return random.Random(seed).randbytes(size)


def test_newer_version_is_refused(demo_file: Path, device: Device) -> None:
    with contextlib.closing(sqlite3.connect(demo_file)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    assert siblings(demo_file) == []  # closing checkpointed: the file is self-contained
    refuse(demo_file, device, "db.newer")


@pytest.mark.parametrize(
    "cut",
    [lambda n: 50, lambda n: 100, lambda n: n // 2, lambda n: n - 4096],
    ids=["50-bytes", "100-bytes", "half", "one-page-short"],
)
def test_truncated_file_is_refused(
    demo_file: Path, device: Device, cut: Callable[[int], int]
) -> None:
    data = demo_file.read_bytes()
    demo_file.write_bytes(data[: cut(len(data))])
    error = refuse(demo_file, device, "db.truncated")
    if cut(len(data)) > 100:
        assert error.params["expected"] == len(data)


def test_zero_length_file_is_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    refuse(path, device, "db.empty_file")
    assert path.stat().st_size == 0


def test_text_file_renamed_is_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Referat fra gruppe 1A\nNeste skritt: ringe Nav\n" * 200, encoding="utf-8")
    refuse(path, device, "db.not_sqlite")


def test_random_bytes_are_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "noise.sqlite"
    path.write_bytes(garbage(16384))
    refuse(path, device, "db.not_sqlite")


def test_another_programs_sqlite_file_is_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "browser-history.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE visits (url TEXT, at INTEGER)")
        connection.execute("INSERT INTO visits VALUES ('https://example.org', 1)")
        connection.commit()
    refuse(path, device, "db.foreign")


def test_another_programs_empty_tables_are_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE things (a)")
        connection.commit()
    refuse(path, device, "db.foreign")


def test_different_application_id_is_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "geo.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 1196444487")  # GeoPackage's "GPKG"
        connection.execute("CREATE TABLE t (a)")
        connection.commit()
    refuse(path, device, "db.foreign")


def test_different_application_id_without_tables_is_refused(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "other-empty.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 42")
        connection.commit()
    refuse(path, device, "db.foreign")


@pytest.mark.parametrize("where", ["second-page", "group-rows", "near-end"])
def test_corrupted_page_is_refused(demo_file: Path, device: Device, where: str) -> None:
    data = bytearray(demo_file.read_bytes())
    # Garbage from just past a page's start (its header and cell pointers): a spot in the
    # middle of the file may be a page's unused free space, which is no damage at all.
    rows = data.find(b"Jobbmotor Nord")
    offset = {
        "second-page": 4096 + 8,
        "group-rows": rows - rows % 4096 + 8,
        "near-end": len(data) - 2 * 4096 + 8,
    }
    start = offset[where]
    data[start : start + 2000] = garbage(2000, seed=start)
    demo_file.write_bytes(bytes(data))
    refuse(demo_file, device, "db.corrupt", "db.truncated")


def test_corrupt_file_inspection_is_one_line(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    data[8192 : 8192 + 4096] = garbage(4096)
    demo_file.write_bytes(bytes(data))
    try:
        info = inspect_file(demo_file)
    except UserError as error:
        assert error.key == "db.corrupt"
        text = error.text("en")
    else:
        assert info.integrity != "ok"
        text = info.integrity
    assert "\n" not in text and "***" not in text
    assert siblings(demo_file) == []


def test_unknown_revision_beats_a_good_header(demo_file: Path, device: Device) -> None:
    # The file is an ArenaDesk file with a valid application id, but still refused.
    with contextlib.closing(sqlite3.connect(demo_file)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'abc123'")
        connection.commit()
    assert inspect_file(demo_file).application_id == 0x41524E41
    refuse(demo_file, device, "db.newer")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="root can write to a chmod 0o444 file, so the OS cannot make it read-only here",
)
def test_read_only_file_is_refused(demo_file: Path, device: Device) -> None:
    demo_file.chmod(0o444)
    try:
        refuse(demo_file, device, "db.read_only")
    finally:
        demo_file.chmod(0o644)


def test_unwritable_location_is_refused(
    demo_file: Path, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Runs as root too: the OS answer is simulated, the app's reaction is real.
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in (demo_file, demo_file.parent):
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", access)
    refuse(demo_file, device, "db.read_only")


def test_file_in_use_elsewhere_is_still_readable(demo_file: Path, device: Device) -> None:
    # Another connection holds the file open in WAL mode: a check must not fail or
    # remove that connection's -wal/-shm files.
    with contextlib.closing(sqlite3.connect(demo_file)) as other:
        other.execute("SELECT count(*) FROM person").fetchone()
        assert siblings(demo_file) == ["demo.sqlite-shm", "demo.sqlite-wal"]
        assert inspect_file(demo_file).row_counts["person"] == 70
        assert siblings(demo_file) == ["demo.sqlite-shm", "demo.sqlite-wal"]
