"""`arenadesk template export|import`: the støttemal as a file, from the command line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.domain.plan_io import load_plan
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.plans import list_templates


def _templates(path: Path) -> list[str]:
    db = open_database(path, Device.new("test"), create=False)
    try:
        return [t.name for t in list_templates(db, require_arena_id(db))]
    finally:
        db.close()


def test_export_writes_the_default_template(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mal.json"
    assert main(["template", "export", "--db", str(demo_path), "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Støttemalen «Støttemal for Åpen arena» er skrevet til {out}."
    )
    plan = load_plan(out)
    assert [s.number for s in plan.sessions] == [1, 2, 3, 4]
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "arenadesk-stottemal"


def test_export_a_groups_plan(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "4b-1.json"
    assert (
        main(["template", "export", "--db", str(demo_path), "--out", str(out), "--group", "4b-1"])
        == 0
    )
    assert load_plan(out).sessions


def test_import_adds_a_template_and_says_so(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mal.json"
    main(["template", "export", "--db", str(demo_path), "--out", str(out)])
    assert _templates(demo_path) == []  # exporting only reads: the default is not installed
    data = json.loads(out.read_text(encoding="utf-8"))
    data["name"] = "Kortversjon"
    data["sessions"] = data["sessions"][:2]
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "en", "template", "import", str(out), "--db", str(demo_path)]) == 0
    assert "“Kortversjon” was added (2 økter" in capsys.readouterr().out
    assert _templates(demo_path) == ["Kortversjon"]


@pytest.mark.parametrize("content", ['{"format": "noe annet"}', "ikke json", ""])
def test_a_bad_file_is_refused_and_the_database_unchanged(
    demo_path: Path, tmp_path: Path, capsys, content: str
) -> None:  # type: ignore[no-untyped-def]
    main(["template", "export", "--db", str(demo_path), "--out", str(tmp_path / "x.json")])
    before = _templates(demo_path)
    digest = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    bad = tmp_path / "feil.json"
    bad.write_text(content, encoding="utf-8")
    capsys.readouterr()
    assert main(["template", "import", str(bad), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "feil.json" in err
    assert _templates(demo_path) == before
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == digest


def test_unknown_group_and_missing_database(demo_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                "template",
                "export",
                "--db",
                str(demo_path),
                "--out",
                str(tmp_path / "x.json"),
                "--group",
                "9Z",
            ]
        )
        == 1
    )
    assert capsys.readouterr().err.strip() == "Arenaen har ingen gruppe med koden «9Z»."
    assert not (tmp_path / "x.json").exists()
    missing = tmp_path / "finnes-ikke.sqlite"
    assert (
        main(["template", "export", "--db", str(missing), "--out", str(tmp_path / "y.json")]) == 1
    )
    assert not missing.exists()
