"""The støttemal editor: the arena's master templates and each group's own plan."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabBar,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.plan_io import save_plan
from arenadesk.i18n.messages import UserError
from arenadesk.services import plans as plan_service
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import groups as group_store
from arenadesk.store import plans
from arenadesk.store.plans import SessionRow, StepDraft, TemplateRow
from arenadesk.ui.common.forms import AutoSaver, confirm, show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.plan.step_form import BOARDS, StepForm
from arenadesk.ui.shell.context import UiContext


@dataclass(frozen=True)
class PlanChoice:
    """What an entry of the template list stands for: a template, or a group's plan (whose
    template is made when the group's plan is first opened)."""

    template_id: uuid.UUID | None
    group_id: uuid.UUID | None = None


class PlanScreen(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.template: TemplateRow | None = None
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.copy_button = QPushButton(icon("copy"), self.tr("Duplicate…"))
        self.copy_button.clicked.connect(self.duplicate)
        self.export_button = QPushButton(icon("save_copy"), self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(icon("open"), self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template or plan")))
        top.addWidget(self.choice, 1)
        for button in (self.copy_button, self.export_button, self.import_button):
            top.addWidget(button)

        self.tabs = QTabBar()
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.session_title = QLineEdit()
        self.session_start = QTimeEdit()
        self.session_start.setDisplayFormat("HH:mm")
        self.session_span = QLabel()
        self.session_saver = AutoSaver(self.save_session, self)
        self.session_saver.watch(self.session_title)
        self.session_start.timeChanged.connect(self.session_saver.schedule)
        session_row = QHBoxLayout()
        session_row.addWidget(QLabel(self.tr("Title")))
        session_row.addWidget(self.session_title, 2)
        session_row.addWidget(QLabel(self.tr("Start")))
        session_row.addWidget(self.session_start)
        session_row.addWidget(self.session_span, 1)

        self.steps = QListWidget()
        self.steps.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 5px; }"
        )
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.model().rowsMoved.connect(self._dragged)
        self.steps.currentRowChanged.connect(self._on_step)
        self.add_button = QPushButton(icon("add"), self.tr("New step"))
        self.add_button.clicked.connect(self.add_step)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete step"))
        self.delete_button.clicked.connect(self.delete_step)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_step_by(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_step_by(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.move_step_by(s))
            self.addAction(action)
        step_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            step_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.steps, 1)
        left_layout.addLayout(step_buttons)
        self.form = StepForm(self)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 800])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addLayout(session_row)
        layout.addWidget(splitter, 1)
        ctx.signals.database_changed.connect(self.reload)
        ctx.signals.changed.connect(self._on_changed)
        self.reload()

    # --- what is shown -----------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        installed = plan_service.ensure_master(self.ctx.db, self.ctx.arena_id)
        for template in plans.list_templates(self.ctx.db, self.ctx.arena_id):
            self.choice.addItem(
                arg(self.tr("Template: %1"), template.name), PlanChoice(template.id)
            )
        for group in group_store.list_groups(self.ctx.db, self.ctx.arena_id):
            plan_id = plans.group_plan_id(self.ctx.db, group.id)
            label = arg(self.tr("Plan of group %1 %2"), group.code, group.title)
            self.choice.addItem(label, PlanChoice(plan_id, group.id))
        index = self._index_of(chosen) if chosen else 0
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.refresh()
        self.ctx.signals.announce(installed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.affects(Kind.GROUPS):
            self.reload()

    def _index_of(self, choice: PlanChoice) -> int:
        """The same template, or the same group's plan (made since it was listed)."""
        for index in range(self.choice.count()):
            listed: PlanChoice = self.choice.itemData(index)
            same_group = choice.group_id is not None and listed.group_id == choice.group_id
            if same_group or (choice.template_id and listed.template_id == choice.template_id):
                return index
        return -1

    def _select_template(self, template_id: uuid.UUID) -> None:
        self.choice.setCurrentIndex(max(self._index_of(PlanChoice(template_id)), 0))

    def _template_id(self) -> uuid.UUID | None:
        choice: PlanChoice | None = self.choice.currentData()
        if choice is None:
            return None
        if choice.template_id is None and choice.group_id is not None:
            # The group's plan is made when first opened.
            opened = plan_service.open_group_plan(self.ctx.db, self.ctx.arena_id, choice.group_id)
            choice = PlanChoice(opened.id, choice.group_id)
            self.choice.setItemData(self.choice.currentIndex(), choice)
            self.ctx.signals.announce(opened.changes)
        return choice.template_id

    def current_session(self) -> SessionRow | None:
        if self.template is None or not self.template.sessions:
            return None
        index = min(max(self.tabs.currentIndex(), 0), len(self.template.sessions) - 1)
        return self.template.sessions[index]

    def refresh(self, *, keep_form: bool = False) -> None:
        template_id = self._template_id()
        self.template = plans.get_template(self.ctx.db, template_id) if template_id else None
        sessions = self.template.sessions if self.template else ()
        self.tabs.blockSignals(True)
        while self.tabs.count() > len(sessions):
            self.tabs.removeTab(self.tabs.count() - 1)
        for index, row in enumerate(sessions):
            text = arg(self.tr("Økt %1 · day %2"), str(row.number), str(row.day))
            if index < self.tabs.count():
                self.tabs.setTabText(index, text)
            else:
                self.tabs.addTab(text)
        self.tabs.blockSignals(False)
        session = self.current_session()
        if session is not None and not keep_form:
            self.session_saver.suspended = True
            self.session_title.setText(session.title)
            self.session_start.setTime(QTime(session.start.hour, session.start.minute))
            self.session_saver.suspended = False
        self._fill_steps(session, keep_form=keep_form)

    def _fill_steps(self, session: SessionRow | None, *, keep_form: bool) -> None:
        row = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        plan = session.as_plan() if session else None
        for step, start in zip(
            session.steps if session else (), plan.planned_starts() if plan else [], strict=True
        ):
            board = f"  · {BOARDS.get(step.board, step.board)}" if step.board else ""
            item = QListWidgetItem(
                f"{start.strftime('%H:%M')}  {step.title}  ({step.minutes} min){board}"
            )
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            self.steps.addItem(item)
        if plan is not None:
            self.session_span.setText(
                arg(
                    self.tr("%1–%2, %3 min planned"),
                    plan.start.strftime("%H:%M"),
                    plan.planned_end.strftime("%H:%M"),
                    str(plan.planned_minutes),
                )
            )
        self.steps.setCurrentRow(min(max(row, 0), self.steps.count() - 1))
        self.steps.blockSignals(False)
        if not keep_form:
            self._on_step(self.steps.currentRow())

    def _on_step(self, row: int) -> None:
        session = self.current_session()
        steps = session.steps if session else ()
        self.form.show_step(steps[row] if 0 <= row < len(steps) else None)

    # --- edits -------------------------------------------------------------------------

    def save_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        value = self.session_start.time()
        try:
            changes = plan_service.update_session(
                self.ctx.db,
                session.id,
                self.session_title.text(),
                dt.time(value.hour(), value.minute()),
            )
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.refresh(keep_form=True)
        self.ctx.signals.announce(changes)

    def add_step(self) -> None:
        session = self.current_session()
        if session is None:
            return
        at = self.steps.currentRow() + 1 if self.steps.currentRow() >= 0 else None
        added = plan_service.add_step(
            self.ctx.db, session.id, StepDraft(self.tr("New step"), 10), at=at
        )
        self.refresh(keep_form=True)
        self.steps.setCurrentRow(at if at is not None else self.steps.count() - 1)
        self.form.title.setFocus()
        self.form.title.selectAll()
        self.ctx.signals.announce(added.changes)

    def delete_step(self) -> None:
        step = self.form.step
        if step is None:
            return
        question = arg(self.tr("Delete the step “%1”?"), step.title)
        if confirm(self, self.tr("Delete step"), question, self.tr("Delete")):
            changes = plan_service.delete_step(self.ctx.db, step.id)
            self.refresh()
            self.ctx.signals.announce(changes)

    def move_step_by(self, offset: int) -> None:
        row = self.steps.currentRow()
        step = self.form.step
        if step is None or not 0 <= row + offset < self.steps.count():
            return
        changes = plan_service.move_step(self.ctx.db, step.id, row + offset)
        self.steps.setCurrentRow(row + offset)
        self.refresh()
        self.steps.setCurrentRow(row + offset)
        self.ctx.signals.announce(changes)

    def _dragged(self, *_args: object) -> None:
        """After a drag in the list, store the order the list now shows."""
        session = self.current_session()
        if session is None:
            return
        order = [
            self.steps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.steps.count())
        ]
        changes = plan_service.reorder_steps(self.ctx.db, order)
        self.refresh()
        self.ctx.signals.announce(changes)

    # --- files -------------------------------------------------------------------------

    def duplicate(self) -> None:
        if self.template is None:
            return
        name = arg(self.tr("Copy of %1"), self.template.name)
        copy = plan_service.copy_template(self.ctx.db, self.template.id, name)
        self.reload()
        self._select_template(copy.id)
        self.ctx.signals.announce(copy.changes)

    def export(self) -> None:
        if self.template is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export template"),
            f"{self.template.name}.json",
            self.tr("Support templates (*.json)"),
        )
        if path:
            try:
                save_plan(self.template.as_plan(), Path(path))
            except UserError as error:
                show_error(self, error, self.ctx.language)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Support templates (*.json)")
        )
        if not path:
            return
        try:
            _plan, installed = plan_service.import_template(
                self.ctx.db, self.ctx.arena_id, Path(path)
            )
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.reload()
        self._select_template(installed.id)
        self.ctx.signals.announce(installed.changes)
