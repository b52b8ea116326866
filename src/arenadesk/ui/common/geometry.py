"""Sizes that fit the screen: the first window on a small laptop, and dialogs sized to
their wrapped text rather than to a fixed number that clips it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 760)
# Below this available area the first window opens maximised (1366×768, 1280×720 ...).
MAXIMISE_BELOW = QSize(1400, 860)
FRAME = QSize(16, 48)  # room the window manager's frame and title bar take, at most


def available_area(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or (QGuiApplication.primaryScreen())
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def first_window_geometry(area: QRect) -> tuple[QRect, bool]:
    """Where the first window goes on a screen whose available area is `area`, and whether
    it is maximised: small screens get all of it, larger ones a centred default size."""
    maximised = area.width() < MAXIMISE_BELOW.width() or area.height() < MAXIMISE_BELOW.height()
    width = min(DEFAULT_SIZE.width(), area.width() - FRAME.width())
    height = min(DEFAULT_SIZE.height(), area.height() - FRAME.height())
    left = area.left() + (area.width() - width) // 2
    top = area.top() + max(FRAME.height() - 8, (area.height() - height) // 2)
    return QRect(left, top, width, height), maximised


def fits(frame: QRect, area: QRect) -> bool:
    return area.contains(frame)


def size_to_content(dialog: QWidget, width: int) -> None:
    """`width` wide (or the screen's width), and as tall as its wrapped text needs at that
    width, within the screen: top-level windows do not ask their labels' heightForWidth."""
    area = available_area(dialog.parentWidget() or dialog)
    width = min(max(width, dialog.minimumSizeHint().width()), area.width() - FRAME.width())
    layout = dialog.layout()
    if layout is None:
        dialog.resize(width, dialog.sizeHint().height())
        return
    layout.activate()
    height = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    height = max(height, layout.totalMinimumSize().height())
    dialog.resize(width, min(height, area.height() - FRAME.height()))
    dialog.setMinimumHeight(min(height, area.height() - FRAME.height()))


def fit_size(window: QWidget, width: int, height: int) -> None:
    """A preferred size, shrunk to the screen when the screen is smaller."""
    area = available_area(window.parentWidget() or window)
    window.resize(
        min(width, area.width() - FRAME.width()), min(height, area.height() - FRAME.height())
    )
