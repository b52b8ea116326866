"""Item 10: bad paths and messages. Every bad path is one plain line and exit 1; with
several packages the bad ones are rejected and the others merged (exit 3)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from tests.attacks.conftest import Scene, cli, healthy


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    err = captured.err
    assert err.count("\n") == 1, err
    for leak in ("Traceback", "SELECT", "http", ".partial", ".creating", "Errno", "sqlite3."):
        assert leak not in err, err
    return err


def test_a_folder_fifo_or_device_as_the_database_is_one_line(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = scene.folder / "pipe.sqlite"
    os.mkfifo(fifo)
    for db in (scene.folder, fifo, Path("/dev/zero")):
        out = scene.folder / "r.pdf"
        assert main(["report", "arena", "--db", str(db), "--out", str(out), "--lang", "en"]) == 1
        assert "cannot be used as an ArenaDesk file" in _one_line(capsys)
        assert main(["check", str(db), "--lang", "en"]) == 1
        _one_line(capsys)
    assert main(["merge", str(scene.package), "--into", str(scene.folder), "--lang", "en"]) == 1
    _one_line(capsys)


def test_bad_packages_among_good_ones_are_rejected_and_the_rest_merged(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    fifo = scene.folder / "pipe.arenapakke"
    os.mkfifo(fifo)
    folder = scene.folder / "folder.arenapakke"
    folder.mkdir()
    missing = scene.folder / "nowhere" / "gone.arenapakke"
    bad = [folder, fifo, Path("/dev/null"), missing]
    assert cli("merge", *bad, scene.package, "--into", scene.master) == 3
    captured = capsys.readouterr()
    assert captured.err.count("REJECTED") == len(bad)
    assert "Traceback" not in captured.err
    assert f"{scene.package.name}: " in captured.out
    healthy(scene, arena)


def test_out_follows_one_rule_across_commands(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing folder is created; a file in the way is one line; the type is checked."""
    db = str(scene.master)
    new = scene.folder / "new" / "deeper"
    commands = [
        ["export", "--db", db, "--out", str(new / "a.arenapakke")],
        ["export", "--db", db, "--out", str(new / "setup.arenaoppsett"), "--setup"],
        ["report", "arena", "--db", db, "--out", str(new / "arena.docx")],
        ["report", "group", "1A", "--db", db, "--out", str(new / "1a.pdf")],
        ["export-sheet", "--db", db, "--out", str(new / "sheet.xlsx")],
        ["template", "export", "--db", db, "--out", str(new / "mal.json")],
    ]
    for command in commands:
        assert main(command) == 0, command
        target = Path(command[command.index("--out") + 1])
        assert target.exists(), target
    capsys.readouterr()
    in_the_way = scene.folder / "note.txt"
    in_the_way.write_text("x")
    for command in commands:
        out = command.index("--out") + 1
        name = Path(command[out]).name
        blocked = [*command[:out], str(in_the_way / name), *command[out + 1 :], "--lang", "en"]
        assert main(blocked) == 1, blocked
        assert "a file is where a folder should be" in _one_line(capsys)
        wrong = [*command[:out], str(scene.folder / "p.txt"), *command[out + 1 :]]
        assert main([*wrong, "--lang", "en"]) == 1, wrong
        _one_line(capsys)
    assert not (scene.folder / "p.txt").exists()


def test_read_only_commands_never_write(scene: Scene, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(scene.master)
    before = hashlib.sha256(scene.master.read_bytes()).hexdigest()
    out = scene.folder / "out"
    for command in (
        ["template", "export", "--db", db, "--out", str(out / "mal.json")],
        ["template", "export", "--db", db, "--out", str(out / "1a.json"), "--group", "1A"],
        ["report", "arena", "--db", db, "--out", str(out / "arena.pdf")],
        ["export-sheet", "--db", db, "--out", str(out / "s.xlsx")],
        ["export", "--db", db, "--out", str(out)],
        ["check", db],
        ["merge", str(scene.package), "--into", db, "--dry-run"],
    ):
        assert main(command) == 0, command
    assert hashlib.sha256(scene.master.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in scene.master.parent.glob("master.sqlite*")) == ["master.sqlite"]


def test_dry_run_into_a_missing_master_previews_a_new_one(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    master = scene.folder / "new-master.sqlite"
    assert cli("merge", scene.package, "--into", master, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "does not exist yet" in out and f"{scene.package.name}: " in out and " added" in out
    assert not master.exists()


def test_control_characters_never_reach_the_terminal(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    escaped = "char(27) || ']0;owned' || char(7) || 'Arena'"
    with contextlib.closing(sqlite3.connect(scene.master)) as connection:
        connection.execute(f"UPDATE arena SET name = {escaped}")
        connection.commit()
    # A working file holding one is refused on open (the one rule set), naming the column.
    out = scene.folder / "a.arenapakke"
    assert main(["export", "--db", str(scene.master), "--out", str(out)]) == 1
    assert main(["report", "arena", "--db", str(scene.master), "--out", str(out) + ".pdf"]) == 1
    refused = capsys.readouterr()
    assert "arena rad 1, name: har kontrolltegn" in refused.err
    # A package holding one is refused (a control character is not a value a package may
    # hold); the refusal names the package (itself named with the sequence) without it.
    package = scene.folder / "\x1b]0;owned\x07Arena.arenapakke"
    scene.package.rename(package)
    scene.tamper(package, f"UPDATE arena SET name = {escaped}")
    merge = ["merge", str(package), "--into", str(scene.folder / "m.sqlite"), "--dry-run"]
    assert main(merge) == 3
    captured = capsys.readouterr()
    for text in (refused.out, refused.err, captured.out, captured.err):
        assert "\x1b" not in text and "\x07" not in text
    assert "]0;ownedArena.arenapakke" in captured.err


def test_two_writers_on_one_new_file(tmp_path: Path) -> None:
    """Two `demo` runs on one new file: one makes it, the other is told in one line; no
    raw SQL, no link, no -wal or temporary file left."""
    target = tmp_path / "delt.sqlite"
    env = {**os.environ, "ARENADESK_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-m", "arenadesk", "demo", "--db", str(target), "--lang", "en"]
    runs = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    codes = sorted(code for code, _out, _err in results)
    assert codes in ([0, 0], [0, 1]), results
    for code, _out, err in results:
        assert "Traceback" not in err and "http" not in err and "INSERT" not in err, err
        if code:
            assert err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["delt.sqlite"]
    assert main(["check", str(target)]) == 0
