"""Writing a printout (badges, lists, attendance, signs) to a PDF file, atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from arenadesk.domain.printouts import Printout
from arenadesk.reports.badges_pdf import build_badges_pdf, build_signs_pdf
from arenadesk.reports.lists_pdf import build_attendance_pdf, build_member_lists_pdf
from arenadesk.reports.saving import write_all_atomically

BUILDERS: dict[str, Callable[[Printout, Path | BinaryIO], int]] = {
    "badges": build_badges_pdf,
    "lists": build_member_lists_pdf,
    "attendance": build_attendance_pdf,
    "signs": build_signs_pdf,
}


def save_printout(printout: Printout, kind: str, path: Path) -> Path:
    build = BUILDERS[kind]
    write_all_atomically(
        [(path, lambda temporary: build(printout, temporary))], error_key="report.cannot_save"
    )
    return path
