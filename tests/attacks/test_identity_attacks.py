"""Items 4–7: identity, deletions, ties, setup files never copied, a backup before merging."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from tests.attacks.conftest import Scene, cli, healthy


def test_forged_arena_in_meta_with_an_extra_arena_row_is_refused(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    forged = uuid.uuid4().hex
    scene.tamper(
        scene.package,
        "INSERT INTO arena (id, created_at, updated_at, device_id, deleted, name, venue, theme, "
        f"organiser, format) SELECT '{forged}', created_at, updated_at, device_id, 0, 'Kapret', "
        "venue, theme, organiser, format FROM arena",
        f"UPDATE meta SET value = '{forged}' WHERE key = 'arena_id'",
    )
    assert cli("merge", scene.package, "--into", scene.master, "--accept-other-arena") == 3
    err = capsys.readouterr().err
    assert "belongs to another arena than the package says" in err
    healthy(scene, arena)


def test_meta_naming_another_arena_than_its_rows_is_refused(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    scene.tamper(scene.package, f"UPDATE meta SET value = '{uuid.uuid4()}' WHERE key = 'arena_id'")
    assert cli("merge", scene.package, "--into", scene.master, "--accept-other-arena") == 3
    assert "another arena than the package says" in capsys.readouterr().err
    healthy(scene, arena)


def test_a_whole_other_arena_needs_the_existing_confirmation(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    other = uuid.uuid4().hex
    tables = (
        "arena_day",
        "challenge_group",
        "person",
        "support_template",
        "os_slot",
        "os_space",
        "os_topic",
    )
    scene.tamper(
        scene.package,
        "PRAGMA foreign_keys = OFF",
        f"UPDATE arena SET id = '{other}', name = 'Annen arena'",
        *(f"UPDATE {t} SET arena_id = '{other}'" for t in tables),
        f"UPDATE meta SET value = '{uuid.UUID(other)}' WHERE key = 'arena_id'",
    )
    assert cli("merge", scene.package, "--into", scene.master) == 3
    assert "belongs to another arena" in capsys.readouterr().err
    healthy(scene, arena)


def test_deleting_the_arena_needs_accept_deletions(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    scene.tamper(scene.package, "UPDATE arena SET deleted = 1, updated_at = updated_at + 5")
    assert cli("merge", scene.package, "--into", scene.master, "--dry-run") == 0
    assert "deletes the arena itself" in capsys.readouterr().out
    assert cli("merge", scene.package, "--into", scene.master) == 3
    err = capsys.readouterr().err
    assert "deletes the arena itself" in err and "--accept-deletions" in err
    healthy(scene, arena)
    assert cli("merge", scene.package, "--into", scene.master, "--accept-deletions") == 0


def test_deleting_most_rows_needs_accept_deletions(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    arena = scene.arena_id()
    scene.tamper(
        scene.package,
        *(
            f"UPDATE {t} SET deleted = 1, updated_at = updated_at + 5"
            for t in ("person", "membership", "challenge_group")
        ),
    )
    assert cli("merge", scene.package, "--into", scene.master) == 3
    err = capsys.readouterr().err
    assert "deletes 147 of its" in err, err
    healthy(scene, arena)
    assert cli("merge", scene.package, "--into", scene.master, "--accept-deletions") == 0


AHEAD = int(time.time() * 1e6) + 3600 * 1_000_000  # an hour ahead: both beat the master


def _clone(scene: Scene, name: str, title: str) -> Path:
    """The same package edited on a cloned laptop: same stamp, same device, other text."""
    copy = scene.folder / name
    shutil.copyfile(scene.package, copy)
    return scene.tamper(
        copy,
        f"UPDATE person SET title = '{title}', updated_at = {AHEAD} WHERE rowid = 5",
        f"UPDATE meta SET value = '{uuid.uuid4()}' WHERE key = 'package_id'",
    )


def test_ties_of_stamp_and_device_are_decided_by_content_in_any_order(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = _clone(scene, "one.arenapakke", "Rådgiver"), _clone(scene, "two.arenapakke", "Leder")
    masters = []
    for name, order in (("a", (one, two)), ("b", (two, one)), ("c", (one, two))):
        master = scene.folder / f"master-{name}.sqlite"
        shutil.copyfile(scene.master, master)
        for package in order if name != "c" else [order]:  # c: both in one merge
            items = package if isinstance(package, tuple) else (package,)
            assert cli("merge", *items, "--into", master) == 0
        masters.append(master)
    results = [_rows_and_log(m) for m in masters]
    assert results[0] == results[1] == results[2]
    rows, log = results[0]
    tied = [entry for entry in log if entry[0] == "person" and entry[2] == AHEAD]
    assert len(tied) == 1 and tied[0][5] == "superseded"  # the losing twin is logged
    with contextlib.closing(sqlite3.connect(masters[0])) as connection:
        current = connection.execute(
            "SELECT title FROM person WHERE id = ?", (tied[0][1],)
        ).fetchone()[0]
    assert {current, json.loads(tied[0][4])["title"]} == {"Rådgiver", "Leder"}
    capsys.readouterr()


def _rows_and_log(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT * FROM person ORDER BY id").fetchall()
        log = connection.execute(
            "SELECT table_name, row_id, row_updated_at, row_device_id, data, kind, "
            "winner_updated_at, winner_device_id FROM merge_log ORDER BY row_id"
        ).fetchall()
    return rows, log


def test_a_merge_backs_up_the_master_first(
    scene: Scene, capsys: pytest.CaptureFixture[str]
) -> None:
    from arenadesk.store.db.backups import BEFORE_MERGE, backup_folder, list_backups

    assert cli("merge", scene.package, "--into", scene.master) == 0
    backups = list_backups(backup_folder(scene.master))
    assert [b.label for b in backups] == [BEFORE_MERGE]
    with contextlib.closing(sqlite3.connect(backups[0].path)) as connection:
        assert connection.execute("SELECT count(*) FROM import_log").fetchone() == (0,)


def test_a_setup_file_is_never_copied_into_place(scene: Scene) -> None:
    from arenadesk.store.db.device import Device
    from arenadesk.sync.setup import start_working_file

    # A harmless extra object SQLite accepts: the setup file is refused by name, and no
    # working file is left behind.
    scene.tamper(scene.setup, "CREATE TRIGGER t AFTER UPDATE ON person BEGIN SELECT 1; END")
    folder = scene.folder / "laptop"
    device = Device(str(uuid.uuid4()), "laptop")
    with pytest.raises(Exception, match="trigger"):
        start_working_file(scene.setup, folder, device)
    assert not folder.exists() or not list(folder.iterdir())


def test_the_state_before_an_import_can_be_restored(scene: Scene) -> None:
    from arenadesk.store.db.backups import restore_backup
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.sync.log import backup_before_import, list_imports

    before = _rows_and_log(scene.master)
    assert cli("merge", scene.package, "--into", scene.master) == 0
    assert _rows_and_log(scene.master) != before
    db = open_database(scene.master, Device(str(uuid.uuid4()), "arrangør"))
    entry = list_imports(db)[-1]
    backup = backup_before_import(db, entry)
    assert backup is not None
    db = restore_backup(db, backup)
    db.close()
    assert _rows_and_log(scene.master) == before
