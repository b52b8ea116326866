"""The system print dialog, turned into options for printing a finished PDF.

Qt's dialog lists the system's printers and takes copies, pages and sides; the PDF itself
goes to the printer through arenadesk.platform.printing, so paper and saved file never differ.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from arenadesk.platform.printing import PrintOptions


@dataclass(frozen=True)
class PrintChoice:
    options: PrintOptions
    to_file: Path | None  # the dialog's "print to file" target, when that was chosen


def choose_printing(parent: QWidget, title: str, pages: int) -> PrintChoice | None:
    """Show the print dialog; None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(printer.pageLayout().pageSize())  # keeps the system's paper
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print the report"))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    target = printer.outputFileName()
    return PrintChoice(options_from(printer, title), Path(target) if target else None)


def options_from(printer: QPrinter, title: str) -> PrintOptions:
    first = last = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or None
    return PrintOptions(
        printer=printer.printerName() or None,
        copies=max(1, printer.copyCount()),
        first_page=first,
        last_page=last,
        two_sided=printer.duplex() != QPrinter.DuplexMode.DuplexNone,
        title=title,
    )


def copy_pdf(pdf: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pdf, target)
