"""Typography and building blocks for the PDF reports: styles, safe paragraphs, tables.

Every piece of user text goes through `para()` (escaped for reportlab's markup), and
every table through `data_table()` (repeated header, rows that may split across pages),
so no typed text can break a PDF or stop it from paginating.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import as_file, files
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Table, TableStyle

from arenadesk.domain.report import blocks
from arenadesk.reports.board_drawing import BOLD, FONT, register_fonts
from arenadesk.reports.group_text import EMPTY, clean

ITALIC, BOLD_ITALIC = "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"

INK = colors.HexColor("#1f2933")
HEADING_HEX = "#1c3d5a"  # dark blue, calm on paper and in greyscale
HEADING = colors.HexColor(HEADING_HEX)
MUTED = colors.HexColor("#66727f")
RULE = colors.HexColor("#c5ced8")
HEADER_FILL = colors.HexColor("#e6edf4")
TINT = colors.HexColor("#f5f7fa")  # alternate rows
TICK = colors.HexColor("#1c6b4a")

Cell: TypeAlias = Flowable | list[Flowable]  # one flowable or several stacked

BODY_SIZE = 10.5
MARGIN = 22 * mm  # left, right and bottom; the top leaves room for the header


def register_report_fonts() -> None:
    """DejaVu in all four faces, so <b> and <i> in paragraphs stay in the embedded font."""
    register_fonts()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in (
        (ITALIC, "DejaVuSans-Oblique.ttf"),
        (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        if name not in registered:
            with as_file(files("arenadesk.resources").joinpath("fonts", file)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "bulletFontName": FONT,  # else bullets fall back to a non-embedded Helvetica
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.42,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    return ParagraphStyle(name, **{**base, **values})


STYLES: dict[str, ParagraphStyle] = {
    "title": _style(
        "title", fontName=BOLD, fontSize=20, leading=25, textColor=HEADING, spaceAfter=4
    ),
    "subtitle": _style("subtitle", fontSize=10, leading=14, textColor=MUTED, spaceAfter=2),
    "h1": _style(
        "h1",
        fontName=BOLD,
        fontSize=14,
        leading=18,
        textColor=HEADING,
        spaceBefore=16,
        spaceAfter=6,
    ),
    "h2": _style(
        "h2",
        fontName=BOLD,
        fontSize=11.5,
        leading=15,
        textColor=HEADING,
        spaceBefore=10,
        spaceAfter=4,
    ),
    "h3": _style(
        "h3",
        fontName=BOLD,
        fontSize=10.5,
        leading=14,
        textColor=HEADING,
        spaceBefore=8,
        spaceAfter=3,
    ),
    "chapter": _style(
        "chapter", fontName=BOLD, fontSize=20, leading=25, textColor=HEADING, spaceAfter=10
    ),
    "cover-title": _style(
        "cover-title", fontName=BOLD, fontSize=30, leading=37, textColor=HEADING, spaceAfter=8
    ),
    "cover-subtitle": _style(
        "cover-subtitle", fontSize=16, leading=21, textColor=HEADING, spaceAfter=18
    ),
    "cover-line": _style("cover-line", fontSize=12, leading=17, textColor=INK, spaceAfter=2),
    "body": _style("body", spaceAfter=6),
    "bullet": _style("bullet", spaceAfter=2),
    "empty": _style("empty", fontName=ITALIC, textColor=MUTED, spaceAfter=6),
    "cell": _style("cell", fontSize=9.5, leading=12.5),
    "cell-head": _style("cell-head", fontName=BOLD, fontSize=9, leading=12, textColor=HEADING),
    "cell-note": _style(
        "cell-note", fontSize=9.5, bulletFontSize=9.5, leading=12.5, leftIndent=10, spaceAfter=2
    ),
    "check-on": _style("check-on", leftIndent=18, spaceAfter=3),
    "check-off": _style("check-off", leftIndent=18, spaceAfter=3, textColor=MUTED),
}
for _name in ("h1", "h2", "h3", "chapter"):
    STYLES[_name].keepWithNext = 1  # a heading never ends a page alone


def escape(text: str) -> str:
    """User text as literal reportlab markup: '<b>' and '&' print as typed."""
    text = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def para(text: str, style: str = "body", **markup: str) -> Paragraph:
    """A paragraph of user text (escaped). `markup` wraps it: para(x, bold="1")."""
    body = escape(text)
    if markup.get("bold"):
        body = f"<b>{body}</b>"
    return Paragraph(body, STYLES[style])


def empty_marker() -> Paragraph:
    """The one way an empty section shows: its heading stays, this line says so."""
    return Paragraph(EMPTY, STYLES["empty"])


def text_flowables(text: str) -> list[Flowable]:
    """A section's typed text: paragraphs, and dash lists for the lines starting with '- '."""
    out: list[Flowable] = []
    for kind, items in blocks(clean(text)):
        if kind == "paragraph":
            out.append(para(items[0]))
        else:
            out.append(dash_list([para(item, "bullet") for item in items]))
    return out or [empty_marker()]


def dash_list(items: Sequence[Flowable]) -> ListFlowable:
    return ListFlowable(
        [ListItem(item, value="–") for item in items],
        bulletType="bullet",
        start="–",
        bulletFontName=FONT,
        bulletFontSize=BODY_SIZE,
        bulletColor=HEADING,
        leftIndent=14,
        bulletOffsetY=0,
        spaceAfter=6,
    )


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]
) -> Table:
    """A report table: header repeated on every page, thin rules, alternating tint.

    splitInRow lets a row taller than a page (a huge text, a zone with a hundred
    notes) continue on the next page instead of raising LayoutError.
    """
    head = [Paragraph(escape(label), STYLES["cell-head"]) for label in header]
    table = Table(
        [head, *[list(row) for row in rows]],
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else cells default to Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, HEADING),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEADING),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, HEADING),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TINT]),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    table.setStyle(TableStyle(commands))
    return table


class OutlineHeading(Paragraph):
    """A heading that becomes an entry in the PDF's outline (bookmarks) where it is drawn.

    `outline` is (title, level); the document's `afterFlowable` adds the entry (see
    `add_outline_entry`). Should a very long heading split over two pages, only the
    first part carries the entry.
    """

    outline: tuple[str, int] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            part.outline = self.outline if index == 0 else None
        return parts


def outline_heading(text: str, style: str, title: str, level: int) -> OutlineHeading:
    """A heading of user text (escaped) with its outline entry; `title` is plain text."""
    heading = OutlineHeading(escape(text), STYLES[style])
    heading.outline = (clean(title), level)
    return heading


def add_outline_entry(doc: Any, flowable: Flowable) -> None:
    """For a document's `afterFlowable`: bookmark an `OutlineHeading` just drawn, at its
    top, and add it to the outline."""
    outline = getattr(flowable, "outline", None)
    if not outline:
        return
    title, level = outline
    canvas = doc.canv
    doc.outline_count = getattr(doc, "outline_count", 0) + 1
    key = f"outline-{doc.outline_count}"
    frame = doc.frame
    top = frame._y + flowable.height + 4  # the frame's cursor sits below what was drawn
    canvas.bookmarkHorizontal(key, frame._x1, top)
    canvas.addOutlineEntry(title, key, level=level, closed=level > 0)


class NumberedCanvas(Canvas):
    """Writes "side X av Y" once the page count is known (the classic two-pass recipe:
    keep each page's state, draw the footers on save)."""

    footer_left = ""  # set per build on a subclass
    footer_skips_first = False  # a cover page has no footer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def bookmarkPage(self, key: str, **kwargs: Any) -> Any:  # noqa: N802 (reportlab's name)
        """Bind the bookmark to this page. reportlab takes the page from the document's
        page counter, which stands still here while pages are held back until `save`."""
        destination = super().bookmarkPage(key, **kwargs)
        destination.setPage(PDFObjectReference(f"Page{self._pageNumber}"))
        return destination

    def _footer(self, total: int) -> None:
        if self.footer_skips_first and self._pageNumber == 1:
            return
        width, _ = self._pagesize
        margin = MARGIN
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(margin, 15 * mm, width - margin, 15 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(margin, 10.5 * mm, self.footer_left)
        self.drawRightString(width - margin, 10.5 * mm, f"side {self._pageNumber} av {total}")
        self.restoreState()


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis to fit one line of `width` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    # A generous first cut keeps this cheap for a 10 000-character title.
    cut = text[: max(1, int(width / (size * 0.25)))]
    while cut and pdfmetrics.stringWidth(cut + "…", font, size) > width:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def draw_running_header(
    canvas: Any, page: tuple[float, float], left: str, label: str, label_share: float
) -> None:
    """The report's name on the left and where the page is ("Vedlegg 2 · 1.14") on the
    right, above a thin rule; the label takes at most `label_share` of the text width."""
    width, height = page
    text_width = width - 2 * MARGIN
    y = height - 15 * mm
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 9)
    label = fit_width(label, BOLD, 9, text_width * label_share)
    canvas.drawRightString(width - MARGIN, y, label)
    room = text_width - canvas.stringWidth(label, BOLD, 9) - 12
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN, y, fit_width(left, FONT, 8, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
    canvas.restoreState()
