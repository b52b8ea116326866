"""Plain-language messages for what the disk or another program does to an open file.

An edit can fail after the file was opened: the disk fills up, another program takes an
exclusive lock, the USB stick is pulled. SQLite rolls the transaction back (nothing half
written); this turns the driver's error into a message the person can act on.
"""

from __future__ import annotations

import errno
import sqlite3

from arenadesk.i18n.messages import Phrase, UserError

# What the OS said, as a phrase in the UI language; never the OS's English text, which
# also names temporary files the person never chose.
_OS_REASONS = {
    errno.ENOENT: "os.not_found",
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.ENOSPC: "os.disk_full",
    errno.EDQUOT: "os.disk_full",
    errno.EROFS: "os.read_only",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.file_in_the_way",
    errno.EEXIST: "os.exists",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EBUSY: "os.busy",
    errno.ENXIO: "os.not_a_file",
    errno.ENODEV: "os.not_a_file",
    errno.EIO: "os.io",
}


def os_reason(exc: BaseException) -> Phrase:
    """Why an OS call failed, in words for the person (no paths, no English)."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, OSError) and original.errno in _OS_REASONS:
        return Phrase(_OS_REASONS[original.errno])
    if isinstance(original, OSError) and original.errno is not None:
        return Phrase("os.other", code=errno.errorcode.get(original.errno, original.errno))
    if isinstance(original, sqlite3.Error):
        text = str(original).lower()
        if "locked" in text or "busy" in text:
            return Phrase("os.in_use")
        if "full" in text:
            return Phrase("os.disk_full")
        if "readonly" in text or "read-only" in text:
            return Phrase("os.read_only")
        if "unable to open" in text:
            return Phrase("os.cannot_open")
        return Phrase("os.database", detail=str(original).splitlines()[0][:120])
    return Phrase("os.other", code=type(original).__name__)


def as_user_error(exc: BaseException, location: str) -> UserError | None:
    """The message for a known storage failure, or None for anything else."""
    if isinstance(exc, UserError):
        return exc
    original = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    text = str(original).lower()
    if isinstance(original, OSError):
        if original.errno in (errno.ENOSPC, errno.EDQUOT):
            return UserError("fault.disk_full", path=location)
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return UserError("db.read_only", path=location)
        return UserError("fault.io", path=location, detail=original.strerror or text)
    if not isinstance(original, sqlite3.Error):
        return None
    if "locked" in text or "busy" in text:
        return UserError("db.locked", path=location)
    if "disk is full" in text or "database or disk is full" in text:
        return UserError("fault.disk_full", path=location)
    if "readonly" in text or "read-only" in text:
        return UserError("db.read_only", path=location)
    if "disk i/o error" in text:
        return UserError("fault.io", path=location, detail=str(original))
    if "malformed" in text or "not a database" in text:
        return UserError("db.corrupt", path=location, detail=str(original))
    return None
