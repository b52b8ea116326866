"""The log: what ArenaDesk did and what went wrong, in the user's log folder.

One rotating file (`arenadesk.log`, 1 MB, five old ones kept) in platformdirs' user log
folder, or in `ARENADESK_LOG_DIR` when set (tests, a portable install). The window and the
command line write to the same file; nothing is printed to the terminal. Modules log
through `logging.getLogger(__name__)` under the `arenadesk` logger: start (version,
platform), files opened, merges, exports, imports, and errors with their tracebacks.

A password never reaches the file: every line is passed through `redact`, which removes
the password of a `postgresql://user:password@host` address and of a `password=…` key.

`enable_crash_file` points faulthandler at `crash.log` in the same folder, so a hard
crash of the window (no console on Windows and macOS) still leaves a Python stack behind.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

import platformdirs

from arenadesk import APP_NAME, __version__

LOG_DIR_ENV = "ARENADESK_LOG_DIR"
LOG_FILE = "arenadesk.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
LOGGER = "arenadesk"
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"

_URL_PASSWORD = re.compile(r"(//[^/@:\s]*):[^/@\s]*@")
_KEY_PASSWORD = re.compile(
    r"(?i)\b(password|passwd|pgpassword)(\s*[=:]\s*)('[^']*'|\"[^\"]*\"|\S+)"
)
_crash_file: IO[str] | None = None


def log_dir() -> Path:
    """Where the log and crash files go (created when something is written)."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, False))


def redact(text: str) -> str:
    """`text` without passwords: `//user:secret@host` → `//user@host`, `password=secret`
    → `password=***`."""
    text = _URL_PASSWORD.sub(r"\1@", text)
    return _KEY_PASSWORD.sub(r"\1\2***", text)


class RedactingFormatter(logging.Formatter):
    """Formats as usual (traceback included), then removes any password from the line."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, RotatingFileHandler):
            return handler
    return None


def setup_logging(program: str) -> Path | None:
    """Log to the rotating file in `log_dir()`; returns the file, or None when the folder
    cannot be written (logging is a help, never a reason to fail). Calling it again with
    the same folder keeps the handler; with another folder, moves the log there."""
    folder = log_dir()
    path = folder / LOG_FILE
    logger = logging.getLogger(LOGGER)
    current = _our_handler()
    if current is not None and Path(current.baseFilename) == path.resolve():
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(FORMAT))
    if current is not None:
        logger.removeHandler(current)
        current.close()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # never to the terminal, whatever the root logger does
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    logger.info(
        "start %s %s%s: %s, Python %s, %s",
        APP_NAME,
        __version__,
        frozen,
        program,
        platform.python_version(),
        # Not platform.platform(): on Linux it reads the interpreter's binary for the C
        # library's version (~20 ms before the first window).
        " ".join((platform.system(), platform.release(), platform.machine())),
    )
    return path


def enable_crash_file() -> Path | None:
    """faulthandler into `crash.log` in the log folder (appended, one stack per crash)."""
    global _crash_file
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        crash = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 (kept open)
    except OSError:
        return None
    faulthandler.enable(crash, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash
    return folder / CRASH_FILE
