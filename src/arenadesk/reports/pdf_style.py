"""Typography and building blocks for the PDF reports: styles, safe paragraphs, tables.

Every piece of user text goes through `para()` (escaped for reportlab's markup), and
every table through `data_table()` (repeated header, rows that may split across pages),
so no typed text can break a PDF or stop it from paginating.
"""

from __future__ import annotations

import re
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
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

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
        "embeddedHyphenation": 1,  # a long word may wrap after its own hyphen
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


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    total: float,
    *,
    size: float = 9.5,
    bold: Sequence[int] = (),
) -> list[float]:
    """Column widths from `shares` of `total`, each widened to its longest word (and its
    header's) so no word is split inside it ("fagansvarlig", "karriereveileder"); what a
    column gains is taken from those with room to spare. When the longest words cannot
    all fit, the shares stand."""
    padding = 10 + 1  # the table's left and right padding, and a hair
    needed = []
    for column, label in enumerate(header):
        words = [w for row in rows for w in _words(row[column])]
        font = BOLD if column in bold else FONT
        longest = max((pdfmetrics.stringWidth(w, font, size) for w in words), default=0)
        head = max((pdfmetrics.stringWidth(w, BOLD, 9) for w in label.split()), default=0)
        needed.append(max(longest, head) + padding)
    widths = [share * total for share in shares]
    if sum(needed) > total:
        return widths
    for _ in range(len(widths)):
        short = sum(max(0.0, n - w) for n, w in zip(needed, widths, strict=True))
        if short <= 0.01:
            break
        spare = [max(0.0, w - n) for n, w in zip(needed, widths, strict=True)]
        room = sum(spare)
        widths = [
            max(w, n) if n > w else w - short * (extra / room)
            for n, w, extra in zip(needed, widths, spare, strict=True)
        ]
    return widths


def _words(text: str) -> list[str]:
    """The pieces a cell may wrap between: words, and word parts after a hyphen."""
    return [part for word in clean(text).split() for part in re.split(r"(?<=-)(?=.)", word)]


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

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
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

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def bookmarkPage(self, key: str, **kwargs: Any) -> Any:
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
    """`text` on one line of `width` points: whole, or shortened at a word with "…"
    (mid-word only when its first word alone is too long)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    # A generous first cut keeps this cheap for a 10 000-character title.
    cut = text[: max(1, int(width / (size * 0.25)))]
    while cut and pdfmetrics.stringWidth(cut + "…", font, size) > width:
        cut = cut[:-1]
    at_word = cut if text[len(cut) : len(cut) + 1].isspace() else cut.rsplit(" ", 1)[0]
    if len(at_word.strip()) >= len(cut) / 2:  # not when one long word would leave little
        cut = at_word
    return cut.rstrip(" ,;:–-") + "…"


def accelerated() -> bool:
    """Whether reportlab has its C accelerator (the rl_accel package: reports ~19 % faster)
    rather than its pure-Python fallbacks."""
    try:
        import _rl_accel  # noqa: F401  (reportlab.lib.rl_accel imports it by name)
    except ImportError:
        return False
    return True
