"""Edge cases of creating, copying and opening files, and of days and search."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from pathlib import Path

import pytest

from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.arenas import create_arena
from arenadesk.store.db import database, migrate
from arenadesk.store.db.database import Database, open_database, save_copy_as
from arenadesk.store.db.device import Device
from arenadesk.store.people import PersonRow


def test_a_crash_while_creating_leaves_no_file(
    tmp_path: Path, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_target: object, _revision: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(migrate, "create_schema", fail)
    target = tmp_path / "ny.sqlite"
    with pytest.raises(UserError) as caught:
        open_database(target, device)
    assert caught.value.key == "db.cannot_create"
    assert list(tmp_path.iterdir()) == []


def test_a_created_file_is_complete_under_its_own_name(tmp_path: Path, device: Device) -> None:
    db = open_database(tmp_path / "ny.sqlite", device)
    try:
        assert db.meta("file_id") and db.meta("created_by_device") == device.id
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.sqlite"]


def test_copy_replaces_a_stale_wal_of_the_target(tmp_path: Path, demo_db: Database) -> None:
    target = tmp_path / "kopi.sqlite"
    Path(f"{target}-wal").write_bytes(b"stale log from an older file")
    save_copy_as(demo_db, target)
    assert not Path(f"{target}-wal").exists()
    copy = open_database(target, Device.new("kopi"))
    copy.close()


def test_upgrade_backups_in_the_same_second_do_not_overwrite(tmp_path: Path) -> None:
    first = tmp_path / "arena.before-upgrade-x.sqlite"
    first.write_bytes(b"one")
    assert database.unused_name(first).name == "arena.before-upgrade-x-2.sqlite"


def test_server_without_a_driver_gets_a_message_not_a_traceback(device: Device) -> None:
    with pytest.raises(UserError) as caught:
        open_database("postgresql://arena:hemmelig@127.0.0.1:1/arena", device)
    error = caught.value
    assert error.key == "db.server_unreachable"  # psycopg is installed: nothing listens there
    assert "hemmelig" not in error.text("nb") and "127.0.0.1 på port 1" in error.text("nb")


def test_day_order_is_checked_across_an_undated_day(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_arena(db, "Arena", days=[dt.date(2027, 3, 10), None, dt.date(2027, 3, 9)])
    assert caught.value.key == "arena.day_order" and caught.value.params["number"] == 3
    create_arena(db, "Arena", days=[dt.date(2027, 3, 9), None, dt.date(2027, 3, 11)])


def test_search_matches_decomposed_and_composed_letters() -> None:
    person = PersonRow(uuid.uuid4(), "Åse Sæther", "", "", Perspective.USER, ())
    decomposed = unicodedata.normalize("NFD", "åse")
    assert decomposed != "åse" and person.matches(decomposed)
    assert not person.matches("ase")  # å is its own letter in Norwegian
