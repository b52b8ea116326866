"""*Fil → Importer rapport fra Word…*: a group's report written in Word, previewed (which
group, what goes where, who is new) and brought in as one step. The reading is done by
`importers.docx_report`, the writing by `services.report_import`; this asks and shows."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError
from arenadesk.importers.docx_blocks import WordDocument, read_docx
from arenadesk.importers.docx_report import read_report
from arenadesk.services.report_import import ImportPlan, apply_import, plan_import
from arenadesk.store import report_template
from arenadesk.store.groups import list_groups
from arenadesk.ui.common.forms import show_error, translate_buttons
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext

NEW_GROUP = ""


def import_word_report(parent: QWidget, ctx: UiContext, path: Path | None = None) -> bool:
    """Ask for the file (unless given), preview, and import when accepted."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("WordImport", "Import a group report from Word"),
            str(Path.home()),
            QCoreApplication.translate("WordImport", "Word documents (*.docx)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
    try:
        document = read_docx(path)
    except UserError as error:
        show_error(parent, error, ctx.language)
        return False
    dialog = WordImportDialog(ctx, path, document, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class WordImportDialog(QDialog):
    """Which group the report goes into, whether filled sections are replaced, and the
    lines saying where each part of the document goes; nothing is written until Import."""

    def __init__(
        self, ctx: UiContext, path: Path, document: WordDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.setWindowTitle(self.tr("Import report from Word"))
        extras = {s.heading: s.key for s in report_template.get_template(ctx.db).extras()}
        self.report = read_report(document, extras)
        self.plan: ImportPlan | None = None
        self.imported_group: uuid.UUID | None = None
        self.group = QComboBox()
        new_label = (
            arg(self.tr("New group %1 %2"), self.report.code, self.report.title)
            if self.report.code
            else self.tr("New group (the document gives no code: choose a group)")
        )
        self.group.addItem(new_label, NEW_GROUP)
        for group in list_groups(ctx.db, ctx.arena_id):
            self.group.addItem(f"{group.code} {group.title}", group.code)
        self.replace = QCheckBox(self.tr("Replace sections the group has already filled in"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020")
        form = QFormLayout()
        form.addRow(self.tr("Into"), self.group)
        form.addRow("", self.replace)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(path.name))
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.group.currentIndexChanged.connect(self.refresh)
        self.replace.toggled.connect(self.refresh)
        self.resize(640, 520)
        self.refresh()

    def refresh(self) -> None:
        code = self.group.currentData() or None
        try:
            self.plan = plan_import(
                self.ctx.db,
                self.ctx.arena_id,
                self.report,
                group_code=code,
                replace=self.replace.isChecked(),
                path=self.path,
            )
        except UserError as error:
            self.plan = None
            self.preview.setPlainText("")
            self.problem.setText(error.text(self.ctx.language))
        else:
            self.problem.setText("")
            self.preview.setPlainText("\n".join(self.plan.lines(self.ctx.language)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.plan is not None)

    def accept(self) -> None:
        if self.plan is None:
            return
        try:
            group_id, changes = apply_import(self.ctx.db, self.ctx.arena_id, self.plan)
        except UserError as error:
            self.problem.setText(error.text(self.ctx.language))
            return
        self.imported_group = group_id
        self.ctx.signals.announce(changes)
        super().accept()
        self.ctx.signals.show_report.emit(group_id)
