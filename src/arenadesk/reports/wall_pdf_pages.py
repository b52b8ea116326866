"""What the program wall's PDFs share: page sizes and margins, paragraph and grid styles,
the title line, and the document with its numbered footer."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from arenadesk.reports.board_drawing import FONT
from arenadesk.reports.pdf_pages import document_options
from arenadesk.reports.pdf_style import (
    HEADER_FILL,
    HEADING,
    INK,
    RULE,
    NumberedCanvas,
    escape,
    fit_width,
)

WALL_PAGE = landscape(A3)
SCHEDULE_PAGE = A4
SIDE = 12 * mm
BOTTOM = 20 * mm  # the footer's rule and page number sit below
TOP = 12 * mm
PAD = 4
MUTED_HEX = "#66727f"  # pdf_style.MUTED as markup wants it


def style(name: str, size: float, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": size,
        "leading": size * 1.22,
        "textColor": INK,
    }
    return ParagraphStyle(name, **{**base, **values})


def page_title(text: str, subtitle: str) -> Paragraph:
    body = f"<b>{escape(text)}</b>"
    if subtitle:
        body += f"  <font color='{MUTED_HEX}'>{escape(subtitle)}</font>"
    return Paragraph(body, style("wall-title", 18, textColor=HEADING, leading=22))


def grid_style(head_row: bool, head_column: bool) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 1, HEADING),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    if head_row:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    if head_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), HEADER_FILL))
    return TableStyle(commands)


def build_document(
    path: Path | BinaryIO,
    story: list[Flowable],
    page: tuple[float, float],
    *,
    heading: str,
    arena_name: str,
) -> int:
    """The PDF with its numbered footer ("heading – arena"); a page with just the heading
    when the story is empty. Returns its number of pages."""
    if not story:
        story = [page_title(heading, arena_name)]
    title = f"{heading} – {arena_name}"
    destination = str(path) if isinstance(path, Path) else path
    options = {
        **document_options(title=title, author=arena_name, subject=title),
        "pagesize": page,
        "leftMargin": SIDE,
        "rightMargin": SIDE,
        "topMargin": TOP,
        "bottomMargin": BOTTOM,
    }
    doc = BaseDocTemplate(destination, **options)
    frame = Frame(
        SIDE,
        BOTTOM,
        page[0] - 2 * SIDE,
        page[1] - TOP - BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("page", [frame])])
    footer = fit_width(title, FONT, 8, page[0] * 0.6)
    canvas_class = type("WallCanvas", (NumberedCanvas,), {"footer_left": footer})
    doc.build(story, canvasmaker=canvas_class)
    return int(doc.page)
