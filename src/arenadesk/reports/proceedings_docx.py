"""The Open Space proceedings as an editable Word document (DOCX), as the PDF has them.

Chapters are Heading 1, økter and working reports Heading 2 and a report's parts
Heading 3, so Word's navigation pane lists the document as the PDF's bookmarks do. The
chapter pieces are also the compiled arena report's Open Space chapters (`arena_docx`).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Mm, RGBColor

from arenadesk.domain.open_space import ConversationRow
from arenadesk.domain.proceedings import Proceedings
from arenadesk.domain.richtext import is_blank
from arenadesk.reports import proceedings_text as p_text
from arenadesk.reports.group_docx import (
    MUTED,
    add_empty,
    add_row,
    add_table,
    add_text,
    set_up_document,
)
from arenadesk.reports.group_text import clean
from arenadesk.reports.photo_docx import add_photos
from arenadesk.reports.photo_text import H_PHOTOS

HEADING_BLUE = RGBColor(0x1C, 0x3D, 0x5A)  # the PDF's heading colour


def build_proceedings_docx(proceedings: Proceedings, target: Path | BinaryIO) -> None:
    """Write the proceedings as DOCX to a path or a binary stream."""
    p = proceedings
    doc = Document()
    set_up_document(
        doc,
        title=p_text.document_title(p),
        author=p_text.document_author(p),
        subject=p_text.document_subject(p),
        header_left=p_text.header_line(p),
        header_right=p_text.title(p),
        footer_left=p_text.document_title(p),
    )
    doc.add_heading(p_text.title(p), 0)
    if p_text.header_line(p):
        doc.add_paragraph(p_text.header_line(p), style="Subtitle")
    doc.add_paragraph(p_text.lead(p))
    add_input_overview(doc, p, 1, 2, lead=False)
    add_inputs_appendix(doc, p, p_text.appendix(1, p_text.inputs_name(p)))
    add_reports_appendix(doc, p, p_text.appendix(2, p_text.reports_name(p)))
    doc.save(str(target) if isinstance(target, Path) else target)


def _heading(doc: DocxDocument, text: str, level: int, *, new_page: bool = False) -> None:
    heading = doc.add_heading(clean(text), level)
    heading.paragraph_format.page_break_before = new_page
    heading.paragraph_format.keep_with_next = True


def _muted(doc: DocxDocument, text: str) -> None:
    run = doc.add_paragraph().add_run(text)
    run.italic = True
    run.font.color.rgb = MUTED


def _labelled(doc: DocxDocument, label: str, value: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_after = Mm(0.5)
    paragraph.add_run(label).bold = True
    paragraph.add_run(" " + clean(value))


def add_input_overview(
    doc: DocxDocument,
    p: Proceedings,
    inputs_appendix: int,
    reports_appendix: int,
    *,
    lead: bool = True,
) -> None:
    """The lead, 'Resultat: N innspill' and every input's number and title."""
    if lead:
        doc.add_paragraph(p_text.overview_lead(p, inputs_appendix, reports_appendix))
    result = doc.add_paragraph().add_run(p_text.result_line(p))
    result.bold = True
    result.font.color.rgb = HEADING_BLUE
    if not p.inputs:
        _muted(doc, p_text.NO_INPUTS)
        return
    widths = (18, 148)
    table = add_table(doc, p_text.OVERVIEW_COLUMNS, widths)
    for row in p.inputs:
        cells = add_row(table, (p_text.number_text(row), row.title), widths)
        cells[0].paragraphs[0].runs[0].bold = True


def add_knowledge_topics(doc: DocxDocument, p: Proceedings, reports_appendix: int) -> None:
    """The 2017 report's list of the knowledge meetings' topics."""
    doc.add_paragraph(p_text.knowledge_lead(p, reports_appendix))
    for row in p.conversations:
        doc.add_paragraph(p_text.input_heading(row), style="List Bullet")


def add_inputs_appendix(doc: DocxDocument, p: Proceedings, title: str, *, level: int = 1) -> None:
    """Vedlegg 1: every input by økt: number and title, the type line, the text."""
    _heading(doc, title, level, new_page=True)
    if not p.inputs:
        _muted(doc, p_text.NO_INPUTS)
        return
    for session, rows in p.by_session(p.inputs):
        _heading(doc, p_text.session_heading(session), level + 1)
        for row in rows:
            _input_entry(doc, row)


def _input_entry(doc: DocxDocument, row: ConversationRow) -> None:
    title = doc.add_paragraph()
    title.paragraph_format.keep_with_next = True
    title.paragraph_format.space_before = Mm(2)
    number = title.add_run(p_text.number_text(row) + "\t")
    number.bold = True
    number.font.color.rgb = HEADING_BLUE
    title.add_run(clean(row.title)).bold = True
    title.paragraph_format.left_indent = Mm(16)
    title.paragraph_format.first_line_indent = Mm(-16)
    title.paragraph_format.tab_stops.add_tab_stop(Mm(16))
    type_line = p_text.type_line(row)
    if type_line:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Mm(16)
        paragraph.paragraph_format.keep_with_next = bool(row.input_text.strip())
        run = paragraph.add_run(type_line)
        run.italic = True
        run.font.color.rgb = HEADING_BLUE
    if row.input_text.strip():
        for line in clean(row.input_text).split("\n\n"):
            paragraph = doc.add_paragraph(line.strip())
            paragraph.paragraph_format.left_indent = Mm(16)


def add_reports_appendix(doc: DocxDocument, p: Proceedings, title: str, *, level: int = 1) -> None:
    """Vedlegg 2: one working report per conversation, with who took part."""
    _heading(doc, title, level, new_page=True)
    if not p.reports:
        _muted(doc, p_text.NO_REPORTS)
        return
    doc.add_paragraph(p_text.REPORTS_LEAD)
    for row in p.reports:
        _report(doc, p, row, level + 1)


def _report(doc: DocxDocument, p: Proceedings, row: ConversationRow, level: int) -> None:
    _heading(doc, p_text.input_heading(row), level)
    if row.convener.strip():
        _labelled(doc, p_text.L_CONVENER, row.convener)
    _labelled(doc, p_text.L_WHEN, p_text.when_text(p, row))
    type_line = p_text.type_line(row)
    if type_line:
        doc.add_paragraph().add_run(type_line).italic = True
    _heading(doc, p_text.participants_heading(row), level + 1)
    if row.participants:
        widths = (75, 91)
        table = add_table(doc, p_text.PARTICIPANT_COLUMNS, widths)
        for person in row.participants:
            add_row(table, (person.name, person.organisation), widths)
    else:
        add_empty(doc)
    for title, text in ((p_text.H_INPUT, row.input_text), (p_text.H_DISCUSSION, row.discussion)):
        if not is_blank(text):  # a part the conversation left empty is left out
            _heading(doc, title, level + 1)
            add_text(doc, text, level=level + 1)
    if row.next_step_lines:
        _heading(doc, p_text.H_NEXT_STEPS, level + 1)
        for step in row.next_step_lines:
            doc.add_paragraph(clean(step), style="List Bullet")
    if row.documented_by.strip():
        _labelled(doc, p_text.L_DOCUMENTED_BY, row.documented_by)
    photos = p.photos_of(row)
    if photos:
        _heading(doc, H_PHOTOS, level + 1)
        add_photos(doc, photos)


# --- the compiled arena report's Open Space chapters -----------------------------------


def add_arena_result(doc: DocxDocument, plan: p_text.ArenaChapters) -> None:
    """'Resultat: 49 innspill' for the summary of an Open Space arena."""
    p = plan.open_space
    if p is not None and not p.knowledge_meetings:
        run = doc.add_paragraph().add_run(p_text.result_line(p))
        run.bold = True
        run.font.color.rgb = HEADING_BLUE


def add_arena_chapter(doc: DocxDocument, plan: p_text.ArenaChapters) -> None:
    """The overview of the inputs (Open Space) or the knowledge meetings' topics (BOTH)."""
    p = plan.open_space
    if p is None:
        return
    _heading(doc, plan.overview_title, 1, new_page=True)
    if p.knowledge_meetings:
        add_knowledge_topics(doc, p, plan.reports_appendix)
    else:
        add_input_overview(doc, p, plan.inputs_appendix, plan.reports_appendix)


def add_arena_appendices(doc: DocxDocument, plan: p_text.ArenaChapters) -> None:
    p = plan.open_space
    if p is None:
        return
    if plan.inputs_appendix:
        add_inputs_appendix(doc, p, plan.inputs_title())
    add_reports_appendix(doc, p, plan.reports_title())
