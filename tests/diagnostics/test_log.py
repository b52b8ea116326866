"""The log: a session leaves one, passwords never reach it, a hard crash leaves a stack."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.diagnostics.log import CRASH_FILE, LOG_FILE, log_dir, redact, setup_logging


def log_text() -> str:
    return (log_dir() / LOG_FILE).read_text(encoding="utf-8")


def test_the_folder_follows_the_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARENADESK_LOG_DIR", str(tmp_path / "logs"))
    assert log_dir() == tmp_path / "logs"
    monkeypatch.delenv("ARENADESK_LOG_DIR")
    assert log_dir().name in ("log", "Logs", "ArenaDesk")  # platformdirs' user log folder


def test_a_command_leaves_a_log_with_start_file_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(demo)]) == 0
    assert main(["export", "--db", str(demo), "--out", str(tmp_path / "usb")]) == 0
    out = capsys.readouterr()
    text = log_text()
    assert "start ArenaDesk" in text and "command demo" in text and "Python" in text
    assert f"created {demo}" in text and f"opened {demo}" in text
    assert "exported package" in text
    assert "INFO" not in out.out + out.err  # nothing of the log on the terminal


def test_a_refused_command_is_logged_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "not-a-database.sqlite"
    bad.write_text("hei", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    capsys.readouterr()
    assert "WARNING" in log_text() and "check:" in log_text()


def test_a_server_password_never_reaches_the_log(capsys: pytest.CaptureFixture[str]) -> None:
    # Port 1 on loopback: refused at once, so the merge fails with the address in hand.
    url = "postgresql://organiser:Hemmelig-passord-42@127.0.0.1:1/arena"
    assert main(["merge", "nothing.arenapakke", "--into", url]) == 1
    capsys.readouterr()
    logger = logging.getLogger("arenadesk.test")
    try:
        raise ValueError(f"could not connect to {url} (password=Hemmelig-passord-42)")
    except ValueError:
        logger.exception("connecting to %s failed", url)
    text = log_text()
    assert "organiser@127.0.0.1:1/arena" in text
    assert "Hemmelig-passord-42" not in text


def test_redact_removes_url_and_keyword_passwords() -> None:
    assert redact("postgresql://kari:s3cr:et@db:5432/arena") == "postgresql://kari@db:5432/arena"
    assert redact("host=db password='a b' user=kari") == "host=db password=*** user=kari"
    assert redact("PGPASSWORD=x1 psql") == "PGPASSWORD=*** psql"
    assert redact("Rom 3: 10:15–11:00") == "Rom 3: 10:15–11:00"


def test_setting_up_twice_keeps_one_handler(tmp_path: Path) -> None:
    setup_logging("test")
    setup_logging("test")
    handlers = logging.getLogger("arenadesk").handlers
    assert sum(isinstance(h, RotatingFileHandler) for h in handlers) == 1
    assert log_text().count("start ArenaDesk") == 1


def test_a_hard_crash_leaves_its_stack_in_the_crash_file(tmp_path: Path) -> None:
    code = (
        "from arenadesk.diagnostics.log import enable_crash_file\n"
        "import faulthandler\n"
        "enable_crash_file()\n"
        "def deep_in_the_report():\n"
        "    faulthandler._sigsegv()\n"
        "deep_in_the_report()\n"
    )
    env = {**os.environ, "ARENADESK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    crash = (tmp_path / "logs" / CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "deep_in_the_report" in crash
