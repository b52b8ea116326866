"""The projector view: a separate full-screen window the whole room can read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from arenadesk.domain.timer import Colour, Phase
from arenadesk.services.runner import RunnerView

BACKGROUND, PAUSE_BACKGROUND, FLASH_BACKGROUND = "#101418", "#16233a", "#7a1010"
TEXT, DIM = "#f4f4f4", "#a9b3bf"
CLOCK_COLOURS = {Colour.NORMAL: "#f4f4f4", Colour.AMBER: "#ffb000", Colour.RED: "#ff5a4f"}


class ProjectorWindow(QWidget):
    """High contrast, digits at least a quarter of the screen's height; Esc leaves full
    screen. It only shows what the runner screen hands it in `show_view`."""

    def __init__(self, session_title: str, board: QWidget | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("ArenaDesk – projector"))
        self.setObjectName("projector")
        self.session = QLabel(session_title)
        self.step = QLabel()
        self.prompt = QLabel()
        self.clock = QLabel()
        self.next = QLabel()
        for label in (self.session, self.step, self.prompt, self.next):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.session)
        layout.addWidget(self.step)
        layout.addWidget(self.prompt)
        # When the step uses a board it takes the left of the screen; the clock stays to
        # its right, still a quarter of the screen's height.
        middle = QHBoxLayout()
        self.board = board
        if board is not None:
            if isinstance(board, QGraphicsView):
                board.setBackgroundBrush(QColor(BACKGROUND))  # no white frame around it
            middle.addWidget(board, 3)
            board.hide()
        clock_column = QVBoxLayout()
        clock_column.addStretch(1)
        clock_column.addWidget(self.clock)
        clock_column.addStretch(1)
        middle.addLayout(clock_column, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.next)
        self._background = self._clock_colour = ""
        self.session.setObjectName("dim")
        self.next.setObjectName("dim")
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        height = max(self.height(), 300)
        sizes = (
            (self.session, 0.035, False),
            (self.step, 0.07, True),
            (self.prompt, 0.045, False),
            (self.next, 0.04, False),
        )
        for label, share, bold in sizes:
            font = QFont(self.font())
            font.setPixelSize(max(14, int(height * share)))
            font.setBold(bold)
            label.setFont(font)
        clock_font = QFont("DejaVu Sans")
        clock_font.setBold(True)
        clock_font.setPixelSize(int(height * 0.30))  # at least a quarter of the height
        # ... but never wider than the window: "+00:00" must fit on a 4:3 projector.
        width = QFontMetrics(clock_font).horizontalAdvance("+00:00")
        share = 0.38 if self.board is not None and self.board.isVisible() else 0.92
        room = max(self.width(), 400) * share
        if width > room:
            clock_font.setPixelSize(int(clock_font.pixelSize() * room / width))
        self.clock.setFont(clock_font)

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
                self.tr("Next: %1").replace("%1", following),
            )
        for label, text in zip((self.step, self.prompt, self.clock, self.next), texts, strict=True):
            if label.text() != text:
                label.setText(text)
        clock_colour = DIM if paused else CLOCK_COLOURS[view.colour]
        if clock_colour != self._clock_colour:
            self._clock_colour = clock_colour
            self.clock.setStyleSheet(f"color: {clock_colour};")

    def set_board_visible(self, visible: bool) -> None:
        if self.board is not None and self.board.isVisible() != visible:
            self.board.setVisible(visible)
            self._apply_fonts()

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on the chosen screen (the facilitator's choice is remembered)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            self.resize(960, 540)
            return
        if event.key() in (Qt.Key.Key_F11, Qt.Key.Key_F5):
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return
        super().keyPressEvent(event)


def screen_by_name(name: str) -> QScreen | None:
    """The remembered screen if it is connected, else a second screen, else the first."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if screen.name() == name:
            return screen
    return screens[1] if len(screens) > 1 else (screens[0] if screens else None)
