"""The runner's right-hand side: the step's title, prompt and tips, a large countdown, the
next step and the likely end, painted from the runner's view of the moment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from arenadesk.domain.timer import Colour, Phase
from arenadesk.services.runner import RunnerView
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg

CLOCK_COLOURS = {Colour.NORMAL: "#1d2733", Colour.AMBER: "#b36b00", Colour.RED: "#c62828"}
PAUSED_COLOUR = "#7a8896"


def _set_text(label: QLabel | QPushButton, text: str) -> None:
    if label.text() != text:  # repaint only what changed: the runner idles cheaply
        label.setText(text)


class ClockPanel(QWidget):
    def __init__(self, controls: list[QPushButton]) -> None:
        super().__init__()
        self.sleep_banner = QLabel()
        self.sleep_banner.setWordWrap(True)
        self.sleep_banner.setStyleSheet("background: #e8f0fb; padding: 8px; color: #0b3d6e;")
        self.sleep_banner.hide()
        self.step_title = QLabel()
        self.step_title.setWordWrap(True)
        self.step_title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 14pt;")
        self.tips = QLabel()
        self.tips.setWordWrap(True)
        self.tips.setStyleSheet("color: #555;")
        # The end of an økt: planned against actual and the way into the report, right
        # under the title where the eye is.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 16pt;")
        # A new arena: what to do next, and the button to do it.
        self.empty_button = QPushButton(icon("add"), self.tr("New group…"))
        self.empty_button.hide()
        # At the end of the last økt the runner leads into the group's report.
        self.report_button = QPushButton(icon("report"), self.tr("Open the report"))
        self.report_button.hide()
        self.big_clock = QLabel("--:--")
        self.big_clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock_font = QFont("DejaVu Sans")
        clock_font.setPixelSize(110)
        clock_font.setBold(True)
        self.big_clock.setFont(clock_font)
        self.next_label = QLabel()
        self.next_label.setStyleSheet("color: #555; font-size: 12pt;")
        self.projection = QLabel()
        self.projection.setStyleSheet("font-size: 12pt;")
        self.keys_hint = QLabel(
            self.tr(
                "Keys: Space start/pause · N next · B back · + / − one minute · 5 five minutes · "
                "L started at · M sound · F5 projector"
            )
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555;")

        controls_row = QHBoxLayout()
        for button in controls:
            controls_row.addWidget(button)
        layout = QVBoxLayout(self)
        for label in (self.sleep_banner, self.step_title, self.prompt, self.tips, self.summary):
            layout.addWidget(label)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.big_clock)
        layout.addWidget(self.next_label)
        layout.addWidget(self.projection)
        layout.addStretch(1)
        layout.addLayout(controls_row)
        layout.addWidget(self.keys_hint)

    def show_slept(self, seconds: float) -> None:
        self.sleep_banner.setText(
            arg(
                self.tr("The computer slept for %1 min. The timer kept real time while it slept."),
                str(round(seconds / 60)),
            )
        )
        self.sleep_banner.show()

    def show_waiting(self, no_groups: bool) -> None:
        """No økt to run: say what to choose, or, in a new arena, what to make first."""
        self.empty_button.setVisible(no_groups)
        self.step_title.setText(
            self.tr("This arena has no challenge groups yet")
            if no_groups
            else self.tr("Choose a group and an økt")
        )
        self.prompt.setText(
            self.tr("Create a group: its økter come from the støttemal, ready to run.")
            if no_groups
            else ""
        )

    def show_summary(self, planned_minutes: int | None, spent_minutes: int = 0) -> None:
        """Planned against actual once the økt is finished (None: not finished)."""
        if planned_minutes is None:
            self.summary.setText("")
            return
        self.summary.setText(
            arg(
                self.tr("The økt is finished: planned %1 min, actual %2 min."),
                str(planned_minutes),
                str(spent_minutes),
            )
        )

    def paint(self, view: RunnerView, planned_end: dt.datetime) -> None:
        self.empty_button.hide()
        finished = view.phase is Phase.FINISHED
        _set_text(
            self.step_title,
            self.tr("The økt is finished") if finished else (view.step.title if view.step else ""),
        )
        _set_text(self.prompt, "" if finished or not view.step else view.step.prompt)
        _set_text(
            self.tips,
            ""
            if finished or not view.step or not view.step.tips
            else arg(self.tr("Tips: %1"), view.step.tips),
        )
        colour = PAUSED_COLOUR if view.phase is Phase.PAUSED else CLOCK_COLOURS[view.colour]
        style = f"color: {colour};" + (" background: #ffe0dc;" if view.flashing else "")
        if self.big_clock.styleSheet() != style:
            self.big_clock.setStyleSheet(style)
        _set_text(self.big_clock, "" if finished else view.clock)
        following = view.next_step.title if view.next_step else self.tr("End of the økt")
        _set_text(self.next_label, "" if finished else arg(self.tr("Next: %1"), following))
        _set_text(self.projection, self.projection_text(view, planned_end))

    def projection_text(self, view: RunnerView, planned_end: dt.datetime) -> str:
        """Before the start the plan; while it runs the likely end; after it the end."""
        if view.phase is Phase.READY:
            return arg(self.tr("Planned end %1"), planned_end.strftime("%H:%M"))
        late = view.projection.minutes_late
        relation = (
            self.tr("on plan")
            if late == 0
            else arg(self.tr("%1 min after plan"), str(late))
            if late > 0
            else arg(self.tr("%1 min ahead of plan"), str(-late))
        )
        text = (
            self.tr("Ended %1, %2")
            if view.phase is Phase.FINISHED
            else self.tr("Finished about %1, %2")
        )
        return arg(text, view.projection.end.strftime("%H:%M"), relation)
