"""Boards and notes in the store: edits, tombstones, sync stamps, limits, the runner's lookup."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store import boards as board_store
from arenadesk.store import notes as note_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.models.boards import Board, Note
from arenadesk.store.notes import NoteDraft
from arenadesk.store.plans import ensure_group_plan


@pytest.fixture
def group_id(demo_db: Database) -> uuid.UUID:
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1B")
    assert group is not None
    return group.id


def draft(text: str = "Mindre byråkrati", zone: str = "ideer", **kw: object) -> NoteDraft:
    values: dict = {"x": 100.0, "y": 100.0, "w": 200.0, "h": 110.0, "colour": "blue"} | kw
    return NoteDraft(zone, text, **values)


def test_the_demo_arena_has_filled_boards_for_1a(demo_db: Database) -> None:
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    boards = board_store.list_boards(demo_db, group.id)
    assert [(b.template_key, b.session_number) for b in boards] == [
        ("toppen-av-fjellet", 2),
        ("gap-analyse", 3),
    ]
    assert boards[0].note_count >= 12
    notes = note_store.list_notes(demo_db, boards[0].id)
    assert {n.zone_key for n in notes} == {"visjonen", "ideer", "malet", "utfordringer", "veien"}


def test_board_crud_with_tombstones(demo_db: Database, group_id: uuid.UUID) -> None:
    first = board_store.create_board(demo_db, group_id, "gap-analyse", "  Gap  ")
    second = board_store.create_board(demo_db, group_id, "livets-tre", "Treet", session_number=4)
    rows = board_store.list_boards(demo_db, group_id)
    assert [(r.title, r.position, r.session_number) for r in rows] == [
        ("Gap", 1, None),
        ("Treet", 2, 4),
    ]
    board_store.update_board(demo_db, first, title="Gap-analyse", session_number=1, step_id=None)
    note = note_store.add_note(demo_db, first, draft(zone="na"))
    board_store.delete_board(demo_db, first)
    assert [r.id for r in board_store.list_boards(demo_db, group_id)] == [second]
    with demo_db.read() as session:
        board = session.get(Board, first)
        stored = session.get(Note, note.id)
        assert board is not None and board.deleted and board.title == "Gap-analyse"
        assert stored is not None and stored.deleted  # the board's notes go with it
    with pytest.raises(UserError):
        board_store.update_board(demo_db, first, title="x", session_number=None, step_id=None)


def test_board_values_are_checked(demo_db: Database, group_id: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as caught:
        board_store.create_board(demo_db, group_id, "gap-analyse", "   ")
    assert caught.value.text("nb") == "Tavlens navn må fylles ut."
    with pytest.raises(ValidationError) as caught:
        board_store.create_board(demo_db, group_id, "gap-analyse", "Gap", session_number=5)
    assert caught.value.text("nb") == "Økt må være et tall fra 1 til 4."
    with pytest.raises(UserError):
        board_store.create_board(demo_db, uuid.uuid4(), "gap-analyse", "Gap")


def test_notes_add_edit_delete_restore_with_sync_stamps(
    demo_db: Database, group_id: uuid.UUID
) -> None:
    board = board_store.create_board(demo_db, group_id, "toppen-av-fjellet", "Fjellet")
    a, b = note_store.add_notes(demo_db, board, [draft("Én"), draft("To", zone="malet")])
    assert (a.z, b.z) == (1, 2)  # each new note on top
    with demo_db.read() as session:
        stored = session.get(Note, a.id)
        assert stored is not None
        created, device = stored.created_at, stored.device_id
    assert device == demo_db.device.id

    moved = note_store.update_note(demo_db, a.id, x=400.0, y=820.0, zone_key="veien")
    assert (moved.x, moved.y, moved.zone_key, moved.text) == (400.0, 820.0, "veien", "Én")
    edited = note_store.update_note(demo_db, a.id, text="  Én ting\nav gangen ", colour="pink")
    assert (edited.text, edited.colour) == ("Én ting\nav gangen", "pink")
    with demo_db.read() as session:
        stored = session.get(Note, a.id)
        assert stored is not None and stored.created_at == created
        assert stored.updated_at > created

    note_store.delete_notes(demo_db, [a.id])
    assert [n.id for n in note_store.list_notes(demo_db, board)] == [b.id]
    assert note_store.get_note(demo_db, a.id) is None
    with demo_db.read() as session:
        tombstone = session.get(Note, a.id)
        assert tombstone is not None and tombstone.deleted
        deleted_at = tombstone.updated_at
    note_store.restore_notes(demo_db, [a.id])
    again = note_store.get_note(demo_db, a.id)
    assert again == edited  # the same note, same id, back as it was
    with demo_db.read() as session:
        restored = session.get(Note, a.id)
        assert restored is not None and restored.updated_at > deleted_at
        assert session.scalars(select(Note).where(Note.board_id == board)).all().__len__() == 2


def test_note_values_are_checked_and_nothing_is_saved(
    demo_db: Database, group_id: uuid.UUID
) -> None:
    board = board_store.create_board(demo_db, group_id, "gap-analyse", "Gap")
    with pytest.raises(ValidationError) as caught:
        note_store.add_note(demo_db, board, draft("x" * 10_000))
    assert caught.value.text("nb") == "Lappen kan ha høyst 4000 tegn."
    assert caught.value.text("en") == "The note can have at most 4000 characters."
    with pytest.raises(ValidationError, match="required"):
        note_store.add_note(demo_db, board, draft("   "))
    with pytest.raises(ValidationError, match="control characters"):
        note_store.add_note(demo_db, board, draft("a\x07b"))
    with pytest.raises(ValidationError, match="Unknown note colour"):
        note_store.add_note(demo_db, board, draft(colour="gold"))
    with pytest.raises(ValidationError, match="position or size"):
        note_store.add_note(demo_db, board, draft(x=float("nan")))
    assert note_store.list_notes(demo_db, board) == []
    long = note_store.add_note(demo_db, board, draft("ord " * 999))
    huge = note_store.add_note(demo_db, board, draft(w=1e9, h=1.0))
    assert len(long.text) == 3995 and (huge.w, huge.h) == (1200.0, 40.0)


def test_the_board_for_a_runner_step(demo_db: Database, group_id: uuid.UUID) -> None:
    arena_id = require_arena_id(demo_db)
    ensure_group_plan(demo_db, arena_id, group_id)
    steps = board_store.plan_steps(demo_db, group_id)
    assert steps and {s.session_number for s in steps} <= {1, 2, 3, 4}
    step = next(s for s in steps if s.board == "toppen-av-fjellet")
    other = next(s for s in steps if s.id != step.id)

    assert board_store.find_board_for_step(demo_db, group_id, step.session_number, step.id) is None
    loose = board_store.create_board(demo_db, group_id, "toppen-av-fjellet", "Løs")
    found = board_store.find_board_for_step(
        demo_db, group_id, step.session_number, step.id, step.board
    )
    assert found is not None and found.id == loose  # by template, tied to no økt
    for_økt = board_store.create_board(
        demo_db, group_id, "toppen-av-fjellet", "Økta", session_number=step.session_number
    )
    found = board_store.find_board_for_step(
        demo_db, group_id, step.session_number, step.id, step.board
    )
    assert found is not None and found.id == for_økt
    exact = board_store.create_board(
        demo_db,
        group_id,
        "gap-analyse",
        "Akkurat dette steget",
        session_number=step.session_number,
        step_id=step.id,
    )
    found = board_store.find_board_for_step(
        demo_db, group_id, step.session_number, step.id, step.board
    )
    assert found is not None and found.id == exact
    assert (
        board_store.find_board_for_step(demo_db, group_id, other.session_number, other.id) is None
        or other.board is not None
    )
