"""The program wall on the projector: one økt at a time, every space a card, the text as
large as the screen allows for the whole økt to fit (never cut, never elided).

Arrow keys and PageUp/PageDown switch økt (the keys are the facilitator's to know: the
audience sees no hints); it follows every change to the wall as it is saved.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent

from arenadesk.domain.wall import SlotRow, Wall
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import open_space as wall_store
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.base import ProjectorBase
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.wall.model import EMPTY_WALL, slot_title

BACKGROUND, CARD, EMPTY_CARD = QColor("#101418"), QColor("#1f2b38"), QColor("#161d25")
TEXT, DIM, ACCENT = QColor("#f4f4f4"), QColor("#a9b3bf"), QColor("#ffc94d")
FONT_FAMILY = "DejaVu Sans"
WRAP = Qt.TextFlag.TextWordWrap
SMALLEST = 10  # px; below this nothing reads at a distance anyway


@dataclass(frozen=True)
class TextBox:
    text: str
    font: QFont
    rect: QRect


@dataclass(frozen=True)
class CardLayout:
    rect: QRect
    empty: bool
    head: TextBox  # "2.4 · Rom 4"
    title: TextBox
    convener: TextBox


@dataclass(frozen=True)
class _CardText:
    head: str
    title: str
    convener: str
    empty: bool


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, int(pixels)))
    font.setBold(bold)
    return font


def _text_height(text: str, font: QFont, width: int) -> int | None:
    """The wrapped height of `text`, or None when a word is wider than `width`."""
    if not text:
        return 0
    bounds = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), WRAP, text)
    return None if bounds.width() > width else bounds.height()


def _card_fits(card: _CardText, size: int, width: int, height: int) -> list[TextBox] | None:
    """The three text boxes of a card at `size` px, or None when they do not fit."""
    pad = max(4, size // 2)
    inner_w, top, bottom = width - 2 * pad, pad, height - pad
    boxes: list[TextBox] = []
    for text, font in (
        (card.head, _font(size * 0.7, bold=True)),
        (card.title, _font(size, bold=not card.empty)),
        (card.convener, _font(size * 0.75)),
    ):
        text_h = _text_height(text, font, inner_w)
        if text_h is None:
            return None
        boxes.append(TextBox(text, font, QRect(pad, top, inner_w, text_h)))
        top += text_h + (size // 4 if text else 0)
    return boxes if top - size // 4 <= bottom else None


class WallProjectorWindow(ProjectorBase):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(self.tr("ArenaDesk – program wall"))
        self.ctx = ctx
        self.setObjectName("wall_projector")
        self.wall: Wall = EMPTY_WALL
        self.slot_index = 0
        self._cache: tuple[tuple[object, ...], list[CardLayout], TextBox, TextBox] | None = None
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.database_changed.connect(self.reload)
        self.reload()

    # --- what it shows -----------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.WALL, Kind.CONVERSATIONS, Kind.ARENA):
            self.reload()

    def reload(self) -> None:
        """Read the wall again, staying on the økt shown (by id: numbers may shift)."""
        shown = self.current_slot()
        self.wall = wall_store.get_wall(self.ctx.db, self.ctx.arena_id)
        ids = [s.id for s in self.wall.slots]
        if shown is not None and shown.id in ids:
            self.slot_index = ids.index(shown.id)
        self.slot_index = min(self.slot_index, max(len(ids) - 1, 0))
        self._cache = None
        self.update()

    def current_slot(self) -> SlotRow | None:
        slots = self.wall.slots
        return slots[self.slot_index] if 0 <= self.slot_index < len(slots) else None

    def show_slot(self, slot_id: uuid.UUID | None) -> None:
        ids = [s.id for s in self.wall.slots]
        if slot_id is not None and slot_id in ids:
            self.slot_index = ids.index(slot_id)
            self._cache = None
            self.update()

    def step(self, delta: int) -> None:
        index = min(max(self.slot_index + delta, 0), max(len(self.wall.slots) - 1, 0))
        if index != self.slot_index:
            self.slot_index = index
            self._cache = None
            self.update()

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.step(-len(self.wall.slots))
        elif key == Qt.Key.Key_End:
            self.step(len(self.wall.slots))
        else:
            return False
        return True

    # --- layout --------------------------------------------------------------------------

    def _card_texts(self, slot: SlotRow) -> list[_CardText]:
        cards = []
        for space in self.wall.spaces:
            topics = self.wall.in_cell(slot.id, space.id)
            head = f"{topics[0].number if topics else f'{slot.number}.{space.number}'}  ·  "
            head += space.label
            if topics:
                title = "\n".join(t.title for t in topics)
                convener = ", ".join(t.convener for t in topics if t.convener)
                cards.append(_CardText(head, title, convener, False))
            else:
                cards.append(_CardText(head, "—", "", True))
        return cards

    def layout_cards(self) -> tuple[list[CardLayout], TextBox, TextBox]:
        """The cards of the økt shown, its heading and the footer, fitted to the window."""
        slot = self.current_slot()
        key = (self.width(), self.height(), slot, self.wall)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1], self._cache[2], self._cache[3]
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = int(height * 0.03)
        heading_font = _font(height * 0.055, bold=True)
        heading_text = (
            slot_title(slot, self.ctx.language) if slot else self.tr("The program wall is empty")
        )
        heading_h = QFontMetrics(heading_font).height()
        heading = TextBox(
            heading_text, heading_font, QRect(margin, margin, width - 2 * margin, heading_h)
        )
        footer_font = _font(height * 0.022)
        footer_h = QFontMetrics(footer_font).height()
        footer_text = self.tr("Økt %1 of %2")
        footer_text = arg(footer_text, str(self.slot_index + 1), str(len(self.wall.slots)))
        footer = TextBox(
            footer_text,
            footer_font,
            QRect(margin, height - margin - footer_h, width - 2 * margin, footer_h),
        )
        area = QRect(
            margin,
            heading.rect.bottom() + margin // 2,
            width - 2 * margin,
            footer.rect.top() - heading.rect.bottom() - margin,
        )
        cards = self._fit(self._card_texts(slot), area, height) if slot else []
        self._cache = (key, cards, heading, footer)
        return cards, heading, footer

    def _fit(self, texts: list[_CardText], area: QRect, height: int) -> list[CardLayout]:
        """Try every number of columns; keep the one whose largest fitting size is largest."""
        if not texts:
            return []
        gap = max(6, int(height * 0.012))
        best: tuple[int, int, int, int, int, list[list[TextBox]]] | None = None
        for columns in range(1, len(texts) + 1):
            rows = math.ceil(len(texts) / columns)
            card_w = (area.width() - gap * (columns - 1)) // columns
            card_h = (area.height() - gap * (rows - 1)) // rows
            if card_w < 40 or card_h < 30:
                continue
            low, high = SMALLEST, max(SMALLEST, int(height * 0.09))
            found: tuple[int, list[list[TextBox]]] | None = None
            while low <= high:  # the largest size at which every card fits
                size = (low + high) // 2
                boxes = [_card_fits(t, size, card_w, card_h) for t in texts]
                fitted = [b for b in boxes if b is not None]
                if len(fitted) == len(texts):
                    found, low = (size, fitted), size + 1
                else:
                    high = size - 1
            if found is not None and (best is None or found[0] > best[0]):
                best = (found[0], columns, rows, card_w, card_h, found[1])
        if best is None:  # not even the smallest size fits: the smallest, in a plain grid
            columns = math.ceil(math.sqrt(len(texts)))
            rows = math.ceil(len(texts) / columns)
            card_w = (area.width() - gap * (columns - 1)) // columns
            card_h = (area.height() - gap * (rows - 1)) // rows
            plain = [
                [
                    TextBox(x, _font(SMALLEST), QRect(4, 4, card_w - 8, card_h - 8))
                    for x in (t.head, t.title, t.convener)
                ]
                for t in texts
            ]
            best = (SMALLEST, columns, rows, card_w, card_h, plain)
        _size, columns, _rows, card_w, card_h, all_boxes = best
        cards = []
        for index, (text, card_boxes) in enumerate(zip(texts, all_boxes, strict=True)):
            row, column = divmod(index, columns)
            rect = QRect(
                area.left() + column * (card_w + gap),
                area.top() + row * (card_h + gap),
                card_w,
                card_h,
            )
            placed = [
                TextBox(b.text, b.font, b.rect.translated(rect.topLeft())) for b in card_boxes
            ]
            cards.append(CardLayout(rect, text.empty, placed[0], placed[1], placed[2]))
        return cards

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        cards, heading, footer = self.layout_cards()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        self._draw(painter, heading, TEXT)
        self._draw(painter, footer, DIM)
        for card in cards:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(EMPTY_CARD if card.empty else CARD)
            painter.drawRoundedRect(card.rect, 8, 8)
            self._draw(painter, card.head, DIM if card.empty else ACCENT)
            self._draw(painter, card.title, DIM if card.empty else TEXT)
            self._draw(painter, card.convener, DIM)
        painter.end()

    @staticmethod
    def _draw(painter: QPainter, box: TextBox, colour: QColor) -> None:
        if box.text:
            painter.setFont(box.font)
            painter.setPen(colour)
            painter.drawText(box.rect, int(WRAP), box.text)
