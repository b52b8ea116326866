"""Erasing a participant everywhere, and exported copies that keep nothing deleted."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.i18n.messages import UserError
from arenadesk.store.anonymise import export_anonymised, export_clean_copy
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db.backups import BackupPolicy, backup_folder, list_backups
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file
from arenadesk.store.erase import ERASED, erase_person
from arenadesk.store.groups import GroupRow, find_group_by_code, get_group
from arenadesk.store.notes import NoteDraft, add_note, list_notes, update_note
from arenadesk.store.people import PersonDraft, create_person, list_people, update_person
from arenadesk.store.reports import (
    add_action_item,
    get_texts,
    list_action_items,
    save_self_evaluation,
    save_text,
)

from .conftest import siblings


def group(db: Database, code: str) -> GroupRow:
    found = find_group_by_code(db, require_arena_id(db), code)
    assert found is not None
    return found


def raw(path: Path) -> bytes:
    """The file's bytes and its journal's, as a disk-recovery tool would see them."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def mention_everywhere(db: Database, name: str) -> GroupRow:
    """Type the person's name into every free text of their group, as facilitators do."""
    one_a = group(db, "1A")
    save_text(db, one_a.id, "problem", f"Innspill fra {name}: ventetiden er for lang.")
    save_text(db, one_a.id, "next_meeting_caller", name)
    add_action_item(db, one_a.id, ActionItem(f"Ringe Nav sammen med {name.upper()}", name, "mars"))
    save_self_evaluation(db, one_a.id, SelfEvaluation(tips=f"Takk til {name} for maten"))
    board = list_boards(db, one_a.id)[0]
    add_note(db, board.id, NoteDraft("ideer", f"{name}s idé: likemann", 10, 10, 150, 90))
    return one_a


def test_erasing_a_participant_blanks_them_everywhere(demo_db: Database) -> None:
    one_a = group(demo_db, "1A")
    person = next(m for m in one_a.members if m.role.value == "participant")
    name, organisation = person.name, person.organisation
    mention_everywhere(demo_db, name)
    before_members = len(one_a.members)

    result = erase_person(demo_db, person.person_id)

    assert result.texts_changed == 6
    assert name not in {p.name for p in list_people(demo_db, require_arena_id(demo_db))}
    after = get_group(demo_db, one_a.id)
    assert after is not None and len(after.members) == before_members - 1
    texts = get_texts(demo_db, one_a.id)
    assert texts.problem == f"Innspill fra {ERASED}: ventetiden er for lang."
    assert texts.next_meeting_caller == ERASED
    item = list_action_items(demo_db, one_a.id)[-1]
    assert (item.what, item.who) == (f"Ringe Nav sammen med {ERASED}", ERASED)
    notes = [n.text for b in list_boards(demo_db, one_a.id) for n in list_notes(demo_db, b.id)]
    assert f"{ERASED} idé: likemann" in notes  # the genitive is the name too
    assert not any(name in text for text in notes)
    with contextlib.closing(sqlite3.connect(demo_db.path)) as connection:  # type: ignore[arg-type]
        row = connection.execute(
            "SELECT name, title, organisation, deleted, updated_at > created_at FROM person "
            "WHERE id = ?",
            (person.person_id.hex,),
        ).fetchone()
        memberships = connection.execute(
            "SELECT deleted FROM membership WHERE person_id = ?", (person.person_id.hex,)
        ).fetchall()
    assert row == ("", "", "", 1, 1)  # a newer tombstone: it syncs
    assert memberships and all(deleted == 1 for (deleted,) in memberships)
    assert organisation  # the demo person had one, now blank


def test_an_erased_name_is_not_left_in_the_file_bytes(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    name = "Ragnhild Østbø-Kvalsund"
    person = create_person(demo_db, arena, PersonDraft(name, "Rådgiver", "Fylkeskommunen"))
    one_a = group(demo_db, "1A")
    save_text(demo_db, one_a.id, "comments", f"{name} tar kontakt med fylket.")
    for edit in range(5):  # old versions of the row pile up in the log and free pages
        update_person(demo_db, person, PersonDraft(name, f"Rådgiver {edit}", "Fylkeskommunen"))
    assert demo_db.path is not None
    encoded = name.encode("utf-8")
    assert encoded in raw(demo_db.path)

    erase_person(demo_db, person)

    assert encoded not in raw(demo_db.path)
    assert b"Fylkeskommunen" not in raw(demo_db.path)
    demo_db.close()
    assert encoded not in raw(demo_db.path)
    assert inspect_file(demo_db.path).integrity == "ok"


def test_backups_holding_the_erased_name_are_removed(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    keep_me = BackupPolicy(demo_db).backup_now()
    person = create_person(demo_db, arena, PersonDraft("Sigrid Aasen"))
    holding = BackupPolicy(demo_db).backup_now()
    assert keep_me is not None and holding is not None

    result = erase_person(demo_db, person)

    assert result.backups_removed == (holding,)
    assert [e.path for e in list_backups(backup_folder(demo_db.path))] == [keep_me]  # type: ignore[arg-type]


def test_erasing_a_missing_person_is_a_message(demo_db: Database) -> None:
    import uuid

    with pytest.raises(UserError) as caught:
        erase_person(demo_db, uuid.uuid4())
    assert caught.value.key == "erase.missing"
    assert caught.value.text("nb") and caught.value.text("en")


def test_a_clean_copy_has_no_deleted_text_in_its_bytes(demo_db: Database, tmp_path: Path) -> None:
    one_a = group(demo_db, "1A")
    board = list_boards(demo_db, one_a.id)[0]
    note = add_note(demo_db, board.id, NoteDraft("ideer", "Hemmelig utkast XYZZY", 0, 0, 150, 90))
    update_note(demo_db, note.id, text="Endelig tekst")
    assert demo_db.path is not None
    demo_db.close()  # the old text is now in the file's free space, not in any row
    db = open_database(demo_db.path, demo_db.device)
    try:
        target = export_clean_copy(db, tmp_path / "kopi.sqlite")
    finally:
        db.close()
    assert b"XYZZY" not in target.read_bytes()
    assert siblings(target) == []
    info = inspect_file(target)
    assert info.integrity == "ok" and info.application_id == APPLICATION_ID
    copy = open_database(target, db.device)
    try:
        texts = {n.text for n in list_notes(copy, board.id)}
        assert "Endelig tekst" in texts
    finally:
        copy.close()


def test_the_anonymised_copy_has_no_names_and_no_deleted_rows(
    demo_db: Database, tmp_path: Path
) -> None:
    arena = require_arena_id(demo_db)
    people = list_people(demo_db, arena)
    real_names = [p.name for p in people]
    mention_everywhere(demo_db, real_names[0])
    gone = create_person(demo_db, arena, PersonDraft("Tombstone Tveit"))
    from arenadesk.store.people import delete_person

    delete_person(demo_db, gone)

    target = export_anonymised(demo_db, tmp_path / "anonym.sqlite")

    data = target.read_bytes()
    for name in [*real_names, "Tombstone Tveit"]:
        assert name.encode("utf-8") not in data, name
    assert inspect_file(target).integrity == "ok"
    with contextlib.closing(sqlite3.connect(target)) as connection:
        for table in ("person", "membership", "note", "board", "challenge_group", "action_item"):
            deleted = connection.execute(f"SELECT count(*) FROM {table} WHERE deleted = 1")
            assert deleted.fetchone() == (0,), table
        names = [n for (n,) in connection.execute("SELECT name FROM person")]
        details = connection.execute("SELECT DISTINCT title || organisation FROM person")
        anonymised = connection.execute(
            "SELECT value FROM meta WHERE key = 'anonymised'"
        ).fetchone()
        assert details.fetchall() == [("",)]  # job titles and organisations blanked
    assert len(names) == 70 and anonymised == ("1",)
    assert "Eier (myndighet) 1" in names or any(n.startswith("Eier (") for n in names)
    assert sum(n.startswith("Deltaker (bruker) ") for n in names) >= 3
    copy = open_database(target, demo_db.device)
    try:
        report = get_texts(copy, group(copy, "1A").id)
        assert real_names[0] not in report.problem
        assert "Innspill fra " in report.problem and "(" in report.problem
        assert len(list_people(copy, arena)) == 70
    finally:
        copy.close()


def test_exports_refuse_the_open_file_itself(demo_db: Database) -> None:
    assert demo_db.path is not None
    for export in (export_clean_copy, export_anonymised):
        with pytest.raises(UserError) as caught:
            export(demo_db, demo_db.path)
        assert caught.value.key == "export.onto_itself"


def test_an_export_that_fails_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "anonym.sqlite"
    with pytest.raises(UserError) as caught:
        export_anonymised(demo_db, target)
    assert caught.value.key == "export.failed"
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_every_copy_the_app_made_is_scrubbed_too(demo_db: Database) -> None:
    """The copy kept before an upgrade, leftover temporary files and backups taken before
    merges go too when they hold the name; copies without it stay."""
    from arenadesk.store.db.backups import BEFORE_MERGE
    from arenadesk.store.db.database import backup_copy

    assert demo_db.path is not None
    arena = require_arena_id(demo_db)
    clean = demo_db.path.with_name(
        f"{demo_db.path.stem}.before-upgrade-0005_syn-20260101{demo_db.path.suffix}"
    )
    backup_copy(demo_db.path, clean)
    person = create_person(demo_db, arena, PersonDraft("Sigrid Aasen"))
    upgraded = demo_db.path.with_name(
        f"{demo_db.path.stem}.before-upgrade-0006_ope-20270101-120000{demo_db.path.suffix}"
    )
    backup_copy(demo_db.path, upgraded)
    partial = demo_db.path.with_name(f".{demo_db.path.name}.partial")
    partial.write_bytes(upgraded.read_bytes()[:5000])
    before_merge = BackupPolicy(demo_db).backup_now(label=BEFORE_MERGE)

    result = erase_person(demo_db, person)

    assert set(result.backups_removed) == {upgraded, partial, before_merge}
    assert clean.exists() and not upgraded.exists() and not partial.exists()


def test_erasing_waits_for_a_backup_being_written_and_scrubs_it(
    demo_db: Database, tmp_path: Path
) -> None:
    """A backup taken in the background while a person is erased is published first and
    then scrubbed: no copy keeps the name."""
    import threading

    from arenadesk.store.db.backups import COPIES_LOCK
    from arenadesk.store.erase import remove_backups_holding

    db = demo_db
    assert db.path is not None
    person = list_people(db, require_arena_id(db))[0].id
    root = tmp_path / "backups"
    folder = backup_folder(db.path, root)
    policy = BackupPolicy(db, root=root)
    done = threading.Event()
    with COPIES_LOCK:  # a snapshot in the middle of being written
        scrubber = threading.Thread(
            target=lambda: (remove_backups_holding(db, person, root), done.set())
        )
        scrubber.start()
        assert not done.wait(0.2)  # the scrub waits for the snapshot
        assert policy.backup_now() is not None
    scrubber.join(10)
    assert done.is_set()
    assert list_backups(folder) == []  # the copy holding the name went too
