"""The runner's projector view: a separate window the whole room can read."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from arenadesk.domain.timer import Colour, Phase
from arenadesk.services.runner import RunnerView
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.base import ProjectorBase, screen_by_name

__all__ = ["ClockFace", "ProjectorWindow", "screen_by_name"]

BACKGROUND, PAUSE_BACKGROUND, FLASH_BACKGROUND = "#101418", "#16233a", "#7a1010"
TEXT, DIM = "#f4f4f4", "#a9b3bf"
CLOCK_COLOURS = {Colour.NORMAL: "#f4f4f4", Colour.AMBER: "#ffb000", Colour.RED: "#ff5a4f"}
CLOCK_FAMILY = "DejaVu Sans"
# The digits' rendered (ink) height as a share of the window's height.
DIGITS_ALONE = 0.34  # nothing beside the clock
DIGITS_BESIDE_BOARD = 0.19
# Beside a board the texts may make the clock's row this share of the height taller.
HEADER_SLACK = 0.05
SIGN_SHARE = 0.55  # the overtime "+" is drawn smaller, so the digits keep their size
MARGIN_X, MARGIN_Y = 32, 24


def _clock_font(pixels: float) -> QFont:
    font = QFont(CLOCK_FAMILY)
    font.setBold(True)
    font.setPixelSize(max(1, int(pixels)))
    return font


def _ink_share() -> float:
    """Digit ink height per pixel of font size (about 0.76 for DejaVu Sans Bold)."""
    metrics = QFontMetricsF(_clock_font(1000))
    return metrics.tightBoundingRect("0123456789").height() / 1000


class ClockFace(QWidget):
    """The digits, painted by their ink: as tall as `digit_height` asks while they fit the
    widget's width. The overtime sign is smaller than the digits."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._colour = QColor(TEXT)
        self.digit_height = 100.0
        self._font = _clock_font(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def font(self) -> QFont:
        return self._font

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._refit()

    def set_colour(self, colour: str) -> None:
        self._colour = QColor(colour)
        self.update()

    def set_digit_height(self, pixels: float) -> None:
        self.digit_height = pixels
        self.setMinimumHeight(int(pixels * 1.12))
        self._refit()

    def width_needed(self, text: str, digit_height: float) -> float:
        return self._advance(text, _clock_font(digit_height / _ink_share()))

    @staticmethod
    def _advance(text: str, font: QFont) -> float:
        sign, digits = (text[0], text[1:]) if text.startswith("+") else ("", text)
        small = QFont(font)
        small.setPixelSize(max(1, int(font.pixelSize() * SIGN_SHARE)))
        return QFontMetricsF(font).horizontalAdvance(digits) + (
            QFontMetricsF(small).horizontalAdvance(sign) if sign else 0.0
        )

    def _refit(self) -> None:
        size = self.digit_height / _ink_share()
        room = max(self.width(), 40)
        advance = self._advance(self._text or "00:00", _clock_font(size))
        if advance > room:
            size *= room / advance
        self._font = _clock_font(size)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(
            int(self.width_needed(self._text or "00:00", self.digit_height)), self.minimumHeight()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._refit()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(self._colour)
        sign, digits = (
            (self._text[0], self._text[1:]) if self._text.startswith("+") else ("", self._text)
        )
        small = QFont(self._font)
        small.setPixelSize(max(1, int(self._font.pixelSize() * SIGN_SHARE)))
        metrics = QFontMetricsF(self._font)
        total = self._advance(self._text, self._font)
        ink = metrics.tightBoundingRect(digits)
        # Centre the ink, not the line: the line's descent would push the digits up.
        baseline = (self.height() - ink.height()) / 2 - ink.top()
        left = (self.width() - total) / 2
        if sign:
            painter.setFont(small)
            painter.drawText(QRectF(left, 0, total, baseline).bottomLeft(), sign)
            left += QFontMetricsF(small).horizontalAdvance(sign)
        painter.setFont(self._font)
        painter.drawText(QRectF(left, 0, total, baseline).bottomLeft(), digits)
        painter.end()


class ProjectorWindow(ProjectorBase):
    """High contrast; the digits' ink a third of the height alone, a fifth beside a board.
    It only shows what the runner screen hands it in `show_view`."""

    def __init__(self, session_title: str, board: QWidget | None = None) -> None:
        super().__init__(self.tr("ArenaDesk – projector"))
        self.setObjectName("projector")
        self.session = QLabel(session_title)
        self.step = QLabel()
        self.prompt = QLabel()
        self.clock = ClockFace()
        self.next = QLabel()
        for label in (self.session, self.step, self.prompt, self.next):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y)
        # Without a board: the texts over the whole width, the clock under them. With one,
        # the clock moves up beside the texts and the board takes the width below, so its
        # notes can be laid out large (see projector/board.py).
        self.header = QHBoxLayout()
        texts = QVBoxLayout()
        for label in (self.session, self.step, self.prompt):
            texts.addWidget(label)
        self.header.addLayout(texts, 1)
        layout.addLayout(self.header)
        self.middle = QHBoxLayout()
        self.board = board
        if board is not None:
            if isinstance(board, QGraphicsView):
                board.setBackgroundBrush(QColor(BACKGROUND))  # no white frame around it
            self.middle.addWidget(board, 1)
            board.hide()
        self.middle.addWidget(self.clock, 1)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self.next)
        self._background = self._clock_colour = ""
        self.session.setObjectName("dim")
        self.next.setObjectName("dim")
        self._apply_fonts()

    @property
    def board_shown(self) -> bool:
        return self.board is not None and not self.board.isHidden()

    def _place_clock(self, beside_board: bool) -> None:
        """The clock under the texts (alone) or beside them, over the board."""
        home = self.header if beside_board else self.middle
        if home.indexOf(self.clock) >= 0:
            return
        (self.middle if beside_board else self.header).removeWidget(self.clock)
        home.addWidget(self.clock, 0 if beside_board else 1)

    def _apply_fonts(self) -> None:
        height = max(self.height(), 300)
        width = max(self.width(), 400)
        beside = self.board_shown
        self._place_clock(beside)
        digits = height * (DIGITS_BESIDE_BOARD if beside else DIGITS_ALONE)
        self.clock.set_digit_height(digits)
        clock_width = 0
        if beside:
            needed = self.clock.width_needed(self.clock.text() or "00:00", digits)
            clock_width = int(min(needed + 16, width * 0.6))
            self.clock.setFixedWidth(clock_width)
        else:
            self.clock.setMinimumWidth(0)
            self.clock.setMaximumWidth(16_777_215)
        # The texts take what the clock leaves; a long prompt gets a smaller font rather
        # than pushing the clock off the screen.
        text_width = width - 2 * MARGIN_X - (clock_width + 12 if beside else 0)
        room = height - 2 * MARGIN_Y - self.clock.minimumHeight() - 4 * 6
        if beside:  # the texts share the clock's row; the board wants what they leave
            room = self.clock.minimumHeight() + round(height * HEADER_SLACK)
        sizes = ((self.session, 0.035, False), (self.step, 0.06, True), (self.next, 0.04, False))
        for label, share, bold in sizes:
            label.setFont(self._font(height * share, bold))
            if label is not self.next or not beside:
                room -= label.heightForWidth(text_width) if label.text() else 0
        share = 0.045
        while True:
            self.prompt.setFont(self._font(height * share, False))
            if share <= 0.022 or self.prompt.heightForWidth(text_width) <= room:
                break
            share -= 0.003

    def _font(self, pixels: float, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(14, int(pixels)))
        font.setBold(bold)
        return font

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_fonts()
        super().resizeEvent(event)

    def show_view(self, view: RunnerView) -> None:
        """Called a few times a second: only what changed is restyled or re-laid out."""
        paused = view.phase is Phase.PAUSED
        background = (
            FLASH_BACKGROUND if view.flashing else PAUSE_BACKGROUND if paused else BACKGROUND
        )
        if background != self._background:
            self._background = background
            if isinstance(self.board, QGraphicsView):  # no band of another colour around it
                self.board.setBackgroundBrush(QColor(background))
            self.setStyleSheet(
                f"#projector {{ background: {background}; }}"
                f"QLabel {{ color: {TEXT}; }}"
                f"QLabel#dim {{ color: {DIM}; }}"
            )
        if view.phase is Phase.FINISHED:
            texts = (self.tr("The økt is finished"), self.tr("Thank you!"), "", "")
        else:
            following = view.next_step.title if view.next_step else self.tr("End of the økt")
            texts = (
                view.step.title if view.step else "",
                view.step.prompt if view.step else "",
                self.tr("Pause") if paused else view.clock,
                arg(self.tr("Next: %1"), following),
            )
        step, prompt, clock, following_text = texts
        # A new text re-lays out the window; a clock that only ticks does not.
        relayout = len(clock) != len(self.clock.text())
        self.clock.setText(clock)
        for label, text in ((self.step, step), (self.prompt, prompt), (self.next, following_text)):
            if label.text() != text:
                relayout = True
                label.setText(text)
        if relayout:
            self._apply_fonts()
        clock_colour = DIM if paused else CLOCK_COLOURS[view.colour]
        if clock_colour != self._clock_colour:
            self._clock_colour = clock_colour
            self.clock.set_colour(clock_colour)

    def set_board_visible(self, visible: bool) -> None:
        if self.board is not None and self.board_shown != visible:
            self.board.setVisible(visible)
            self._apply_fonts()
