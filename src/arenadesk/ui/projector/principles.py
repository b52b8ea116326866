"""Projector screens for Open Space: the four principles, the law of two feet and the day-2
input types. Always in bokmål (the room's language), whatever the UI language is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)

from arenadesk.domain.open_space import InputType, input_type_label, principles
from arenadesk.i18n.messages import message
from arenadesk.ui.projector.base import ProjectorBase

BACKGROUND, TEXT, TITLE, DIM, BADGE = "#101418", "#f4f4f4", "#ffd166", "#a9b3bf", "#2a6fdb"
ROOM_LANGUAGE = "nb"


@dataclass(frozen=True)
class ProjectorPage:
    key: str
    title: str
    items: tuple[str, ...]
    numbered: bool


def open_space_pages() -> tuple[ProjectorPage, ...]:
    lang = ROOM_LANGUAGE
    return (
        ProjectorPage("principles", message("principles.title", lang), principles(lang), True),
        ProjectorPage(
            "two_feet", message("two_feet.title", lang), (message("two_feet.text", lang),), False
        ),
        ProjectorPage(
            "input_types",
            message("input_types.title", lang),
            tuple(input_type_label(kind, lang) for kind in InputType),
            True,
        ),
    )


def keep_last_words_together(text: str) -> str:
    """A short last word ("dag 1") is tied to the one before, so no line holds it alone."""
    head, space, last = text.rpartition(" ")
    return f"{head}\u00a0{last}" if space and len(last) <= 3 else text


@dataclass(frozen=True)
class PageLayout:
    """Where everything goes at one window size; computed before painting so it can be
    checked (nothing outside the window, nothing overlapping)."""

    title_font: QFont
    title_rect: QRect
    item_font: QFont
    item_rects: tuple[QRect, ...]
    badge_rects: tuple[QRect, ...]


class OpenSpaceProjector(ProjectorBase):
    """Full screen, high contrast; arrows or PageUp/PageDown switch pages, Esc leaves full
    screen. Text is sized to the largest that fits the screen."""

    def __init__(self) -> None:
        super().__init__(self.tr("ArenaDesk – Open Space on the projector"))
        self.setObjectName("open_space_projector")
        self.pages = open_space_pages()
        self.index = 0
        self._layout: PageLayout | None = None
        self.resize(960, 540)

    @property
    def page(self) -> ProjectorPage:
        return self.pages[self.index]

    def show_page(self, key_or_index: str | int) -> None:
        if isinstance(key_or_index, str):
            key_or_index = next(i for i, p in enumerate(self.pages) if p.key == key_or_index)
        self.index = max(0, min(key_or_index, len(self.pages) - 1))
        self._layout = None
        self.update()

    # --- layout ------------------------------------------------------------------------

    def page_layout(self) -> PageLayout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> PageLayout:
        width, height = max(self.width(), 320), max(self.height(), 200)
        margin_x, margin_y = int(width * 0.06), int(height * 0.07)
        room = QRect(margin_x, margin_y, width - 2 * margin_x, height - 2 * margin_y)
        page = self.page

        title_font = QFont(self.font())
        title_font.setBold(True)
        title_size = int(height * 0.10)
        title_font.setPixelSize(title_size)
        while title_size > 12 and QFontMetrics(title_font).horizontalAdvance(page.title) > (
            room.width()
        ):
            title_size -= 2
            title_font.setPixelSize(title_size)
        title_height = QFontMetrics(title_font).height()
        title_rect = QRect(room.left(), room.top(), room.width(), title_height)

        footer = int(height * 0.05)
        body = QRect(
            room.left(),
            title_rect.bottom() + int(height * 0.06),
            room.width(),
            room.bottom() - footer - title_rect.bottom() - int(height * 0.06),
        )
        # The largest size at which every item fits, found by halving the interval.
        low, high = 12, int(height * (0.09 if page.numbered else 0.08))
        best = self._place_items(page, body, low)
        while low <= high:
            middle = (low + high) // 2
            placed = self._place_items(page, body, middle)
            if placed is not None:
                best, low = placed, middle + 1
            else:
                high = middle - 1
        if best is None:  # a tiny window: draw at the smallest size anyway
            best = self._place_items(page, body, 12, force=True)
        assert best is not None
        item_font, item_rects, badge_rects = best
        return PageLayout(title_font, title_rect, item_font, item_rects, badge_rects)

    def _place_items(
        self, page: ProjectorPage, body: QRect, size: int, *, force: bool = False
    ) -> tuple[QFont, tuple[QRect, ...], tuple[QRect, ...]] | None:
        font = QFont(self.font())
        font.setPixelSize(size)
        metrics = QFontMetrics(font)
        badge = int(metrics.height() * 1.15) if page.numbered else 0
        indent = int(badge * 1.45) if page.numbered else 0
        text_width = body.width() - indent
        gap = int(metrics.height() * 0.7)
        flags = int(Qt.TextFlag.TextWordWrap)
        rects: list[QRect] = []
        badges: list[QRect] = []
        top = body.top()
        for item in page.items:
            shown = keep_last_words_together(item)
            bounds = metrics.boundingRect(QRect(0, 0, text_width, 100_000), flags, shown)
            if bounds.width() > text_width and not force:
                return None  # a single word wider than the screen
            rect = QRect(body.left() + indent, top, text_width, bounds.height())
            rects.append(rect)
            badges.append(QRect(body.left(), top + (metrics.height() - badge) // 2, badge, badge))
            top = rect.bottom() + gap
        if top - gap > body.bottom() and not force:
            return None
        if not page.numbered:  # a single paragraph sits in the middle of the screen
            shift = (body.bottom() - (top - gap)) // 2
            rects = [r.translated(0, shift) for r in rects]
        return font, tuple(rects), tuple(badges) if page.numbered else ()

    # --- painting and keys -------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.page_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        painter.setFont(layout.title_font)
        painter.setPen(QColor(TITLE))
        painter.drawText(layout.title_rect, int(Qt.AlignmentFlag.AlignLeft), self.page.title)
        painter.setFont(layout.item_font)
        wrap = int(Qt.TextFlag.TextWordWrap)
        for number, (rect, text) in enumerate(zip(layout.item_rects, self.page.items, strict=True)):
            if layout.badge_rects:
                badge = layout.badge_rects[number]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(BADGE))
                painter.drawEllipse(badge)
                painter.setPen(QColor(TEXT))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(number + 1))
            painter.setPen(QColor(TEXT))
            painter.drawText(rect, wrap, keep_last_words_together(text))
        self._paint_page_dots(painter)
        painter.end()

    def _paint_page_dots(self, painter: QPainter) -> None:
        size = max(8, int(self.height() * 0.014))
        total = len(self.pages) * size * 3
        left = (self.width() - total) // 2
        top = self.height() - int(self.height() * 0.045)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.pages)):
            painter.setBrush(QColor(TEXT if index == self.index else "#3a4552"))
            painter.drawEllipse(left + index * size * 3 + size, top, size, size)

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.show_page(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.show_page(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.show_page(0)
        elif key == Qt.Key.Key_End:
            self.show_page(len(self.pages) - 1)
        else:
            return False
        return True
