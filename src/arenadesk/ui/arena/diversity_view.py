"""A group's or the arena's perspective mix as a stacked bar, legend and 70 % warning."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from arenadesk.domain.diversity import HOMOGENEITY_LIMIT, DiversityMix, mix_of
from arenadesk.ui.arena.table_models import diversity_tooltip
from arenadesk.ui.common.icons import WARNING_COLOUR, icon
from arenadesk.ui.common.texts import PERSPECTIVE_COLOURS, arg, percent, perspective_label


class _Bar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.mix: DiversityMix = mix_of([])
        self.setMinimumHeight(18)

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#c8c8c8"))
        painter.setBrush(QColor("#f2f2f2"))
        painter.drawRoundedRect(rect, 4, 4)
        x = rect.left()
        for perspective, _count, share in self.mix.shares():
            width = rect.width() * share
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PERSPECTIVE_COLOURS[perspective]))
            painter.drawRect(QRectF(x, rect.top() + 1, width, rect.height() - 2))
            x += width
        # The 70 % line, so the limit is visible before it is passed.
        limit_x = rect.left() + rect.width() * HOMOGENEITY_LIMIT
        painter.setPen(QColor("#333333"))
        painter.drawLine(int(limit_x), int(rect.top()), int(limit_x), int(rect.bottom()))
        painter.end()


class DiversityView(QWidget):
    """Bar, legend and a plain warning when one perspective passes 70 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = _Bar()
        self._legend = QLabel()
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        self._warning_icon = QLabel()
        self._warning_icon.setPixmap(icon("warning", WARNING_COLOUR).pixmap(18, 18))
        self._warning = QLabel()
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        warning_row = QHBoxLayout()
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self._warning_icon)
        warning_row.addWidget(self._warning, 1)
        self._warning_box = QWidget()
        self._warning_box.setLayout(warning_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._legend)
        layout.addWidget(self._warning_box)
        self.set_mix(mix_of([]))

    def set_mix(self, mix: DiversityMix) -> None:
        self._bar.mix = mix
        self._bar.update()
        tooltip = diversity_tooltip(mix)
        self.setToolTip(tooltip)
        if not mix.total:
            self._legend.setText(self.tr("No members yet."))
        else:
            parts = [
                f'<span style="color:{PERSPECTIVE_COLOURS[p]}">&#9632;</span> '
                f"{perspective_label(p)} {percent(share)}"
                for p, _n, share in mix.shares()
            ]
            self._legend.setText(" &nbsp; ".join(parts))
        self._warning_box.setVisible(mix.too_homogeneous)
        if mix.too_homogeneous and mix.dominant is not None:
            text = (
                self.tr("%1 % are %2: more than the arena's limit of 70 % from one perspective.")
                if not mix.unknown
                else self.tr(
                    "%1 % of those whose perspective is given are %2: more than the arena's "
                    "limit of 70 % from one perspective."
                )
            )
            self._warning.setText(
                arg(text, str(round(mix.dominant_share * 100)), perspective_label(mix.dominant))
            )
            self._warning.setToolTip(tooltip)
