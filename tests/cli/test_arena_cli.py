"""`arenadesk report arena` and `arenadesk export-sheet`."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from arenadesk.cli.main import COMMANDS, main


def test_pdf_of_the_demo_arena(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rapporter" / "Åpen arena 2027.pdf"
    assert main(["report", "arena", "--db", str(demo_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Arenarapporten for «Åpen arena 2027» (7 grupper) er skrevet til {out}."
    )
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for heading in ("Oppsummering", "Oversikt over gruppene", "Vedlegg 1", "Vedlegg 2"):
        assert heading in text
    assert "Gruppe 4B-1: Kriminalomsorg – nytt tilbud for unge" in text
    assert [item.title for item in reader.outline if not isinstance(item, list)][:2] == [
        "Oppsummering",
        "Oversikt over gruppene",
    ]
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary left


def test_docx_in_english_messages(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "arena.DOCX"
    assert main(["report", "arena", "--db", str(demo_path), "--out", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("The arena report for “Åpen arena 2027” (7 groups)")
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Oppsummering" and headings[-1].startswith("Vedlegg 2")


def test_bad_suffix_and_unwritable_path_are_one_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.txt"
    assert main(["report", "arena", "--db", str(demo_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"Arenarapporten kan skrives som .pdf eller .docx, ikke «{out}».\n"
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    target = blocker / "rapport.pdf"  # a folder that is a file
    assert main(["report", "arena", "--db", str(demo_path), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    # The one rule for --out in every command: the file in the way is named.
    assert err.count("\n") == 1
    assert err.startswith(f"Kan ikke lagre i «{blocker}» (en fil står der en mappe skulle vært)")
    old = tmp_path / "gammel.pdf"
    old.write_bytes(b"forrige versjon")
    (tmp_path / "blokk.pdf").mkdir()
    assert (
        main(["report", "arena", "--db", str(demo_path), "--out", str(tmp_path / "blokk.pdf")]) == 1
    )
    assert old.read_bytes() == b"forrige versjon"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_sheet_xlsx_and_csv(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert "export-sheet" in COMMANDS
    book = tmp_path / "arena.xlsx"
    assert main(["export-sheet", "--db", str(demo_path), "--out", str(book)]) == 0
    assert capsys.readouterr().out == f"Skrevet: {book}\n"
    assert openpyxl.load_workbook(book).sheetnames == [
        "Neste skritt",
        "Egenevaluering",
        "Deltakere",
    ]

    table = tmp_path / "deltakere.csv"
    args = ["export-sheet", "--db", str(demo_path), "--out", str(table), "--sheet", "participants"]
    assert main(args) == 0
    assert capsys.readouterr().out == f"Skrevet: {table}\n"
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 71 and rows[0][2] == "Navn"

    three = tmp_path / "alle.csv"
    assert main(["export-sheet", "--db", str(demo_path), "--out", str(three)]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [f"alle-{key}.csv" for key in ("actions", "evaluations", "participants")]
    assert lines == [f"Skrevet: {tmp_path / name}" for name in names]
    assert all((tmp_path / name).exists() for name in names)


def test_export_sheet_refusals(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ark.ods"
    assert main(["export-sheet", "--db", str(demo_path), "--out", str(out)]) == 1
    assert (
        capsys.readouterr().err == f"Regnearket kan skrives som .xlsx eller .csv, ikke «{out}».\n"
    )
    xlsx = tmp_path / "ark.xlsx"
    assert (
        main(["export-sheet", "--db", str(demo_path), "--out", str(xlsx), "--sheet", "actions"])
        == 1
    )
    assert capsys.readouterr().err.startswith("--sheet gjelder bare .csv-filer")
    with pytest.raises(SystemExit):
        main(
            [
                "export-sheet",
                "--db",
                str(demo_path),
                "--out",
                str(tmp_path / "a.csv"),
                "--sheet",
                "x",
            ]
        )
    assert list(tmp_path.glob("ark*")) == [] and list(tmp_path.glob("a*.csv")) == []


def test_a_file_without_an_arena(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "finnes-ikke.sqlite"
    assert main(["report", "arena", "--db", str(missing), "--out", str(tmp_path / "r.pdf")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()
