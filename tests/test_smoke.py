"""`arenadesk --smoke-test`, run from source in a real process (CI runs the frozen one)."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from arenadesk.diagnostics import smoke
from arenadesk.diagnostics.smoke import SmokeFailure, Step, run_smoke_test
from arenadesk.diagnostics.smoke.reports import ARENA_REPORT_MODULES, describe_pdf
from arenadesk.diagnostics.smoke.window import KNOWN_QT_NOTICES, capture_stderr

STEP_LINE = re.compile(r"^(ok  |FAIL)  (.{24}) +(\d+) ms  (.*)$")


def run(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **env_extra}
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test picks offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "arenadesk", "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
        env=env,
        check=False,
    )


def arena_report_built() -> bool:
    return all(importlib.util.find_spec(name) for name in ARENA_REPORT_MODULES)


@pytest.mark.slow
def test_every_step_runs_and_reports_its_time(tmp_path: Path) -> None:
    # The user's own folders must stay untouched: point them at folders that must not appear.
    user = {name: str(tmp_path / name) for name in smoke.ENV_DIRS}
    result = run(user)

    lines = result.stdout.splitlines()
    steps = {m.group(2).strip(): m for m in map(STEP_LINE.match, lines) if m}
    assert list(steps) == [step.name for step in smoke.STEPS], result.stdout
    for name, match in steps.items():
        if name != "arena report PDF":
            assert match.group(1) == "ok  ", (name, match.group(4), result.stderr)
    assert re.fullmatch(
        r"schema \d{4}_\w+ \(\d+ migrations\)", steps["migrate a new database"].group(4)
    )
    assert steps["create the demo arena"].group(4) == "7 groups, 70 people"
    assert steps["Open Space demo"].group(4) == "50 inputs, 1.1–4.16"
    assert "shown and closed (QT_QPA_PLATFORM=offscreen)" in steps["main window"].group(4)

    arena = steps["arena report PDF"]
    if arena_report_built():
        assert arena.group(1) == "ok  ", arena.group(4)
        assert re.match(r"\d+ pages, \d+ kB", arena.group(4))
        assert result.returncode == 0, result.stdout + result.stderr
        assert lines[-1].startswith(f"smoke test passed: {len(smoke.STEPS)} steps")
        assert result.stderr == ""
    else:  # said plainly, and the whole test fails
        assert arena.group(1) == "FAIL"
        assert "the arena report is not in this build: no module" in arena.group(4)
        assert result.returncode == 1
        assert lines[-1].startswith("smoke test FAILED") and "arena report PDF" in lines[-1]
    assert not any(Path(folder).exists() for folder in user.values())


def passing(smoke_state: smoke.Smoke) -> str:
    return "fine"


def broken(smoke_state: smoke.Smoke) -> str:
    raise SmokeFailure("the part is missing")


def crashing(smoke_state: smoke.Smoke) -> str:
    raise KeyError("boom")


def test_a_failed_step_is_named_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ARENADESK_CONFIG_DIR", str(tmp_path / "user-config"))
    out = io.StringIO()
    steps = (Step("first", passing), Step("second", broken), Step("third", crashing))
    steps += (Step("fourth", passing),)

    assert run_smoke_test(out, steps) == 1

    lines = out.getvalue().splitlines()
    assert [m.group(1) for m in map(STEP_LINE.match, lines[1:5]) if m] == [
        "ok  ",
        "FAIL",
        "FAIL",
        "ok  ",
    ]
    assert lines[2].endswith("the part is missing")
    assert lines[3].endswith("KeyError: 'boom'")
    assert lines[-1].startswith("smoke test FAILED") and lines[-1].endswith("second, third")
    assert "Traceback" in capsys.readouterr().err  # an unexpected error shows where it was
    assert os.environ["ARENADESK_CONFIG_DIR"] == str(tmp_path / "user-config")  # restored
    assert not (tmp_path / "user-config").exists()


def test_an_essential_step_stops_the_run() -> None:
    out = io.StringIO()
    steps = (Step("migrate", broken, essential=True), Step("later", passing))

    assert run_smoke_test(out, steps) == 1

    text = out.getvalue()
    assert "later" not in text.replace("later steps", "")
    assert "stopped: later steps need “migrate”" in text


def test_all_passing_steps_exit_0() -> None:
    out = io.StringIO()
    assert run_smoke_test(out, (Step("one", passing), Step("two", passing))) == 0
    assert out.getvalue().splitlines()[-1].startswith("smoke test passed: 2 steps in ")


def test_stderr_of_the_window_is_captured_and_known_notices_are_told_apart() -> None:
    with capture_stderr() as lines:
        os.write(2, b"This plugin does not support propagateSizeHints()\n")
        os.write(2, b'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"\n')
    captured = lines()
    assert len(captured) == 2
    unexpected = [line for line in captured if not KNOWN_QT_NOTICES.match(line)]
    assert unexpected == ['qt.qpa.plugin: Could not load the Qt platform plugin "xcb"']


def test_a_broken_pdf_is_refused(tmp_path: Path) -> None:
    half = tmp_path / "half.pdf"
    half.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")  # no %%EOF
    with pytest.raises(SmokeFailure, match="not a complete PDF"):
        describe_pdf(half)
    whole = tmp_path / "whole.pdf"
    whole.write_bytes(b"%PDF-1.4\n<< /Type /Pages >>\n<< /Type /Page >>\n%%EOF\n")
    assert describe_pdf(whole) == "1 pages, 0 kB"
