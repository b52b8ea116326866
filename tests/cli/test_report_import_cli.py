"""`arenadesk report import FILE.docx --db FILE|URL [--group CODE] [--replace]`."""

from __future__ import annotations

import hashlib
from pathlib import Path

from arenadesk.cli.main import main
from tests.reports.seed_reports import seed_reports, write_report


def test_a_seed_report_makes_a_new_group_and_says_what_went_where(
    demo_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "2B.docx"
    write_report("2B – 1 og 2", seed_reports()["2B – 1 og 2"], path)
    assert main(["report", "import", str(path), "--db", str(demo_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == "Ny gruppe 2B – 1 og 2 «Brukeren som likeverdig part i arbeidet med å få "
        "mennesker med nedsatt funksjonsevne, tilbake i jobb. Hvordan gjør vi det?»."
    )
    assert (
        "«Deltakere og aktørroller i gruppa» → 0 kjente og 6 nye deltakere (0 var med fra før)"
        in lines
    )
    assert "«Beskriv problemet» → Beskriv problemet" in lines
    assert (
        "«Ønsket bruk av nettplassen arena.arbeidoghelse.no» → tom i dokumentet: "
        "ingenting å importere"
    ) in lines
    out = tmp_path / "2B.pdf"
    assert main(["report", "group", "2b-1 og 2", "--db", str(demo_path), "--out", str(out)]) == 0
    # The same file again: the code is taken now, so nothing more is written.
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["report", "import", str(path), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Gruppe 2B – 1 og 2 finnes allerede.") and "\n" not in err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_into_an_existing_group_keeps_what_it_has_without_replace(
    demo_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "1C.docx"
    assert main(["report", "group", "1C", "--db", str(demo_path), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["report", "import", str(out), "--db", str(demo_path), "--group", "1c"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Inn i gruppe 1C")
    assert any(
        "ikke importert: Beskriv problemet er allerede fylt ut (bruk --replace)" in line
        for line in lines
    )
    assert (
        main(["report", "import", str(out), "--db", str(demo_path), "--group", "1C", "--replace"])
        == 0
    )
    assert any("erstattet" in line for line in capsys.readouterr().out.splitlines())


def test_a_bad_file_is_one_line_and_nothing_is_written(
    demo_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "rapport.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["report", "import", str(bad), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert "passordbeskyttet" in err and "\n" not in err
    assert main(["report", "import", str(bad), "--db", str(demo_path), "--group", "9Z"]) == 1
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
