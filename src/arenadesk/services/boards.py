"""Boards and their notes: each edit one transaction, saying which board changed.

The board editor's undo and redo call the same functions (an undone add deletes the
notes again, a redone delete removes them once more)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence

from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import boards, notes
from arenadesk.store.db.database import Database
from arenadesk.store.notes import NoteDraft, NoteRow


def _board(board_id: uuid.UUID) -> ChangeSet:
    return ChangeSet.of(Kind.BOARDS, board_id)


def create_board(
    db: Database,
    group_id: uuid.UUID,
    template_key: str,
    title: str,
    *,
    session_number: int | None = None,
    step_id: uuid.UUID | None = None,
) -> Created:
    with db.session():
        board_id = boards.create_board(
            db, group_id, template_key, title, session_number=session_number, step_id=step_id
        )
    return Created(board_id, _board(board_id))


def update_board(
    db: Database,
    board_id: uuid.UUID,
    *,
    title: str,
    session_number: int | None,
    step_id: uuid.UUID | None,
) -> ChangeSet:
    with db.session():
        boards.update_board(
            db, board_id, title=title, session_number=session_number, step_id=step_id
        )
    return _board(board_id)


def delete_board(db: Database, board_id: uuid.UUID) -> ChangeSet:
    """The board and its notes become tombstones."""
    with db.session():
        boards.delete_board(db, board_id)
    return _board(board_id)


def add_notes(
    db: Database, board_id: uuid.UUID, drafts: Sequence[NoteDraft]
) -> tuple[list[NoteRow], ChangeSet]:
    with db.session():
        rows = notes.add_notes(db, board_id, drafts)
    return rows, _board(board_id)


def update_notes(
    db: Database, board_id: uuid.UUID, changes: Sequence[tuple[uuid.UUID, Mapping[str, object]]]
) -> tuple[list[NoteRow], ChangeSet]:
    with db.session():
        rows = notes.update_notes(db, changes)
    return rows, _board(board_id)


def delete_notes(db: Database, board_id: uuid.UUID, note_ids: Iterable[uuid.UUID]) -> ChangeSet:
    with db.session():
        notes.delete_notes(db, note_ids)
    return _board(board_id)


def restore_notes(db: Database, board_id: uuid.UUID, note_ids: Iterable[uuid.UUID]) -> ChangeSet:
    with db.session():
        notes.restore_notes(db, note_ids)
    return _board(board_id)
