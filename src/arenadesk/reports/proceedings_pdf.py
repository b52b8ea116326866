"""The Open Space proceedings as an A4 PDF: the inputs (Vedlegg 1) and the working reports
(Vedlegg 2), as the 2020 arena report's appendices have them.

The chapter pieces (`input_overview`, `inputs_appendix`, `reports_appendix`,
`knowledge_topics`) are also the compiled arena report's Open Space chapters. Styles,
tables, the "side X av Y" canvas and the outline come from `pdf_style`, so every
ArenaDesk PDF reads alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Indenter,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from arenadesk.domain.open_space import ConversationRow
from arenadesk.domain.proceedings import Proceedings
from arenadesk.reports import proceedings_text as p_text
from arenadesk.reports.board_drawing import BOLD, FONT
from arenadesk.reports.group_pdf import heading
from arenadesk.reports.pdf_pages import (
    FRAME_HEIGHT,
    WIDTH,
    RunningHeaderDocument,
    document_options,
)
from arenadesk.reports.pdf_style import (
    HEADING,
    HEADING_HEX,
    RULE,
    STYLES,
    NumberedCanvas,
    OutlineHeading,
    data_table,
    empty_marker,
    escape,
    fit_width,
    outline_heading,
    para,
    register_report_fonts,
)
from arenadesk.reports.pdf_text import dash_list, lines_list, text_flowables
from arenadesk.reports.photo_pdf import photo_flowables
from arenadesk.reports.photo_text import H_PHOTOS

NUMBER_WIDTH = 16 * mm  # the inputs' hanging number column ("4.16b" fits)
# A working report shorter than this is kept on one page; a longer one starts where it
# is and runs on, rather than leaving most of a page empty.
KEEP_TOGETHER_BELOW = FRAME_HEIGHT * 0.6
_TYPE_STYLE = STYLES["body"].clone("proceedings-type", textColor=HEADING, spaceAfter=3)
_TITLE_STYLE = STYLES["body"].clone(
    "proceedings-title",
    spaceAfter=1,
    keepWithNext=1,
    bulletIndent=-NUMBER_WIDTH,
    bulletFontName=BOLD,
)
_FACT_STYLE = STYLES["body"].clone("proceedings-fact", spaceAfter=2)
# The result line leads into a long table: it must not drag the table to the next page.
_RESULT_STYLE = STYLES["h2"].clone("proceedings-result", keepWithNext=0)


def build_proceedings_pdf(proceedings: Proceedings, target: Path | BinaryIO) -> int:
    """Write the proceedings as PDF to a path or a binary stream; returns the page count."""
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = RunningHeaderDocument(
        destination,
        header_left=p_text.header_line(proceedings),
        **document_options(
            title=p_text.document_title(proceedings),
            author=p_text.document_author(proceedings),
            subject=p_text.document_subject(proceedings),
        ),
    )
    doc.addPageTemplates([doc.page_template()])
    footer = fit_width(p_text.document_title(proceedings), FONT, 8, WIDTH * 0.75)
    canvas_class = type("ProceedingsCanvas", (NumberedCanvas,), {"footer_left": footer})
    doc.build(story(proceedings), canvasmaker=canvas_class)
    return int(doc.page)


def story(proceedings: Proceedings) -> list[Flowable]:
    """Title and overview, then Vedlegg 1 and Vedlegg 2, each from a new page."""
    p = proceedings
    out: list[Flowable] = [
        chapter_heading(p_text.title(p), p_text.title(p), style="title"),
        para(p_text.header_line(p), "subtitle"),
        HRFlowable(width="100%", thickness=0.8, color=HEADING, spaceBefore=4, spaceAfter=8),
        para(p_text.lead(p)),
        *input_overview(p, 1, 2, lead=False),
    ]
    out += [PageBreak(), *inputs_appendix(p, p_text.appendix(1, p_text.inputs_name(p)), 1)]
    out += [PageBreak(), *reports_appendix(p, p_text.appendix(2, p_text.reports_name(p)), 2)]
    return out


# --- the chapters, shared with the compiled arena report ------------------------------


def chapter_heading(text: str, running: str, *, style: str = "chapter") -> OutlineHeading:
    """A chapter: a top-level bookmark and the running header's label."""
    mark = outline_heading(text, style, text, 0)
    mark.running = running
    mark.is_chapter = True
    return mark


def _entry_heading(text: str, running: str, style: str = "h1") -> OutlineHeading:
    mark = outline_heading(text, style, text, 1)
    mark.running = running
    return mark


def input_overview(
    p: Proceedings, inputs_appendix: int, reports_appendix: int, *, lead: bool = True
) -> list[Flowable]:
    """'Under er en oversikt over de 49 innspillene …', the result line and every input's
    number and title."""
    out: list[Flowable] = []
    if lead:
        out.append(para(p_text.overview_lead(p, inputs_appendix, reports_appendix)))
    out.append(Paragraph(escape(p_text.result_line(p)), _RESULT_STYLE))
    if not p.inputs:
        return [*out, Paragraph(escape(p_text.NO_INPUTS), STYLES["empty"])]
    rows = [
        [para(p_text.number_text(row), "cell", bold="1"), para(row.title, "cell")]
        for row in p.inputs
    ]
    widths = [NUMBER_WIDTH, WIDTH - NUMBER_WIDTH]
    return [*out, data_table(p_text.OVERVIEW_COLUMNS, rows, widths), Spacer(1, 3 * mm)]


def knowledge_topics(p: Proceedings, reports_appendix: int) -> list[Flowable]:
    """The 2017 report's list of the knowledge meetings' topics."""
    out: list[Flowable] = [para(p_text.knowledge_lead(p, reports_appendix))]
    if p.conversations:
        items = [para(p_text.input_heading(row), "bullet") for row in p.conversations]
        out.append(dash_list(items))
    return out


def inputs_appendix(p: Proceedings, title: str, number: int) -> list[Flowable]:
    """Vedlegg 1: every input by økt, with its number, title, type line and text."""
    short = p_text.appendix_short(number)
    out: list[Flowable] = [chapter_heading(title, short)]
    if not p.inputs:
        return [*out, Paragraph(escape(p_text.NO_INPUTS), STYLES["empty"])]
    for session, rows in p.by_session(p.inputs):
        label = p_text.session_heading(session)
        running = f"{short} · {label.split(' (')[0]}"
        out.append(_entry_heading(label, running, "h2"))
        for row in rows:
            out += _input_entry(row)
    return out


def _input_entry(row: ConversationRow) -> list[Flowable]:
    """The number hanging at the left, as the 2020 list has it; title, type line and text
    indented beside it, free to run on over a page break."""
    number = escape(p_text.number_text(row))
    body: list[Flowable] = [
        Paragraph(
            f'<bullet><font name="{BOLD}" color="{HEADING_HEX}">{number}</font></bullet>'
            f"<b>{escape(row.title)}</b>",
            _TITLE_STYLE,
        )
    ]
    type_line = p_text.type_line(row)
    if type_line:
        body.append(Paragraph(f"<i>{escape(type_line)}</i>", _TYPE_STYLE))
    if row.input_text.strip():
        body += text_flowables(row.input_text)
    return [
        Indenter(left=NUMBER_WIDTH),
        *body,
        Indenter(left=-NUMBER_WIDTH),
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=0, spaceAfter=6),
    ]


def reports_appendix(p: Proceedings, title: str, number: int) -> list[Flowable]:
    """Vedlegg 2: one working report per conversation, with who took part."""
    short = p_text.appendix_short(number)
    out: list[Flowable] = [chapter_heading(title, short)]
    if not p.reports:
        return [*out, Paragraph(escape(p_text.NO_REPORTS), STYLES["empty"])]
    out.append(para(p_text.REPORTS_LEAD))
    for index, row in enumerate(p.reports):
        block = _report_block(p, row, short)
        if index:
            block.insert(0, HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=8))
        out.append(KeepShortTogether(block))
    return out


class KeepShortTogether(KeepTogether):
    """A block that moves to the next page whole when it is short and does not fit; a
    long one starts where it is and runs on (reportlab's maxHeight means otherwise)."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content: list[Flowable] = list(self._content)
        # reportlab must be able to place the first part of a split at once; an action
        # comes first, so the block's own KeepTogether (its head) is laid out in turn.
        if aH < self._H <= KEEP_TOGETHER_BELOW:
            return [self.FrameBreak(), *content]
        return [self.NullActionFlowable(), *content]


def _report_block(p: Proceedings, row: ConversationRow, short: str) -> list[Flowable]:
    running = f"{short} · {row.number}" if row.number else short
    out: list[Flowable] = [_entry_heading(p_text.input_heading(row), running)]
    facts = [(p_text.L_WHEN, p_text.when_text(p, row))]
    if row.convener.strip():
        facts.insert(0, (p_text.L_CONVENER, row.convener))
    for label, value in facts:
        out.append(Paragraph(f"<b>{escape(label)}</b> {escape(value)}", _FACT_STYLE))
    type_line = p_text.type_line(row)
    if type_line:
        out.append(Paragraph(f"<i>{escape(type_line)}</i>", STYLES["body"]))
    out.append(heading(p_text.participants_heading(row), 3))
    if row.participants:
        people = [[para(x.name, "cell"), para(x.organisation, "cell")] for x in row.participants]
        out.append(data_table(p_text.PARTICIPANT_COLUMNS, people, [WIDTH * 0.45, WIDTH * 0.55]))
    else:
        out.append(empty_marker())
    out = [KeepTogether(out)]  # the heading never without who took part
    for title, text in ((p_text.H_INPUT, row.input_text), (p_text.H_DISCUSSION, row.discussion)):
        body = text_flowables(text)
        if body:  # a part the conversation left empty is left out
            out += [heading(title, 3), *body]
    steps = lines_list(row.next_step_lines)
    tail: list[Flowable] = [heading(p_text.H_NEXT_STEPS, 3), steps] if steps else []
    if row.documented_by.strip():
        tail.append(
            Paragraph(
                f"<b>{escape(p_text.L_DOCUMENTED_BY)}</b> {escape(row.documented_by)}",
                STYLES["body"],
            )
        )
    if tail:
        out.append(KeepTogether(tail))  # the signature never alone at the top of a page
    photos = p.photos_of(row)
    if photos:
        out += photo_flowables(photos, lead=[heading(H_PHOTOS, 3)])
    return out


# --- the compiled arena report's Open Space chapters -----------------------------------


def arena_result(plan: p_text.ArenaChapters) -> list[Flowable]:
    """'Resultat: 49 innspill' for the summary of an Open Space arena."""
    p = plan.open_space
    if p is None or p.knowledge_meetings:
        return []
    return [Paragraph(escape(p_text.result_line(p)), _RESULT_STYLE)]


def arena_chapter(plan: p_text.ArenaChapters) -> list[Flowable]:
    """The overview of the inputs (Open Space) or the knowledge meetings' topics (BOTH)."""
    p = plan.open_space
    if p is None:
        return []
    short = "Kunnskapsmøter" if p.knowledge_meetings else "Innspill"
    out: list[Flowable] = [PageBreak(), chapter_heading(plan.overview_title, short)]
    if p.knowledge_meetings:
        return [*out, *knowledge_topics(p, plan.reports_appendix)]
    return [*out, *input_overview(p, plan.inputs_appendix, plan.reports_appendix)]


def arena_appendices(plan: p_text.ArenaChapters) -> list[Flowable]:
    """Vedlegg Innspill (not for knowledge meetings) and the working reports."""
    p = plan.open_space
    if p is None:
        return []
    out: list[Flowable] = []
    if plan.inputs_appendix:
        out += [PageBreak(), *inputs_appendix(p, plan.inputs_title(), plan.inputs_appendix)]
    return [
        *out,
        PageBreak(),
        *reports_appendix(p, plan.reports_title(), plan.reports_appendix),
    ]
