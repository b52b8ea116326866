"""The command line with `--db postgresql://…` (a real throwaway server, tests/conftest_pg.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from arenadesk.cli.main import main
from tests.conftest_pg import PgServer


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_demo_and_group_report_on_a_server(
    pg_url: str, pg_server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", pg_url]) == 0
    out = capsys.readouterr().out
    assert "7 grupper, 70 deltakere" in out
    assert f"postgresql://{pg_server.user}@127.0.0.1:{pg_server.port}/" in out
    assert pg_server.password not in out

    report = tmp_path / "1C.pdf"  # a written report: every section
    assert main(["report", "group", "1c", "--db", pg_url, "--out", str(report)]) == 0
    assert capsys.readouterr().out.strip() == f"Rapporten for gruppe 1C er skrevet til {report}."
    text = pdf_text(report)
    for expected in ("Beskriv problemet", "Egenevaluering", "Randi Tjelle", "Henrik Dalsbø"):
        assert expected in text

    # A second demo in the same database is refused: it already holds an arena.
    assert main(["demo", "--db", pg_url]) == 1
    error = capsys.readouterr().err
    assert "inneholder allerede en arena" in error and pg_server.password not in error


def test_merge_into_a_server_then_its_reports(
    demo_path: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    assert main(["export", "--db", str(demo_path), "--out", str(usb)]) == 0
    (package,) = usb.iterdir()
    capsys.readouterr()

    assert main(["merge", str(package), "--into", pg_url]) == 0
    assert main(["merge", str(package), "--into", pg_url]) == 0  # a second time: nothing new
    lines = capsys.readouterr().out.splitlines()
    assert any("allerede" in line for line in lines), lines

    arena_pdf = tmp_path / "arena.pdf"
    assert main(["report", "arena", "--db", pg_url, "--out", str(arena_pdf)]) == 0
    text = pdf_text(arena_pdf)
    for code in ("1A", "1B", "1C", "2A", "3A", "4A", "4B-1"):
        assert code in text

    sheet = tmp_path / "arena.xlsx"
    assert main(["export-sheet", "--db", pg_url, "--out", str(sheet)]) == 0
    book = openpyxl.load_workbook(sheet, read_only=True)
    try:
        rows = sum(ws.max_row or 0 for ws in book.worksheets)
    finally:
        book.close()
    assert len(book.sheetnames) == 3 and rows > 70


def test_wrong_password_is_one_plain_line(
    pg_url: str, pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = pg_url.replace(f":{pg_server.password}@", ":ikke-riktig@")
    assert main(["demo", "--db", wrong, "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"The database server 127.0.0.1 did not accept the user name “{pg_server.user}” "
        "with this password. Check the user name and password."
    )
