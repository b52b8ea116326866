"""Importing a registration sheet: which column holds what, with the first rows shown.

The file is read (and refused, with one message) before the dialog opens. Each column gets
a field, guessed from its header or remembered from the last sheet with the same headers;
*Check* runs the import without saving and shows what it would do; *Import* saves it as
one change, which the caller can undo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.domain.registration import Field, Mapping, cell_text, guess_mapping, headers_key
from arenadesk.i18n.messages import UserError, message
from arenadesk.importers.spreadsheet import Sheet
from arenadesk.services.people_import import ImportReport, import_people
from arenadesk.ui.common.forms import translate_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

PREVIEW_ROWS = 5


def field_label(field: Field | None) -> str:
    labels = {
        None: QCoreApplication.translate("ImportDialog", "(not used)"),
        Field.NAME: QCoreApplication.translate("ImportDialog", "Full name"),
        Field.FIRST_NAME: QCoreApplication.translate("ImportDialog", "First name"),
        Field.LAST_NAME: QCoreApplication.translate("ImportDialog", "Last name"),
        Field.TITLE: QCoreApplication.translate("ImportDialog", "Job title"),
        Field.ORGANISATION: QCoreApplication.translate("ImportDialog", "Organisation"),
        Field.EMAIL: QCoreApplication.translate("ImportDialog", "E-mail"),
        Field.PERSPECTIVE: QCoreApplication.translate("ImportDialog", "Perspective"),
        Field.GROUP: QCoreApplication.translate("ImportDialog", "Wished group"),
        Field.DAY_1: QCoreApplication.translate("ImportDialog", "Day 1"),
        Field.DAY_2: QCoreApplication.translate("ImportDialog", "Day 2"),
        Field.DAYS: QCoreApplication.translate("ImportDialog", "Days"),
        Field.COMMENT: QCoreApplication.translate("ImportDialog", "Comment"),
    }
    return labels[field]


def report_text(report: ImportReport, language: str) -> str:
    """The import's outcome in plain lines: counts, then every row that is not plain."""
    lines = [report.summary(language)]
    if report.ignored_columns:
        lines.append(
            message("cli.import_ignored", language, columns=", ".join(report.ignored_columns))
        )
    for outcome in report.outcomes:
        if outcome.action != "added" or outcome.notes:
            text = outcome.text(language)
            lines.append(
                message("cli.import_row", language, row=outcome.row, name=outcome.name, text=text)
            )
    lines += report.unmapped_lines(language)
    return "\n".join(lines)


class ImportDialog(QDialog):
    def __init__(self, ctx: UiContext, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.sheet = ctx, sheet
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import participants"))
        mapping = guess_mapping(sheet.headers)
        remembered = ctx.settings.import_mappings.get(headers_key(sheet.headers))
        if remembered is not None:
            mapping = Mapping.from_json(sheet.headers, remembered) or mapping
        intro = QLabel(
            self.tr(
                "%n row(s). Choose what each column holds; the first rows are shown below. "
                "People already in the arena (same e-mail, or same name and organisation) "
                "are updated, not added again.",
                "",
                len(sheet.rows),
            )
        )
        intro.setWordWrap(True)
        self.combos: list[QComboBox] = []
        form = QFormLayout()
        for column, header in enumerate(sheet.headers):
            combo = QComboBox()
            for field in (None, *Field):
                combo.addItem(field_label(field), field.value if field else None)
            chosen = mapping.fields[column]
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chosen(c))
            self.combos.append(combo)
            form.addRow(header or arg(self.tr("(column %1)"), column + 1), combo)
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)

        self.preview = QTableWidget(min(PREVIEW_ROWS, len(sheet.rows)), len(sheet.headers))
        self.preview.setHorizontalHeaderLabels(list(sheet.headers))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(sheet.rows[:PREVIEW_ROWS]):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(cell)[:80]))
        self.preview.resizeColumnsToContents()

        self.outcome = QPlainTextEdit()
        self.outcome.setReadOnly(True)
        self.outcome.setPlaceholderText(self.tr("Press Check to see what the import will do."))

        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(buttons)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(scroll, 2)
        top.addWidget(self.outcome, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("First rows")))
        layout.addWidget(self.preview, 2)
        layout.addWidget(buttons)
        fit_size(self, 1100, 700)

    def mapping(self) -> Mapping:
        fields = tuple(Field(c.currentData()) if c.currentData() else None for c in self.combos)
        return Mapping(self.sheet.headers, fields)

    def _chosen(self, column: int) -> None:
        """A field belongs to one column: choosing it here clears it elsewhere."""
        value = self.combos[column].currentData()
        if value is None:
            return
        for other, combo in enumerate(self.combos):
            if other != column and combo.currentData() == value:
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)

    def _run(self, dry_run: bool) -> ImportReport | None:
        try:
            return import_people(
                self.ctx.db, self.ctx.arena_id, self.sheet, self.mapping(), dry_run=dry_run
            )
        except UserError as error:
            self.outcome.setPlainText(error.text(self.ctx.language))
            return None

    def check(self) -> None:
        report = self._run(dry_run=True)
        if report is not None:
            language = self.ctx.language
            cut = [
                message("cli.import_long_cell", language, row=row, column=column)
                for row, column in self.sheet.long_cells
            ]
            self.outcome.setPlainText("\n".join([report_text(report, language), *cut]))

    def accept(self) -> None:
        report = self._run(dry_run=False)
        if report is None:
            return
        self.report = report
        settings = self.ctx.settings
        settings.import_mappings[headers_key(self.sheet.headers)] = self.mapping().to_json()
        settings.save()
        super().accept()
