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
    BaseDocTemplate,
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
    PAGE,
    TOP,
    WIDTH,
    board_flowables,
    document_options,
    heading,
    next_steps,
    report_sections,
    self_evaluation_flowables,
)
from arenadesk.reports.pdf_style import (
    HEADING,
    MARGIN,
    RULE,
    STYLES,
    NumberedCanvas,
    add_outline_entry,
    data_table,
    draw_running_header,
    empty_marker,
    escape,
    fit_width,
    outline_heading,
    para,
    register_report_fonts,
    text_flowables,
)


def build_arena_pdf(report: ArenaReport, target: Path | BinaryIO) -> None:
    """Write the arena report as PDF to a path or a binary stream."""
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = _ArenaDocument(
        destination,
        **document_options(
            title=a.document_title(report),
            author=a.document_author(report),
            subject=a.document_subject(report),
        ),
    )
    doc.header_left = a.header_line(report)
    height = PAGE[1] - TOP - MARGIN
    doc.addPageTemplates(
        [
            PageTemplate(
                "cover",
                [Frame(MARGIN, MARGIN, WIDTH, height, id="cover")],
                onPage=_show_outline,
            ),
            PageTemplate(
                "page",
                [Frame(MARGIN, MARGIN, WIDTH, height, id="body")],
                onPage=doc.begin_page,
                onPageEnd=doc.draw_header,
            ),
        ]
    )
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


class _ArenaDocument(BaseDocTemplate):
    """Adds each chapter and group heading to the outline as it is drawn, and keeps the
    running header (the chapter, and the group's code on a group's pages)."""

    header_left = ""
    running = ""  # the label in force where the last page ended
    _page_label = ""  # the label this page's header shows
    _label_set = False  # whether a heading on this page set it
    _os_chapter = False  # whether that heading is an Open Space chapter's

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        add_outline_entry(self, flowable)
        label = getattr(flowable, "running", None)
        if label:
            # The first label on a page names it; a chapter's label gives way to its first
            # group's when that starts on the same page.
            if not self._label_set or self._page_label in a.SHORT.values() or self._os_chapter:
                self._page_label, self._label_set = label, True
                self._os_chapter = bool(getattr(flowable, "is_chapter", False))
            self.running = label

    def begin_page(self, _canvas: Canvas, _doc: Any) -> None:
        self._page_label, self._label_set = self.running, False

    def draw_header(self, canvas: Canvas, _doc: Any) -> None:
        draw_running_header(canvas, PAGE, self.header_left, self._page_label, 0.4)


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
    widths = [WIDTH * share for share in (0.09, 0.41, 0.25, 0.25)]
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
    out += [heading(a.H_PROBLEM, 2), *text_flowables(group.problem)]
    out += [heading(a.H_RESULT, 2), *text_flowables(group.result)]
    out += [heading(a.H_NEXT_STEPS, 2), *next_steps(group)]
    for index, figure in enumerate(group.boards):
        section = heading(a.H_BOARDS, 2) if index == 0 else None
        out += board_flowables(figure, section, level=3, table=False)
    return out


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
            *report_sections(group, level=2, board_pictures=False, self_evaluation=False),
        ]
    return out


def _evaluations(report: ArenaReport) -> list[Flowable]:
    out: list[Flowable] = [_chapter(a.CH_EVALUATIONS)]
    if not report.reports:
        return [*out, _no_groups()]
    for index, group in enumerate(report.reports):
        if index:
            out.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=10))
        out.append(_group_heading(a.group_label(group), group, a.CH_EVALUATIONS))
        if group.self_evaluation.is_empty:
            out.append(empty_marker())  # one line for a group that did not evaluate
        else:
            out += self_evaluation_flowables(group.self_evaluation, level=2)
    return out
