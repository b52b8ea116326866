"""The group's standard report as an editable Word document (DOCX), same sections as the PDF.

Boards appear as their zone tables only: turning the vector drawing into a picture needs
reportlab's renderPM backend (rl_renderPM or rlPyCairo), which the app does not ship, so
a line points the reader to the PDF for the picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from arenadesk.domain.report import STRENGTH_LEVELS, BoardFigure, GroupReport, SelfEvaluation
from arenadesk.domain.report_template import TEXT_SECTIONS
from arenadesk.domain.richtext import is_blank
from arenadesk.reports import group_text as t
from arenadesk.reports.docx_text import add_rich_text
from arenadesk.reports.photo_docx import add_photos
from arenadesk.reports.photo_text import H_PHOTOS

LANGUAGE = "nb-NO"
MUTED = RGBColor(0x66, 0x72, 0x7F)
TABLE_STYLE = "Light List Accent 1"  # header band and thin rules, like the PDF


def build_group_docx(report: GroupReport, target: Path | BinaryIO) -> None:
    """Write the report as DOCX to a path or a binary stream."""
    doc = Document()
    set_up_document(
        doc,
        title=t.document_title(report),
        author=t.document_author(report),
        subject=t.document_subject(report),
        header_left=t.header_line(report),
        header_right=t.clean(report.code),
        footer_left=t.title_line(report),
    )
    doc.add_heading(t.title_line(report), 0)
    subtitle = "Standardrapport"
    if t.header_line(report):
        subtitle += " · " + t.header_line(report)
    doc.add_paragraph(subtitle, style="Subtitle")
    add_report_sections(doc, report)
    doc.save(str(target) if isinstance(target, Path) else target)


def add_report_sections(
    doc: DocxDocument,
    report: GroupReport,
    *,
    level: int = 1,
    self_evaluation: bool = True,
    photos: bool = True,
) -> None:
    """The sections of the arena's template that have content, as Word headings at
    `level`, their parts one below (the compiled arena report nests them under a group
    heading). A section with nothing in it is left out. The group's photos follow as
    *Bilder*, before the self-evaluation."""
    pictures = photos and bool(report.photos)
    for section in report.printed_sections():
        if section.key == "self_evaluation" and pictures:
            add_photo_section(doc, report, level)
            pictures = False
        if section.key == "self_evaluation" and not self_evaluation:
            continue
        doc.add_heading(t.clean(section.heading), level)
        add_section_body(doc, report, section.key, level, photos=photos)
    if pictures:
        add_photo_section(doc, report, level)


def add_photo_section(doc: DocxDocument, report: GroupReport, level: int) -> None:
    """*Bilder*: the group's photos with their captions."""
    doc.add_heading(H_PHOTOS, level)
    add_photos(doc, report.photos)


def add_section_body(
    doc: DocxDocument, report: GroupReport, key: str, level: int, *, photos: bool = True
) -> None:
    """What a section prints under its heading (the boards with their photos, unless
    `photos` is off)."""
    if key == "participants":
        add_participants(doc, report)
    elif key == "next_steps":
        add_next_steps(doc, report, level=level)
    elif key == "boards":
        for figure in report.boards:
            add_board(doc, figure, level=level + 1, photos=photos)
    elif key == "self_evaluation":
        add_self_evaluation(doc, report.self_evaluation, level=level + 1)
    elif key in TEXT_SECTIONS:
        add_text(doc, getattr(report, key), level=level)
    else:
        add_text(doc, report.extras.get(key, ""), level=level)


def set_up_document(
    doc: DocxDocument,
    *,
    title: str,
    author: str,
    subject: str,
    header_left: str,
    header_right: str,
    footer_left: str,
) -> None:
    """A4 with the PDF's margins, bokmål for spelling, metadata, header and footer."""
    props = doc.core_properties
    # Word's core properties hold at most 255 characters (a group title may have 300).
    props.title = _property(title)
    props.author = _property(author)
    props.subject = _property(subject)
    props.language = LANGUAGE
    props.comments = "Laget med ArenaDesk"
    props.last_modified_by = "ArenaDesk"
    # Word spell-checks in the document default's language.
    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    rpr.append(lang)
    normal.font.size = Pt(10.5)

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.bottom_margin = Mm(22)
    section.top_margin = Mm(24)
    text_width = section.page_width - section.left_margin - section.right_margin

    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    _run(header, header_left, size=8)
    _run(header, "\t" + header_right, size=9, bold=True)

    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    _run(footer, footer_left + "\tside ", size=8)
    _field(footer, "PAGE")
    _run(footer, " av ", size=8)
    _field(footer, "NUMPAGES")


def _run(paragraph: Paragraph, text: str, *, size: float, bold: bool = False) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.color.rgb = MUTED
    run.bold = bold


def _field(paragraph: Paragraph, code: str) -> None:
    """A simple field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def add_empty(doc: DocxDocument | _Cell) -> None:
    """A line saying a list is empty (the Open Space reports' participants)."""
    run = doc.add_paragraph().add_run(t.EMPTY)
    run.italic = True
    run.font.color.rgb = MUTED


def add_text(doc: DocxDocument | _Cell, text: str, *, level: int = 1) -> None:
    """A free text: paragraphs with their lines, lists, sub-headings one level below."""
    add_rich_text(doc, t.clean(text), heading_level=level + 1)


def add_table(doc: DocxDocument, header: Sequence[str], widths: Sequence[float]) -> Table:
    """A table with its header row, marked to repeat on every page Word breaks it over."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles[TABLE_STYLE]
    row = table.rows[0]
    for cell, label, width in zip(row.cells, header, widths, strict=True):
        cell.width = Mm(width)
        cell.paragraphs[0].add_run(label).bold = True
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(repeat)
    return table


def add_row(table: Table, values: Sequence[str], widths: Sequence[float]) -> list[_Cell]:
    cells = table.add_row().cells
    for cell, value, width in zip(cells, values, widths, strict=True):
        cell.width = Mm(width)
        if value:
            cell.paragraphs[0].add_run(t.clean(value))
    return list(cells)


def add_participants(doc: DocxDocument, report: GroupReport) -> None:
    widths = (52, 42, 50, 22)
    table = add_table(doc, t.PARTICIPANT_COLUMNS, widths)
    for person in t.ordered_participants(report.participants):
        days = "\n".join(t.attendance_lines(person))
        values = (person.name, person.title, person.organisation, days)
        cells = add_row(table, values, widths)
        mark = t.role_mark(person.role)
        if mark:
            cells[0].paragraphs[0].add_run(f" ({mark})").bold = True


def add_next_steps(doc: DocxDocument, report: GroupReport, *, level: int = 1) -> None:
    """Steps with who or when as a table (a cell holds the step's lines and lists);
    steps written as paragraphs, with no who or when, as the group wrote them."""
    items = report.action_items
    if any(item.who.strip() or item.when.strip() for item in items):
        widths = (92, 44, 30)
        table = add_table(doc, t.ACTION_COLUMNS, widths)
        for item in items:
            cells = add_row(table, ("", item.who, item.when), widths)
            add_text(cells[0], item.what)
    else:
        for item in items:
            add_text(doc, item.what, level=level)
    for label, value in t.meeting_lines(report):
        paragraph = doc.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + value)


def add_board(
    doc: DocxDocument, figure: BoardFigure, *, level: int = 2, photos: bool = True
) -> None:
    doc.add_heading(t.clean(figure.title or figure.template.name.nb), level)
    note = doc.add_paragraph().add_run(t.NO_PICTURE)
    note.italic = True
    note.font.color.rgb = MUTED
    if photos:  # the photo of the paper board, before its transcription
        add_photos(doc, figure.photos, board=True)
    widths = (46, 120)
    table = add_table(doc, t.ZONE_COLUMNS, widths)
    for zone, texts in t.zone_rows(figure.template, figure.notes):
        cells = add_row(table, (zone, ""), widths)
        cells[0].paragraphs[0].runs[0].bold = True
        notes = cells[1]
        if not texts:
            notes.paragraphs[0].add_run(t.NO_VALUE)
        for index, text in enumerate(texts):
            paragraph = notes.paragraphs[0] if index == 0 else notes.add_paragraph()
            paragraph.style = doc.styles["List Bullet"]
            paragraph.add_run(text)


def add_self_evaluation(doc: DocxDocument, evaluation: SelfEvaluation, *, level: int = 2) -> None:
    """The parts of the self-evaluation the group filled in (as in the PDF)."""
    if not is_blank(evaluation.results):
        doc.add_heading(t.H_RESULTS_ACHIEVED, level)
        add_text(doc, evaluation.results, level=level)
    rated = evaluation.strength in STRENGTH_LEVELS
    if rated or evaluation.reasons or not is_blank(evaluation.reasons_text):
        doc.add_heading(t.H_STRENGTH, level)
        if rated:
            rating = doc.add_paragraph(t.STRENGTH_LEAD + " ")
            rating.add_run(t.strength_text(evaluation.strength)).bold = True
        if evaluation.reasons:
            doc.add_paragraph(t.REASONS_LEAD)
            for ticked, reason in t.reason_lines(evaluation.reasons):
                mark = t.TICKED if ticked else t.UNTICKED
                line = doc.add_paragraph().add_run(f"{mark} {reason}")
                if not ticked:
                    line.font.color.rgb = MUTED
        add_text(doc, evaluation.reasons_text, level=level)
    if not is_blank(evaluation.tips):
        doc.add_heading(t.H_TIPS, level)
        add_text(doc, evaluation.tips, level=level)


def _property(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
