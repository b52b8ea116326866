"""A group's boards and their notes: reading, adding, editing, tombstoning, restoring.

Every edit is its own committed transaction, so a crash loses nothing already placed.
Deleting sets the tombstone; restoring clears it (that is how undo brings a note back,
with the same id, so a merge sees one note, not two).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arenadesk.domain.note_layout import MAX_SIZE, MIN_SIZE, NOTE_COLOURS
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup
from arenadesk.store.models.boards import Board, Note
from arenadesk.store.models.plans import TemplateSession, TemplateStep
from arenadesk.store.plans import group_plan_id
from arenadesk.store.validate import clean_text

NOTE_LIMIT = 4_000  # characters: a long paragraph; a note is not a document
SESSIONS = range(1, 5)
_FAR = 100_000.0  # board units: beyond this a position is garbage, not a drag


@dataclass(frozen=True)
class BoardRow:
    id: uuid.UUID
    group_id: uuid.UUID
    template_key: str
    title: str
    session_number: int | None
    step_id: uuid.UUID | None
    position: int
    note_count: int = 0


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    board_id: uuid.UUID
    zone_key: str
    text: str
    colour: str
    x: float
    y: float
    w: float
    h: float
    z: int
    # When the note was typed (the store's stamp, carried by sync): the zone table's order.
    created_at: int = 0


@dataclass(frozen=True)
class NoteDraft:
    """A note to add: where, what and how it looks."""

    zone_key: str
    text: str
    x: float
    y: float
    w: float
    h: float
    colour: str = "yellow"
    z: int | None = None  # None: on top of the others


@dataclass(frozen=True)
class StepChoice:
    """A step of the group's plan a board can be tied to."""

    id: uuid.UUID
    session_number: int
    position: int
    title: str
    board: str | None  # the template the plan suggests for this step


def _board_row(board: Board, note_count: int = 0) -> BoardRow:
    return BoardRow(
        board.id,
        board.group_id,
        board.template_key,
        board.title,
        board.session_number,
        board.step_id,
        board.position,
        note_count,
    )


_NOTE_COLUMNS = (
    Note.id,
    Note.board_id,
    Note.zone_key,
    Note.text,
    Note.colour,
    Note.x,
    Note.y,
    Note.w,
    Note.h,
    Note.z,
    Note.created_at,
)


def note_row(note: Note) -> NoteRow:
    """The one way a stored note becomes the row screens, drawings and reports use."""
    return NoteRow(*(getattr(note, column.key) for column in _NOTE_COLUMNS))


# --- boards ------------------------------------------------------------------------------


def list_boards(db: Database, group_id: uuid.UUID) -> list[BoardRow]:
    with db.read() as session:
        counts = dict(
            session.execute(
                select(Note.board_id, func.count())
                .join(Board, Note.board_id == Board.id)
                .where(Board.group_id == group_id, live(Note))
                .group_by(Note.board_id)
            ).all()
        )
        boards = session.scalars(
            select(Board)
            .where(Board.group_id == group_id, live(Board))
            .order_by(Board.position, Board.created_at)
        ).all()
        return [_board_row(b, counts.get(b.id, 0)) for b in boards]


def get_board(db: Database, board_id: uuid.UUID) -> BoardRow | None:
    with db.read() as session:
        board = session.get(Board, board_id)
        return None if board is None or board.deleted else _board_row(board)


def _session_number(value: int | None) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or value not in SESSIONS:
        raise ValidationError("board.session_range", "session")
    return value


def create_board(
    db: Database,
    group_id: uuid.UUID,
    template_key: str,
    title: str,
    *,
    session_number: int | None = None,
    step_id: uuid.UUID | None = None,
) -> uuid.UUID:
    cleaned = clean_text(title, "board_title", required=True)
    key = clean_text(template_key, "template", required=True, limit=80)
    number = _session_number(session_number)
    with db.session() as session:
        group = session.get(ChallengeGroup, group_id)
        if group is None or group.deleted:
            raise UserError("record.missing")
        last = session.scalar(
            select(func.max(Board.position)).where(Board.group_id == group_id, live(Board))
        )
        board = Board(
            group_id=group_id,
            template_key=key,
            title=cleaned,
            session_number=number,
            step_id=step_id,
            position=(last or 0) + 1,
        )
        session.add(board)
    return board.id


def _live_board(session: Session, board_id: uuid.UUID) -> Board:
    board = session.get(Board, board_id)
    if board is None or board.deleted:
        raise UserError("record.missing")
    return board


def update_board(
    db: Database,
    board_id: uuid.UUID,
    *,
    title: str,
    session_number: int | None,
    step_id: uuid.UUID | None,
) -> None:
    """Rename a board and tie it to an økt (1–4) and step, or untie it (None)."""
    cleaned = clean_text(title, "board_title", required=True)
    number = _session_number(session_number)
    with db.session() as session:
        board = _live_board(session, board_id)
        for name, value in (("title", cleaned), ("session_number", number), ("step_id", step_id)):
            if getattr(board, name) != value:
                setattr(board, name, value)


def delete_board(db: Database, board_id: uuid.UUID) -> None:
    """Tombstone the board and its notes."""
    with db.session() as session:
        board = session.get(Board, board_id)
        if board is None or board.deleted:
            return
        board.deleted = True
        for note in session.scalars(select(Note).where(Note.board_id == board_id, live(Note))):
            note.deleted = True


def find_board_for_step(
    db: Database,
    group_id: uuid.UUID,
    session_number: int,
    step_id: uuid.UUID | None,
    template_key: str | None = None,
) -> BoardRow | None:
    """The board to show while a group's økt is at a step (for the runner and projector).

    First a board tied to exactly this økt and step; else, when the step names a template,
    the group's board of that template tied to this økt without a step, else one of that
    template tied to no økt at all. The newest wins a tie."""
    with db.read() as session:
        boards = select(Board).where(Board.group_id == group_id, live(Board))
        newest = (Board.updated_at.desc(),)
        candidates = []
        if step_id is not None:
            candidates.append(
                boards.where(Board.session_number == session_number, Board.step_id == step_id)
            )
        if template_key:
            same = boards.where(Board.template_key == template_key)
            candidates.append(
                same.where(Board.session_number == session_number, Board.step_id.is_(None))
            )
            candidates.append(same.where(Board.session_number.is_(None)))
        for query in candidates:
            board = session.scalars(query.order_by(*newest).limit(1)).first()
            if board is not None:
                return _board_row(board)
    return None


def plan_steps(db: Database, group_id: uuid.UUID) -> list[StepChoice]:
    """The steps of the group's own plan (its støttemal copy), økt by økt, for tying a board."""
    plan_id = group_plan_id(db, group_id)
    if plan_id is None:
        return []
    with db.read() as session:
        rows = session.execute(
            select(TemplateSession.number, TemplateStep)
            .join(TemplateStep, TemplateStep.session_id == TemplateSession.id)
            .where(
                TemplateSession.template_id == plan_id,
                live(TemplateSession),
                live(TemplateStep),
            )
            .order_by(TemplateSession.number, TemplateStep.position)
        ).all()
    return [
        StepChoice(step.id, number, step.position, step.title, step.board) for number, step in rows
    ]


# --- notes -------------------------------------------------------------------------------


def list_notes(db: Database, board_id: uuid.UUID) -> list[NoteRow]:
    """The board's live notes, bottom to top."""
    # Plain columns through the connection, not ORM objects or ORM rows: one query whose
    # cost grows with the notes alone (no identity map, no change tracking, no ORM result
    # wrapping for rows that are only shown). The board's id is known: not read back, so
    # only one UUID a row is parsed.
    columns = _NOTE_COLUMNS[:1] + _NOTE_COLUMNS[2:]
    with db.read() as session:
        rows = session.connection().execute(
            select(*columns)
            .where(Note.board_id == board_id, live(Note))
            .order_by(Note.z, Note.created_at)
        )
        return [NoteRow(row[0], board_id, *row[1:]) for row in rows]  # the columns, in order


def get_note(db: Database, note_id: uuid.UUID) -> NoteRow | None:
    with db.read() as session:
        note = session.get(Note, note_id)
        return None if note is None or note.deleted else note_row(note)


def _clean_note_text(text: str) -> str:
    return clean_text(text, "note", required=True, limit=NOTE_LIMIT, multiline=True)


def _clean_colour(colour: str) -> str:
    if colour not in NOTE_COLOURS:
        raise ValidationError("board.unknown_colour", "colour", colour=colour)
    return colour


def _clean_zone(zone_key: str) -> str:
    return clean_text(zone_key, "zone", required=True, limit=80)


def _clean_geometry(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
    values = (x, y, w, h)
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
        raise ValidationError("board.bad_geometry", "note")
    if abs(x) > _FAR or abs(y) > _FAR:
        raise ValidationError("board.bad_geometry", "note")
    return (
        float(x),
        float(y),
        min(max(float(w), MIN_SIZE), MAX_SIZE),
        min(max(float(h), MIN_SIZE), MAX_SIZE),
    )


def add_notes(db: Database, board_id: uuid.UUID, drafts: Sequence[NoteDraft]) -> list[NoteRow]:
    """Add notes in one transaction (one note, a duplicate of several, or a bulk import)."""
    checked = [
        (
            _clean_zone(d.zone_key),
            _clean_note_text(d.text),
            _clean_colour(d.colour),
            _clean_geometry(d.x, d.y, d.w, d.h),
            d.z,
        )
        for d in drafts
    ]
    with db.session() as session:
        _live_board(session, board_id)
        top = session.scalar(select(func.max(Note.z)).where(Note.board_id == board_id)) or 0
        notes = []
        for zone_key, text, colour, (x, y, w, h), z in checked:
            if z is None:
                top += 1
            note = Note(
                board_id=board_id,
                zone_key=zone_key,
                text=text,
                colour=colour,
                x=x,
                y=y,
                w=w,
                h=h,
                z=top if z is None else z,
            )
            session.add(note)
            notes.append(note)
        session.flush()
        return [note_row(n) for n in notes]


def add_note(db: Database, board_id: uuid.UUID, draft: NoteDraft) -> NoteRow:
    return add_notes(db, board_id, [draft])[0]


_EDITABLE = {f.name for f in fields(NoteRow)} - {"id", "board_id", "created_at"}


def update_note(db: Database, note_id: uuid.UUID, **changes: object) -> NoteRow:
    """Change some of a note's fields (text, colour, zone_key, x, y, w, h, z)."""
    return update_notes(db, [(note_id, changes)])[0]


def update_notes(
    db: Database, changes: Sequence[tuple[uuid.UUID, Mapping[str, object]]]
) -> list[NoteRow]:
    """Change several notes in one transaction (a drag of a selection, a colour for many)."""
    for _note_id, values in changes:
        unknown = set(values) - _EDITABLE
        if unknown:
            raise TypeError(f"not note fields: {sorted(unknown)}")
    rows = []
    with db.session() as session:
        for note_id, values in changes:
            note = session.get(Note, note_id)
            if note is None or note.deleted:
                raise UserError("record.missing")
            for name, value in _checked_changes(note, values).items():
                if getattr(note, name) != value:
                    setattr(note, name, value)
            rows.append(note)
        session.flush()
        return [note_row(n) for n in rows]


def _checked_changes(note: Note, changes: Mapping[str, object]) -> dict[str, object]:
    values = dict(changes)
    if "text" in values:
        values["text"] = _clean_note_text(str(values["text"]))
    if "colour" in values:
        values["colour"] = _clean_colour(str(values["colour"]))
    if "zone_key" in values:
        values["zone_key"] = _clean_zone(str(values["zone_key"]))
    if {"x", "y", "w", "h"} & set(values):
        geometry = [values.get(k, getattr(note, k)) for k in ("x", "y", "w", "h")]
        cleaned = _clean_geometry(*geometry)  # type: ignore[arg-type]
        values.update(zip(("x", "y", "w", "h"), cleaned, strict=True))
    if "z" in values:
        z = values["z"]
        if not isinstance(z, int):
            raise ValidationError("board.bad_geometry", "note")
    return values


def set_notes_deleted(db: Database, note_ids: Iterable[uuid.UUID], deleted: bool) -> None:
    """Tombstone notes (deleted=True) or bring them back (deleted=False), in one go."""
    ids = list(note_ids)
    if not ids:
        return
    with db.session() as session:
        for note in session.scalars(select(Note).where(Note.id.in_(ids))):
            if note.deleted != deleted:
                note.deleted = deleted


def delete_notes(db: Database, note_ids: Iterable[uuid.UUID]) -> None:
    set_notes_deleted(db, note_ids, True)


def restore_notes(db: Database, note_ids: Iterable[uuid.UUID]) -> None:
    set_notes_deleted(db, note_ids, False)
