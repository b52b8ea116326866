"""One atomic write: whole or not at all, nothing left beside the target."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from arenadesk.platform import files
from arenadesk.platform.files import publish, write_atomically


def test_write_replaces_whole_and_leaves_nothing_beside(tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    target.write_text("gammel")
    write_atomically(target, "ny – æøå".encode())
    assert target.read_text(encoding="utf-8") == "ny – æøå"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "innstillinger.json"
    target.write_text("gammel")

    def full_disk(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError):
        write_atomically(target, b"ny")
    assert target.read_text() == "gammel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["innstillinger.json"]


def test_publish_syncs_the_file_and_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def counting_fsync(handle: int) -> None:
        synced.append(handle)
        real_fsync(handle)

    monkeypatch.setattr(files.os, "fsync", counting_fsync)
    partial = tmp_path / ".kopi.sqlite.partial"
    partial.write_bytes(b"SQLite format 3\x00")
    publish(partial, tmp_path / "kopi.sqlite")
    assert (tmp_path / "kopi.sqlite").read_bytes().startswith(b"SQLite")
    assert not partial.exists()
    assert len(synced) == (2 if os.name == "posix" else 1)  # the file, then its folder


def test_settings_are_written_through_it(tmp_path: Path) -> None:
    from arenadesk.platform.settings import Settings

    settings = Settings.load()
    settings.language = "en"
    settings.save()
    assert settings.path is not None
    assert Settings.load().language == "en"
    assert [p.name for p in settings.path.parent.iterdir() if p.name.startswith(".")] == []
