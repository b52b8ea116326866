"""“Importer pakker…”: the organiser chooses or drops many packages, sees each one's check
and what it will change, and merges them all in one go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import reports_dir
from arenadesk.services import sync
from arenadesk.services.changes import ChangeSet
from arenadesk.sync.merge import ALREADY, REJECTED, MergePreview, PackageOutcome, deletion_what
from arenadesk.ui.common.background import Cancelled, Progress, run_with_progress
from arenadesk.ui.common.forms import ERROR_STYLE, confirm, show_error, translate_buttons
from arenadesk.ui.common.geometry import fit_size
from arenadesk.ui.common.texts import arg, change_counts
from arenadesk.ui.shell.context import UiContext

PACKAGE_PATTERNS = "*.arenapakke *.arenaoppsett"


def announce_all(ctx: UiContext) -> None:
    """A merge can touch anything: every screen refreshes."""
    ctx.signals.announce(ChangeSet.everything())


class ImportPackagesDialog(QDialog):
    COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.preview: MergePreview | None = None
        self.setWindowTitle(self.tr("Import packages"))
        self.setAcceptDrops(True)
        fit_size(self, 1100, 520)
        intro = QLabel(
            self.tr(
                "Choose the packages from the facilitators, or drop them here. Each one is "
                "checked before anything is merged; nothing changes until you press Merge."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("From"),
                self.tr("Check"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Deleted"),
                self.tr("Conflicts"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 210)
        for column in range(3, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")

        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        translate_buttons(self.buttons)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._refresh()

    # --- choosing ----------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose packages"),
            str(reports_dir()),
            arg(
                QCoreApplication.translate("files", "ArenaDesk packages (%1);;All files (*)"),
                PACKAGE_PATTERNS,
            ),
        )
        self.add_paths([Path(f) for f in files])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        self._refresh()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.paths[row]
        self._refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_paths(paths)

    # --- preview and merge -------------------------------------------------------------

    def _status(self, outcome: PackageOutcome) -> tuple[str, bool]:
        if _dated_ahead(outcome):
            return (
                arg(
                    self.tr(
                        "Dated %1, more than a day ahead (the clock of “%2” is probably "
                        "wrong): you are asked before it is merged"
                    ),
                    *_when_and_laptop(outcome),
                ),
                True,
            )
        if outcome.status == REJECTED:
            assert outcome.error is not None
            return arg(self.tr("Rejected: %1"), outcome.error.text(self.ctx.language)), True
        if outcome.status == ALREADY:
            return self.tr("Already imported; nothing changes"), False
        if outcome.other_arena:
            return self.tr("Another arena: you are asked before it is merged"), True
        if outcome.needs_deletion_confirmation:
            return self.tr("Deletes a lot: you are asked before it is merged"), True
        return self.tr("OK"), False

    def _refresh(self) -> None:
        self.preview = None
        if self.paths:
            paths = list(self.paths)
            db = self.ctx.db
            try:
                self.preview = run_with_progress(
                    self,
                    self.tr("Checking the packages…"),
                    lambda progress: sync.preview_merge(
                        db, paths, on_package=self._reporter(progress, self.tr("Checking %1…"))
                    ),
                )
            except Cancelled:
                self.paths = []
            except UserError as error:
                show_error(self, error, self.ctx.language)
        outcomes = self.preview.outcomes if self.preview else []
        self.table.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            info = outcome.info
            origin = (
                " · ".join(
                    p for p in (info.arena_name, ", ".join(info.group_codes), info.device_name) if p
                )
                if info
                else ""
            )
            status, warn = self._status(outcome)
            counts = (
                [outcome.added, outcome.updated, outcome.deleted, outcome.conflicts]
                if outcome.status != REJECTED
                else ["", "", "", ""]
            )
            values = [outcome.path.name, origin, status, *counts]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 2 and warn:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(str(value))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        ready = [o for o in outcomes if o.status not in (REJECTED, ALREADY) or _dated_ahead(o)]
        self.merge_button.setEnabled(bool(ready))
        self.remove_button.setEnabled(bool(outcomes))
        if not self.paths:
            self.summary.setText(self.tr("No packages chosen yet."))
            self.summary.setStyleSheet("")
        elif self.preview is not None:
            self.summary.setStyleSheet("")
            self.summary.setText(
                arg(self.tr("%n package(s) ready: %1.", "", len(ready)), _changes(ready))
            )

    def _reporter(self, progress: Progress, label: str) -> sync.PackageHook:
        """Per package: the bar moves and the label names the file (Cancel is checked)."""

        def report(done: int, total: int, name: str) -> None:
            progress(done, total, arg(label, name) if name else "")

        return report

    def _accept_future(self) -> bool | None:
        """Packages dated more than a day ahead merge only when the person, told which
        laptop's clock is wrong, accepts them; None when there are none."""
        assert self.preview is not None
        ahead = [o for o in self.preview.outcomes if _dated_ahead(o)]
        if not ahead:
            return None
        lines = "\n".join(
            "• " + arg(self.tr("%1 from “%2”, dated %3"), o.path.name, *_when_and_laptop(o)[::-1])
            for o in ahead
        )
        return self._ask(
            self.tr("Dated ahead"),
            arg(
                self.tr(
                    "These packages have changes dated more than a day after this computer's "
                    "clock; the laptop's clock is probably wrong:\n%1\n\nIf you know the "
                    "changes belong, merge them anyway: until that date they win over edits "
                    "made elsewhere, and they do not move this file's clock."
                ),
                lines,
            ),
            self.tr("Merge them anyway"),
        )

    def _ask(self, title: str, text: str, action: str) -> bool | None:
        """Merge the packages asked about, leave them out (the others still merge), or
        cancel (nothing is merged): True, False or None."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        skip = box.addButton(self.tr("Leave them out"), QMessageBox.ButtonRole.NoRole)
        cancel = box.addButton(
            QCoreApplication.translate("buttons", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(skip)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is do else False if clicked is skip else None

    def merge(self) -> None:
        if self.preview is None:
            return
        accept_future = self._accept_future()
        if accept_future is None and any(_dated_ahead(o) for o in self.preview.outcomes):
            return  # cancelled: nothing merged
        accept_other = False
        others = self.preview.needs_confirmation
        if others:
            names = "\n".join(
                f"• {o.path.name} ({o.info.arena_name if o.info else ''})" for o in others
            )
            accept_other = confirm(
                self,
                self.tr("Another arena"),
                arg(
                    self.tr(
                        "These packages belong to another arena than this file:\n%1\n\n"
                        "Merge them too?"
                    ),
                    names,
                ),
                self.tr("Merge them too"),
            )
        accept_deletions = False
        deleting = self.preview.deletions_to_confirm
        if deleting:
            lines = "\n".join(
                "• "
                + arg(
                    self.tr("%1 from “%2” deletes %3"),
                    o.path.name,
                    o.info.device_name if o.info else "",
                    deletion_what(o).text(self.ctx.language),
                )
                for o in deleting
            )
            answer = self._ask(
                self.tr("Deletions"),
                arg(
                    self.tr(
                        "These packages delete a great deal from this file:\n%1\n\n"
                        "A backup is taken first, and the merge log keeps every deleted version."
                    ),
                    lines,
                ),
                self.tr("Merge them anyway"),
            )
            if answer is None:
                return  # cancelled: nothing merged
            accept_deletions = answer
        paths, db = list(self.paths), self.ctx.db
        if accept_future is False:  # refused: those stay out, the others merge
            paths = [o.path for o in self.preview.outcomes if not _dated_ahead(o)]
        label = self.tr("Merging %1…")
        try:
            # Package by package in one transaction: Cancel rolls all of it back.
            done = run_with_progress(
                self,
                self.tr("Merging the packages…"),
                lambda progress: sync.merge(
                    db,
                    paths,
                    accept_other_arena=accept_other,
                    accept_deletions=accept_deletions,
                    accept_future=bool(accept_future),
                    on_package=self._reporter(progress, label),
                ),
            )
        except Cancelled:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr("Merge cancelled: nothing was merged, and the file is as it was.")
            )
            return
        except UserError as error:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(error.text(self.ctx.language))
            return
        result = done.result
        self.ctx.signals.announce(done.changes)
        merged = [o for o in result.outcomes if o.status not in (REJECTED, ALREADY)]
        text = arg(
            self.tr("Merged %n package(s): %1 (see the merge log).", "", len(merged)),
            _changes(merged),
        )
        if result.rejected:
            text += " " + arg(self.tr("%1 not merged."), str(len(result.rejected)))
        self._refresh()
        self.summary.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.summary.setText(text)


def _dated_ahead(outcome: PackageOutcome) -> bool:
    """Refused only for stamps more than a day ahead (before 2200): it may be accepted."""
    error = outcome.error
    return error is not None and error.key == "sync.future" and bool(error.params.get("acceptable"))


def _when_and_laptop(outcome: PackageOutcome) -> tuple[str, str]:
    """The latest date a package dated ahead holds, and the laptop that wrote it."""
    assert outcome.error is not None
    params = outcome.error.params
    return str(params.get("when", "")), str(params.get("device", ""))


def _changes(outcomes: list[PackageOutcome]) -> str:
    return change_counts(
        sum(o.added for o in outcomes),
        sum(o.updated for o in outcomes),
        sum(o.deleted for o in outcomes),
        sum(o.conflicts for o in outcomes),
    )
