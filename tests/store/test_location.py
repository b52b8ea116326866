"""Warnings for database files in cloud-synced folders or on network drives."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from arenadesk.i18n.messages import message
from arenadesk.platform import location
from arenadesk.platform.location import _mount_type_linux, check_location, cloud_service


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PurePosixPath("/home/kari/Dropbox/arena/arenadesk.sqlite"), "Dropbox"),
        (PurePosixPath("/home/kari/Dropbox (Personal)/a.sqlite"), "Dropbox"),
        (PureWindowsPath(r"C:\Users\kari\OneDrive - Firma AS\Arena\a.sqlite"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\kari\OneDrive\a.sqlite"), "OneDrive"),
        (PurePosixPath("/home/kari/Jottacloud/Arena/a.sqlite"), "Jottacloud"),
        (
            PurePosixPath(
                "/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/Arena/a.sqlite"
            ),
            "iCloud",
        ),
        # macOS puts every provider under ~/Library/CloudStorage.
        (
            PurePosixPath("/Users/kari/Library/CloudStorage/GoogleDrive-k@x.no/a.sqlite"),
            "Cloud storage",
        ),
        (PurePosixPath("/home/kari/Google Drive/a.sqlite"), "Google Drive"),
    ],
)
def test_cloud_folders_are_recognised(path: PurePosixPath, service: str) -> None:
    assert cloud_service(path) == service


@pytest.mark.parametrize(
    "path",
    [
        PurePosixPath("/home/kari/Dokumenter/arena/arenadesk.sqlite"),
        PurePosixPath("/home/kari/dropbox-notes.sqlite"),  # the file's own name does not count
        PurePosixPath("/home/kari/Dropboxes/a.sqlite"),
        PureWindowsPath(r"C:\Users\kari\Documents\OneDriveBackup\a.sqlite"),
    ],
)
def test_ordinary_paths_are_not_cloud_folders(path: PurePosixPath) -> None:
    assert cloud_service(path) is None


def test_check_location_on_a_local_folder(tmp_path: Path) -> None:
    assert check_location(tmp_path / "arena.sqlite") is None


def test_check_location_warns_for_a_cloud_folder(tmp_path: Path) -> None:
    warning = check_location(tmp_path / "OneDrive - Firma AS" / "arena.sqlite")
    assert warning is not None and warning.key == "location.cloud"
    assert "OneDrive" in message(warning.key, "nb", **warning.params)
    assert "OneDrive" in message(warning.key, "en", **warning.params)


def write_mounts(tmp_path: Path, network_point: Path, fstype: str) -> Path:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "sysfs /sys sysfs rw,nosuid 0 0\n"
        "/dev/nvme0n1p2 / ext4 rw,relatime 0 0\n"
        "tmpfs /tmp tmpfs rw 0 0\n"
        f"//server/share {str(network_point).replace(' ', chr(92) + '040')} {fstype} rw 0 0\n"
        "broken line\n"
    )
    return mounts


@pytest.mark.parametrize("fstype", ["nfs4", "cifs"])
def test_network_mount_found_in_mounts_file(tmp_path: Path, fstype: str) -> None:
    share = tmp_path / "Felles disk"  # a space is written as \040 in /proc/mounts
    (share / "arena").mkdir(parents=True)
    mounts = write_mounts(tmp_path, share, fstype)
    assert _mount_type_linux(share / "arena", mounts) == fstype
    assert _mount_type_linux(share, mounts) == fstype
    # A sibling folder whose name merely starts the same is not on the share.
    (tmp_path / "Felles disk 2").mkdir()
    assert _mount_type_linux(tmp_path / "Felles disk 2", mounts) != fstype


def test_missing_mounts_file_gives_none(tmp_path: Path) -> None:
    assert _mount_type_linux(tmp_path, tmp_path / "no-such-file") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts on Linux")
def test_check_location_warns_for_a_network_mount(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mounts = write_mounts(tmp_path, share, "cifs")
    real = location._mount_type_linux
    monkeypatch.setattr(location, "_mount_type_linux", lambda path: real(path, mounts))
    warning = check_location(share / "arena.sqlite")
    assert warning is not None
    assert (warning.key, warning.params) == ("location.network", {"detail": "cifs"})
    assert "cifs" in message(warning.key, "en", **warning.params)
    assert check_location(tmp_path / "arena.sqlite") is None
