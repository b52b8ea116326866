"""A group report out of the window: saved as PDF or Word, or printed as the very PDF that
"Save as PDF" writes, through the system print dialog."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from arenadesk.domain.report import GroupReport, report_file_name
from arenadesk.i18n.messages import UserError
from arenadesk.platform.printing import print_pdf
from arenadesk.platform.settings import reports_dir
from arenadesk.reports.saving import save_group_report
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.report.print_dialog import choose_printing, copy_pdf


class ReportOutput(QObject):
    def __init__(self, window: QWidget, language: str) -> None:
        super().__init__(window)
        self.window, self.language = window, language

    def save(self, report: GroupReport, kind: str, *, ask: bool = False) -> Path | None:
        """The report in the reports folder (one click), or where the person chooses; the
        file written, or None (cancelled or refused, said in a message)."""
        target = reports_dir() / report_file_name(report.code, report.title, kind)
        if ask:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save the report"), str(target), f"*.{kind}"
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            save_group_report(report, target)
        except UserError as error:
            show_error(self.window, error, self.language)
            return None
        return target

    def print(self, report: GroupReport) -> str | None:
        """Where the report went (a printer or a PDF file), or None."""
        with tempfile.TemporaryDirectory(prefix="arenadesk-print-") as folder:
            pdf = Path(folder) / report_file_name(report.code, report.title, "pdf")
            from arenadesk.reports.group_pdf import build_group_pdf

            pages = build_group_pdf(report, pdf)
            choice = choose_printing(self.window, pdf.stem, pages)
            if choice is None:
                return None
            try:
                if choice.to_file is not None:
                    copy_pdf(pdf, choice.to_file)
                    return str(choice.to_file)
                print_pdf(pdf, choice.options)
                return choice.options.printer or self.tr("the default printer")
            except OSError as exc:
                show_error(
                    self.window,
                    UserError("report.cannot_save", path=choice.to_file, detail=exc),
                    self.language,
                )
            except UserError as error:
                show_error(self.window, error, self.language)
        return None
