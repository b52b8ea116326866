"""Running an økt: the step list, a large countdown, the controls and their shortcuts."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.timer import Colour, Phase, SleepDetector
from arenadesk.i18n.messages import UserError
from arenadesk.platform.sound import play_chime
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.services.runner import Runner, RunnerView
from arenadesk.store import groups as group_store
from arenadesk.store.plans import plan_for_group
from arenadesk.ui.common.forms import confirm, index_of_data, show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.link import ProjectorLink
from arenadesk.ui.projector.timer import ProjectorWindow
from arenadesk.ui.runner.dialogs import LateStartDialog
from arenadesk.ui.shell.context import UiContext

TICK_MS = 250
CLOCK_COLOURS = {Colour.NORMAL: "#1d2733", Colour.AMBER: "#b36b00", Colour.RED: "#c62828"}


class RunnerScreen(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.ctx, self.clock, self.monotonic = ctx, clock, monotonic
        self.runner: Runner | None = None
        self._wanted_session: int | None = None  # the remembered økt, chosen once filled
        self.sleep = SleepDetector(clock(), monotonic())

        self.group = QComboBox()
        self.session = QComboBox()
        # Long titles must not widen the window past a 1366-pixel laptop screen.
        for combo, length in ((self.group, 16), (self.session, 34)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
        self.group.currentIndexChanged.connect(self._fill_sessions)
        self.session.currentIndexChanged.connect(self._load_runner)
        self.group.currentIndexChanged.connect(self._remember_choice)
        self.session.currentIndexChanged.connect(self._remember_choice)
        for combo in (self.group, self.session):  # the whole text when it is elided
            combo.currentTextChanged.connect(combo.setToolTip)
        self.projector_button = QPushButton(self.tr("Projector (F5)"))
        self.projector_button.clicked.connect(self.toggle_projector)
        # The runner's keys work whenever its window is in front, whatever has the focus
        # (a text field keeps its typing), and on the projector window too.
        self.key_actions: list[QAction] = [self._key("F5", self.toggle_projector)]
        self.screen_choice = QComboBox()
        self.screen_choice.setToolTip(self.tr("The screen the projector view opens on"))
        self.restart_button = QPushButton(self.tr("Start over…"))
        self.restart_button.clicked.connect(self.restart)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group")))
        top.addWidget(self.group, 2)
        top.addWidget(QLabel(self.tr("Økt")))
        top.addWidget(self.session, 2)
        top.addStretch(1)
        top.addWidget(self.screen_choice)
        top.addWidget(self.projector_button)
        top.addWidget(self.restart_button)

        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Planned"), self.tr("Step"), self.tr("Min"), self.tr("Actual")]
        )
        self.steps.verticalHeader().hide()
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The end of an økt: planned against actual and the way into the report, right
        # under the title where the eye is.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 16pt;")
        # At the end of the last økt the runner leads into the group's report.
        self.report_button = QPushButton(icon("report"), self.tr("Open the report"))
        self.report_button.clicked.connect(self.open_report)
        self.report_button.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.steps, 1)

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

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for key, text, shortcut, slot in self._controls():
            button = QPushButton(text)
            button.setToolTip(arg(self.tr("Shortcut: %1"), shortcut))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            controls.addWidget(button)
            self.buttons[key] = button
            self.key_actions.append(self._key(shortcut, slot))
        self.sound_button = self.buttons["sound"]
        self.sound_button.setCheckable(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.sleep_banner)
        right_layout.addWidget(self.step_title)
        right_layout.addWidget(self.prompt)
        right_layout.addWidget(self.tips)
        right_layout.addWidget(self.summary)
        # A new arena: what to do next, and the button to do it.
        self.empty_button = QPushButton(icon("add"), self.tr("New group…"))
        self.empty_button.clicked.connect(self._new_group)
        self.empty_button.hide()
        right_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addStretch(1)
        right_layout.addWidget(self.big_clock)
        right_layout.addWidget(self.next_label)
        right_layout.addWidget(self.projection)
        right_layout.addStretch(1)
        right_layout.addLayout(controls)
        self.keys_hint = QLabel(
            self.tr(
                "Keys: Space start/pause · N next · B back · + / − one minute · 5 five minutes · "
                "L started at · M sound · F5 projector"
            )
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555;")
        right_layout.addWidget(self.keys_hint)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.signals.database_changed.connect(self.reload)
        ctx.signals.changed.connect(self._on_changed)
        ctx.signals.group_chosen.connect(self.follow_group)
        self.projector_link = ProjectorLink(ctx, self.screen_choice, self.key_actions)
        self.reload()

    def _key(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        """A window-wide key: active while this screen is shown (a hidden page's actions
        do not fire), whichever widget of the window has the focus."""
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _controls(self) -> list[tuple[str, str, str, Callable[[], None]]]:
        return [
            ("previous", self.tr("◀ Back"), "B", self.previous),
            ("start", self.tr("Start"), "Space", self.start_or_pause),
            ("next", self.tr("Next ▶"), "N", self.next),
            ("minus", self.tr("−1 min"), "-", lambda: self.extend(-1)),
            ("plus1", self.tr("+1 min"), "+", lambda: self.extend(1)),
            ("plus5", self.tr("+5 min"), "5", lambda: self.extend(5)),
            ("late", self.tr("Started at…"), "L", self.correct_start),
            ("sound", self.tr("Sound"), "M", self.toggle_sound),
        ]

    # --- choosing group and økt ------------------------------------------------------

    def reload(self) -> None:
        chosen = self.group.currentData() or self.ctx.current_group
        self.group.blockSignals(True)
        self.group.clear()
        for group in group_store.list_groups(self.ctx.db, self.ctx.arena_id):
            self.group.addItem(f"{group.code} {group.title}", group.id)
        index = index_of_data(self.group, chosen) if chosen else 0
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        self.group.setToolTip(self.group.currentText())
        if self.session.count() == 0 and self.ctx.settings.current_session:
            self._wanted_session = self.ctx.settings.current_session
        self._fill_sessions()

    def _remember_choice(self) -> None:
        group_id, number = self.group.currentData(), self.session.currentData()
        self.ctx.choose_group(group_id, int(number) if number else None)

    def follow_group(self, group_id: object) -> None:
        """Another screen chose a group: show it here too."""
        if isinstance(group_id, uuid.UUID) and group_id != self.group.currentData():
            index = index_of_data(self.group, group_id)
            if index >= 0:
                self.group.setCurrentIndex(index)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS):
            self.reload()
        elif changes.affects(Kind.PLANS):
            self._fill_sessions()

    def _fill_sessions(self) -> None:
        chosen = self.session.currentData() or self._wanted_session
        self._wanted_session = None
        self.session.blockSignals(True)
        self.session.clear()
        group_id = self.group.currentData()
        if group_id:
            # Read only: the group's plan is made when its first økt is opened (Runner).
            plan = plan_for_group(self.ctx.db, self.ctx.arena_id, group_id)
            for session in plan.sessions:
                label = arg(
                    self.tr("Økt %1 · day %2 · %3–%4  %5"),
                    session.number,
                    session.day,
                    session.start.strftime("%H:%M"),
                    session.planned_end.strftime("%H:%M"),
                    session.title,
                )
                self.session.addItem(label, session.number)
        if chosen:
            self.session.setCurrentIndex(max(self.session.findData(chosen), 0))
        self.session.blockSignals(False)
        self._load_runner()

    def select(self, group_id: uuid.UUID, number: int) -> None:
        self.group.setCurrentIndex(max(index_of_data(self.group, group_id), 0))
        self.session.setCurrentIndex(max(self.session.findData(number), 0))

    def _load_runner(self) -> None:
        group_id, number = self.group.currentData(), self.session.currentData()
        self.runner = None
        if group_id and number:
            try:
                self.runner = Runner(self.ctx.db, group_id, int(number), self.clock)
            except UserError as error:
                show_error(self, error, self.ctx.language)
        self._fill_steps()
        self.tick()

    # --- painting ----------------------------------------------------------------------

    def _fill_steps(self) -> None:
        runner = self.runner
        steps = runner.steps if runner else ()
        self.steps.setRowCount(len(steps))
        starts = runner.session.as_plan().planned_starts() if runner else []
        actual = {r.step_index: r.actual_seconds for r in runner.log} if runner else {}
        current = runner.state.step_index if runner else -1
        finished = runner is not None and runner.state.phase is Phase.FINISHED
        for row, step in enumerate(steps):
            cells = [
                starts[row].strftime("%H:%M"),
                step.title,
                str(step.minutes),
                self._duration(actual[row]) if row in actual else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row == current and not finished:
                    item.setBackground(QColor("#dbe7f5"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.steps.setItem(row, column, item)
        if runner and finished:
            planned = sum(r.planned_seconds for r in runner.log) // 60
            spent = round(sum(r.actual_seconds for r in runner.log) / 60)
            self.summary.setText(
                arg(
                    self.tr("The økt is finished: planned %1 min, actual %2 min."),
                    str(planned),
                    str(spent),
                )
            )
        else:
            self.summary.setText("")
        last = runner is not None and runner.session.number == max(
            self.session.itemData(i) for i in range(self.session.count())
        )
        self.report_button.setVisible(finished and last)

    def _duration(self, seconds: float) -> str:
        """A duration, never to be read as a clock time: "12 min", or "40 s"."""
        if seconds < 60:
            return arg(self.tr("%1 s"), str(round(seconds)))
        return arg(self.tr("%1 min"), str(round(seconds / 60)))

    def tick(self) -> None:
        slept = self.sleep.check(self.clock(), self.monotonic())
        if slept:
            self.sleep_banner.setText(
                arg(
                    self.tr(
                        "The computer slept for %1 min. The timer kept real time while it slept."
                    ),
                    str(round(slept / 60)),
                )
            )
            self.sleep_banner.show()
        runner = self.runner
        if self.buttons["start"].isEnabled() != (runner is not None):
            for button in self.buttons.values():
                button.setEnabled(runner is not None)
        no_groups = self.group.count() == 0
        self.empty_button.setVisible(runner is None and no_groups)
        if runner is None:
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
            return
        view = runner.view()
        self._paint(view)
        if runner.reached_zero() and view.sound and not play_chime():
            QApplication.beep()
        self.projector_link.show(runner, view)

    def _paint(self, view: RunnerView) -> None:
        def set_text(label: QLabel | QPushButton, text: str) -> None:
            if label.text() != text:  # repaint only what changed: the runner idles cheaply
                label.setText(text)

        finished = view.phase is Phase.FINISHED
        set_text(
            self.step_title,
            self.tr("The økt is finished") if finished else (view.step.title if view.step else ""),
        )
        set_text(self.prompt, "" if finished or not view.step else view.step.prompt)
        set_text(
            self.tips,
            ""
            if finished or not view.step or not view.step.tips
            else arg(self.tr("Tips: %1"), view.step.tips),
        )
        colour = "#7a8896" if view.phase is Phase.PAUSED else CLOCK_COLOURS[view.colour]
        style = f"color: {colour};" + (" background: #ffe0dc;" if view.flashing else "")
        if self.big_clock.styleSheet() != style:
            self.big_clock.setStyleSheet(style)
        set_text(self.big_clock, "" if finished else view.clock)
        following = view.next_step.title if view.next_step else self.tr("End of the økt")
        set_text(self.next_label, "" if finished else arg(self.tr("Next: %1"), following))
        set_text(self.projection, self._projection_text(view))
        start_text = {
            Phase.READY: self.tr("Start"),
            Phase.RUNNING: self.tr("Pause"),
            Phase.PAUSED: self.tr("Resume"),
            Phase.FINISHED: self.tr("Finished"),
        }
        set_text(self.buttons["start"], start_text[view.phase])
        self.sound_button.setChecked(view.sound)
        set_text(self.sound_button, self.tr("Sound on") if view.sound else self.tr("Sound off"))

    def _projection_text(self, view: RunnerView) -> str:
        """Before the start the plan; while it runs the likely end; after it the end."""
        if view.phase is Phase.READY:
            assert self.runner is not None
            end = self.runner.planned_end().strftime("%H:%M")
            return arg(self.tr("Planned end %1"), end)
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

    # --- controls ----------------------------------------------------------------------

    def _act(self, operation: Callable[[Runner], None], refill: bool = False) -> None:
        if self.runner is None:
            return
        operation(self.runner)
        if refill:
            self._fill_steps()
        self.tick()

    def start_or_pause(self) -> None:
        runner = self.runner
        if runner is not None and runner.state.phase is Phase.READY and not self._may_start(runner):
            return
        self._act(Runner.start_or_pause, refill=True)

    def _may_start(self, runner: Runner) -> bool:
        """Starting an økt while another runs is asked about: often the wrong group."""
        others = runner.others_in_progress()
        if not others:
            return True
        names = []
        for other in others:
            group = group_store.get_group(self.ctx.db, other.group_id)
            code = group.code if group else "?"
            names.append(arg(self.tr("%1, økt %2"), code, str(other.session_number)))
        text = self.tr(
            "%1 is still running. Start %2, økt %3 as well? The other økt keeps its time."
        )
        text = arg(text, "; ".join(names), runner.group.code, str(runner.session.number))
        return confirm(self, self.tr("Another økt is running"), text, self.tr("Start this økt"))

    def next(self) -> None:
        self._act(Runner.next, refill=True)

    def previous(self) -> None:
        self._act(Runner.previous, refill=True)

    def extend(self, minutes: int) -> None:
        self._act(lambda runner: runner.extend(minutes))

    def toggle_sound(self) -> None:
        self._act(lambda runner: runner.set_sound(not runner.view().sound))

    def correct_start(self) -> None:
        runner = self.runner
        if runner is None or runner.state.step_started_at is None:
            return
        started = dt.datetime.fromtimestamp(runner.state.step_started_at)
        dialog = LateStartDialog(started, self)
        if dialog.exec():
            self._act(lambda r: r.correct_start(dialog.chosen()))

    def _new_group(self) -> None:
        window = self.window()
        show_screen = getattr(window, "show_screen", None)
        if show_screen is not None:
            new_group = getattr(show_screen("overview"), "new_group", None)
            if new_group is not None:
                new_group()

    def open_report(self) -> None:
        if self.runner is not None:
            self.ctx.signals.show_report.emit(self.runner.group.id)

    def restart(self) -> None:
        if self.runner and confirm(
            self,
            self.tr("Start the økt over"),
            self.tr(
                "Start this økt over from its first step? The times recorded so far are "
                "kept in the file's history but no longer shown."
            ),
            self.tr("Start over"),
        ):
            self._act(Runner.restart, refill=True)

    # --- projector ---------------------------------------------------------------------

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.projector_link.window

    def toggle_projector(self) -> None:
        self.projector_link.toggle(self.session.currentText())
        self.tick()
