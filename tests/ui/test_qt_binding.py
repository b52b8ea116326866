"""Guards against a binding bug: PySide6 6.12 on CPython 3.11 dropped a reference to None
on every call of some void methods (QLabel.setText, ...), aborting the interpreter after a
few thousand calls. The pinned version must keep None's count steady."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.setPen(pen)
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 50
