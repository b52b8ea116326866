"""The compiled arena report (arenarapport) as an A4 PDF with bookmarks.

The structure of the 2017 arena report: a cover; the summary (dates, venue, theme,
participants by perspective, the number of groups); the groups overview (code, title,
owner, facilitators); a page per group (problem, result, next steps, the boards as
pictures); Vedlegg 1 with every group's standard report and Vedlegg 2 with the
self-evaluations. Every chapter and every group is an entry in the PDF's outline. The
pieces of the group report (`group_pdf`, `pdf_style`) are reused, so both documents
look and read alike.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from arenadesk.domain.arena_report import ArenaReport, GroupOverviewRow
from arenadesk.domain.report import GroupReport
from arenadesk.reports import arena_text as a
from arenadesk.reports import group_text as t
from arenadesk.reports import proceedings_pdf
from arenadesk.reports.board_drawing import FONT
from arenadesk.reports.group_pdf import (
    board_flowables,
    heading,
    photo_section,
    report_sections,
    section_body,
    self_evaluation_flowables,
)
from arenadesk.reports.pdf_pages import (
    FRAME_HEIGHT,
    WIDTH,
    RunningHeaderDocument,
    document_options,
)
from arenadesk.reports.pdf_style import (
    HEADING,
    MARGIN,
    RULE,
    STYLES,
    NumberedCanvas,
    column_widths,
    data_table,
    escape,
    fit_width,
    outline_heading,
    para,
    register_report_fonts,
)


def build_arena_pdf(report: ArenaReport, target: Path | BinaryIO) -> None:
    """Write the arena report as PDF to a path or a binary stream."""
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = RunningHeaderDocument(
        destination,
        header_left=a.header_line(report),
        **document_options(
            title=a.document_title(report),
            author=a.document_author(report),
            subject=a.document_subject(report),
        ),
    )
    cover = PageTemplate(
        "cover", [Frame(MARGIN, MARGIN, WIDTH, FRAME_HEIGHT, id="cover")], onPage=_show_outline
    )
    doc.addPageTemplates([cover, doc.page_template()])
    footer = fit_width(a.document_title(report), FONT, 8, WIDTH * 0.75)
    canvas_class = type(
        "ArenaCanvas", (NumberedCanvas,), {"footer_left": footer, "footer_skips_first": True}
    )
    with _unchecked_shapes():
        doc.build(story(report), canvasmaker=canvas_class)


@contextlib.contextmanager
def _unchecked_shapes() -> Iterator[None]:
    """reportlab checks every attribute set on a drawing's shapes; the board drawings are
    made by our own code and tested, and 29 groups' boards set some 100 000 attributes
    (a fifth of the build). Restored afterwards."""
    saved = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = saved


def _show_outline(canvas: Canvas, _doc: Any) -> None:
    canvas.showOutline()  # the reader opens with the bookmarks pane


def story(report: ArenaReport) -> list[Flowable]:
    """The report's flowables, chapter by chapter."""
    plan = a.chapters(report)  # the groups' chapters, the Open Space ones, or both
    out = _cover(report)
    out += [NextPageTemplate("page"), PageBreak(), *_summary(report)]
    if plan.groups:
        out += [PageBreak(), *_overview(report)]
        out += [PageBreak(), *_group_pages(report)]
    out += proceedings_pdf.arena_chapter(plan)
    if plan.groups:
        out += [PageBreak(), *_standard_reports(report)]
        out += [PageBreak(), *_evaluations(report)]
    out += proceedings_pdf.arena_appendices(plan)
    return out


def _chapter(title: str) -> Flowable:
    mark = outline_heading(title, "chapter", title, 0)
    mark.running = a.SHORT[title]
    mark.is_chapter = True
    return mark


def _group_heading(text: str, report: GroupReport, chapter: str) -> Flowable:
    mark = outline_heading(text, "h1", a.group_label(report), 1)
    mark.running = f"{a.SHORT[chapter]} · {t.clean(report.code)}"
    return mark


def _no_groups() -> Paragraph:
    return Paragraph(escape(a.NO_GROUPS), STYLES["empty"])


def _cover(report: ArenaReport) -> list[Flowable]:
    lines = [
        value
        for value in (report.arena_dates, report.venue.strip(), report.organiser.strip())
        if value
    ]
    return [
        Spacer(1, 55 * mm),
        para(a.arena_title(report), "cover-title"),
        para(a.SUBTITLE, "cover-subtitle"),
        HRFlowable(width="100%", thickness=1.2, color=HEADING, spaceBefore=2, spaceAfter=10),
        *(para(line, "cover-line") for line in lines),
    ]


def _summary(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_SUMMARY), para(a.summary_lead(report))]
    out += proceedings_pdf.arena_result(a.chapters(report))
    facts = [
        [para(label, "cell", bold="1"), para(value, "cell")]
        for label, value in a.summary_rows(report)
    ]
    out += [_facts_table(facts, [WIDTH * 0.25, WIDTH * 0.75]), Spacer(1, 2 * mm)]
    out.append(heading(a.H_PERSPECTIVES, 2))
    lines = a.perspective_rows(report)
    rows = [
        [para(cell, "cell", bold="1" if number == len(lines) else "") for cell in line]
        for number, line in enumerate(lines, start=1)  # the last line, the total, in bold
    ]
    table = data_table(a.PERSPECTIVE_COLUMNS, rows, [WIDTH * 0.45, WIDTH * 0.2, WIDTH * 0.2])
    out += [table, Spacer(1, 4 * mm)]
    if report.group_count:
        out.append(para(a.evaluation_line(report)))
    return out


def _facts_table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    """Label/value lines in the report tables' look, without a header row."""
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, HEADING),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, HEADING),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _overview(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_OVERVIEW)]
    if not report.groups:
        return [*out, _no_groups()]
    rows = [
        [para(cell, "cell", bold="1" if column == 0 else "") for column, cell in enumerate(cells)]
        for cells in map(a.overview_cells, report.groups)
    ]
    cells = [a.overview_cells(group) for group in report.groups]
    shares = (0.09, 0.41, 0.25, 0.25)
    widths = column_widths(a.OVERVIEW_COLUMNS, cells, shares, WIDTH, bold=(0,))
    return [*out, data_table(a.OVERVIEW_COLUMNS, rows, widths)]


def _group_pages(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_GROUPS)]
    if not report.reports:
        return [*out, _no_groups()]
    for index, (row, group) in enumerate(zip(report.groups, report.reports, strict=True)):
        if index:
            out.append(PageBreak())
        out += _group_page(row, group)
    return out


def _group_page(row: GroupOverviewRow, group: GroupReport) -> list[Flowable]:
    out: list[Flowable] = [
        _group_heading(a.group_heading(group.code, group.title), group, a.CH_GROUPS)
    ]
    for label, value in a.group_facts(row):
        out.append(Paragraph(f"<b>{escape(label)}</b> {escape(value)}", STYLES["body"]))
    for key, title in a.group_page_sections(group):
        out += [heading(title, 2), *section_body(group, key, 2)]
    for index, figure in enumerate(group.boards):
        section = heading(a.H_BOARDS, 2) if index == 0 else None
        out += board_flowables(figure, section, level=3, table=False)
    return out + photo_section(group, 2)


def _standard_reports(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_REPORTS)]
    if not report.reports:
        return [*out, _no_groups()]
    for index, group in enumerate(report.reports):
        if index:
            out.append(PageBreak())
        out += [
            _group_heading(a.group_label(group), group, a.CH_REPORTS),
            para("Standardrapport", "subtitle"),
            *report_sections(
                group, level=2, board_pictures=False, self_evaluation=False, photos=False
            ),
        ]
    return out


def _evaluations(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_EVALUATIONS)]
    if not report.reports:
        return [*out, _no_groups()]
    evaluated = a.evaluated_groups(report)
    if not evaluated:
        return [*out, Paragraph(escape(a.NO_EVALUATIONS), STYLES["empty"])]
    for index, group in enumerate(evaluated):  # a group that did not evaluate is not named
        if index:
            out.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=10))
        out.append(_group_heading(a.group_label(group), group, a.CH_EVALUATIONS))
        out += self_evaluation_flowables(group.self_evaluation, level=2)
    return out
