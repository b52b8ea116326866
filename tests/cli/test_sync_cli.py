"""`arenadesk export` and `arenadesk merge`: packages made and merged without the window."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.cli.sync import EXIT_REJECTED
from arenadesk.sync.package import inspect_package


def rows(path: Path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def export(demo: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    assert main(["export", "--db", str(demo), "--out", str(out), *extra]) == 0
    printed = capsys.readouterr().out
    path = Path(printed.split("«")[1].split("»")[0])
    assert path.exists()
    return path


def test_export_names_the_package_and_where_it_went(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = export(demo_path, tmp_path / "usb", capsys)
    assert package.parent == tmp_path / "usb" and package.suffix == ".arenapakke"
    assert inspect_package(package).kind == "package"
    setup = export(demo_path, tmp_path / "oppsett.arenaoppsett", capsys, "--setup")
    assert setup == tmp_path / "oppsett.arenaoppsett"
    assert inspect_package(setup).kind == "setup"


def test_merge_into_a_new_master_then_again(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = export(demo_path, tmp_path, capsys)
    master = tmp_path / "master.sqlite"
    assert main(["merge", str(package), "--into", str(master), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"{package.name}: 184 added, 0 updated, 0 deleted, 0 conflicts" in out
    assert rows(master, "SELECT COUNT(*) FROM person") == [(70,)]

    assert main(["merge", str(package), "--into", str(master), "--lang", "en"]) == 0
    assert f"{package.name}: already imported, nothing changes" in capsys.readouterr().out
    assert rows(master, "SELECT COUNT(*) FROM import_log") == [(1,)]


def test_dry_run_prints_the_preview_and_writes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = export(demo_path, tmp_path, capsys)
    master = tmp_path / "master.sqlite"
    assert main(["demo", "--db", str(master)]) == 0  # another arena
    capsys.readouterr()
    before = master.read_bytes()
    code = main(["merge", str(package), "--into", str(master), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "184 nye" in out and "annen arena" in out
    assert "Prøvekjøring: ingenting er skrevet" in out
    assert master.read_bytes() == before


def test_a_rejected_package_gives_one_line_and_its_exit_code(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = export(demo_path, tmp_path / "a", capsys)
    bad = export(demo_path, tmp_path / "b", capsys)
    data = bad.read_bytes()
    bad.write_bytes(data[: len(data) // 3])
    master = tmp_path / "master.sqlite"
    code = main(["merge", str(bad), str(good), "--into", str(master)])
    captured = capsys.readouterr()
    assert code == EXIT_REJECTED == 3
    errors = captured.err.strip().splitlines()
    assert len(errors) == 1
    assert bad.name in errors[0] and "Ingenting ble importert" in errors[0]
    assert "1 pakke, 1 avvist" in captured.out
    assert rows(master, "SELECT COUNT(*) FROM person") == [(70,)]


def test_other_arena_needs_the_flag(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = export(demo_path, tmp_path, capsys)
    master = tmp_path / "master.sqlite"
    assert main(["demo", "--db", str(master)]) == 0
    capsys.readouterr()
    assert main(["merge", str(package), "--into", str(master)]) == EXIT_REJECTED
    assert "--accept-other-arena" in capsys.readouterr().err
    assert main(["merge", str(package), "--into", str(master), "--accept-other-arena"]) == 0
    assert rows(master, "SELECT COUNT(*) FROM person") == [(140,)]


def test_export_of_a_missing_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "--db", str(tmp_path / "nope.sqlite"), "--out", str(tmp_path)])
    assert code == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
