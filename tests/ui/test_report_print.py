""" "Skriv ut…" on the report screen: the system print dialog, then a real CUPS queue."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from arenadesk.platform.printing import PrintOptions, print_pdf
from arenadesk.ui.shell.main_window import MainWindow
from tests.printing_support import VirtualPrinter


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, choose) -> list[int]:  # type: ignore[no-untyped-def]
    """Stand in for the user at the (modal) system dialog: `choose(printer)` or cancel."""
    shown: list[int] = []

    def exec_(dialog: QPrintDialog) -> int:
        shown.append(dialog.maxPage())
        if choose is None:
            return QPrintDialog.DialogCode.Rejected.value
        choose(dialog.printer())
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return shown


def test_print_sends_the_report_to_the_chosen_printer(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    cups_pdf: VirtualPrinter,  # type: ignore[no-untyped-def]
) -> None:
    screen = window.show_screen("report")
    screen.texts["problem"].setPlainText("Få arbeidsgivere i nord – særlig små bedrifter.")
    shown = _answer_dialog(monkeypatch, lambda printer: printer.setPrinterName(cups_pdf.name))
    jobs: list[str] = []

    def recording(pdf: Path, options: PrintOptions) -> str:
        jobs.append(print_pdf(pdf, options))
        return jobs[-1]

    monkeypatch.setattr("arenadesk.ui.report.output.print_pdf", recording)
    assert screen.print_report() == cups_pdf.name
    assert shown and shown[0] >= 2  # the dialog knew the report's pages
    assert cups_pdf.name in screen.saved_to.text()
    text = "\n".join(
        page.extract_text() or "" for page in PdfReader(cups_pdf.printed(jobs[0])).pages
    )
    # The text typed a moment ago is on paper: the pending edit was saved first.
    assert "Få arbeidsgivere i nord – særlig små bedrifter." in text
    assert "Deltakere og aktørroller i gruppa" in text


def test_print_to_file_writes_the_same_pdf(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    screen = window.show_screen("report")
    target = tmp_path / "utskrift.pdf"

    def to_file(printer: QPrinter) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))

    _answer_dialog(monkeypatch, to_file)
    assert screen.print_report() == str(target)
    assert "1A Jobbmotor Nord" in (PdfReader(target).pages[0].extract_text() or "")


def test_cancel_prints_nothing(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    screen = window.show_screen("report")
    _answer_dialog(monkeypatch, None)
    assert screen.print_report() is None
    assert screen.saved_to.text() == ""


def test_a_printer_that_refuses_is_explained(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    cups_pdf: VirtualPrinter,  # type: ignore[no-untyped-def]
) -> None:
    screen = window.show_screen("report")
    _answer_dialog(monkeypatch, lambda printer: printer.setPrinterName(cups_pdf.name))
    errors: list[str] = []
    monkeypatch.setattr(
        "arenadesk.ui.report.output.show_error",
        lambda _parent, error, language: errors.append(error.text(language)),
    )
    subprocess.run(["cupsreject", cups_pdf.name], check=True, capture_output=True)
    try:
        assert screen.print_report() is None
    finally:
        subprocess.run(["cupsaccept", cups_pdf.name], check=True, capture_output=True)
    assert errors and cups_pdf.name in errors[0] and "tok ikke imot" in errors[0]
    assert screen.saved_to.text() == ""
