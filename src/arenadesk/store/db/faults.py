"""Plain-language messages for what the disk or another program does to an open file.

An edit can fail after the file was opened: the disk fills up, another program takes an
exclusive lock, the USB stick is pulled. SQLite rolls the transaction back (nothing half
written); this turns the driver's error into a message the person can act on.
"""

from __future__ import annotations

import errno
import sqlite3

from arenadesk.i18n.messages import UserError


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
