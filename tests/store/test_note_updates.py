"""Many notes changed in one transaction (a zone laid out again): each changed note is
stamped like any edited row, the others are left alone, and a refused value or a missing
note writes nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.models.arena import Meta
from arenadesk.store.models.boards import Note
from arenadesk.store.notes import NoteDraft, NoteRow

OTHER_DEVICE = "99999999-9999-4999-8999-999999999999"


def stamps(db: Database) -> dict[uuid.UUID, tuple[int, str, bool]]:
    with db.read() as session:
        rows = session.execute(select(Note.id, Note.updated_at, Note.device_id, Note.deleted))
        return {row[0]: (row[1], row[2], row[3]) for row in rows}


def stored_clock(db: Database) -> int:
    with db.read() as session:
        value = session.get(Meta, "clock")
        assert value is not None
        return int(value.value)


@pytest.fixture
def board(demo_db: Database) -> tuple[uuid.UUID, list[NoteRow]]:
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1B")
    assert group is not None
    board_id = board_store.create_board(demo_db, group.id, "toppen-av-fjellet", "Full sone")
    drafts = [
        NoteDraft("visjonen", f"Lapp {n}: " + "x" * 190, 20.0 + n, 40.0, 200.0, 110.0)
        for n in range(600)  # more than one read of ids (500 at a time)
    ]
    return board_id, note_store.add_notes(demo_db, board_id, drafts)


def test_a_zone_laid_out_again_stamps_each_moved_note_once(
    demo_db: Database, board: tuple[uuid.UUID, list[NoteRow]]
) -> None:
    board_id, notes = board
    # One note was last changed on a laptop whose clock runs far ahead.
    ahead = notes[3].id
    with demo_db.session() as session:
        session.execute(
            update(Note).where(Note.id == ahead).values(updated_at=2**52, device_id=OTHER_DEVICE)
        )
    before = stamps(demo_db)
    clock_before = demo_db.clock.last
    # Every note gets its slot; the first ten are on theirs already.
    changes = [
        (n.id, {"x": n.x if i < 10 else 500.0 + i, "y": 40.0, "w": 200.0, "h": 110.0})
        for i, n in enumerate(notes)
    ]
    changes.append((notes[20].id, {"text": "  Flyttet og endret  ", "colour": "pink"}))
    rows = note_store.update_notes(demo_db, changes)
    assert [r.id for r in rows] == [i for i, _ in changes]  # in the order given
    assert rows[20] == rows[-1] and rows[-1].text == "Flyttet og endret"
    assert (rows[-1].colour, rows[-1].x) == ("pink", 520.0)
    after = stamps(demo_db)
    saved = {n.id: n for n in note_store.list_notes(demo_db, board_id)}
    for index, note in enumerate(notes):
        assert saved[note.id] == rows[index]
        if index < 10:  # unchanged: not written, not stamped
            assert after[note.id] == before[note.id]
            continue
        stamp, device, deleted = after[note.id]
        assert device == demo_db.device.id and not deleted
        assert stamp > before[note.id][0]  # past the version it replaces
        if note.id == ahead:
            assert stamp == 2**52 + 1  # and the clock is not pushed ahead by it
        else:
            assert stamp > clock_before
    assert demo_db.clock.last < 2**52
    assert stored_clock(demo_db) == demo_db.clock.last
    assert len({after[n.id][0] for n in notes[10:]}) == len(notes) - 10  # one stamp each


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ({"colour": "tartan"}, ValidationError),
        ({"x": float("nan")}, ValidationError),
        ({"text": "   "}, ValidationError),
        ({"z": "top"}, ValidationError),
    ],
)
def test_a_refused_value_among_many_writes_nothing(
    demo_db: Database, board: tuple[uuid.UUID, list[NoteRow]], bad: dict, error: type
) -> None:
    board_id, notes = board
    before = (stamps(demo_db), note_store.list_notes(demo_db, board_id), stored_clock(demo_db))
    changes: list[tuple[uuid.UUID, dict[str, object]]] = [
        (n.id, {"x": 700.0 + i}) for i, n in enumerate(notes)
    ]
    changes.insert(450, (notes[450].id, bad))
    with pytest.raises(error):
        note_store.update_notes(demo_db, changes)
    after = (stamps(demo_db), note_store.list_notes(demo_db, board_id), stored_clock(demo_db))
    assert after == before


def test_a_deleted_or_unknown_note_writes_nothing(
    demo_db: Database, board: tuple[uuid.UUID, list[NoteRow]]
) -> None:
    board_id, notes = board
    note_store.delete_notes(demo_db, [notes[5].id])
    before = note_store.list_notes(demo_db, board_id)
    for missing in (notes[5].id, uuid.uuid4()):
        with pytest.raises(UserError):
            note_store.update_notes(demo_db, [(notes[0].id, {"x": 1.0}), (missing, {"x": 2.0})])
    assert note_store.list_notes(demo_db, board_id) == before
    with pytest.raises(TypeError):
        note_store.update_notes(demo_db, [(notes[0].id, {"deleted": True})])


def test_every_field_given_back_writes_only_what_differs(
    demo_db: Database, board: tuple[uuid.UUID, list[NoteRow]]
) -> None:
    """Undo gives every field of each note back: a value the note already has is not
    checked again (a text from an older file, longer than a note may be typed today,
    does not stop the note's move from being undone) and a note given back as it is
    is not written."""
    board_id, notes = board
    legacy = "Gammel tekst " * 400  # past NOTE_LIMIT
    with demo_db.session() as session:
        session.execute(update(Note).where(Note.id == notes[0].id).values(text=legacy))
    before = stamps(demo_db)
    fields = ("zone_key", "text", "colour", "x", "y", "w", "h", "z")
    current = {n.id: n for n in note_store.list_notes(demo_db, board_id)}
    given = [
        (n.id, {f: getattr(current[n.id], f) for f in fields} | ({"x": 900.0} if i == 0 else {}))
        for i, n in enumerate(notes)
    ]
    rows = note_store.update_notes(demo_db, given)
    assert (rows[0].text, rows[0].x) == (legacy, 900.0)
    after = stamps(demo_db)
    assert after[notes[0].id] != before[notes[0].id]
    assert all(after[n.id] == before[n.id] for n in notes[1:])
