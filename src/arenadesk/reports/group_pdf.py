"""The group's standard report (standardrapport) as a printable A4 PDF.

Sections follow the 2015 group reports, then the boards (picture and zone table, as
the 2013 report transcribed them) and the 2017 self-evaluation. The headings and
labels come from `group_text`, shared with the DOCX builder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from arenadesk.domain.report import BoardFigure, GroupReport, SelfEvaluation
from arenadesk.reports import group_text as t
from arenadesk.reports.board_drawing import BOLD, FONT, board_drawing
from arenadesk.reports.pdf_style import (
    HEADING,
    HEADING_HEX,
    MARGIN,
    MUTED,
    RULE,
    STYLES,
    Cell,
    NumberedCanvas,
    data_table,
    empty_marker,
    escape,
    fit_width,
    para,
    register_report_fonts,
    text_flowables,
)

PAGE = A4
TOP = 26 * mm  # the header sits in the top margin
WIDTH = PAGE[0] - 2 * MARGIN  # the text frame's width


def document_options(*, title: str, author: str, subject: str) -> dict[str, Any]:
    """Page, margins, fonts and metadata that every ArenaDesk report shares."""
    return {
        "pagesize": PAGE,
        "leftMargin": MARGIN,
        "rightMargin": MARGIN,
        "topMargin": TOP,
        "bottomMargin": MARGIN,
        "title": title,
        "author": author,
        "subject": subject,
        "creator": "ArenaDesk",
        "producer": "ArenaDesk (reportlab)",
        "lang": "nb",
        "initialFontName": FONT,
    }


def build_group_pdf(report: GroupReport, target: Path | BinaryIO) -> int:
    """Write the report as PDF to a path or a binary stream; returns its number of pages."""
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = BaseDocTemplate(
        destination,
        **document_options(
            title=t.document_title(report),
            author=t.document_author(report),
            subject=t.document_subject(report),
        ),
    )
    frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - TOP - MARGIN, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_header_for(report))])
    footer = fit_width(t.title_line(report), FONT, 8, WIDTH * 0.75)
    canvas_class = type("ReportCanvas", (NumberedCanvas,), {"footer_left": footer})
    doc.build(story(report), canvasmaker=canvas_class)
    return int(doc.page)


def story(report: GroupReport) -> list[Flowable]:
    """The report's flowables, section by section in the 2015 order."""
    return [*_title_block(report), *report_sections(report)]


def report_sections(
    report: GroupReport,
    *,
    level: int = 1,
    board_pictures: bool = True,
    self_evaluation: bool = True,
) -> list[Flowable]:
    """The standard report's sections with headings at `level` (1 = h1) and their parts
    one below; the compiled arena report nests them under a group heading."""
    out: list[Flowable] = [heading(t.H_PARTICIPANTS, level), *participants_table(report)]
    out += [heading(t.H_PROBLEM, level), *text_flowables(report.problem)]
    out += [heading(t.H_RESULT, level), *text_flowables(report.result)]
    out += [heading(t.H_CONCRETISATION, level), *text_flowables(report.concretisation)]
    out += [heading(t.H_NEXT_STEPS, level), *next_steps(report)]
    if report.web_use.strip():  # the one optional section: absent when not used
        out += [heading(t.H_WEB_USE, level), *text_flowables(report.web_use)]
    out += [heading(t.H_COMMENTS, level), *text_flowables(report.comments)]
    for index, figure in enumerate(report.boards):
        section = heading(t.H_BOARDS, level) if index == 0 else None
        out += board_flowables(figure, section, level=level + 1, picture=board_pictures)
    if self_evaluation:
        out += [heading(t.H_SELF_EVALUATION, level)]
        out += self_evaluation_flowables(report.self_evaluation, level=level + 1)
    return out


def heading(text: str, level: int) -> Paragraph:
    """A heading of fixed wording or user text at level 1–3 (h1, h2, h3)."""
    return Paragraph(escape(text), STYLES[f"h{min(max(level, 1), 3)}"])


def _title_block(report: GroupReport) -> list[Flowable]:
    subtitle = "Standardrapport"
    if t.header_line(report):
        subtitle += " · " + t.header_line(report)
    return [
        para(t.title_line(report), "title"),
        para(subtitle, "subtitle"),
        HRFlowable(width="100%", thickness=0.8, color=HEADING, spaceBefore=4, spaceAfter=2),
    ]


def participants_table(report: GroupReport) -> list[Flowable]:
    if not report.participants:
        return [empty_marker()]
    rows = []
    for person in t.ordered_participants(report.participants):
        name = escape(person.name)
        mark = t.role_mark(person.role)
        if mark:  # facilitator, owner and resource people stand out in the list
            name += f' <font name="{BOLD}" color="{HEADING_HEX}">({mark})</font>'
        rows.append(
            [
                Paragraph(name, STYLES["cell"]),
                para(person.title, "cell"),
                para(person.organisation, "cell"),
                Paragraph(
                    "<br/>".join(escape(line) for line in t.attendance_lines(person)),
                    STYLES["cell"],
                ),
            ]
        )
    widths = [WIDTH * share for share in (0.31, 0.25, 0.30, 0.14)]
    return [data_table(t.PARTICIPANT_COLUMNS, rows, widths)]


def next_steps(report: GroupReport) -> list[Flowable]:
    out: list[Flowable] = []
    if report.action_items:
        rows = [
            [
                para(item.what, "cell"),
                para(item.who or t.NO_VALUE, "cell"),
                para(item.when or t.NO_VALUE, "cell"),
            ]
            for item in report.action_items
        ]
        widths = [WIDTH * share for share in (0.56, 0.26, 0.18)]
        out += [data_table(t.ACTION_COLUMNS, rows, widths), Spacer(1, 3 * mm)]
    for label, value in t.meeting_lines(report):
        out.append(Paragraph(f"<b>{escape(label)}</b> {escape(value)}", STYLES["body"]))
    return out or [empty_marker()]


def board_picture(figure: BoardFigure) -> Flowable:
    """The board as a vector drawing the width of the text."""
    picture = board_drawing(figure.template, figure.notes, width=WIDTH)  # type: ignore[arg-type]
    picture.hAlign = "CENTER"
    picture.initialFontName = FONT  # else the renderer adds an unused Helvetica
    return picture


def board_title(figure: BoardFigure) -> str:
    return figure.title or figure.template.name.nb


def board_flowables(
    figure: BoardFigure,
    section: Paragraph | None,
    *,
    level: int = 2,
    picture: bool = True,
    table: bool = True,
) -> list[Flowable]:
    """Title and picture kept together on one page (with the section heading before the
    first board, which would otherwise be left alone at a page's foot), then the table.
    Without the picture, a line says where it is (the compiled report draws each board
    once, on the group's page)."""
    lead: list[Flowable] = [*([section] if section else []), heading(board_title(figure), level)]
    if picture:
        lead += [board_picture(figure), Spacer(1, 4 * mm)]
    else:
        lead.append(Paragraph(escape(t.PICTURE_ELSEWHERE), STYLES["empty"]))
    out: list[Flowable] = [KeepTogether(lead)]
    if table:
        out += [zone_table(figure), Spacer(1, 4 * mm)]
    return out


def zone_table(figure: BoardFigure) -> Flowable:
    """The board as the 2013 report transcribed it: each zone with its notes."""
    rows: list[list[Cell]] = []
    for zone, texts in t.zone_rows(figure.template, figure.notes):
        notes: list[Flowable] = [
            Paragraph(escape(text), STYLES["cell-note"], bulletText="–") for text in texts
        ]
        rows.append([para(zone, "cell", bold="1"), notes or [para(t.NO_VALUE, "cell")]])
    return data_table(t.ZONE_COLUMNS, rows, [WIDTH * 0.27, WIDTH * 0.73])


def self_evaluation_flowables(evaluation: SelfEvaluation, *, level: int = 2) -> list[Flowable]:
    """The 2017 self-evaluation: results, gjennomføringskraft with the six reasons, tips."""
    out: list[Flowable] = [heading(t.H_RESULTS_ACHIEVED, level)]
    out += text_flowables(evaluation.results)
    out.append(heading(t.H_STRENGTH, level))
    rating = escape(t.strength_text(evaluation.strength))
    out.append(Paragraph(f"{escape(t.STRENGTH_LEAD)} <b>{rating}</b>", STYLES["body"]))
    out.append(para(t.REASONS_LEAD, "body"))
    for ticked, reason in t.reason_lines(evaluation.reasons):
        style = "check-on" if ticked else "check-off"
        mark = t.TICKED if ticked else t.UNTICKED
        out.append(Paragraph(escape(reason), STYLES[style], bulletText=mark))
    if evaluation.reasons_text.strip():
        out += [Spacer(1, 2 * mm), *text_flowables(evaluation.reasons_text)]
    out += [heading(t.H_TIPS, level), *text_flowables(evaluation.tips)]
    return out


def _header_for(report: GroupReport) -> Callable[[Canvas, BaseDocTemplate], None]:
    arena = t.header_line(report)
    code = t.clean(report.code)

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = PAGE
        y = height - 15 * mm
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 9)
        code_text = fit_width(code, BOLD, 9, WIDTH * 0.3)
        canvas.drawRightString(width - MARGIN, y, code_text)
        room = WIDTH - canvas.stringWidth(code_text, BOLD, 9) - 12
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, y, fit_width(arena, FONT, 8, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
        canvas.restoreState()

    return draw
