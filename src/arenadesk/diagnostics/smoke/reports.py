"""Smoke steps on the reports: group report (PDF, Word), arena report, the PDF accelerator."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure
from arenadesk.domain.report import GroupReport


def _demo_group_report(smoke: Smoke) -> GroupReport:
    from arenadesk.store.groups import list_groups
    from arenadesk.store.reports import assemble_group_report

    db = smoke.open_db()
    assert smoke.arena_id is not None
    group = next(g for g in list_groups(db, smoke.arena_id) if g.code == "1A")
    return assemble_group_report(db, group.id, smoke.language)


def step_group_pdf(smoke: Smoke) -> str:
    from arenadesk.reports.group_pdf import build_group_pdf

    report = _demo_group_report(smoke)
    if not report.boards:
        raise SmokeFailure("the demo group's report has no boards")
    target = smoke.folder / "reports" / f"{report.code}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_group_pdf(report, target)
    return f"{report.code}: {describe_pdf(target)}, {len(report.boards)} boards"


def step_group_docx(smoke: Smoke) -> str:
    from arenadesk.reports.group_docx import build_group_docx

    report = _demo_group_report(smoke)
    target = smoke.folder / "reports" / f"{report.code}.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_group_docx(report, target)
    try:
        with zipfile.ZipFile(target) as archive:
            body = archive.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SmokeFailure(f"{target.name} is not a Word document ({exc})") from exc
    if report.title not in body:
        raise SmokeFailure(f"{target.name} does not contain the group's title")
    return f"{report.code}: {target.stat().st_size // 1000} kB"


def step_accelerator(smoke: Smoke) -> str:
    from arenadesk.reports.pdf_style import accelerated

    if not accelerated():
        raise SmokeFailure("reportlab's C accelerator (rl_accel) is missing: reports are slower")
    return "rl_accel in use"


# The arena report's modules; the step fails, saying so, in a build that lacks them.
ARENA_REPORT_MODULES = ("arenadesk.store.arena_report", "arenadesk.reports.arena_pdf")


def step_arena_pdf(smoke: Smoke) -> str:
    try:
        from arenadesk.reports.arena_pdf import build_arena_pdf
        from arenadesk.store.arena_report import assemble_arena_report
    except ModuleNotFoundError as exc:
        if exc.name in ARENA_REPORT_MODULES:
            raise SmokeFailure(
                f"the arena report is not in this build: no module {exc.name}"
            ) from None
        raise
    db = smoke.open_db()
    assert smoke.arena_id is not None
    report = assemble_arena_report(db, smoke.arena_id, smoke.language)
    target = smoke.folder / "reports" / "arena.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_arena_pdf(report, target)
    return describe_pdf(target)


def describe_pdf(path: Path) -> str:
    """Pages and size of a PDF written by reportlab (its page objects are not compressed)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name} is not a complete PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    if pages < 1:
        raise SmokeFailure(f"{path.name} has no pages")
    return f"{pages} pages, {len(data) // 1000} kB"
