"""Real mouse events sent to a view's viewport, shared by the board tests and
bench/boards.py (which puts the repository on its path)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


def mouse(
    view: QAbstractScrollArea, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton
) -> None:
    """One event of the left button at `point` (viewport coordinates)."""
    pos = QPointF(point)
    event = QMouseEvent(
        kind, pos, view.viewport().mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def press_and_move(view: QAbstractScrollArea, start: QPoint, end: QPoint, steps: int) -> None:
    """Press the left button at `start` and move to `end` in `steps` moves (not released)."""
    left = Qt.MouseButton.LeftButton
    mouse(view, QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, steps + 1):
        mouse(view, QEvent.Type.MouseMove, start + (end - start) * step / steps, left)


def release(view: QAbstractScrollArea, point: QPoint) -> None:
    mouse(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def drag(view: QAbstractScrollArea, start: QPoint, end: QPoint, steps: int = 5) -> None:
    press_and_move(view, start, end, steps)
    release(view, end)
