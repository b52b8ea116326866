"""The økt's steps as a table: planned start, title, minutes and the time each one took."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from arenadesk.domain.timer import Phase
from arenadesk.services.runner import Runner
from arenadesk.ui.common.texts import arg

CURRENT_BACKGROUND = "#dbe7f5"


class StepTable(QTableWidget):
    """Read only: the current step stands out until the økt is finished."""

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels(
            [self.tr("Planned"), self.tr("Step"), self.tr("Min"), self.tr("Actual")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def fill(self, runner: Runner | None) -> None:
        steps = runner.steps if runner else ()
        self.setRowCount(len(steps))
        starts = runner.session.as_plan().planned_starts() if runner else []
        actual = {r.step_index: r.actual_seconds for r in runner.log} if runner else {}
        current = runner.state.step_index if runner else -1
        finished = runner is not None and runner.state.phase is Phase.FINISHED
        for row, step in enumerate(steps):
            cells = [
                starts[row].strftime("%H:%M"),
                step.title,
                str(step.minutes),
                self.duration(actual[row]) if row in actual else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == current and not finished:
                    item.setBackground(QColor(CURRENT_BACKGROUND))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)

    def duration(self, seconds: float) -> str:
        """A duration, never to be read as a clock time: "12 min", or "40 s"."""
        if seconds < 60:
            return arg(self.tr("%1 s"), str(round(seconds)))
        return arg(self.tr("%1 min"), str(round(seconds / 60)))
