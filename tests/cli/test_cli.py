"""The `arenadesk` command run in-process: demo, check, languages, errors."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from arenadesk import __version__
from arenadesk.cli.main import EXIT_FAILED, EXIT_OK, main
from arenadesk.store.db import migrate


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"ArenaDesk {__version__}"


def test_demo_creates_the_arena(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny" / "demo.sqlite"
    code, out, err = run(capsys, "demo", "--db", str(path))
    assert code == EXIT_OK and err == ""
    assert "7 grupper" in out and "70 deltakere" in out and str(path) in out
    assert path.exists()


def test_demo_options_after_or_before_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--lang", "en", "--db", str(tmp_path / "a.sqlite"), "demo")
    assert code == EXIT_OK and "7 groups" in out and "70 people" in out


def test_demo_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", "--large", "--db", str(tmp_path / "l.sqlite"))
    assert code == EXIT_OK and "29 grupper" in out and "200 deltakere" in out


def test_demo_twice_fails_with_one_line(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "demo", "--db", str(demo_path))
    assert code == EXIT_FAILED and out == ""
    assert err.count("\n") == 1 and "inneholder allerede en arena" in err
    assert str(demo_path) in err


def test_demo_without_db_uses_the_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    from arenadesk.platform.settings import default_database_path

    code, out, _ = run(capsys, "demo")
    assert code == EXIT_OK
    assert default_database_path().exists()
    assert str(default_database_path()) in out


def test_check_a_good_file(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_path)
    code, out, err = run(capsys, "check", str(demo_path))
    assert code == EXIT_OK and err == ""
    lines = out.splitlines()
    assert "Program-id: 0x41524E41 (ArenaDesk)" in lines
    assert f"Skjemaversjon: {migrate.head_revision()} (gjeldende)" in lines
    assert "Integritet: ok" in lines
    for row in ("  person: 70", "  challenge_group: 7", "  membership: 70", "  arena: 1"):
        assert row in lines
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.sqlite"]


def test_check_in_english(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(demo_path), "--lang", "en")
    assert code == EXIT_OK
    assert "Application id: 0x41524E41 (ArenaDesk)" in out
    assert f"Schema version: {migrate.head_revision()} (current)" in out
    assert "Integrity: ok" in out and "Rows:" in out


def make_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def make_newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()


def make_text(path: Path) -> None:
    path.write_text("Dette er et referat, ikke en database.\n" * 50, encoding="utf-8")


def make_corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[8192 : 8192 + 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (make_truncated, "avkortet"),
        (make_newer, "nyere versjon"),
        (make_text, "ikke en ArenaDesk-fil"),
        (make_corrupt, "skadet"),
    ],
    ids=["truncated", "newer", "text", "corrupt"],
)
def test_check_a_bad_file(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], None],
    words: str,
) -> None:
    damage(demo_path)
    before = digest(demo_path)
    code, _, err = run(capsys, "check", str(demo_path))
    assert code == EXIT_FAILED
    assert err.count("\n") == 1 and words in err and str(demo_path) in err
    assert "Traceback" not in err
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == ["demo.sqlite"]


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "borte.sqlite"
    code, out, err = run(capsys, "--lang", "en", "check", str(missing))
    assert code == EXIT_FAILED and out == ""
    assert err == f"The file “{missing}” does not exist.\n"
    assert not missing.exists()


def test_check_an_empty_sqlite_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A blank SQLite file is not (yet) an ArenaDesk file; check must not initialise it.
    path = tmp_path / "blank.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 1")
    before = digest(path)
    code, _, err = run(capsys, "check", str(path))
    assert code == EXIT_FAILED and err.count("\n") == 1
    assert digest(path) == before


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--frobnicate"])
    assert caught.value.code == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_unknown_check_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", "--frobnicate", "x.sqlite"])
    assert caught.value.code == 2


def test_gui_without_display_gives_a_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY check applies to Linux and BSD")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, "--lang", "en")
    assert code == 2 and out == ""
    assert err.startswith("No screen to show the window on") and err.count("\n") == 1
