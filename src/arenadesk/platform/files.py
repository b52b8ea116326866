"""Files written whole or not at all: to a temporary file in the target's folder, flushed
and fsynced, renamed over the target with os.replace, and the folder fsynced so the rename
itself survives a power cut. Every writer of a finished file goes through here."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def fsync_file(path: Path) -> None:
    """Push a file's contents to the disk (written by us or by SQLite)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); skipped where folders can't be opened."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)


def publish(partial: Path, target: Path) -> None:
    """A complete file under a temporary name in the target's folder becomes `target`."""
    fsync_file(partial)
    os.replace(partial, target)
    fsync_folder(target.parent)


def temporary_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A name in the target's folder that no other writer uses (hidden on POSIX)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{suffix}")


@contextlib.contextmanager
def atomic_writer(
    target: Path, mode: int = 0o666, encoding: str | None = None
) -> Iterator[IO[Any]]:
    """A stream (text with `encoding`, else binary) whose contents become `target` when the
    block ends; if the block or the write fails, the target is as it was and no temporary
    file is left behind (the error goes on)."""
    temp = temporary_beside(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temp, flags, mode)
    try:
        with open(handle, "w" if encoding else "wb", encoding=encoding) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(target.parent)


def write_atomically(target: Path, data: bytes, mode: int = 0o666) -> None:
    """Write `data` to `target` whole or not at all (OSError when it cannot be done)."""
    with atomic_writer(target, mode) as stream:
        stream.write(data)
