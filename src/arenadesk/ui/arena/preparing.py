"""Preparing an arena, on the participants screen: import the registration sheet, suggest
groups, print badges, lists and door signs; the import and the placement are undoable.

Each import or placement is saved when it is made (one service call, one transaction) and
pushed as one command whose first redo has nothing left to do; undo and redo call the
services again.
"""

from __future__ import annotations

import functools
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from arenadesk.i18n.messages import UserError
from arenadesk.importers.spreadsheet import read_sheet
from arenadesk.platform.settings import reports_dir
from arenadesk.services import people_import, placement
from arenadesk.ui.arena.import_dialog import ImportDialog, report_text
from arenadesk.ui.arena.placement_dialog import PlacementDialog
from arenadesk.ui.common.commands import ServiceCommand
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.common.icons import icon
from arenadesk.ui.common.texts import arg
from arenadesk.ui.shell.context import UiContext


def print_kinds() -> list[tuple[str, str, str]]:
    """(kind, menu text, file name) for what the organiser prints."""
    return [
        (
            "badges",
            QCoreApplication.translate("PreparingBar", "Name badges…"),
            QCoreApplication.translate("PreparingBar", "Name badges"),
        ),
        (
            "lists",
            QCoreApplication.translate("PreparingBar", "Member lists per group…"),
            QCoreApplication.translate("PreparingBar", "Member lists"),
        ),
        (
            "attendance",
            QCoreApplication.translate("PreparingBar", "Attendance lists per day…"),
            QCoreApplication.translate("PreparingBar", "Attendance lists"),
        ),
        (
            "signs",
            QCoreApplication.translate("PreparingBar", "Door signs…"),
            QCoreApplication.translate("PreparingBar", "Door signs"),
        ),
    ]


class PreparingBar(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stack = QUndoStack(self)
        self.import_button = QPushButton(icon("open"), self.tr("Import registrations…"))
        self.import_button.clicked.connect(functools.partial(self.import_sheet, None))
        self.place_button = QPushButton(icon("groups"), self.tr("Suggest groups…"))
        self.place_button.clicked.connect(self.suggest_groups)
        self.print_button = QPushButton(icon("print"), self.tr("Print"))
        menu = QMenu(self.print_button)
        for kind, text, name in print_kinds():
            menu.addAction(text, functools.partial(self.save_printout, kind, name))
        self.print_button.setMenu(menu)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"))
        self.undo_button.clicked.connect(self.stack.undo)
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.stack.redo)
        self.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.stack.undoTextChanged.connect(self.undo_button.setToolTip)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        ctx.signals.database_changed.connect(self.stack.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.import_button, self.place_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)

    def import_sheet(self, path: Path | None = None) -> ImportDialog | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import registrations"),
                str(Path.home()),
                self.tr("Spreadsheets (*.xlsx *.csv *.txt)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            sheet = read_sheet(path)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return None
        dialog = ImportDialog(self.ctx, sheet, self)
        if dialog.exec() and dialog.report is not None:
            self.imported(dialog.report)
        return dialog

    def imported(self, report: people_import.ImportReport) -> None:
        """Announce a saved import, make it undoable, and say what it did."""
        if report.written:
            db = self.ctx.db
            self.stack.push(
                ServiceCommand(
                    self.ctx,
                    self.tr("Import of %n row(s)", "", len(report.outcomes)),
                    undo=lambda: people_import.undo_import(db, report),
                    redo=lambda: people_import.redo_import(db, report),
                )
            )
            self.ctx.signals.announce(report.change_set)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "ArenaDesk",
            report_text(report, self.ctx.language).split("\n")[0],
            parent=self,
        )
        box.setDetailedText(report_text(report, self.ctx.language))
        box.open()

    def suggest_groups(self) -> PlacementDialog | None:
        try:
            proposal = placement.propose_placement(self.ctx.db, self.ctx.arena_id)
            if not proposal.people:
                raise UserError("place.nobody")
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return None
        dialog = PlacementDialog(self.ctx, proposal, self)
        if dialog.exec():
            self.place(dialog.assignment())
        return dialog

    def place(self, assignment: dict[uuid.UUID, uuid.UUID]) -> None:
        db, arena_id = self.ctx.db, self.ctx.arena_id
        try:
            change = placement.apply_placement(db, arena_id, assignment)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return
        self.stack.push(
            ServiceCommand(
                self.ctx,
                self.tr("Placement of %n person(s)", "", len(change.memberships)),
                undo=lambda: placement.undo_placement(db, change),
                redo=lambda: placement.redo_placement(db, change),
            )
        )
        self.ctx.signals.announce(change.change_set)

    def save_printout(self, kind: str, name: str, target: Path | None = None) -> Path | None:
        from arenadesk.reports.printouts import save_printout
        from arenadesk.store.printouts import assemble_printout

        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save as PDF"),
                str(reports_dir() / f"{name}.pdf"),
                self.tr("PDF document (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            save_printout(assemble_printout(self.ctx.db, self.ctx.arena_id), kind, target)
        except UserError as error:
            show_error(self, error, self.ctx.language)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "ArenaDesk",
            arg(self.tr("Saved %1"), target),
            parent=self,
        )
        box.open()
        return target
