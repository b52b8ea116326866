"""Automatic backups: when they are taken, what they hold, rotation, restore, failures."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import sqlite3
from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import data_dir
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db import backups
from arenadesk.store.db.backups import (
    BEFORE_RESTORE,
    BackupEntry,
    BackupPolicy,
    backup_folder,
    list_backups,
    restore_backup,
    summarise,
    to_keep,
)
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.db.fileinfo import inspect_file
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import list_notes, update_note
from arenadesk.store.people import PersonDraft, create_person, list_people
from arenadesk.store.reports import save_text

from .conftest import sha256, siblings

START = dt.datetime(2027, 3, 9, 9, 0).timestamp()


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def names(db: Database) -> set[str]:
    return {p.name for p in list_people(db, require_arena_id(db))}


def test_open_takes_a_consistent_backup_in_the_data_folder(demo_db: Database) -> None:
    clock = FakeClock()
    policy = BackupPolicy(demo_db, clock=clock)
    path = policy.on_open()
    assert path is not None and path.parent == data_dir() / "backups" / "arena"
    assert path.name == "arena-20270309-090000.sqlite"
    info = inspect_file(path)
    assert info.integrity == "ok"
    assert info.row_counts["person"] == 70 and info.row_counts["challenge_group"] == 7
    assert siblings(path) == []  # a closed, self-contained file
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left


def test_open_again_without_changes_takes_no_second_backup(demo_db: Database) -> None:
    clock = FakeClock()
    assert BackupPolicy(demo_db, clock=clock).on_open() is not None
    clock.advance(3600)
    assert BackupPolicy(demo_db, clock=clock).on_open() is None
    create_person(demo_db, require_arena_id(demo_db), PersonDraft("Ny etter åpning"))
    assert BackupPolicy(demo_db, clock=clock).on_open() is not None
    assert len(list_backups(backup_folder(demo_db.path))) == 2  # type: ignore[arg-type]


def test_ten_minutes_of_editing_make_one_backup(demo_db: Database) -> None:
    clock = FakeClock()
    policy = BackupPolicy(demo_db, clock=clock)
    policy.on_open()
    arena = require_arena_id(demo_db)
    for minute in range(1, 10):
        clock.advance(60)
        create_person(demo_db, arena, PersonDraft(f"Deltaker {minute}"))
        assert policy.tick() is None, minute  # edited, but not ten minutes yet
    clock.advance(60)
    made = policy.tick()
    assert made is not None and made.name == "arena-20270309-091000.sqlite"
    with contextlib.closing(sqlite3.connect(made)) as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (79,)


def test_no_backup_when_nothing_changed(demo_db: Database) -> None:
    clock = FakeClock()
    policy = BackupPolicy(demo_db, clock=clock)
    policy.on_open()
    for _ in range(6):
        clock.advance(15 * 60)
        assert policy.tick() is None
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    note = list_notes(demo_db, list_boards(demo_db, group.id)[0].id)[0]
    update_note(demo_db, note.id, text="Endret etter en time")  # any synced edit counts
    assert policy.tick() is not None
    assert policy.tick() is None


def test_rotation_keeps_the_last_ten_and_one_per_day(demo_db: Database) -> None:
    clock = FakeClock()
    policy = BackupPolicy(demo_db, clock=clock)
    arena = require_arena_id(demo_db)
    for day in range(3):
        for hour in range(8):  # eight backups a day, ten minutes apart in edits
            create_person(demo_db, arena, PersonDraft(f"Dag {day} time {hour}"))
            policy.backup_now()
            clock.advance(3600)
        clock.advance(16 * 3600)
    entries = list_backups(policy.folder)  # type: ignore[arg-type]
    # The ten newest (day 3's eight and day 2's last two) and day 1's last.
    assert len(entries) == 11
    days = [e.taken.date().day for e in entries]
    assert days == [11] * 8 + [10] * 2 + [9]
    assert entries[-1].taken.hour == 16  # the day's newest backup is the one kept


def test_to_keep_for_backups_spread_over_weeks() -> None:
    base = dt.datetime(2027, 1, 1, 12)
    entries = [
        BackupEntry(Path(f"b{i}.sqlite"), base + dt.timedelta(hours=12 * i), "") for i in range(40)
    ]
    kept = to_keep(entries, 10)
    # 40 backups twice a day = 20 days; the ten newest cover five days, then one per day.
    assert len(kept) == 10 + 15
    assert {f"b{i}.sqlite" for i in range(30, 40)} <= {p.name for p in kept}


def test_a_server_database_is_never_backed_up(demo_db: Database, device: Device) -> None:
    server_like = Database(demo_db.engine, device, None)  # what open_url builds
    policy = BackupPolicy(server_like, clock=FakeClock())
    assert not policy.enabled
    assert policy.on_open() is None and policy.tick() is None
    assert not (data_dir() / "backups").exists()


def test_a_full_disk_skips_the_backup_and_editing_goes_on(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_source: Path, target: Path, _progress: object = None) -> None:
        target.write_bytes(b"SQLite format 3\x00 half")  # what a full disk leaves behind
        raise OSError(errno.ENOSPC, "No space left on device")

    clock = FakeClock()
    policy = BackupPolicy(demo_db, clock=clock)
    monkeypatch.setattr(backups, "backup_copy", no_space)
    assert policy.on_open() is None
    assert isinstance(policy.failure, OSError) and policy.failure.errno == errno.ENOSPC
    assert list(policy.folder.iterdir()) == []  # type: ignore[union-attr]
    create_person(demo_db, require_arena_id(demo_db), PersonDraft("Lagret likevel"))
    assert "Lagret likevel" in names(demo_db)
    monkeypatch.undo()
    clock.advance(60)
    assert policy.tick() is not None  # tried again: the last backup failed
    assert policy.failure is None


def test_summary_counts_live_rows(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena, "1B")
    assert group is not None
    save_text(demo_db, group.id, "problem", "Lange ventetider")
    path = BackupPolicy(demo_db, clock=FakeClock()).on_open()
    assert path is not None
    summary = summarise(path)
    assert (summary.groups, summary.participants) == (7, 70)
    one_a = find_group_by_code(demo_db, arena, "1A")
    assert one_a is not None
    notes = sum(len(list_notes(demo_db, b.id)) for b in list_boards(demo_db, one_a.id))
    assert summary.notes == notes > 0
    assert summary.reports_filled == 1 + 2  # 1B's, and the demo's written 1C and 4B-1


class Stop(Exception):
    """What a progress dialog's Cancel raises inside the work."""


@pytest.mark.parametrize("stop_at", ["keeping", "before the swap"])
def test_a_restore_stopped_before_the_swap_changes_nothing(demo_db: Database, stop_at: str) -> None:
    clock = FakeClock()
    arena = require_arena_id(demo_db)
    earlier = BackupPolicy(demo_db, clock=clock).on_open()
    assert earlier is not None and demo_db.path is not None
    clock.advance(1800)
    create_person(demo_db, arena, PersonDraft("Kom etter sikkerhetskopien"))
    before = sha256(demo_db.path)
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        heard.append((done, total))
        if stop_at == "keeping" or (done, total) == (1, 1):
            raise Stop

    clock.advance(60)
    with pytest.raises(Stop):
        restore_backup(demo_db, earlier, clock=clock, progress=progress)
    assert heard  # the copying was reported
    assert "Kom etter sikkerhetskopien" in names(demo_db)  # still open, as it was
    assert sha256(demo_db.path) == before
    folder = earlier.parent
    assert [e.path for e in backups.list_backups(folder)] == [earlier]  # nothing kept
    assert sorted(folder.iterdir()) == [earlier]  # and no partial copy


def test_restore_brings_back_the_backup_and_keeps_the_present(demo_db: Database) -> None:
    clock = FakeClock()
    arena = require_arena_id(demo_db)
    earlier = BackupPolicy(demo_db, clock=clock).on_open()
    assert earlier is not None
    clock.advance(1800)
    create_person(demo_db, arena, PersonDraft("Kom etter sikkerhetskopien"))

    clock.advance(60)
    reopened = restore_backup(demo_db, earlier, clock=clock)
    try:
        assert "Kom etter sikkerhetskopien" not in names(reopened)
        assert len(names(reopened)) == 70
        create_person(reopened, arena, PersonDraft("Skrevet etter gjenoppretting"))
        assert "Skrevet etter gjenoppretting" in names(reopened)
    finally:
        reopened.close()
    assert inspect_file(reopened.path).integrity == "ok"  # type: ignore[arg-type]
    entries = list_backups(backup_folder(reopened.path))  # type: ignore[arg-type]
    kept = [e for e in entries if e.label == BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].path.name == "arena-20270309-093100-before-restore.sqlite"
    with contextlib.closing(sqlite3.connect(kept[0].path)) as connection:
        rows = connection.execute(
            "SELECT count(*) FROM person WHERE name = 'Kom etter sikkerhetskopien'"
        ).fetchone()
    assert rows == (1,)
    assert earlier.exists()  # the restored backup stays in the list


@pytest.mark.parametrize("kind", ["foreign", "damaged", "text"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    demo_db: Database, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / "bad.sqlite"
    if kind == "foreign":
        with contextlib.closing(sqlite3.connect(bad)) as connection:
            connection.execute("CREATE TABLE visits (url TEXT)")
            connection.commit()
    elif kind == "damaged":
        good = BackupPolicy(demo_db, clock=FakeClock()).on_open()
        assert good is not None
        data = bytearray(good.read_bytes())
        data[4096 + 8 : 4096 + 2008] = bytes(2000)
        bad.write_bytes(bytes(data))
    else:
        bad.write_text("ikke en database\n" * 100, encoding="utf-8")
    assert demo_db.path is not None
    with pytest.raises(UserError) as caught:
        restore_backup(demo_db, bad)
    assert caught.value.key in ("db.foreign", "db.corrupt", "db.not_sqlite", "db.truncated")
    assert len(names(demo_db)) == 70  # still open and unchanged
    before_restore = [
        e for e in list_backups(backup_folder(demo_db.path)) if e.label == BEFORE_RESTORE
    ]
    assert before_restore == []


def test_restore_needs_a_file(demo_db: Database, device: Device, tmp_path: Path) -> None:
    good = BackupPolicy(demo_db, clock=FakeClock()).on_open()
    assert good is not None
    with pytest.raises(UserError) as caught:
        restore_backup(Database(demo_db.engine, device, None), good)
    assert caught.value.key == "backup.needs_file"


def test_backup_leaves_the_open_file_untouched(demo_file: Path, device: Device) -> None:
    digest = sha256(demo_file)
    db = open_database(demo_file, device)
    try:
        BackupPolicy(db, clock=FakeClock()).on_open()
    finally:
        db.close()
    assert sha256(demo_file) == digest
    assert len(list_backups(backup_folder(demo_file))) == 1
