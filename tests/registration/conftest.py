"""Fixtures for CLI tests: never the real window; a demo file made by the command itself."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from arenadesk.cli.main import main


@pytest.fixture(autouse=True)
def _no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI test that ends up starting the window fails at once instead of hanging."""
    fake = types.ModuleType("arenadesk.app")

    def run(*args: object, **kwargs: object) -> int:
        raise AssertionError("a CLI test started the GUI")

    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arenadesk.app", fake)


@pytest.fixture
def demo_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path
