"""A made-up phone photo of a flip-chart for the screenshots: the board's notes as yellow
squares written on paper, photographed a little from the side, against a wall."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPolygonF, QTransform

PAPER = (1600, 1200)
SHOT = (2000, 1500)
# Where the paper's corners land in the photo (fractions): taken a little from the left.
CORNERS = ((0.12, 0.10), (0.90, 0.16), (0.86, 0.90), (0.10, 0.94))
NOTE_COLOURS = ("#fde060", "#96d2f5", "#faaab4", "#aae196")


def flip_chart_photo(title: str, notes: Sequence[str], seed: int = 4) -> bytes:
    rng = random.Random(seed)
    paper = QImage(*PAPER, QImage.Format.Format_RGB32)
    paper.fill(QColor(246, 244, 236))
    painter = QPainter(paper)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(30, 40, 120))
    painter.setFont(QFont("DejaVu Sans", 44))
    painter.drawText(QRectF(60, 30, 1480, 120), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(QFont("DejaVu Sans", 20))
    size = 300
    for index, text in enumerate(notes[:12]):
        x = 70 + (index % 4) * (size + 70) + rng.randint(-12, 12)
        y = 200 + (index // 4) * (size + 45) + rng.randint(-10, 10)
        painter.fillRect(QRectF(x, y, size, size), QColor(NOTE_COLOURS[index % 4]))
        painter.setPen(QColor(20, 20, 60))
        painter.drawText(
            QRectF(x + 14, y + 14, size - 28, size - 28),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            text,
        )
    painter.end()
    photo = QImage(*SHOT, QImage.Format.Format_RGB32)
    photo.fill(QColor(118, 114, 106))
    painter = QPainter(photo)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QPolygonF([QPointF(0, 0), QPointF(PAPER[0], 0), QPointF(*PAPER), QPointF(0, PAPER[1])])
    quad = QPolygonF([QPointF(x * SHOT[0], y * SHOT[1]) for x, y in CORNERS])
    transform = QTransform()
    QTransform.quadToQuad(rect, quad, transform)
    painter.setTransform(transform)
    painter.drawImage(0, 0, paper)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "JPEG", 88)  # type: ignore[call-overload]
    return bytes(buffer.data().data())
