"""Writing report files whole or not at all, and the compiled arena report to a file.

A document is written to a temporary file beside its target and renamed over it only
when complete, so a full disk, a missing folder or a crash half-way never leaves a
half-written report (and never spoils an older one of the same name).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from arenadesk.domain.arena_report import ArenaReport
from arenadesk.domain.proceedings import Proceedings
from arenadesk.domain.report import GroupReport
from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import os_reason
from arenadesk.platform.files import publish

ARENA_REPORT_KINDS = ("pdf", "docx")

log = logging.getLogger(__name__)


def kind_of(path: Path) -> str:
    """'pdf' for 'Rapport.PDF'."""
    return path.suffix.lower().lstrip(".")


def write_all_atomically(
    writers: Sequence[tuple[Path, Callable[[Path], object]]], *, error_key: str
) -> None:
    """Write each target through a temporary file beside it; rename them all only when
    every one is written. On failure nothing is left behind and `error_key` is raised
    (with `path` and `detail`)."""
    temporaries: list[tuple[Path, Path]] = []
    current = writers[0][0] if writers else Path()
    try:
        for target, write in writers:
            current = target
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(
                prefix=f".{target.stem}-", suffix=f"{target.suffix}.tmp", dir=target.parent
            )
            os.close(handle)
            temporaries.append((Path(name), target))
            write(Path(name))
            os.chmod(name, _file_mode(target))  # mkstemp makes it private (0600)
        for _temporary, target in temporaries:  # a rename that would fail, before any
            current = target
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        for temporary, target in temporaries:
            current = target
            publish(temporary, target)
    except OSError as exc:
        for temporary, _target in temporaries:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        log.warning("writing %s failed: %s", current, exc)
        raise UserError(error_key, path=current, detail=os_reason(exc)) from exc
    except BaseException:  # an error while rendering, or the work was cancelled
        for temporary, _target in temporaries:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        raise
    log.info("wrote %s", ", ".join(str(target) for target, _write in writers))


def _file_mode(target: Path) -> int:
    """The mode a new file gets from the user's umask, or the replaced file's own."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def save_group_report(report: GroupReport, path: Path) -> Path:
    """A group's standard report as .pdf or .docx (by the name's extension), written whole."""
    if kind_of(path) == "pdf":
        from arenadesk.reports.group_pdf import build_group_pdf as build
    elif kind_of(path) == "docx":
        from arenadesk.reports.group_docx import build_group_docx as build  # type: ignore[assignment]
    else:
        raise UserError("cli.report_kind", path=path)
    write_all_atomically(
        [(path, lambda temporary: build(report, temporary))], error_key="report.cannot_save"
    )
    return path


def save_arena_report(report: ArenaReport, path: Path) -> Path:
    """The arena report as .pdf or .docx (by the name's extension), written whole."""
    kind = kind_of(path)
    if kind not in ARENA_REPORT_KINDS:
        raise UserError("arena_report.kind", path=path)
    if kind == "pdf":
        from arenadesk.reports.arena_pdf import build_arena_pdf as build
    else:
        from arenadesk.reports.arena_docx import build_arena_docx as build

    write_all_atomically(
        [(path, lambda temporary: build(report, temporary))], error_key="arena_report.cannot_save"
    )
    return path


PROCEEDINGS_KINDS = ("pdf", "docx", "xlsx", "csv")


def save_proceedings(proceedings: Proceedings, path: Path, language: str = "nb") -> Path:
    """The Open Space inputs and working reports as .pdf or .docx (both appendices), or
    the inputs as .xlsx or .csv (by the name's extension), written whole."""
    kind = kind_of(path)
    if kind not in PROCEEDINGS_KINDS:
        raise UserError("proceedings.kind", path=path)
    if kind in ("xlsx", "csv"):
        from arenadesk.reports.proceedings_sheets import save_proceedings_sheet

        return save_proceedings_sheet(proceedings, path, language)
    if kind == "pdf":
        from arenadesk.reports.proceedings_pdf import build_proceedings_pdf as build
    else:
        from arenadesk.reports.proceedings_docx import build_proceedings_docx as build  # type: ignore[assignment]
    write_all_atomically(
        [(path, lambda temporary: build(proceedings, temporary))],
        error_key="proceedings.cannot_save",
    )
    return path
