"""Editors for the report's parts: next steps (a table) and the self-evaluation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS, ActionItem, SelfEvaluation
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.services import reports as report_service
from arenadesk.store import reports
from arenadesk.ui.common.forms import AutoSaver, InlineErrors, show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.text_editor import RichTextEdit
from arenadesk.ui.shell.context import UiContext

ID_ROLE = Qt.ItemDataRole.UserRole
# The 2017 reasons and the five levels, for the UI (the report prints the bokmål ones).
REASON_LABELS = {
    "new_tools": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "We have new tools and know other ways of working"
    ),
    "right_people": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "Those who will act are sitting at the table"
    ),
    "energy": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "The process has given energy and working power"
    ),
    "realistic_plans": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "Concrete, realistic action plans make it possible to start"
    ),
    "existing_decisions": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "The result feeds into existing decision processes"
    ),
    "ownership": QT_TRANSLATE_NOOP(
        "SelfEvaluationEditor", "Ownership of the challenge is stronger"
    ),
}
LEVEL_LABELS = {
    1: QT_TRANSLATE_NOOP("SelfEvaluationEditor", "very weak"),
    2: QT_TRANSLATE_NOOP("SelfEvaluationEditor", "weak"),
    3: QT_TRANSLATE_NOOP("SelfEvaluationEditor", "moderate"),
    4: QT_TRANSLATE_NOOP("SelfEvaluationEditor", "strong"),
    5: QT_TRANSLATE_NOOP("SelfEvaluationEditor", "very strong"),
}


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


def fit_height(table: QTableWidget, spare_rows: int = 1) -> None:
    """Show every row: the page scrolls, not the table inside it."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    spare = table.verticalHeader().defaultSectionSize() * spare_rows
    table.setFixedHeight(table.horizontalHeader().height() + rows + spare + 4)


def text_box(lines: int) -> RichTextEdit:
    """A free-text editor that starts `lines` high and grows with its text."""
    return RichTextEdit(lines)


class MultilineDelegate(QStyledItemDelegate):
    """Edits a cell over several lines (Enter is a new line, or the list's next item);
    the edit is kept when the cell is left."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: object
    ) -> QWidget:
        editor = RichTextEdit(3, parent)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        return editor

    def setEditorData(self, editor: QWidget, index: object) -> None:
        assert isinstance(editor, RichTextEdit)
        editor.setPlainText(str(index.data() or ""))  # type: ignore[attr-defined]
        editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: object, index: object) -> None:
        assert isinstance(editor, RichTextEdit)
        model.setData(index, editor.toPlainText())  # type: ignore[attr-defined]

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, _index: object
    ) -> None:
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), rect.width(), max(rect.height(), editor.height()))


class ActionItemsEditor(QWidget):
    """What, who, when: edited in the table, saved when a cell is left. A step may be a
    paragraph with no who or when; cells wrap and edit over several lines."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group_id: uuid.UUID | None = None
        self.errors = InlineErrors()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Responsible"), self.tr("When")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(0, MultilineDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # wide enough for a name or a date, wrapping past that
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
        self.table.itemChanged.connect(self._changed)
        self.add_button = QPushButton(icon("add"), self.tr("New next step"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.errors.label_for("action_what"))
        layout.addLayout(buttons)

    def load(self, group_id: uuid.UUID) -> None:
        self.group_id = group_id
        self.table.blockSignals(True)
        items = reports.list_action_items(self.ctx.db, group_id)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.what, item.who, item.when)):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                self.table.setItem(row, column, cell)
        fit_height(self.table)
        self.table.blockSignals(False)

    def _row(self, row: int) -> tuple[uuid.UUID, ActionItem]:
        cells = [self.table.item(row, c) for c in range(3)]
        texts = [cell.text() if cell else "" for cell in cells]
        assert cells[0] is not None
        return cells[0].data(ID_ROLE), ActionItem(*texts)

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self.group_id is None:
            return
        item_id, item = self._row(cell.row())
        try:
            changes = report_service.update_action_item(self.ctx.db, self.group_id, item_id, item)
        except ValidationError as error:
            self.errors.show(error, self.ctx.language)
            # Back to what is saved, once Qt has finished with the edited cell.
            QTimer.singleShot(0, self._reload)
            return
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.errors.clear()
        QTimer.singleShot(0, lambda: fit_height(self.table))  # the row grew or shrank
        self.ctx.signals.announce(changes)

    def _reload(self) -> None:
        if self.group_id is not None:
            self.load(self.group_id)

    def add(self) -> None:
        if self.group_id is None:
            return
        added = report_service.add_action_item(
            self.ctx.db, self.group_id, ActionItem(self.tr("New step"))
        )
        self.load(self.group_id)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.ctx.signals.announce(added.changes)

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows or self.group_id is None:
            return
        ids = [self._row(row)[0] for row in rows]
        changes = report_service.delete_action_items(self.ctx.db, self.group_id, ids)
        self.load(self.group_id)
        self.ctx.signals.announce(changes)


class SelfEvaluationEditor(QWidget):
    """Egenevaluering: results, gjennomføringskraft with reasons to tick, tips."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.group_id: uuid.UUID | None = None
        self.saver = AutoSaver(self.save, self)
        self.results = text_box(3)
        self.reasons_text = text_box(2)
        self.tips = text_box(3)
        for editor in (self.results, self.reasons_text, self.tips):
            self.saver.watch(editor)
        self.strength = QButtonGroup(self)
        strength_row = QHBoxLayout()
        not_rated = QRadioButton(self.tr("Not rated"))
        self.strength.addButton(not_rated, 0)
        strength_row.addWidget(not_rated)
        for level in STRENGTH_LEVELS:
            button = QRadioButton(f"{level} {self.tr(str(LEVEL_LABELS[level]))}")
            self.strength.addButton(button, level)
            strength_row.addWidget(button)
        strength_row.addStretch(1)
        self.strength.idClicked.connect(lambda _id: self.saver.flush())
        self.reasons: dict[str, QCheckBox] = {}
        reasons_box = QVBoxLayout()
        for key in STRENGTH_REASONS:
            box = QCheckBox(self.tr(str(REASON_LABELS[key])))
            box.toggled.connect(lambda _on: self.saver.flush())
            self.reasons[key] = box
            reasons_box.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_bold(self.tr("Concrete results achieved")))
        layout.addWidget(self.results)
        layout.addWidget(_bold(self.tr("Implementation strength (gjennomføringskraft)")))
        layout.addLayout(strength_row)
        layout.addWidget(QLabel(self.tr("Why? Tick what fits, and add your own words:")))
        layout.addLayout(reasons_box)
        layout.addWidget(self.reasons_text)
        layout.addWidget(_bold(self.tr("Tips and comments to the organisers")))
        layout.addWidget(self.tips)

    def load(self, group_id: uuid.UUID) -> None:
        if self.saver.pending:
            self.saver.flush()
        self.group_id = group_id
        evaluation = reports.get_self_evaluation(self.ctx.db, group_id)
        self.saver.suspended = True
        self.results.setPlainText(evaluation.results)
        self.reasons_text.setPlainText(evaluation.reasons_text)
        self.tips.setPlainText(evaluation.tips)
        button = self.strength.button(evaluation.strength or 0)
        if button is not None:
            button.setChecked(True)
        for key, box in self.reasons.items():
            box.setChecked(key in evaluation.reasons)
        self.saver.suspended = False

    def value(self) -> SelfEvaluation:
        level = self.strength.checkedId()
        return SelfEvaluation(
            self.results.toPlainText(),
            level if level > 0 else None,
            tuple(k for k, box in self.reasons.items() if box.isChecked()),
            self.reasons_text.toPlainText(),
            self.tips.toPlainText(),
        )

    def save(self) -> None:
        if self.group_id is None:
            return
        try:
            changes = report_service.save_self_evaluation(self.ctx.db, self.group_id, self.value())
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.ctx.signals.announce(changes)
