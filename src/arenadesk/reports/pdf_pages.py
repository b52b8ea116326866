"""The page set-up every ArenaDesk A4 report shares: margins, metadata, and one running
header template (the report's name on the left, where the page is on the right).

`RunningHeaderDocument` is used by the group report (the right-hand label is the group's
code throughout), the proceedings and the compiled arena report (the label follows the
chapters and entries): a heading flowable with a `running` attribute names the pages
from where it stands; one with `is_chapter` gives way to the first entry on its page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Spacer

from arenadesk.reports.board_drawing import BOLD, FONT
from arenadesk.reports.pdf_style import MARGIN, MUTED, RULE, add_outline_entry, fit_width

PAGE = A4
TOP = 26 * mm  # the header sits in the top margin
WIDTH = PAGE[0] - 2 * MARGIN  # the text frame's width
FRAME_HEIGHT = PAGE[1] - TOP - MARGIN
LABEL_SHARE = 0.4  # the right-hand label takes at most this share of the text width


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


class RunningHeaderDocument(BaseDocTemplate):
    """Adds headings to the outline as they are drawn and keeps the running header."""

    header_left = ""
    running = ""  # the label in force where the last page ended
    _page_label = ""  # the label this page's header shows
    _text_on_page = False  # whether text was drawn on this page before a heading
    _label_is_chapter = False  # a chapter's label gives way to its first entry's

    def __init__(self, target: Any, *, header_left: str, label: str = "", **options: Any):
        super().__init__(target, **options)
        self.header_left, self.running = header_left, label

    def page_template(self, name: str = "page", **extra: Any) -> PageTemplate:
        """A page with the body frame and the running header."""
        frame = Frame(MARGIN, MARGIN, WIDTH, FRAME_HEIGHT, id=f"{name}-body")
        return PageTemplate(
            name, [frame], onPage=self.begin_page, onPageEnd=self.draw_header, **extra
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        add_outline_entry(self, flowable)
        label = getattr(flowable, "running", None)
        if label:
            # A page is named by the heading at its top; a page that starts in the middle
            # of an entry keeps that entry's name.
            if not self._text_on_page or self._label_is_chapter:
                self._page_label = label
                self._label_is_chapter = bool(getattr(flowable, "is_chapter", False))
            self.running = label
        if not isinstance(flowable, (HRFlowable, Spacer)) and _drawn_height(flowable):
            self._text_on_page = True

    def begin_page(self, _canvas: Canvas, _doc: Any) -> None:
        self._page_label, self._text_on_page = self.running, False
        self._label_is_chapter = False

    def draw_header(self, canvas: Canvas, _doc: Any) -> None:
        draw_running_header(canvas, self.header_left, self._page_label)


def _drawn_height(flowable: Flowable) -> float:
    # reportlab's stubs type `height` oddly, and a Table keeps it as `_height`.
    value: Any = getattr(flowable, "height", None) or getattr(flowable, "_height", 0)
    return float(value or 0)


def draw_running_header(canvas: Any, left: str, label: str) -> None:
    """The report's name on the left and where the page is ("Vedlegg 2 · 1.14") on the
    right, above a thin rule; both shortened at a word when too long."""
    width, height = PAGE
    y = height - 15 * mm
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(BOLD, 9)
    label = fit_width(label, BOLD, 9, WIDTH * LABEL_SHARE)
    canvas.drawRightString(width - MARGIN, y, label)
    room = WIDTH - canvas.stringWidth(label, BOLD, 9) - 12
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN, y, fit_width(left, FONT, 8, room))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
    canvas.restoreState()
