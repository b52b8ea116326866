"""Printing through a real CUPS queue (CUPS-PDF), and the refusals before anything prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from arenadesk.i18n.messages import UserError
from arenadesk.platform import printing
from arenadesk.platform.printing import PrintOptions, lp_command, print_pdf
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.reports import assemble_group_report
from tests.printing_support import VirtualPrinter


def _report_pdf(db: Database, folder: Path, code: str = "1A") -> Path:
    group = find_group_by_code(db, require_arena_id(db), code)
    assert group is not None
    pdf = folder / f"{code} rapport.pdf"
    build_group_pdf(assemble_group_report(db, group.id, "nb"), pdf)
    return pdf


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)


def test_the_command_names_printer_copies_pages_and_sides(tmp_path: Path) -> None:
    options = PrintOptions(
        printer="Kontor", copies=3, first_page=2, last_page=4, two_sided=True, title="4F\nRapport"
    )
    command = lp_command(tmp_path / "r.pdf", options)
    assert command[1:] == [
        "-d", "Kontor", "-n", "3", "-o", "page-ranges=2-4",
        "-o", "sides=two-sided-long-edge", "-t", "4F Rapport", "--", str(tmp_path / "r.pdf"),
    ]  # fmt: skip
    plain = lp_command(tmp_path / "r.pdf", PrintOptions())
    assert plain[1:] == ["-o", "sides=one-sided", "--", str(tmp_path / "r.pdf")]
    assert PrintOptions(first_page=3).page_range() == "3-"


def test_a_missing_file_or_zero_copies_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as missing:
        print_pdf(tmp_path / "nothing.pdf", PrintOptions())
    assert missing.value.key == "print.no_file"
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as zero:
        print_pdf(pdf, PrintOptions(copies=0))
    assert zero.value.key == "print.copies"


def test_without_a_printing_system_the_message_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing.shutil, "which", lambda _name: None)
    monkeypatch.setattr(printing.sys, "platform", "linux")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as error:
        print_pdf(pdf, PrintOptions(printer="Kontor"))
    assert error.value.key == "print.no_system"
    assert "PDF" in error.value.text("nb")


def test_an_unknown_printer_is_named_and_nothing_is_queued(
    demo_db: Database,
    tmp_path: Path,
    cups_pdf: VirtualPrinter,
) -> None:
    pdf = _report_pdf(demo_db, tmp_path)
    with pytest.raises(UserError) as error:
        print_pdf(pdf, PrintOptions(printer="Finnes-ikke"))
    assert error.value.key == "print.unknown_printer"
    assert "Finnes-ikke" in error.value.text("nb")


def test_the_printed_report_is_the_report(
    demo_db: Database,
    tmp_path: Path,
    cups_pdf: VirtualPrinter,
) -> None:
    pdf = _report_pdf(demo_db, tmp_path, "1C")  # a written report: every section
    job = print_pdf(pdf, PrintOptions(printer=cups_pdf.name, title=pdf.stem))
    assert job.startswith(cups_pdf.name)

    printed = cups_pdf.printed(job)
    assert len(PdfReader(printed).pages) == len(PdfReader(pdf).pages)
    text = _text(printed)
    for expected in (
        "Åpen arena",
        "1C Sykefraværshåndtering",
        "Deltakere og aktørroller i gruppa",
        "Beskriv problemet",
        "Videre arbeid med utfordringen",
        "Egenevaluering",
        "Randi Tjelle",
    ):
        assert expected in text, expected


def test_a_page_range_prints_only_those_pages(
    demo_db: Database,
    tmp_path: Path,
    cups_pdf: VirtualPrinter,
) -> None:
    pdf = _report_pdf(demo_db, tmp_path)
    assert len(PdfReader(pdf).pages) >= 2
    job = print_pdf(
        pdf, PrintOptions(printer=cups_pdf.name, first_page=1, last_page=1, title="one")
    )
    printed = cups_pdf.printed(job)
    assert len(PdfReader(printed).pages) == 1
    assert "Deltakere og aktørroller i gruppa" in _text(printed)


def test_no_default_printer_asks_for_one(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cups_pdf: VirtualPrinter,
) -> None:
    monkeypatch.setattr(printing, "default_printer", lambda: None)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(UserError) as error:
        print_pdf(pdf, PrintOptions())
    assert error.value.key == "print.no_default"


def test_the_default_printer_is_read_from_cups(cups_pdf: VirtualPrinter) -> None:
    assert cups_pdf.name in printing.printers()
    # lpstat's answer either names a queue CUPS knows or says there is none.
    assert printing.default_printer() in (None, *printing.printers())
