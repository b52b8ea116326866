"""Graphics items of a board: the drawn template with its zones, and the sticky notes.

The template caches its pixels (DeviceCoordinateCache). A note lays its text out only when
it is first drawn (or asked for its tooltip), and the layouts are shared by text and size:
a crowded board, which draws cards without text, never measures a word.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPicture,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from arenadesk.domain.boards import LABEL_SIZE, BoardTemplate, Shape, Zone
from arenadesk.domain.note_layout import (
    NOTE_COLOURS,
    NOTE_EDGE,
    NOTE_SHADOW,
    NOTE_TEXT_COLOUR,
    PADDING,
    FittedText,
    fit_text,
)
from arenadesk.store.notes import NoteRow

FAMILY = "DejaVu Sans"
ASCENT = 0.93  # as in reports/board_drawing.py: same baselines on screen and paper
ZONE_TINT, ZONE_EDGE = 0.10, 0.55
SELECTED = QColor("#1d6fd6")
SHADOW = 4.0
GLYPH_CACHE_PX = 64  # Qt's raster engine caches glyphs up to this pixel size


@cache
def board_font(size: float, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@cache
def _metrics(size: float, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(board_font(size, bold))


def measure(text: str, size: float) -> float:
    return _metrics(size).horizontalAdvance(text)


@lru_cache(maxsize=32_768)
def fitted_text(text: str, width: float, height: float) -> FittedText:
    """fit_text with the screen's measure, once per text and note size."""
    return fit_text(text, width, height, measure)


def _colour(value: str | None, opacity: float = 1.0) -> QColor:
    colour = QColor(value) if value else QColor(Qt.GlobalColor.transparent)
    if value:
        colour.setAlphaF(opacity)
    return colour


def replay(
    painter: QPainter, picture: QPicture | None, draw: Callable[[QPainter], None]
) -> QPicture:
    """Draws `picture`, recording it with `draw` first when there is none yet."""
    if picture is None:
        picture = QPicture()
        recorder = QPainter(picture)
        draw(recorder)
        recorder.end()
    painter.drawPicture(0, 0, picture)
    return picture


def zone_path(zone: Zone) -> QPainterPath:
    path = QPainterPath()
    region, box = zone.region, zone.region.bounds
    rect = QRectF(box.x, box.y, box.w, box.h)
    if region.kind == "ellipse":
        path.addEllipse(rect)
    elif region.kind == "polygon":
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in region.points]))
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, region.radius, region.radius)
    return path


def _shape_path(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    if shape.kind == "rect" and shape.rect:
        r = shape.rect
        path.addRoundedRect(QRectF(r.x, r.y, r.w, r.h), shape.radius, shape.radius)
    elif shape.kind == "ellipse" and shape.rect:
        r = shape.rect
        path.addEllipse(QRectF(r.x, r.y, r.w, r.h))
    elif shape.kind in ("polygon", "polyline"):
        path.moveTo(*shape.points[0])
        for point in shape.points[1:]:
            path.lineTo(*point)
        if shape.kind == "polygon":
            path.closeSubpath()
    elif shape.kind == "path":
        for command in shape.path:
            op, v = command[0], [float(n) for n in command[1:]]
            if op == "M":
                path.moveTo(v[0], v[1])
            elif op == "L":
                path.lineTo(v[0], v[1])
            elif op == "C":
                path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5])
            else:
                path.closeSubpath()
    return path


def paint_template(painter: QPainter, template: BoardTemplate, language: str) -> None:
    """Background, shapes, zone tints and zone labels, in the order the PDF draws them."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, template.width, template.height), QColor(template.background))
    for shape in template.shapes:
        pen = QPen(Qt.PenStyle.NoPen)
        if shape.stroke and shape.width > 0:
            pen = QPen(_colour(shape.stroke, shape.opacity), shape.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if shape.dash:
                pen.setDashPattern([d / shape.width for d in shape.dash])
        painter.setPen(pen)
        if shape.kind == "text" and shape.text:
            _draw_text_shape(painter, shape, language)
            continue
        fill = shape.fill if shape.kind != "polyline" else None
        painter.setBrush(QBrush(_colour(fill, shape.opacity)) if fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(_shape_path(shape))
    for zone in template.zones:
        pen = QPen(_colour(zone.colour, ZONE_EDGE), 2.5)
        pen.setDashPattern([12 / 2.5, 8 / 2.5])
        painter.setPen(pen)
        painter.setBrush(_colour(zone.colour, ZONE_TINT))
        painter.drawPath(zone_path(zone))
    for zone in template.zones:
        _draw_label(painter, zone, language)


def _draw_text_shape(painter: QPainter, shape: Shape, language: str) -> None:
    assert shape.text is not None
    text = shape.text.text(language)
    painter.setFont(board_font(shape.size, shape.bold))
    width = _metrics(shape.size, shape.bold).horizontalAdvance(text)
    x = shape.at[0] - {"start": 0.0, "middle": width / 2, "end": width}[shape.anchor]
    painter.setPen(_colour(shape.fill, shape.opacity))
    painter.drawText(QPointF(x, shape.at[1]), text)


def _draw_label(painter: QPainter, zone: Zone, language: str) -> None:
    name = zone.name.text(language)
    width = _metrics(LABEL_SIZE, True).horizontalAdvance(name) + 28
    height = LABEL_SIZE + 16
    x, y = zone.label
    painter.setPen(QPen(QColor(zone.colour), 2))
    painter.setBrush(_colour("#ffffff", 0.92))
    painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
    painter.setFont(board_font(LABEL_SIZE, True))
    painter.drawText(QPointF(x + 14, y + 8 + LABEL_SIZE * ASCENT - 1), name)


class TemplateItem(QGraphicsItem):
    """The drawn template: one cached item under all the notes."""

    def __init__(self, template: BoardTemplate, language: str) -> None:
        super().__init__()
        self.template = template
        self.language = language
        self._picture: QPicture | None = None
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(-1_000_000)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.template.width, self.template.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Recorded once, replayed in C++: zoomed in, each scroll step paints a strip of
        # the template, and building its shapes' paths in Python was most of that.
        self._picture = replay(
            painter, self._picture, lambda p: paint_template(p, self.template, self.language)
        )


class ZoneHighlight(QGraphicsItem):
    """Outlines the zone the next typed note goes to."""

    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._colour = QColor(SELECTED)
        self.setZValue(-999_999)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_zone(self, zone: Zone | None) -> None:
        self.prepareGeometryChange()
        self._path = zone_path(zone) if zone else QPainterPath()
        self._colour = QColor(zone.colour) if zone else QColor(SELECTED)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-6, -6, 6, 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._colour, 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)


# Built once: combining the flags (Python enums) for each of 20 000 notes was a third of
# building their items.
_EDITABLE = (
    QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_EDITABLE_NO_CONTENTS = _EDITABLE | _NO_CONTENTS
_OPEN_HAND = Qt.CursorShape.OpenHandCursor
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class NoteItem(QGraphicsRectItem):
    """A sticky note. Its position is the note's (x, y) in board units.

    A rectangle item (without a pen) whose rectangle is the note's bounding box, shadow
    and selection edge included: Qt then reads the bounding box in C++. A large board's
    scene has no index (see BoardScene.show_board), so a hit test at the mouse asks every
    note for it; a Python boundingRect made that 40 ms at 20 000 notes.

    The item is what a person picks, selects, drags and edits; the board's NoteLayer
    draws it, with the other notes in view that are not hidden under others
    (ui/boards/layer.py). Qt does not even call paint() on an item flagged
    ItemHasNoContents; paint() is there for a note outside a BoardScene."""

    def __init__(self, row: NoteRow, *, editable: bool = True) -> None:
        super().__init__()
        self.row = row
        self.setPen(_NO_PEN)
        self._fitted: FittedText | None = None
        self._picture: QPicture | None = None
        if editable:
            self.setFlags(_EDITABLE_NO_CONTENTS)
            self.setCursor(_OPEN_HAND)
        else:
            self.setFlags(_NO_CONTENTS)
        self.set_row(row)

    @property
    def note_id(self) -> uuid.UUID:
        return self.row.id

    def set_row(self, row: NoteRow) -> None:
        if (row.text, row.w, row.h) != (self.row.text, self.row.w, self.row.h):
            self._fitted = None  # laid out again when next drawn
            self.setToolTip("")
        self.row = row
        self.setRect(-2, -2, row.w + SHADOW + 4, row.h + SHADOW + 4)
        self.setPos(row.x, row.y)
        self.setZValue(row.z)
        self._picture = None
        self.update()

    @property
    def fitted(self) -> FittedText:
        """The text laid out on the note, computed on first use (a note drawn as a card
        only never needs it); a cut text puts the whole one in the tooltip."""
        if self._fitted is None:
            self._fitted = fitted_text(self.row.text, self.row.w, self.row.h)
            self.setToolTip(self.row.text if self._fitted.truncated else "")
        return self._fitted

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.row.w, self.row.h))
        return path

    # No itemChange override: Qt would call into Python for every flag, position and z
    # change of every note while a board loads. The scene tells a note it was (de)selected.
    def selection_changed(self) -> None:
        """Drawn again (by the NoteLayer), edged in the selection colour or not."""
        self._picture = None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # When thousands of notes are on screen at once they overlap and their text cannot
        # be read: a selected note on a crowded board is its card only.
        if getattr(self.scene(), "crowded", False):
            self.draw_card(painter)
            return
        self.draw(painter)

    def draw(self, painter: QPainter) -> None:
        """The note with its text, at its own origin. One recorded picture per note,
        replayed in C++: a Python paint of the dozen steps below costs far more than the
        drawing itself."""
        self._picture = replay(painter, self._picture, self._draw)

    def draw_part(self, painter: QPainter, part: QRectF) -> None:
        """The note, at its own origin, where it meets `part` (in the note's coordinates):
        a scroll step paints a strip across notes that, zoomed in, fill the screen, and
        their text, drawn as outlines at that size, was most of the step."""
        fitted = self.fitted
        scale = painter.worldTransform().m11()
        large = fitted.size * scale > GLYPH_CACHE_PX
        if part.contains(self.rect()) and not large:
            self.draw(painter)
            return
        self.draw_card(painter)
        top, lines = PADDING, []
        for line in fitted.lines:
            if top < part.bottom() and top + fitted.line_height > part.top():
                lines.append((top + fitted.size * ASCENT, line))
            top += fitted.line_height
        if not lines:
            return
        painter.setPen(QColor(NOTE_TEXT_COLOUR))
        if not large:
            painter.setFont(board_font(fitted.size))
            for baseline, line in lines:
                painter.drawText(QPointF(PADDING, baseline), line)
            return
        # Past the glyph cache Qt draws each glyph as an outline; through a scaled
        # painter that took four times as long as the same font size drawn unscaled.
        to_device = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setFont(board_font(round(fitted.size * scale)))
        for baseline, line in lines:
            painter.drawText(to_device.map(QPointF(PADDING, baseline)), line)
        painter.restore()

    def draw_card(self, painter: QPainter) -> None:
        w, h = self.row.w, self.row.h
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(NOTE_SHADOW))
        painter.drawRect(QRectF(3, SHADOW, w, h))
        painter.setPen(QPen(SELECTED, 4) if self.isSelected() else QPen(QColor(NOTE_EDGE), 1))
        painter.setBrush(note_fill(self.row.colour))
        painter.drawRect(QRectF(0, 0, w, h))

    def _draw(self, painter: QPainter) -> None:
        self.draw_card(painter)
        fitted = self.fitted
        painter.setFont(board_font(fitted.size))
        painter.setPen(QColor(NOTE_TEXT_COLOUR))
        baseline = PADDING + fitted.size * ASCENT
        for line in fitted.lines:
            painter.drawText(QPointF(PADDING, baseline), line)
            baseline += fitted.line_height


def note_fill(colour: str) -> QColor:
    return QColor(NOTE_COLOURS.get(colour, NOTE_COLOURS["yellow"]))
