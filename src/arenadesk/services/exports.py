"""The organiser's exports, the same for the window's File menu and the command line:
read what the file needs from the database, then hand plain data to `reports/`.

Each checks the target's kind before reading anything, so a wrong suffix costs nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from arenadesk.domain.arena_report import ArenaReport
from arenadesk.domain.proceedings import Proceedings
from arenadesk.i18n.messages import UserError
from arenadesk.reports import saving, sheets
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.db.database import Database
from arenadesk.store.proceedings import require_proceedings

# Told before each step of a long export: "reading" the database, then "writing" the file.
StepHook = Callable[[str], None]


def _no_hook(step: str) -> None:
    pass


def export_arena_report(
    db: Database,
    arena_id: uuid.UUID,
    target: Path,
    language: str = "nb",
    on_step: StepHook = _no_hook,
) -> ArenaReport:
    """The compiled arena report as .pdf or .docx; the report is returned for the summary."""
    if saving.kind_of(target) not in saving.ARENA_REPORT_KINDS:
        raise UserError("arena_report.kind", path=target)
    on_step("reading")
    report = assemble_arena_report(db, arena_id, language)
    on_step("writing")
    saving.save_arena_report(report, target)
    return report


def export_sheets(
    db: Database,
    arena_id: uuid.UUID,
    target: Path,
    language: str = "nb",
    *,
    sheet: str | None = None,
) -> list[Path]:
    """Next steps, self-evaluations, participants (and an Open Space arena's inputs) as
    .xlsx or .csv; the files written, in order."""
    sheets.check_request(target, sheet)
    report = assemble_arena_report(db, arena_id, language, boards=False)
    return sheets.write_sheets(report, target, language, sheet=sheet)


def export_proceedings(
    db: Database,
    arena_id: uuid.UUID,
    target: Path,
    language: str = "nb",
    on_step: StepHook = _no_hook,
) -> Proceedings:
    """The Open Space inputs and working reports as .pdf, .docx, .xlsx or .csv."""
    if saving.kind_of(target) not in saving.PROCEEDINGS_KINDS:
        raise UserError("proceedings.kind", path=target)
    on_step("reading")
    proceedings = require_proceedings(db, arena_id, language)
    on_step("writing")
    saving.save_proceedings(proceedings, target, language)
    return proceedings
