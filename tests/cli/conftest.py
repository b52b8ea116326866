"""Fixtures for CLI tests: never the real window; a demo file made by the command itself."""

from __future__ import annotations

import os
import shutil
import sys
import types
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from tests.templates import Templates


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI test that ends up starting the window fails at once instead of hanging."""
    fake = types.ModuleType("arenadesk.app")

    def run(*args: object, **kwargs: object) -> int:
        raise AssertionError("a CLI test started the GUI")

    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arenadesk.app", fake)


def _cli_demo(path: Path) -> None:
    """The demo file as `arenadesk demo` makes it, with the settings (this laptop's device
    id) that the command left behind, kept beside it."""
    settings = path.parent / "config"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ARENADESK_CONFIG_DIR", str(settings))
        assert main(["demo", "--db", str(path)]) == 0
    shutil.move(settings / "settings.json", path.with_suffix(".settings.json"))
    settings.rmdir()


@pytest.fixture
def demo_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], templates: Templates) -> Path:
    """A demo file made by `arenadesk demo` on this test's laptop (a copy of one made once)."""
    template = templates.template("cli-demo", "cli", _cli_demo)
    capsys.readouterr()
    config = Path(os.environ["ARENADESK_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template.with_suffix(".settings.json"), config / "settings.json")
    return templates.copy_of(template, tmp_path / "demo.sqlite")
