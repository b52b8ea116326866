"""Running an økt: the step list, a large countdown, the controls and their shortcuts."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.timer import Phase, SleepDetector
from arenadesk.i18n.messages import UserError
from arenadesk.platform.sound import play_chime
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.services.runner import Runner
from arenadesk.store import groups as group_store
from arenadesk.store.plans import plan_for_group
from arenadesk.ui.common.empty_state import open_new_group
from arenadesk.ui.common.forms import confirm, index_of_data, show_error
from arenadesk.ui.common.group_choice import fill_with_groups
from arenadesk.ui.common.texts import arg
from arenadesk.ui.projector.link import ProjectorLink
from arenadesk.ui.projector.timer import ProjectorWindow
from arenadesk.ui.runner.clock_panel import ClockPanel
from arenadesk.ui.runner.dialogs import LateStartDialog
from arenadesk.ui.runner.steps_table import StepTable
from arenadesk.ui.shell.context import UiContext

TICK_MS = 250


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

        self.steps = StepTable()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in self._controls():
            button = QPushButton(text)
            button.setToolTip(arg(self.tr("Shortcut: %1"), shortcut))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            self.buttons[key] = button
            self.key_actions.append(self._key(shortcut, slot))
        self.sound_button = self.buttons["sound"]
        self.sound_button.setCheckable(True)
        self.panel = ClockPanel(list(self.buttons.values()))
        self.panel.empty_button.clicked.connect(self._new_group)
        self.panel.report_button.clicked.connect(self.open_report)

        splitter = QSplitter()
        splitter.addWidget(self.steps)
        splitter.addWidget(self.panel)
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
        fill_with_groups(self.group, self.ctx)
        self.group.setToolTip(self.group.currentText())
        if self.session.count() == 0 and self.ctx.settings.current_session:
            self._wanted_session = self.ctx.settings.current_session
        self._fill_sessions()
        if self.group.currentData() is not None:
            self._remember_choice()  # the group and økt shown are the current ones (title)

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
        self.steps.fill(runner)
        finished = runner is not None and runner.state.phase is Phase.FINISHED
        if runner and finished:
            planned = sum(r.planned_seconds for r in runner.log) // 60
            self.panel.show_summary(planned, round(sum(r.actual_seconds for r in runner.log) / 60))
        else:
            self.panel.show_summary(None)
        last = runner is not None and runner.session.number == max(
            self.session.itemData(i) for i in range(self.session.count())
        )
        self.panel.report_button.setVisible(finished and last)

    def tick(self) -> None:
        slept = self.sleep.check(self.clock(), self.monotonic())
        if slept:
            self.panel.show_slept(slept)
        runner = self.runner
        if self.buttons["start"].isEnabled() != (runner is not None):
            for button in self.buttons.values():
                button.setEnabled(runner is not None)
        if runner is None:
            self.panel.show_waiting(self.group.count() == 0)
            return
        view = runner.view()
        self.panel.paint(view, runner.planned_end())
        start_text = {
            Phase.READY: self.tr("Start"),
            Phase.RUNNING: self.tr("Pause"),
            Phase.PAUSED: self.tr("Resume"),
            Phase.FINISHED: self.tr("Finished"),
        }
        if self.buttons["start"].text() != start_text[view.phase]:
            self.buttons["start"].setText(start_text[view.phase])
        self.sound_button.setChecked(view.sound)
        sound_text = self.tr("Sound on") if view.sound else self.tr("Sound off")
        if self.sound_button.text() != sound_text:
            self.sound_button.setText(sound_text)
        if runner.reached_zero() and view.sound and not play_chime():
            QApplication.beep()
        self.projector_link.show(runner, view)

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
        open_new_group(self)

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
