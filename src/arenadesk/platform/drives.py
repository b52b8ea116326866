"""Where to suggest saving a package: removable drives (USB sticks) first, then
Documents/ArenaDesk. Plain Python, so it is tested without a window."""

from __future__ import annotations

import getpass
import os
import string
import sys
from pathlib import Path

from arenadesk.platform.settings import reports_dir


def removable_drives() -> list[Path]:
    """Mounted removable drives that can be written to, as far as this OS tells."""
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        roots = [Path("/Volumes")]
    else:
        user = _user()
        roots = [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    found: list[Path] = []
    for root in roots:
        found.extend(_mounts_under(root))
    return [p for p in dict.fromkeys(found) if os.access(p, os.W_OK)]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _mounts_under(root: Path) -> list[Path]:
    try:
        children = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return []
    # On macOS /Volumes also lists the system disk (a link to /); skip anything that is /.
    return [p for p in children if os.path.ismount(p) and p.resolve() != Path("/")]


def _windows_drives() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    drive_removable = 2
    found = []
    mask = ctypes.windll.kernel32.GetLogicalDrives()  # type: ignore[attr-defined]
    for index, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << index):
            root = f"{letter}:\\"
            if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable:  # type: ignore[attr-defined]
                found.append(Path(root))
    return found


def suggested_folders() -> list[Path]:
    """Removable drives, then Documents/ArenaDesk (always present as the last choice)."""
    return [*removable_drives(), reports_dir()]
