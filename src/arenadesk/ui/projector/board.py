"""The current step's board on the projector, its notes readable at the back of the room.

The board is scaled to its part of the screen, and its notes are laid out again for it
(`domain.projector_layout`): their text is at least NOTE_TEXT_SHARE of the projector's
height (24 px on a 1080-line projector), long notes wrap rather than shrink, and a zone
whose notes cannot fit at that size shows how many it holds.
"""

from __future__ import annotations

import math
import uuid

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import BoardTemplate, Zone, placeholder_template
from arenadesk.domain.note_layout import NOTE_COLOURS, NOTE_EDGE, NOTE_TEXT_COLOUR
from arenadesk.domain.projector_layout import PAD, Card, ZoneView, projector_layout
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.boards import BoardRow
from arenadesk.store.db.database import Database
from arenadesk.store.notes import NoteRow
from arenadesk.ui.boards.items import board_font, measure
from arenadesk.ui.boards.view import BoardPreview
from arenadesk.ui.shell.signals import AppSignals

NOTE_TEXT_SHARE = 24 / 1080  # of the projector window's height: a note's least text height
CARD_Z, COUNT_Z = 100.0, 200.0


class ProjectorCard(QGraphicsItem):
    """A note on the projector: its whole text, wrapped, at the size the layout chose."""

    def __init__(self, card: Card[NoteRow]) -> None:
        super().__init__()
        self.card = card
        rect = card.rect
        self.setPos(rect.x, rect.y)
        self._rect = QRectF(0, 0, rect.w, rect.h)
        self.setZValue(CARD_Z)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(0, 0, 3, 3)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill = NOTE_COLOURS.get(self.card.note.colour, NOTE_COLOURS["yellow"])
        painter.setPen(QPen(QColor(NOTE_EDGE), 1))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRect(self._rect)
        painter.setPen(QColor(NOTE_TEXT_COLOUR))
        size = self.card.size
        painter.setFont(board_font(size))
        pad = size * PAD
        line_height = size * 1.2
        for index, line in enumerate(self.card.lines):
            box = QRectF(pad, pad + index * line_height, self._rect.width() - 2 * pad, line_height)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line
            )


class ZoneCount(QGraphicsItem):
    """ "14 lapper" in a zone that has no room for all its notes at a readable size."""

    def __init__(self, zone: Zone, text: str, rect: Rect, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self._font = board_font(size, bold=True)
        width = max(rect.w, measure(self.text, size) * 1.08 + size * 1.2)
        self._rect = QRectF(0, 0, width, rect.h)
        self.setPos(rect.right - width, rect.y)
        self.colour = zone.colour
        self.setZValue(COUNT_Z)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.colour), 3))
        painter.setBrush(QBrush(QColor("#ffffff")))
        radius = self._rect.height() / 2
        painter.drawRoundedRect(self._rect, radius, radius)
        painter.setPen(QColor(NOTE_TEXT_COLOUR))
        painter.setFont(self._font)
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class ProjectorBoard(BoardPreview):
    """A BoardPreview whose notes are laid out for the projector (see the module)."""

    def __init__(
        self, db: Database, *, language: str = "nb", signals: AppSignals | None = None
    ) -> None:
        super().__init__(db, language=language, signals=signals)
        self.notes: list[NoteRow] = []
        self.views: list[ZoneView[NoteRow]] = []
        self._items: list[QGraphicsItem] = []
        self._laid_out_for: tuple[float, ...] = ()

    def show_board(self, board: BoardRow | uuid.UUID | None) -> None:
        board_id = board.id if isinstance(board, BoardRow) else board
        row = board_store.get_board(self.db, board_id) if board_id else None
        self.board_id = row.id if row else None
        self._laid_out_for = ()
        if row is None:
            self.notes = []
            self._clear_items()
            self.board_scene.clear_board()
            return
        self.notes = note_store.list_notes(self.db, row.id)
        template = self.templates.get(row.template_key) or placeholder_template(
            row.template_key, [n.zone_key for n in self.notes]
        )
        self._clear_items()
        self.board_scene.show_board(template, [])  # the template; the notes are cards
        self._fit()

    @property
    def scale_factor(self) -> float:
        """Screen pixels per board unit."""
        return self.transform().m11()

    def min_text_pixels(self) -> float:
        return NOTE_TEXT_SHARE * self.window().height()

    def _fit(self) -> None:
        super()._fit()
        template = self.board_scene.template
        if template is not None and self.isVisible():
            self._lay_out(template)

    def _lay_out(self, template: BoardTemplate) -> None:
        scale = self.scale_factor
        if scale <= 0:
            return
        least = self.min_text_pixels() / scale
        key = (round(least, 2), template.width, len(self.notes), id(self.notes))
        if key == self._laid_out_for:
            return
        self._laid_out_for = key
        self._clear_items()
        self.views = projector_layout(template, self.notes, least, measure)
        for view in self.views:
            items: list[QGraphicsItem] = [ProjectorCard(c) for c in view.cards]
            if view.badge is not None:
                size = math.ceil(least * 1.2)
                text = self.tr("%n note(s)", "", view.count)
                items.append(ZoneCount(view.zone, text, view.badge, size))
            for item in items:
                self.board_scene.addItem(item)
                self._items.append(item)

    def _clear_items(self) -> None:
        for item in self._items:
            if item.scene() is self.board_scene:
                self.board_scene.removeItem(item)
        self._items.clear()
        self.views = []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
