"""Is a database file in a cloud-synced or network folder, where live SQLite files break?"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

# Folder names the sync clients create (Jottacloud is common in Norway).
CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud",
    "icloud~": "iCloud",
    "mobile documents": "iCloud",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "jottacloud": "Jottacloud",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
    "cloudstorage": "Cloud storage",
}
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.davfs2",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.rclone",
}


@dataclass(frozen=True)
class LocationWarning:
    key: str  # message key: location.cloud or location.network
    params: dict[str, str]


def cloud_service(path: PurePath) -> str | None:
    for part in path.parts[:-1]:
        lowered = part.casefold()
        for marker, service in CLOUD_FOLDERS.items():
            # "OneDrive - Firma AS", "Dropbox (Personal)" and the like count too.
            if lowered == marker or lowered.startswith((f"{marker} -", f"{marker} (")):
                return service
    return None


def _mount_type_linux(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    try:
        lines = mounts_file.read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _network_drive_windows(path: Path) -> str | None:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return text.split("\\")[2]
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
        return drive
    return None


def check_location(path: Path) -> LocationWarning | None:
    """A warning to show when the data file sits where it may get corrupted, else None."""
    service = cloud_service(path.expanduser().absolute())
    if service:
        return LocationWarning("location.cloud", {"service": service})
    if sys.platform.startswith("linux"):
        fstype = _mount_type_linux(path.parent)
        if fstype in NETWORK_FILESYSTEMS:
            return LocationWarning("location.network", {"detail": fstype})
    elif sys.platform == "win32":
        share = _network_drive_windows(path)
        if share:
            return LocationWarning("location.network", {"detail": share})
    return None
