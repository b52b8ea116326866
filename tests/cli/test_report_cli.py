"""`arenadesk report group CODE --db FILE --out FILE.pdf|.docx`."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfReader

from arenadesk.cli.main import main


def test_pdf_of_a_demo_group(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # 1C has a written report (every section); 1A's is empty, so it prints no sections.
    out = tmp_path / "rapporter" / "1C.pdf"
    assert main(["report", "group", "1c", "--db", str(demo_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Rapporten for gruppe 1C er skrevet til {out}."
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    headings = [
        "Deltakere og aktørroller i gruppa",
        "Beskriv problemet",
        "Resultat (fra gruppas arbeid)",
        "Konkretisering av resultatet",
        "Videre arbeid med utfordringen (neste skritt)",
        "Kommentarer fra gruppa",
        "Egenevaluering",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    for name in ("Randi Tjelle", "Henrik Dalsbø", "Solveig Amundsen", "Gunnar Wiik"):
        assert name in text
    empty = tmp_path / "1A.pdf"
    assert main(["report", "group", "1A", "--db", str(demo_path), "--out", str(empty)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(empty).pages)
    assert "Hilde Brattli" in text and "Beskriv problemet" not in text
    assert "Ikke fylt ut" not in text and "Ikke vurdert" not in text


def test_docx_of_a_demo_group(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "1C.docx"
    assert main(["report", "group", "1C", "--db", str(demo_path), "--out", str(out)]) == 0
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Beskriv problemet" in headings and "Egenevaluering" in headings


def test_bad_kind_and_unknown_group_are_one_line(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(["report", "group", "1A", "--db", str(demo_path), "--out", str(tmp_path / "r.txt")])
        == 1
    )
    assert capsys.readouterr().err.strip().startswith("Rapporten kan skrives som .pdf")
    assert (
        main(["report", "group", "9Z", "--db", str(demo_path), "--out", str(tmp_path / "r.pdf")])
        == 1
    )
    assert capsys.readouterr().err.strip() == "Arenaen har ingen gruppe med koden «9Z»."
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.txt").exists()
