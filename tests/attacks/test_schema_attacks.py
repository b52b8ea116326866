"""Item 1: a file's schema is exactly its revision's; views, triggers and unknown objects
refuse it, named, before a row is read; identifiers are always quoted."""

from __future__ import annotations

import pytest

from tests.attacks.conftest import Scene, cli, healthy

ATTACKS = {
    "view_as_table": (
        "ALTER TABLE person RENAME TO person_data; CREATE VIEW person AS SELECT * FROM person_data",
        "person",
    ),
    "trigger": (
        "CREATE TRIGGER rename_all AFTER UPDATE ON person BEGIN UPDATE person SET name = 'x'; END",
        "rename_all",
    ),
    "view_of_two_million_rows": (
        "CREATE VIEW huge AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 2000000) SELECT i, randomblob(2000) FROM n",
        "huge",
    ),
    "quoted_table_name": ('CREATE TABLE "big"", ""big"", ""big"", ""big" (x)', 'big", "big'),
    "extra_table": ("CREATE TABLE notes_of_mine (x TEXT)", "notes_of_mine"),
    "extra_column": ("ALTER TABLE person ADD COLUMN secret TEXT", "person"),
    "extra_index": ("CREATE INDEX ix_mine ON person (title)", "ix_mine"),
    "dropped_index": ("DROP INDEX ix_person_arena", "ix_person_arena"),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("kind", ["package", "setup"])
def test_schema_attacks_are_refused_by_name(
    scene: Scene, attack: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql, named = ATTACKS[attack]
    arena = scene.arena_id()
    target = scene.package if kind == "package" else scene.setup
    scene.tamper(target, sql)
    assert cli("merge", target, "--into", scene.master) == 3
    err = capsys.readouterr().err
    assert named in err and "Nothing was imported" in err
    assert err.count("\n") == 1
    assert cli("check", target) == 1  # `check` names it too, and never hangs
    assert named in capsys.readouterr().err
    healthy(scene, arena)
