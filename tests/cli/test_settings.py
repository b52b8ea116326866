"""Per-user settings: defaults, the device id, recent files, damaged files, atomic saves."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import IO

import pytest

from arenadesk.platform import settings as settings_module
from arenadesk.platform.settings import (
    MAX_RECENT,
    Settings,
    config_dir,
    data_dir,
    default_database_path,
)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_folders_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARENADESK_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("ARENADESK_DATA_DIR", str(tmp_path / "d"))
    assert config_dir() == tmp_path / "c"
    assert data_dir() == tmp_path / "d"
    assert default_database_path() == tmp_path / "d" / "arenadesk.sqlite"


def test_defaults_and_a_new_device(settings_file: Path) -> None:
    settings = Settings.load(settings_file)
    assert settings.language == "nb"
    assert settings.recent_files == []
    assert settings.window_geometry == ""
    assert uuid.UUID(settings.device_id).version == 4
    assert settings.device_name
    assert settings.device.id == settings.device_id
    saved = json.loads(settings_file.read_text(encoding="utf-8"))
    assert saved["device_id"] == settings.device_id
    assert "path" not in saved


def test_load_without_a_path_uses_the_config_dir() -> None:
    settings = Settings.load()
    assert settings.path == config_dir() / "settings.json"
    assert settings.path.exists()


def test_device_id_is_made_once_and_kept(settings_file: Path) -> None:
    first = Settings.load(settings_file)
    second = Settings.load(settings_file)
    assert second.device_id == first.device_id
    assert second.device_name == first.device_name


def test_values_round_trip(settings_file: Path) -> None:
    settings = Settings.load(settings_file)
    settings.language = "en"
    settings.window_geometry = "AdnQywADAAAAAAAA"
    settings.save()
    again = Settings.load(settings_file)
    assert (again.language, again.window_geometry) == ("en", "AdnQywADAAAAAAAA")


def test_recent_files_are_deduplicated_newest_first(settings_file: Path, tmp_path: Path) -> None:
    settings = Settings.load(settings_file)
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    settings.add_recent(a)
    settings.add_recent(b)
    settings.add_recent(tmp_path / "sub" / ".." / "a.sqlite")  # the same file, spelled otherwise
    assert settings.recent_files == [str(a.resolve()), str(b.resolve())]
    settings.add_recent("postgresql://arena@server/db")
    assert settings.recent_files[0] == "postgresql://arena@server/db"
    assert Settings.load(settings_file).recent_files == settings.recent_files


def test_recent_files_are_capped(settings_file: Path, tmp_path: Path) -> None:
    settings = Settings.load(settings_file)
    for n in range(12):
        settings.add_recent(tmp_path / f"{n}.sqlite")
    assert MAX_RECENT == 8
    assert settings.recent_files == [
        str((tmp_path / f"{n}.sqlite").resolve()) for n in range(11, 3, -1)
    ]
    assert len(Settings.load(settings_file).recent_files) == 8


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "",
        "[1, 2, 3]",
        '"just a string"',
        '{"language": "de", "recent_files": null, "device_id": 7, "window_geometry": []}',
        '{"recent_files": "abc", "unknown_key": 1}',
        '{"recent_files": ["/ok.sqlite", 3, null]}',
    ],
    ids=["broken", "empty", "list", "string", "wrong-types", "string-list", "mixed-list"],
)
def test_damaged_settings_give_defaults(settings_file: Path, content: str) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(content, encoding="utf-8")
    settings = Settings.load(settings_file)
    assert settings.language == "nb"
    assert settings.recent_files in ([], ["/ok.sqlite"])
    assert isinstance(settings.device_id, str) and uuid.UUID(settings.device_id)
    assert settings.window_geometry == ""


def test_binary_garbage_gives_defaults(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(b"\xff\xfe\x00garbage")
    assert Settings.load(settings_file).language == "nb"


def test_failed_write_keeps_the_old_file(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings.load(settings_file)
    settings.language = "en"
    settings.save()
    before = settings_file.read_bytes()

    def crash_midway(data: object, handle: IO[str], **kwargs: object) -> None:
        handle.write('{"language": "nb", "recent_fi')  # half a file, then the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.json, "dump", crash_midway)
    settings.language = "nb"
    settings.save()  # does not raise: preferences never break an edit

    assert settings_file.read_bytes() == before
    assert sorted(os.listdir(settings_file.parent)) == ["settings.json"]  # no temp files left


def test_unwritable_config_folder_does_not_raise(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    settings = Settings.load(blocker / "settings.json")  # parent cannot be created
    assert settings.device_id  # still usable in memory
    settings.add_recent(tmp_path / "a.sqlite")
    assert settings.recent_files
