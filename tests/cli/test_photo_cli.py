"""`arenadesk photo add IMAGE... --group CODE --db FILE|URL [--caption TEXT] [--board TITLE]`
and `arenadesk photo list --group CODE --db FILE|URL`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code
from tests.images import samples


def _files(folder: Path) -> tuple[Path, Path, Path]:
    phone, art, broken = folder / "IMG_0001.JPG", folder / "plakat.png", folder / "halv.jpg"
    phone.write_bytes(samples.phone_photo())
    art.write_bytes(samples.line_art_png())
    broken.write_bytes(samples.truncated())
    return phone, art, broken


def test_add_and_list(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    phone, art, _broken = _files(tmp_path)
    db = ["--db", str(demo_path)]
    code = main(["photo", "add", str(phone), str(art), "--group", "1c", *db, "--caption", "Plakat"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(f"La til 2 bilder i gruppe 1C i {demo_path}:")
    assert "«Plakat», 1800 × 2400 JPEG" in out and "«Plakat», 1200 × 800 PNG" in out

    owner = open_database(demo_path, Device("22222222-2222-4222-8222-222222222222", "x"))
    try:
        group = find_group_by_code(owner, require_arena_id(owner), "1C")
        assert group is not None
        create_board(owner, group.id, "toppen-av-fjellet", "Toppen av fjellet – 1C")
    finally:
        owner.close()
    board = ["--board", "toppen av fjellet - 1c"]
    assert main(["photo", "add", str(phone), "--group", "1C", *db, *board, "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Added 1 photo to group 1C")

    assert main(["photo", "list", "--group", "1C", *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Gruppe 1C har 3 bilder."
    assert lines[1].startswith("  1. rapporten: «Plakat»")
    assert lines[3].startswith("  3. tavla «Toppen av fjellet – 1C»: uten bildetekst, 1800 × 2400")
    assert main(["photo", "list", "--group", "1A", *db]) == 0
    assert capsys.readouterr().out.strip() == "Gruppe 1A har 0 bilder."


def test_refusals_change_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phone, _art, broken = _files(tmp_path)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    db = ["--db", str(demo_path)]
    cases = [
        (["photo", "add", str(phone), str(broken), "--group", "1C", *db], "«halv.jpg» er avkortet"),
        (["photo", "add", str(tmp_path / "borte.jpg"), "--group", "1C", *db], "Finner ikke"),
        (["photo", "add", str(phone), "--group", "9Z", *db], "ingen gruppe med koden «9Z»"),
        (["photo", "add", str(phone), "--group", "1C", "--board", "Huset", *db], "ingen tavle"),
        (["photo", "add", str(phone), "--group", "1C", "--caption", "x" * 501, *db], "500 tegn"),
        (["photo", "list", "--group", "9Z", *db], "ingen gruppe"),
    ]
    for argv, said in cases:
        assert main(argv) == 1, argv
        captured = capsys.readouterr()
        assert said in captured.err and "Traceback" not in captured.err, argv
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    with pytest.raises(SystemExit) as usage:
        main(["photo", "add", str(phone), *db])  # --group is required
    assert usage.value.code == 2
