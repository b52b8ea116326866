"""The organiser's report template: which sections the group report has, their headings
and order, extra sections, and whether the self-evaluation belongs to it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.report_template import (
    BUILT_IN,
    DEFAULT_HEADINGS,
    PRESETS,
    ReportTemplate,
    TemplateSection,
    new_extra_key,
)
from arenadesk.i18n.messages import UserError
from arenadesk.services import reports as report_service
from arenadesk.services.changes import NOTHING, ChangeSet
from arenadesk.store import report_template as store
from arenadesk.ui.common.forms import show_error, translate_buttons
from arenadesk.ui.common.icons import icon
from arenadesk.ui.shell.context import UiContext

KEY_ROLE = Qt.ItemDataRole.UserRole
# What each built-in section holds, for the organiser (the heading is theirs to word).
SECTION_NAMES = {
    "participants": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Participants and roles"),
    "problem": QT_TRANSLATE_NOOP("ReportTemplateDialog", "The problem"),
    "result": QT_TRANSLATE_NOOP("ReportTemplateDialog", "The result"),
    "concretisation": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Making it concrete"),
    "next_steps": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Next steps"),
    "web_use": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Use of the website"),
    "comments": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Comments from the group"),
    "boards": QT_TRANSLATE_NOOP("ReportTemplateDialog", "The boards"),
    "self_evaluation": QT_TRANSLATE_NOOP("ReportTemplateDialog", "Self-evaluation"),
}
PRESET_NAMES = {
    "standard": QT_TRANSLATE_NOOP("ReportTemplateDialog", "ArenaDesk standard (2015 and 2017)"),
    "2015": QT_TRANSLATE_NOOP("ReportTemplateDialog", "The 2015 group reports"),
    "2017": QT_TRANSLATE_NOOP("ReportTemplateDialog", "The 2017 arena report"),
}


class ReportTemplateDialog(QDialog):
    """Tick the sections the report has, word their headings, order them, add extras."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: ChangeSet = NOTHING  # what saving changed, for the screen to announce
        self.ctx = ctx
        self.preset = "standard"
        self.setWindowTitle(self.tr("Report template"))
        self.resize(760, 560)
        self.presets = QComboBox()
        for key, name in PRESET_NAMES.items():
            self.presets.addItem(self.tr(str(name)), key)
        use_preset = QPushButton(self.tr("Use this layout"))
        use_preset.clicked.connect(self._use_preset)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Start from")))
        top.addWidget(self.presets, 1)
        top.addWidget(use_preset)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("In the report"), self.tr("Heading")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.up = QPushButton(icon("up"), self.tr("Move up"))
        self.down = QPushButton(icon("down"), self.tr("Move down"))
        self.add = QPushButton(icon("add"), self.tr("Add a section…"))
        self.remove = QPushButton(icon("delete"), self.tr("Remove the section"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add.clicked.connect(self._add_extra)
        self.remove.clicked.connect(self._remove_extra)
        buttons_row = QHBoxLayout()
        for button in (self.up, self.down, self.add, self.remove):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)

        hint = QLabel(
            self.tr(
                "A section a group leaves empty is left out of its report. Untick a section "
                "the arena does not use; its text is kept."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.show_template(store.get_template(ctx.db))

    # --- the table ------------------------------------------------------------------------

    def show_template(self, template: ReportTemplate) -> None:
        """Every built-in section (ticked when in the template) and the extras, in order:
        the template's sections first, then the built-ins it leaves out."""
        self.preset = template.preset
        self.presets.setCurrentIndex(max(self.presets.findData(template.preset), 0))
        rows = [(s, True) for s in template.sections]
        rows += [
            (TemplateSection(key, DEFAULT_HEADINGS[key]), False)
            for key in BUILT_IN
            if not template.has(key)
        ]
        self.table.setRowCount(0)
        for section, included in rows:
            self._append(section, included)
        self.table.selectRow(0)

    def _append(self, section: TemplateSection, included: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = SECTION_NAMES.get(section.key)
        label = self.tr(str(name)) if name else self.tr("Extra section")
        tick = QTableWidgetItem(label)
        tick.setData(KEY_ROLE, section.key)
        tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        tick.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, tick)
        self.table.setItem(row, 1, QTableWidgetItem(section.heading))

    def template(self) -> ReportTemplate:
        """The template as the table shows it (ticked rows, in order)."""
        sections = []
        for row in range(self.table.rowCount()):
            tick, heading = self.table.item(row, 0), self.table.item(row, 1)
            if tick is None or heading is None or tick.checkState() != Qt.CheckState.Checked:
                continue
            sections.append(TemplateSection(str(tick.data(KEY_ROLE)), heading.text()))
        return ReportTemplate(self.preset, tuple(sections))

    def _use_preset(self) -> None:
        preset = PRESETS[str(self.presets.currentData())]
        extras = [s for s in self.template().sections if s.is_extra]
        self.show_template(preset.with_sections((*preset.sections, *extras)))

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        taken = [self.table.takeItem(row, column) for column in range(2)]
        moved = [self.table.takeItem(target, column) for column in range(2)]
        for column in range(2):
            self.table.setItem(target, column, taken[column])
            self.table.setItem(row, column, moved[column])
        self.table.selectRow(target)

    def _add_extra(self) -> None:
        self._append(TemplateSection(new_extra_key(), self.tr("New section")), True)
        row = self.table.rowCount() - 1
        self.table.selectRow(row)
        item = self.table.item(row, 1)
        if item is not None:
            self.table.editItem(item)

    def _remove_extra(self) -> None:
        row = self.table.currentRow()
        tick = self.table.item(row, 0) if row >= 0 else None
        if tick is not None and str(tick.data(KEY_ROLE)).startswith("extra-"):
            self.table.removeRow(row)

    def save(self) -> None:
        try:
            self.changes = report_service.save_template(
                self.ctx.db, self.ctx.arena_id, self.template()
            )
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.accept()
