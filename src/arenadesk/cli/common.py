"""What every sub-command module of the CLI shares: exit codes, the database target, the
one rule for `--out`, and text for a terminal.

The rule for `--out` (every command): the file's type is checked first; a missing folder
on the way to it is created; a file standing where a folder must be, a folder where the
file must be, or a folder that cannot be written is one plain message and exit 1.
"""

from __future__ import annotations

import argparse
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.platform.settings import default_database_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def db_target(args: argparse.Namespace) -> str | Path:
    """`--db` as given (a path or a URL), or the default database file."""
    target = getattr(args, "db", None)
    return target if target else default_database_path()


def out_path(path: Path, kinds: Iterable[str], *, folder_allowed: bool = False) -> Path:
    """`--out` checked by the one rule (module docstring); returns it unchanged.

    `kinds` are suffixes without the dot. With `folder_allowed`, a path without a suffix
    (or an existing folder) is a folder to write into under a name of the command's own.
    """
    from arenadesk.platform.faults import os_reason

    path = Path(path)
    kinds = tuple(kinds)
    is_folder = path.is_dir() or (folder_allowed and not path.suffix)
    if not is_folder and path.suffix.lower().lstrip(".") not in kinds:
        shown = ", ".join(f".{k}" for k in kinds)
        raise UserError("cli.out_kind", path=path, kinds=shown)
    if path.is_dir() and not folder_allowed:
        raise UserError("cli.out_folder", path=path, detail=Phrase("os.is_folder"))
    folder = path if is_folder else path.parent
    for step in (folder, *folder.parents):
        if step.exists() and not step.is_dir():
            raise UserError("cli.out_folder", path=step, detail=Phrase("os.file_in_the_way"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("cli.out_folder", path=folder, detail=os_reason(exc)) from exc
    if not folder.is_dir():
        raise UserError("cli.out_folder", path=folder, detail=Phrase("os.file_in_the_way"))
    return path


# C0 and C1 controls except tab and newline; ESC among them (an escape sequence in an
# arena or device name would otherwise drive the terminal).
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_text(text: str) -> str:
    return _TERMINAL_UNSAFE.sub("", text)


class CleanStream(io.TextIOBase):
    """A text stream that passes everything on without control characters."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()
