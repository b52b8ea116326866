"""`arenadesk report inputs --db FILE|URL --out FILE.pdf|.docx|.xlsx|.csv`."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from arenadesk.cli.main import main
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from tests.reports.open_space_samples import build_open_space_arena, open_space_copy
from tests.templates import Templates

DEVICE = Device("11111111-1111-4111-8111-111111111111", "test-laptop")


@pytest.fixture
def open_space_path(tmp_path: Path, templates: Templates) -> Path:
    """A closed file with an Open Space arena (built once per session, copied)."""
    path = tmp_path / "openspace.sqlite"
    db, _sample = open_space_copy(templates, DEVICE, path, conversations=8, people=30)
    db.close()
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("kind", ["pdf", "docx", "xlsx", "csv"])
def test_each_kind_is_written(
    kind: str, open_space_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut" / f"Innspill ÆØÅ.{kind.upper() if kind == 'pdf' else kind}"
    assert main(["report", "inputs", "--db", str(open_space_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"8 innspill og 8 arbeidsrapporter fra «Åpen arena 2020» er skrevet til {out}."
    )
    if kind == "pdf":
        text = pdf_text(out)
        assert "Vedlegg 1: Innspill" in text and "Vedlegg 2: Arbeidsrapporter" in text
    elif kind == "docx":
        headings = [p.text for p in docx.Document(str(out)).paragraphs]
        assert "Vedlegg 2: Arbeidsrapporter" in headings
    elif kind == "xlsx":
        assert openpyxl.load_workbook(out).sheetnames == ["Innspill", "Deltakere"]
    else:
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        assert [row[0] for row in rows[1:]] == [f"1.{n}" for n in range(1, 8)] + [""]


def test_english_message(
    open_space_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "inputs.pdf"
    args = ["report", "inputs", "--db", str(open_space_path), "--out", str(out), "--lang", "en"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == (
        f"8 inputs and 8 working reports from “Åpen arena 2020” were written to {out}."
    )


def test_bad_extension_no_inputs_and_missing_file_are_one_line(
    open_space_path: Path, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "innspill.odt"
    assert main(["report", "inputs", "--db", str(open_space_path), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"Innspillene kan skrives som .pdf, .docx, .xlsx eller .csv, ikke «{out}»."
    )

    out = tmp_path / "innspill.pdf"
    assert main(["report", "inputs", "--db", str(demo_path), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        "«Åpen arena 2027» har ingen dokumenterte innspill fra Open Space ennå."
    )

    missing = tmp_path / "finnes-ikke.sqlite"
    assert main(["report", "inputs", "--db", str(missing), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == f"Finner ikke filen «{missing}»."
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "openspace.sqlite"]


def test_inputs_from_a_postgresql_server(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(pg_url, DEVICE)
    try:
        build_open_space_arena(db, conversations=5, people=20)
    finally:
        db.close()
    out = tmp_path / "innspill.pdf"
    assert main(["report", "inputs", "--db", pg_url, "--out", str(out)]) == 0
    assert "5 innspill og 5 arbeidsrapporter" in capsys.readouterr().out
    text = pdf_text(out)
    for expected in ("1.1", "1.4", "Ressursfokus frisklivsfaktorer", "Økt 1 – dag 1"):
        assert expected in text
