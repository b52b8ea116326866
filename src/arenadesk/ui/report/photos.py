"""The report's *Bilder*: the group's photos of its posters and flip-charts, printed in the
report after the sections (a board's own photos print beside the board)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arenadesk.ui.photos.panel import PhotoPanel
from arenadesk.ui.shell.context import UiContext

TITLE_STYLE = "font-size: 12pt; font-weight: bold; color: #0b3d6e; margin-top: 10px;"


class ReportPhotos(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.setObjectName("report_photos")
        title = QLabel(self.tr("Photos (Bilder)"))
        title.setStyleSheet(TITLE_STYLE)
        self.panel = PhotoPanel(ctx, edge=110)
        self.panel.list.setMinimumHeight(self.panel.list.gridSize().height() + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.panel)
