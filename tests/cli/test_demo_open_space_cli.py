"""`arenadesk demo --open-space`: a file `arenadesk check` accepts; never over an arena."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from arenadesk.cli.main import main


def test_demo_open_space_writes_a_file_check_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "open space.sqlite"
    assert main(["demo", "--open-space", "--db", str(path)]) == 0
    assert capsys.readouterr().out == (
        f"Open Space-demoarenaen «Åpen arena 2027 – Open Space» er laget i {path}: "
        "150 deltakere, 4 økter × 16 rom, 50 emner og 50 dokumenterte samtaler.\n"
    )
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Integritet: ok" in out
    for line in ("os_topic: 50", "os_conversation: 50", "os_slot: 4", "os_space: 16"):
        assert f"  {line}\n" in out
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT format FROM arena").fetchall() == [("open_space",)]


def test_demo_open_space_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "os.sqlite"
    assert main(["demo", "--open-space", "--db", str(path), "--lang", "en"]) == 0
    assert "150 people, 4 økter × 16 spaces, 50 topics and 50 documented" in (
        capsys.readouterr().out
    )


def test_demo_open_space_refuses_a_file_with_an_arena(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    assert main(["demo", "--open-space", "--db", str(demo_path)]) == 1
    assert capsys.readouterr().err == (
        f"{demo_path} inneholder allerede en arena. Velg en ny fil for demoarenaen.\n"
    )
    with sqlite3.connect(demo_path) as connection:
        assert connection.execute("SELECT count(*) FROM os_topic").fetchone() == (0,)
    assert demo_path.read_bytes() == before


def test_arena_report_of_the_open_space_demo_counts_its_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = tmp_path / "os.sqlite", tmp_path / "arenarapport.pdf"
    assert main(["demo", "--open-space", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["report", "arena", "--db", str(path), "--out", str(out)]) == 0
    assert capsys.readouterr().out == (
        f"Arenarapporten for «Åpen arena 2027 – Open Space» (50 innspill) er skrevet til {out}.\n"
    )
