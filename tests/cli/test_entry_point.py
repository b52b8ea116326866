"""`python -m arenadesk` in a real process: the entry point, exit codes, no Qt without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from arenadesk import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arenadesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env if env is not None else dict(os.environ),
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ArenaDesk {__version__}"


def test_demo_then_check_then_refuse_a_second_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    created = run("demo", "--db", str(path))
    assert created.returncode == 0, created.stderr
    assert "7 grupper" in created.stdout and created.stderr == ""

    checked = run("--lang", "en", "check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "0x41524E41" in checked.stdout and "Integrity: ok" in checked.stdout

    again = run("demo", "--db", str(path))
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr


def test_check_a_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(path)).returncode == 0
    data = path.read_bytes()
    path.write_bytes(data[:100])
    result = run("--lang", "en", "check", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "truncated" in result.stderr
    assert path.read_bytes() == data[:100]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY matters on Linux")
def test_gui_without_display_exits_2_without_loading_qt(tmp_path: Path) -> None:
    # A PySide6 that explodes on import: if the no-display path touched Qt, we would see it.
    trap = tmp_path / "trap" / "PySide6"
    trap.mkdir(parents=True)
    (trap / "__init__.py").write_text("raise ImportError('PySide6 must not be imported')\n")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(trap.parent), env.get("PYTHONPATH")]))

    result = run(env=env)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("Fant ingen skjerm") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr

    english = run("--lang", "en", env=env)
    assert english.returncode == 2
    assert english.stderr.startswith("No screen to show the window on")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY matters on Linux")
def test_the_trap_really_catches_a_qt_import(tmp_path: Path) -> None:
    # Proves the trap above works: importing PySide6 through it fails loudly.
    trap = tmp_path / "trap" / "PySide6"
    trap.mkdir(parents=True)
    (trap / "__init__.py").write_text("raise ImportError('PySide6 must not be imported')\n")
    result = subprocess.run(
        [sys.executable, "-c", "import PySide6"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(trap.parent)},
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and "must not be imported" in result.stderr


def test_a_file_argument_opens_that_file(monkeypatch, tmp_path) -> None:
    # Desktop entries and file managers start `arenadesk FILE`.
    from arenadesk.cli import main as cli

    seen: dict[str, object] = {}

    def fake_gui(args, settings, language):
        seen["db"] = args.db
        return 0

    monkeypatch.setattr(cli, "_gui", fake_gui)
    target = tmp_path / "arena.sqlite"
    assert cli.main([str(target)]) == 0
    assert seen["db"] == str(target)


def test_a_mistyped_command_is_not_taken_for_a_file(tmp_path, monkeypatch, capsys) -> None:
    import pytest

    from arenadesk.cli import main as cli

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        cli.main(["demoo"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
