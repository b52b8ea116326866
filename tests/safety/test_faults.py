"""Bad files and failing disks beyond tests/store/test_bad_files.py: random truncation and
flipped bytes, a file locked by another program, a full disk, and a fuzz test. Each gets
one plain sentence in the UI language, nothing is written, the original stays as it was."""

from __future__ import annotations

import contextlib
import errno
import random
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from arenadesk.i18n.messages import UserError
from arenadesk.platform.faults import as_user_error
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db import database, fileinfo
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code, list_groups
from arenadesk.store.notes import NoteDraft, add_note, list_notes
from arenadesk.store.people import PersonDraft, create_person, list_people
from arenadesk.store.reports import assemble_group_report

from .conftest import sha256, siblings

# A flipped byte may also leave a value of the right form that breaks a row rule.
REFUSALS = {"db.truncated", "db.corrupt", "db.bad_rows", "db.not_sqlite", "db.foreign", "db.newer"}


def digest_with_journal(path: Path) -> str:
    return "".join(sha256(p) for p in (path, Path(f"{path}-wal")) if p.exists())


def refused_or_sound(path: Path, device: Device) -> str:
    """Open a damaged file: either refused with a one-line message (file unchanged, nothing
    beside it), or opened and every screen's data readable. Never another exception."""
    digest = sha256(path)
    try:
        db = open_database(path, device)
    except UserError as error:
        assert error.key in REFUSALS, error.key
        assert sha256(path) == digest and siblings(path) == []
        for language in ("nb", "en"):
            assert "\n" not in error.text(language) and str(path) in error.text(language)
        return error.key
    try:  # undamaged parts, or a changed letter SQLite cannot know about
        arena = require_arena_id(db)
        for group in list_groups(db, arena):
            assemble_group_report(db, group.id)
            for board in list_boards(db, group.id):
                list_notes(db, board.id)
        list_people(db, arena)
    finally:
        db.close()
    return "opened"


def test_truncated_at_random_offsets(demo_file: Path, device: Device) -> None:
    data = demo_file.read_bytes()
    rng = random.Random(4242)
    cuts = [rng.randrange(1, 16), rng.randrange(16, 100)] + sorted(
        rng.randrange(100, len(data)) for _ in range(14)
    )
    outcomes = []
    for cut in cuts:
        demo_file.write_bytes(data[:cut])
        outcomes.append(refused_or_sound(demo_file, device))
    assert set(outcomes) <= {"db.truncated", "db.not_sqlite"}, outcomes
    assert outcomes[0] == "db.not_sqlite" and outcomes[1] == "db.truncated"


def test_random_bytes_flipped(demo_file: Path, device: Device) -> None:
    data = demo_file.read_bytes()
    outcomes = []
    for seed in range(60):
        rng = random.Random(seed)
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = demo_file.with_name(f"flipped-{seed}.sqlite")
        path.write_bytes(bytes(damaged))
        outcomes.append(refused_or_sound(path, device))
    assert "db.corrupt" in outcomes and "opened" in outcomes  # both kinds really happened


def test_garbled_values_that_sqlite_accepts_are_refused(demo_file: Path, device: Device) -> None:
    """Rows whose page structure is fine but whose values are not: each would have failed
    deep inside a screen. Made with SQL, so each case is exact."""
    cases = {
        "id": "UPDATE person SET id = 'not-a-uuid' WHERE rowid = 1",
        "utf8": "UPDATE person SET name = CAST(x'4f6cff61' AS TEXT) WHERE rowid = 2",
        "json": "UPDATE membership SET days = '[1,' WHERE rowid = 1",
        "vocabulary": "UPDATE person SET perspective = 'arbeidsg5ver' WHERE rowid = 3",
        "date": "UPDATE arena_day SET date = '2027-13-45' WHERE rowid = 1",
    }
    pristine = demo_file.read_bytes()
    for name, sql in cases.items():
        path = demo_file.with_name(f"garbled-{name}.sqlite")
        path.write_bytes(pristine)
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute(sql)
            connection.commit()
        assert refused_or_sound(path, device) == "db.corrupt", name


def test_a_file_locked_by_another_program_is_refused(
    demo_file: Path, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fileinfo, "LOCK_WAIT_SECONDS", 0.2)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(demo_file, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE meta SET value = value")
        other.execute("COMMIT")  # the lock stays: exclusive locking mode
        before = digest_with_journal(demo_file)
        with pytest.raises(UserError) as caught:
            open_database(demo_file, device)
        assert caught.value.key == "db.locked"
        assert "i bruk av et annet program" in caught.value.text("nb")
        assert digest_with_journal(demo_file) == before
    finally:
        other.close()


def test_a_write_lock_taken_after_opening_gives_a_message_and_writes_nothing(
    demo_file: Path, device: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    db = open_database(demo_file, device)
    arena = require_arena_id(db)
    other = sqlite3.connect(demo_file, isolation_level=None, timeout=0.2)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(OperationalError) as caught:
            create_person(db, arena, PersonDraft("Venter på låsen"))
        error = as_user_error(caught.value, db.location)
        assert error is not None and error.key == "db.locked"
        other.execute("ROLLBACK")
        assert "Venter på låsen" not in {p.name for p in list_people(db, arena)}
        create_person(db, arena, PersonDraft("Etter låsen"))  # works again once released
    finally:
        other.close()
        db.close()


def test_a_full_disk_while_editing_writes_nothing(demo_db: Database) -> None:
    """SQLite's own 'database or disk is full', simulated exactly with max_page_count."""
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    board = list_boards(demo_db, group.id)[0]
    before = {n.text for n in list_notes(demo_db, board.id)}
    demo_db.engine.dispose()

    @event.listens_for(demo_db.engine, "connect")
    def full(connection: sqlite3.Connection, _record: object) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    big = "Et langt innspill. " * 200
    with pytest.raises(OperationalError) as caught:
        for number in range(40):  # until the pages run out
            add_note(demo_db, board.id, NoteDraft("ideer", f"{number} {big}", 0, 0, 150, 90))
    error = as_user_error(caught.value, demo_db.location)
    assert error is not None and error.key == "fault.disk_full"
    assert "Disken er full" in error.text("nb") and "\n" not in error.text("nb")
    event.remove(demo_db.engine, "connect", full)
    demo_db.engine.dispose()
    notes = {n.text for n in list_notes(demo_db, board.id)}
    assert before <= notes
    assert all(t.endswith(big.strip()) or t in before for t in notes)  # no half-written note
    with demo_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


@pytest.mark.parametrize(
    ("raised", "key"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "fault.disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "db.read_only"),
        (OSError(errno.EIO, "Input/output error"), "fault.io"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "db.read_only"),
        (sqlite3.OperationalError("disk I/O error"), "fault.io"),
        (sqlite3.DatabaseError("database disk image is malformed"), "db.corrupt"),
    ],
)
def test_storage_failures_have_plain_messages(raised: Exception, key: str) -> None:
    error = as_user_error(raised, "/media/usb/arena.sqlite")
    assert error is not None and error.key == key
    for language in ("nb", "en"):
        assert "/media/usb/arena.sqlite" in error.text(language)
    assert as_user_error(ValueError("a bug"), "x") is None


_DEMO: dict[str, bytes] = {}


def _demo_bytes() -> bytes:
    if "data" not in _DEMO:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "demo.sqlite"
            db = open_database(path, Device.new("fuzz"))
            from arenadesk.demo.arena import create_demo_arena

            create_demo_arena(db)
            db.close()
            _DEMO["data"] = path.read_bytes()
    return _DEMO["data"]


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=300_000)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=300_000), st.integers(0, 255)), max_size=12
    ),
    header=st.lists(st.tuples(st.integers(0, 99), st.integers(0, 255)), max_size=3),
)
def test_fuzz_opening_damaged_files(
    cut: int | None, flips: list[tuple[int, int]], header: list[tuple[int, int]]
) -> None:
    """Arbitrary truncation, flipped bytes anywhere and in the header: refused with a
    message, or opened and readable. (The package importer gets the same once it exists.)"""
    data = bytearray(_demo_bytes())
    for offset, value in [*flips, *header]:
        if offset < len(data):
            data[offset] = value
    if cut is not None:
        data = data[:cut]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{uuid.uuid4().hex}.sqlite"
        path.write_bytes(bytes(data))
        if not data:
            with pytest.raises(UserError):
                open_database(path, Device.new("fuzz"))
            return
        refused_or_sound(path, Device.new("fuzz"))
