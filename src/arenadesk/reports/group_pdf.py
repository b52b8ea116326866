"""The group's standard report (standardrapport) as a printable A4 PDF.

Sections follow the 2015 group reports, then the boards (picture and zone table, as
the 2013 report transcribed them) and the 2017 self-evaluation. The headings and
labels come from `group_text`, shared with the DOCX builder.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from arenadesk.domain.report import BoardFigure, GroupReport, SelfEvaluation
from arenadesk.domain.report_template import TEXT_SECTIONS
from arenadesk.reports import group_text as t
from arenadesk.reports.board_drawing import BOLD, FONT, board_drawing
from arenadesk.reports.pdf_pages import WIDTH, RunningHeaderDocument, document_options
from arenadesk.reports.pdf_style import (
    HEADING,
    HEADING_HEX,
    STYLES,
    Cell,
    NumberedCanvas,
    column_widths,
    data_table,
    escape,
    fit_width,
    para,
    register_report_fonts,
)
from arenadesk.reports.pdf_text import text_flowables
from arenadesk.reports.photo_pdf import photo_flowables
from arenadesk.reports.photo_text import H_PHOTOS


def build_group_pdf(report: GroupReport, target: Path | BinaryIO) -> int:
    """Write the report as PDF to a path or a binary stream; returns its number of pages."""
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = RunningHeaderDocument(
        destination,
        header_left=t.header_line(report),
        label=t.clean(report.code),
        **document_options(
            title=t.document_title(report),
            author=t.document_author(report),
            subject=t.document_subject(report),
        ),
    )
    doc.addPageTemplates([doc.page_template()])
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
    photos: bool = True,
) -> list[Flowable]:
    """The sections of the arena's template that have content, with its headings at
    `level` (1 = h1) and their parts one below; the compiled arena report nests them
    under a group heading. A section with nothing in it is left out. The group's
    photos follow as *Bilder*, before the self-evaluation."""
    out: list[Flowable] = []
    pictures = photo_section(report, level) if photos else []
    for section in report.printed_sections():
        key = section.key
        if key == "self_evaluation":
            out += pictures
            pictures = []
        if key == "boards":
            for index, figure in enumerate(report.boards):
                lead = heading(section.heading, level) if index == 0 else None
                out += board_flowables(figure, lead, level=level + 1, picture=board_pictures)
        elif key != "self_evaluation" or self_evaluation:
            out += [heading(section.heading, level), *section_body(report, key, level)]
    return out + pictures


def photo_section(report: GroupReport, level: int) -> list[Flowable]:
    """*Bilder*: the group's photos with their captions; nothing when it has none."""
    if not report.photos:
        return []
    return photo_flowables(report.photos, lead=[heading(H_PHOTOS, level)])


def section_body(report: GroupReport, key: str, level: int) -> list[Flowable]:
    """What a section of the report prints under its heading (not the boards)."""
    if key == "participants":
        return participants_table(report)
    if key == "next_steps":
        return next_steps(report)
    if key == "self_evaluation":
        return self_evaluation_flowables(report.self_evaluation, level=level + 1)
    if key in TEXT_SECTIONS:
        return text_flowables(getattr(report, key))
    return text_flowables(report.extras.get(key, ""))


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
        return []
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
    cells = [
        (
            f"{p.name} ({t.role_mark(p.role)})",
            p.title,
            p.organisation,
            " ".join(t.attendance_lines(p)),
        )
        for p in report.participants
    ]
    widths = column_widths(t.PARTICIPANT_COLUMNS, cells, (0.31, 0.25, 0.30, 0.14), WIDTH, bold=(0,))
    return [data_table(t.PARTICIPANT_COLUMNS, rows, widths)]


def next_steps(report: GroupReport) -> list[Flowable]:
    """Steps with who or when as a table (a cell may hold several lines and lists); steps
    written as paragraphs, with no who or when, as the group wrote them."""
    out: list[Flowable] = []
    items = report.action_items
    if any(item.who.strip() or item.when.strip() for item in items):
        rows = [
            [
                text_flowables(item.what, "cell") or para("", "cell"),
                para(item.who, "cell"),
                para(item.when, "cell"),
            ]
            for item in items
        ]
        cells = [(item.what, item.who, item.when) for item in items]
        widths = column_widths(t.ACTION_COLUMNS, cells, (0.56, 0.26, 0.18), WIDTH)
        out += [data_table(t.ACTION_COLUMNS, rows, widths), Spacer(1, 3 * mm)]
    else:
        for item in items:
            out += text_flowables(item.what)
    for label, value in t.meeting_lines(report):
        out.append(Paragraph(f"<b>{escape(label)}</b> {escape(value)}", STYLES["body"]))
    return out


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
    if picture:  # the photo of the paper board beside the drawn one
        out += photo_flowables(figure.photos, board=True)
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
    cells = [(zone, " ".join(texts)) for zone, texts in t.zone_rows(figure.template, figure.notes)]
    widths = column_widths(t.ZONE_COLUMNS, cells, (0.27, 0.73), WIDTH, bold=(0,))
    return data_table(t.ZONE_COLUMNS, rows, widths)


def self_evaluation_flowables(evaluation: SelfEvaluation, *, level: int = 2) -> list[Flowable]:
    """The 2017 self-evaluation, the parts the group filled in: results,
    gjennomføringskraft with the six reasons (when one is ticked), tips."""
    out: list[Flowable] = []
    results = text_flowables(evaluation.results)
    if results:
        out += [heading(t.H_RESULTS_ACHIEVED, level), *results]
    reasons = text_flowables(evaluation.reasons_text)
    if evaluation.strength in t.STRENGTH_LEVELS or evaluation.reasons or reasons:
        out.append(heading(t.H_STRENGTH, level))
        if evaluation.strength in t.STRENGTH_LEVELS:
            rating = escape(t.strength_text(evaluation.strength))
            out.append(Paragraph(f"{escape(t.STRENGTH_LEAD)} <b>{rating}</b>", STYLES["body"]))
        if evaluation.reasons:
            out.append(para(t.REASONS_LEAD, "body"))
            for ticked, reason in t.reason_lines(evaluation.reasons):
                style = "check-on" if ticked else "check-off"
                mark = t.TICKED if ticked else t.UNTICKED
                out.append(Paragraph(escape(reason), STYLES[style], bulletText=mark))
        if reasons:
            out += [Spacer(1, 2 * mm), *reasons]
    tips = text_flowables(evaluation.tips)
    if tips:
        out += [heading(t.H_TIPS, level), *tips]
    return out
