"""Name badges on A4 label sheets and a door sign per group room.

Badges: 2 × 4 labels of 86 × 55 mm per A4 page (the common "8 per sheet" name-badge
inserts), the name large, then job title and organisation, the group code in a box and the
room. A text that does not fit is set smaller, and on two lines, until it does: a long
name or organisation shrinks, never clipped. Door signs: A4 landscape, the code very large,
the title, room and facilitators.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from arenadesk.domain.printouts import PrintGroup, Printout, PrintPerson
from arenadesk.domain.vocabulary import Role
from arenadesk.reports.board_drawing import BOLD, FONT
from arenadesk.reports.group_text import clean
from arenadesk.reports.pdf_style import HEADING, INK, MUTED, RULE, register_report_fonts

LABEL_W, LABEL_H = 86 * mm, 55 * mm
COLUMNS, ROWS = 2, 4
PAD = 5 * mm
SMALLEST = 4.0  # points; below this a text would not be read, but it is still never cut


def fitted_lines(
    text: str, font: str, largest: float, width: float, height: float, max_lines: int = 2
) -> tuple[list[str], float]:
    """The text broken into at most `max_lines` lines at the largest size that fits the
    box; a word longer than the width is set small enough to fit on its own."""
    register_report_fonts()  # measuring needs the font; registering again is a no-op
    text = clean(text)
    size = largest
    while True:
        lines = simpleSplit(text, font, size, width) if text else []
        widest = max((pdfmetrics.stringWidth(line, font, size) for line in lines), default=0)
        # Big sizes keep to `max_lines`; once halved, a long text may take the whole box.
        allowed = max_lines if size > largest / 2 else max(max_lines, int(height / (size * 1.15)))
        fits = len(lines) <= allowed and widest <= width and len(lines) * size * 1.15 <= height
        if fits or size <= SMALLEST:
            break
        size = max(SMALLEST, size * 0.92)
    if widest > width or len(lines) * size * 1.15 > height:
        # Smaller than SMALLEST rather than cut: one line, scaled to the width.
        size = size * width / max(pdfmetrics.stringWidth(text, font, size), 1)
        lines = [text]
    return lines, size


def _draw_lines(
    canvas: Canvas,
    lines: Sequence[str],
    font: str,
    size: float,
    x: float,
    top: float,
    *,
    centre: float | None = None,
) -> float:
    """Draw lines from `top` down; returns the y below the last line."""
    y = top
    canvas.setFont(font, size)
    for line in lines:
        y -= size * 1.15
        if centre is not None:
            canvas.drawCentredString(centre, y + size * 0.2, line)
        else:
            canvas.drawString(x, y + size * 0.2, line)
    return y


def _badge(canvas: Canvas, person: PrintPerson, x: float, y: float) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.roundRect(x, y, LABEL_W, LABEL_H, 3 * mm)  # a guide for cutting, light
    inner = LABEL_W - 2 * PAD
    top = y + LABEL_H - PAD
    canvas.setFillColor(INK)
    name_lines, name_size = fitted_lines(person.name, BOLD, 24, inner, 22 * mm)
    below = _draw_lines(canvas, name_lines, BOLD, name_size, x + PAD, top, centre=x + LABEL_W / 2)
    canvas.setFillColor(MUTED)
    detail = " · ".join(p for p in (clean(person.title), clean(person.organisation)) if p)
    detail_lines, detail_size = fitted_lines(detail, FONT, 11, inner, 12 * mm)
    _draw_lines(
        canvas, detail_lines, FONT, detail_size, x + PAD, below - 1.5 * mm, centre=x + LABEL_W / 2
    )
    bottom = y + PAD
    if person.code:
        box_w = max(16 * mm, pdfmetrics.stringWidth(person.code, BOLD, 15) + 6 * mm)
        canvas.setFillColor(HEADING)
        canvas.roundRect(
            x + LABEL_W - PAD - box_w, bottom, box_w, 9 * mm, 1.5 * mm, stroke=0, fill=1
        )
        canvas.setFillColor("white")
        canvas.setFont(BOLD, 15)
        canvas.drawCentredString(x + LABEL_W - PAD - box_w / 2, bottom + 2.8 * mm, person.code)
        room_width = inner - box_w - 3 * mm
    else:
        room_width = inner
    if person.room:
        lines, size = fitted_lines(person.room, FONT, 9, room_width, 9 * mm)
        canvas.setFillColor(INK)
        _draw_lines(canvas, lines, FONT, size, x + PAD, bottom + 9 * mm)


def build_badges_pdf(printout: Printout, target: Path | BinaryIO) -> int:
    """Eight badges per A4 page, in the order of `printout.people`; returns the pages."""
    register_report_fonts()
    canvas = _canvas(target, A4, "Navneskilt", printout)
    width, height = A4
    left = (width - COLUMNS * LABEL_W) / 2
    bottom = (height - ROWS * LABEL_H) / 2
    per_page = COLUMNS * ROWS
    people = list(printout.people)
    pages = max(1, -(-len(people) // per_page))
    for page in range(pages):
        for slot, person in enumerate(people[page * per_page : (page + 1) * per_page]):
            row, column = divmod(slot, COLUMNS)
            _badge(canvas, person, left + column * LABEL_W, bottom + (ROWS - 1 - row) * LABEL_H)
        canvas.showPage()
    canvas.save()
    return pages


def _sign(canvas: Canvas, group: PrintGroup, arena: str) -> None:
    width, height = landscape(A4)
    margin = 20 * mm
    inner = width - 2 * margin
    canvas.setFillColor(MUTED)
    arena_lines, arena_size = fitted_lines(arena, FONT, 14, inner, 8 * mm, max_lines=1)
    _draw_lines(canvas, arena_lines, FONT, arena_size, margin, height - margin)
    canvas.setFillColor(HEADING)
    code_lines, code_size = fitted_lines(group.code, BOLD, 150, inner, 60 * mm, max_lines=1)
    below = _draw_lines(
        canvas, code_lines, BOLD, code_size, margin, height - margin - 12 * mm, centre=width / 2
    )
    canvas.setFillColor(INK)
    title_lines, title_size = fitted_lines(group.title, BOLD, 30, inner, 40 * mm, max_lines=3)
    below = _draw_lines(
        canvas, title_lines, BOLD, title_size, margin, below - 4 * mm, centre=width / 2
    )
    facilitators = ", ".join(clean(m.name) for m in group.with_role(Role.FACILITATOR))
    for label, value, size in (
        ("Rom", group.room, 20),
        ("Fasilitator", facilitators, 16),
        ("Eier", group.owner_org, 14),
    ):
        if not value:
            continue
        lines, fitted = fitted_lines(f"{label}: {value}", FONT, size, inner, 20 * mm)
        canvas.setFillColor(MUTED if label != "Rom" else INK)
        below = _draw_lines(canvas, lines, FONT, fitted, margin, below - 3 * mm, centre=width / 2)


def build_signs_pdf(printout: Printout, target: Path | BinaryIO) -> int:
    """One A4 landscape door sign per group; returns the pages."""
    register_report_fonts()
    canvas = _canvas(target, landscape(A4), "Dørskilt", printout)
    for group in printout.groups:
        _sign(canvas, group, printout.arena_name)
        canvas.showPage()
    if not printout.groups:
        canvas.showPage()
    canvas.save()
    return max(1, len(printout.groups))


def _canvas(
    target: Path | BinaryIO, size: tuple[float, float], title: str, printout: Printout
) -> Canvas:
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target, pagesize=size, initialFontName=FONT
    )
    canvas.setTitle(f"{title} – {clean(printout.arena_name)}")
    canvas.setAuthor("ArenaDesk")
    canvas.setCreator("ArenaDesk")
    canvas.setLineJoin(1)
    return canvas
