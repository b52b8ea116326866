"""`arenadesk report group CODE --print [PRINTER]` through a real CUPS queue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from arenadesk.cli.main import main
from tests.printing_support import VirtualPrinter


def _job(out: str) -> str:
    """The job id the command printed ("… (jobb ArenaDesk-PDF-7).")."""
    match = re.search(r"\((?:jobb|job) (\S+)\)", out)
    assert match, out
    return match.group(1)


def test_print_on_a_named_printer(
    demo_path: Path,
    cups_pdf: VirtualPrinter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["report", "group", "4A", "--db", str(demo_path), "--print", cups_pdf.name]) == 0
    out = capsys.readouterr().out
    assert "4A" in out
    text = "\n".join(p.extract_text() or "" for p in PdfReader(cups_pdf.printed(_job(out))).pages)
    assert "Deltakere og aktørroller i gruppa" in text
    # 4A wrote no report yet: what it never had is left out, not marked missing.
    assert "Egenevaluering" not in text and "Ikke fylt ut" not in text


def test_out_and_print_together_write_and_print_the_same_report(
    demo_path: Path,
    tmp_path: Path,
    cups_pdf: VirtualPrinter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "1A.pdf"
    code = main(
        ["report", "group", "1A", "--db", str(demo_path), "--out", str(out), "--print",
         cups_pdf.name]
    )  # fmt: skip
    assert code == 0
    printed = cups_pdf.printed(_job(capsys.readouterr().out))
    assert len(PdfReader(printed).pages) == len(PdfReader(out).pages)


def test_an_unknown_printer_is_one_line_and_exit_1(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    cups_pdf: VirtualPrinter,
) -> None:
    assert main(["report", "group", "1A", "--db", str(demo_path), "--print", "Ingen-slik"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Ingen-slik" in err


def test_neither_out_nor_print_is_explained(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "group", "1A", "--db", str(demo_path)]) == 1
    assert "--print" in capsys.readouterr().err
