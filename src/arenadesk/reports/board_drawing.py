"""A board as a reportlab drawing (vector): background, zones and notes, for the PDF reports.

Drawn from the same template data and the same text-fitting rule as the screen, so the
picture on paper is the picture on the projector. Board units become points; the drawing
is scaled to the width asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import as_file, files
from pathlib import Path

from reportlab.graphics.shapes import (
    Drawing,
    Ellipse,
    Group,
    Polygon,
    PolyLine,
    String,
)
from reportlab.graphics.shapes import (
    Path as RlPath,
)
from reportlab.graphics.shapes import (
    Rect as RlRect,
)
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from arenadesk.domain.board_geometry import Point, Rect
from arenadesk.domain.boards import LABEL_SIZE, BoardTemplate, Shape, Zone
from arenadesk.domain.note_layout import (
    NOTE_COLOURS,
    NOTE_EDGE,
    NOTE_SHADOW,
    NOTE_TEXT_COLOUR,
    PADDING,
    BoardNote,
    fit_text,
    transcribe,
)
from arenadesk.domain.picture_layout import picture_layout
from arenadesk.i18n.messages import message

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ASCENT = 0.93  # DejaVu Sans ascent in ems: the first baseline sits this far below the top
ZONE_TINT, ZONE_EDGE = 0.10, 0.55  # zone fill and outline opacities (the screen uses the same)


def register_fonts() -> None:
    """The bundled DejaVu, so æøå and Sámi letters print on every machine."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            with as_file(files("arenadesk.resources").joinpath("fonts", file)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))


def measure(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


def board_drawing(
    template: BoardTemplate, notes: Sequence[BoardNote], *, width: float, language: str = "nb"
) -> Drawing:
    """The whole board, `width` points wide (the height keeps the template's proportions)."""
    register_fonts()
    scale = width / template.width
    canvas = _Flip(template.height)
    board = Group()
    board.add(
        RlRect(
            0,
            0,
            template.width,
            template.height,
            fillColor=_c(template.background),
            strokeColor=None,
        )
    )
    for shape in template.shapes:
        board.add(canvas.shape(shape, language))
    for zone in template.zones:
        board.add(canvas.zone(zone))
    for zone in template.zones:
        board.add(canvas.label(zone, language))
    picture = picture_layout(template, notes)
    for note, rect in picture.placed:
        board.add(canvas.note(note, rect))
    for zone in template.zones:
        if picture.left_out.get(zone.key):
            board.add(canvas.more(zone, picture.left_out[zone.key]))
    board.transform = (scale, 0, 0, scale, 0, 0)
    drawing = Drawing(width, template.height * scale)
    drawing.add(board)
    return drawing


class _Flip:
    """Board coordinates have y going down (as on screen); PDF's go up."""

    def __init__(self, height: float) -> None:
        self.height = height

    def y(self, y: float) -> float:
        return self.height - y

    def flat(self, points: Sequence[Point]) -> list[float]:
        return [v for x, y in points for v in (x, self.y(y))]

    def shape(self, shape: Shape, language: str) -> Group:
        group = Group()
        style = {
            "fillColor": _c(shape.fill),
            "strokeColor": _c(shape.stroke),
            "strokeWidth": shape.width if shape.stroke else 0,
            "strokeDashArray": list(shape.dash) or None,
            "fillOpacity": shape.opacity,
            "strokeOpacity": shape.opacity,
            "strokeLineCap": 1,
            "strokeLineJoin": 1,
        }
        if shape.kind == "rect" and shape.rect:
            r = shape.rect
            group.add(
                RlRect(r.x, self.y(r.bottom), r.w, r.h, rx=shape.radius, ry=shape.radius, **style)
            )
        elif shape.kind == "ellipse" and shape.rect:
            cx, cy = shape.rect.centre
            group.add(Ellipse(cx, self.y(cy), shape.rect.w / 2, shape.rect.h / 2, **style))
        elif shape.kind == "polygon":
            group.add(Polygon(self.flat(shape.points), **style))
        elif shape.kind == "polyline":
            style.pop("fillColor")
            group.add(PolyLine(self.flat(shape.points), **style))
        elif shape.kind == "path":
            path = RlPath(**style)
            for command in shape.path:
                op, values = command[0], [float(v) for v in command[1:]]
                if op == "M":
                    path.moveTo(values[0], self.y(values[1]))
                elif op == "L":
                    path.lineTo(values[0], self.y(values[1]))
                elif op == "C":
                    x1, y1, x2, y2, x, y = values
                    path.curveTo(x1, self.y(y1), x2, self.y(y2), x, self.y(y))
                else:
                    path.closePath()
            group.add(path)
        elif shape.kind == "text" and shape.text:
            group.add(
                String(
                    shape.at[0],
                    self.y(shape.at[1]),
                    shape.text.text(language),
                    fontName=BOLD if shape.bold else FONT,
                    fontSize=shape.size,
                    fillColor=_c(shape.fill),
                    textAnchor=shape.anchor,
                )
            )
        return group

    def zone(self, zone: Zone) -> Group:
        group = Group()
        region, colour = zone.region, _c(zone.colour)
        style = {
            "fillColor": colour,
            "fillOpacity": ZONE_TINT,
            "strokeColor": colour,
            "strokeOpacity": ZONE_EDGE,
            "strokeWidth": 2.5,
            "strokeDashArray": [12, 8],
        }
        box = region.bounds
        if region.kind == "ellipse":
            cx, cy = box.centre
            group.add(Ellipse(cx, self.y(cy), box.w / 2, box.h / 2, **style))
        elif region.kind == "polygon":
            group.add(Polygon(self.flat(region.points), **style))
        else:
            group.add(
                RlRect(
                    box.x,
                    self.y(box.bottom),
                    box.w,
                    box.h,
                    rx=region.radius,
                    ry=region.radius,
                    **style,
                )
            )
        return group

    def label(self, zone: Zone, language: str) -> Group:
        x, top = zone.label
        return self._pill(zone.name.text(language), x, top, _c(zone.colour))

    def more(self, zone: Zone, count: int) -> Group:
        """ "+12" in the zone's bottom-right corner: notes the picture has no room for."""
        text = f"+{count}"
        box = zone.region.bounds
        width = pdfmetrics.stringWidth(text, BOLD, LABEL_SIZE) + 28
        top = box.bottom - LABEL_SIZE - 16 - 8
        return self._pill(text, box.right - width - 8, top, _c(zone.colour))

    def _pill(self, text: str, x: float, top: float, colour: colors.Color | None) -> Group:
        """Bold text in a white rounded box, its top-left corner at (x, top)."""
        width = pdfmetrics.stringWidth(text, BOLD, LABEL_SIZE) + 28
        height = LABEL_SIZE + 16
        group = Group()
        group.add(
            RlRect(
                x,
                self.y(top + height),
                width,
                height,
                rx=height / 2,
                ry=height / 2,
                fillColor=colors.white,
                fillOpacity=0.92,
                strokeColor=colour,
                strokeWidth=2,
            )
        )
        group.add(
            String(
                x + 14,
                self.y(top + 8 + LABEL_SIZE * ASCENT - 1),
                text,
                fontName=BOLD,
                fontSize=LABEL_SIZE,
                fillColor=colour,
            )
        )
        return group

    def note(self, note: BoardNote, rect: Rect) -> Group:
        """A note drawn in `rect` (its place in the picture, see picture_layout)."""
        group = Group()
        fill = _c(NOTE_COLOURS.get(note.colour, NOTE_COLOURS["yellow"]))
        group.add(
            RlRect(
                rect.x + 3,
                self.y(rect.y + rect.h + 4),
                rect.w,
                rect.h,
                fillColor=_c(NOTE_SHADOW),
                strokeColor=None,
            )
        )
        group.add(
            RlRect(
                rect.x,
                self.y(rect.y + rect.h),
                rect.w,
                rect.h,
                fillColor=fill,
                strokeColor=_c(NOTE_EDGE),
                strokeWidth=1,
            )
        )
        fitted = fit_text(note.text, rect.w, rect.h, measure)
        baseline = rect.y + PADDING + fitted.size * ASCENT
        for line in fitted.lines:
            group.add(
                String(
                    rect.x + PADDING,
                    self.y(baseline),
                    line,
                    fontName=FONT,
                    fontSize=fitted.size,
                    fillColor=_c(NOTE_TEXT_COLOUR),
                )
            )
            baseline += fitted.line_height
        return group


def _c(value: str | None) -> colors.Color | None:
    return colors.HexColor(value) if value else None


# --- a board as report content: the picture and the table ------------------------------


def board_flowables(
    template: BoardTemplate,
    notes: Sequence[BoardNote],
    title: str,
    *,
    width: float,
    language: str = "nb",
) -> list[Flowable]:
    """A heading, the picture and the zone → notes table ("i tabells form og med bilde")."""
    register_fonts()
    heading = ParagraphStyle("board-heading", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6)
    cell = ParagraphStyle("board-cell", fontName=FONT, fontSize=9.5, leading=12)
    zone_cell = ParagraphStyle("board-zone", parent=cell, fontName=BOLD)
    rows: list[list[Flowable | str]] = []
    for key, name, zone_notes in transcribe(template, notes):
        label = name.text(language) if name else key
        for index, note in enumerate(zone_notes):
            rows.append(
                [
                    Paragraph(_escape(label) if index == 0 else "", zone_cell),
                    Paragraph(_escape(note.text).replace("\n", "<br/>"), cell),
                ]
            )
    flowables: list[Flowable] = [
        Paragraph(_escape(title), heading),
        board_drawing(template, notes, width=width, language=language),
    ]
    if rows:
        header = [
            Paragraph(message("board.zone", language), zone_cell),
            Paragraph(message("board.notes", language), zone_cell),
        ]
        table = Table([header, *rows], colWidths=[width * 0.28, width * 0.72], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, colors.HexColor("#5b7083")),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#d0d7de")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
                ]
            )
        )
        flowables += [Spacer(1, 6 * mm), table]
    return flowables


def write_board_pdf(
    path: Path,
    template: BoardTemplate,
    notes: Sequence[BoardNote],
    title: str,
    *,
    language: str = "nb",
) -> None:
    """One board as its own PDF (A4 landscape): the picture first, then its table."""
    page = landscape(A4)
    margin = 12 * mm
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author="ArenaDesk",
    )
    width = min(
        page[0] - 2 * margin, (page[1] - 2 * margin - 30) * template.width / template.height
    )
    doc.build(board_flowables(template, notes, title, width=width, language=language))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
