"""The compiled arena report as an editable Word document (DOCX), same chapters as the PDF.

Chapters are Heading 1, groups Heading 2 and their sections Heading 3, so Word's
navigation pane lists the report as the PDF's bookmarks do. The group report's pieces
(`group_docx`) are reused. As in the group report's DOCX, boards appear as their zone
tables (in Vedlegg 1), and a line points to the PDF for the pictures.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from arenadesk.domain.arena_report import ArenaReport, GroupOverviewRow
from arenadesk.domain.report import GroupReport
from arenadesk.reports import arena_text as a
from arenadesk.reports import group_text as t
from arenadesk.reports import proceedings_docx
from arenadesk.reports.group_docx import (
    MUTED,
    TABLE_STYLE,
    add_report_sections,
    add_row,
    add_section_body,
    add_self_evaluation,
    add_table,
    set_up_document,
)
from arenadesk.reports.photo_docx import add_photos
from arenadesk.reports.photo_text import H_PHOTOS


def build_arena_docx(report: ArenaReport, target: Path | BinaryIO) -> None:
    """Write the arena report as DOCX to a path or a binary stream."""
    doc = Document()
    set_up_document(
        doc,
        title=a.document_title(report),
        author=a.document_author(report),
        subject=a.document_subject(report),
        header_left=a.header_line(report),
        header_right=a.SUBTITLE,
        footer_left=a.document_title(report),
    )
    plan = a.chapters(report)  # the groups' chapters, the Open Space ones, or both
    _cover(doc, report)
    _summary(doc, report)
    if plan.groups:
        _overview(doc, report)
        _group_pages(doc, report)
    proceedings_docx.add_arena_chapter(doc, plan)
    if plan.groups:
        _standard_reports(doc, report)
        _evaluations(doc, report)
    proceedings_docx.add_arena_appendices(doc, plan)
    doc.save(str(target) if isinstance(target, Path) else target)


def _heading(doc: DocxDocument, text: str, level: int, *, new_page: bool = False) -> Paragraph:
    heading = doc.add_heading(t.clean(text), level)
    heading.paragraph_format.page_break_before = new_page
    return heading


def _no_groups(doc: DocxDocument) -> None:
    run = doc.add_paragraph().add_run(a.NO_GROUPS)
    run.italic = True
    run.font.color.rgb = MUTED


def _labelled(doc: DocxDocument, label: str, value: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(label).bold = True
    paragraph.add_run(" " + value)


def _cover(doc: DocxDocument, report: ArenaReport) -> None:
    doc.add_heading(a.arena_title(report), 0)
    doc.add_paragraph(a.SUBTITLE, style="Subtitle")
    for line in (report.arena_dates, report.venue.strip(), report.organiser.strip()):
        if line:
            doc.add_paragraph(t.clean(line))


def _summary(doc: DocxDocument, report: ArenaReport) -> None:
    _heading(doc, a.CH_SUMMARY, 1, new_page=True)
    doc.add_paragraph(a.summary_lead(report))
    proceedings_docx.add_arena_result(doc, a.chapters(report))
    facts = doc.add_table(rows=0, cols=2)
    facts.style = doc.styles[TABLE_STYLE]
    for label, value in a.summary_rows(report):
        cells = facts.add_row().cells
        cells[0].width, cells[1].width = Mm(40), Mm(126)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    _heading(doc, a.H_PERSPECTIVES, 2)
    widths = (70, 30, 30)
    table = add_table(doc, a.PERSPECTIVE_COLUMNS, widths)
    lines = a.perspective_rows(report)
    for number, line in enumerate(lines, start=1):
        cells = add_row(table, line, widths)
        if number == len(lines):  # the total
            for cell in cells:
                cell.paragraphs[0].runs[0].bold = True
    if report.group_count:
        doc.add_paragraph(a.evaluation_line(report))


def _overview(doc: DocxDocument, report: ArenaReport) -> None:
    _heading(doc, a.CH_OVERVIEW, 1, new_page=True)
    if not report.groups:
        _no_groups(doc)
        return
    widths = (16, 66, 42, 42)
    table = add_table(doc, a.OVERVIEW_COLUMNS, widths)
    for row in report.groups:
        cells = add_row(table, a.overview_cells(row), widths)
        cells[0].paragraphs[0].runs[0].bold = True


def _group_pages(doc: DocxDocument, report: ArenaReport) -> None:
    _heading(doc, a.CH_GROUPS, 1, new_page=True)
    if not report.reports:
        _no_groups(doc)
        return
    for index, (row, group) in enumerate(zip(report.groups, report.reports, strict=True)):
        _group_page(doc, row, group, new_page=index > 0)


def _group_page(
    doc: DocxDocument, row: GroupOverviewRow, group: GroupReport, *, new_page: bool
) -> None:
    _heading(doc, a.group_heading(group.code, group.title), 2, new_page=new_page)
    for label, value in a.group_facts(row):
        _labelled(doc, label, value)
    for key, title in a.group_page_sections(group):
        _heading(doc, title, 3)
        add_section_body(doc, group, key, 3)
    if group.boards:
        _heading(doc, a.H_BOARDS, 3)
        for figure in group.boards:
            _heading(doc, figure.title or figure.template.name.nb, 4)
            note = doc.add_paragraph().add_run(t.NO_PICTURE)
            note.italic = True
            note.font.color.rgb = MUTED
            add_photos(doc, figure.photos, board=True)
    if group.photos:
        _heading(doc, H_PHOTOS, 3)
        add_photos(doc, group.photos)


def _standard_reports(doc: DocxDocument, report: ArenaReport) -> None:
    _heading(doc, a.CH_REPORTS, 1, new_page=True)
    if not report.reports:
        _no_groups(doc)
        return
    for index, group in enumerate(report.reports):
        _heading(doc, a.group_label(group), 2, new_page=index > 0)
        doc.add_paragraph("Standardrapport", style="Subtitle")
        add_report_sections(doc, group, level=3, self_evaluation=False, photos=False)


def _evaluations(doc: DocxDocument, report: ArenaReport) -> None:
    _heading(doc, a.CH_EVALUATIONS, 1, new_page=True)
    if not report.reports:
        _no_groups(doc)
        return
    evaluated = a.evaluated_groups(report)
    if not evaluated:
        run = doc.add_paragraph().add_run(a.NO_EVALUATIONS)
        run.italic = True
        run.font.color.rgb = MUTED
    for group in evaluated:  # a group that did not evaluate is not named
        _heading(doc, a.group_label(group), 2)
        add_self_evaluation(doc, group.self_evaluation, level=3)
