"""A board's notes: reading, adding, editing, tombstoning, restoring.

Every edit is its own committed transaction, so a crash loses nothing already placed.
Deleting sets the tombstone; restoring clears it (that is how undo brings a note back,
with the same id, so a merge sees one note, not two).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from arenadesk.domain.note_layout import MAX_SIZE, MIN_SIZE, NOTE_COLOURS
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.boards import live_board
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import Meta
from arenadesk.store.models.boards import Note
from arenadesk.store.validate import clean_text

NOTE_LIMIT = 4_000  # characters: a long paragraph; a note is not a document
_FAR = 100_000.0  # board units: beyond this a position is garbage, not a drag


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
        live_board(session, board_id)
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


# SQLite allows a limited number of bound values in one statement.
_IDS_PER_READ = 500


def update_notes(
    db: Database, changes: Sequence[tuple[uuid.UUID, Mapping[str, object]]]
) -> list[NoteRow]:
    """Change several notes in one transaction (a drag of a selection, a colour for many,
    a zone laid out again). Returns each changed note as saved, in the order given."""
    for _note_id, values in changes:
        unknown = set(values) - _EDITABLE
        if unknown:
            raise TypeError(f"not note fields: {sorted(unknown)}")
    with db.session() as session:
        session.flush()  # what this unit of work changed so far is read back
        connection = session.connection()
        # One read for all the notes, and one statement for all the writes: through ORM
        # objects a zone laid out again (hundreds of notes) cost 0.1 ms a note to load,
        # track and flush.
        ids = list(dict.fromkeys(note_id for note_id, _ in changes))
        current: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), _IDS_PER_READ):
            chunk = ids[start : start + _IDS_PER_READ]
            for row in connection.execute(select(*_STORED).where(Note.id.in_(chunk))):
                current[row[0]] = dict(zip(_STORED_KEYS, row, strict=True))
        changed: dict[uuid.UUID, set[str]] = {}  # the fields each note changes
        for note_id, values in changes:
            note = current.get(note_id)
            if note is None or note["deleted"]:
                raise UserError("record.missing")
            # A value the note already has is neither checked nor written again (undo
            # gives every field of hundreds of notes back, most of them unchanged).
            values = {k: v for k, v in values.items() if note[k] != v}
            for name, value in _checked_changes(note, values).items():
                if note[name] != value:
                    note[name] = value
                    changed.setdefault(note_id, set()).add(name)
        _write(db, session, current, changed)
        return [NoteRow(*_row_values(current[i])) for i, _ in changes]


# What update_notes reads and writes of a note: its columns, and its sync stamp.
_STORED = (*_NOTE_COLUMNS, Note.updated_at, Note.deleted)
_STORED_KEYS = tuple(column.key for column in _STORED)
_row_values = itemgetter(*(c.key for c in _NOTE_COLUMNS))  # a NoteRow's, in order


def _write(
    db: Database,
    session: Session,
    current: dict[uuid.UUID, dict[str, Any]],
    changed: dict[uuid.UUID, set[str]],
) -> None:
    """Writes the changed fields of the notes, one statement for the notes that change
    the same fields (a zone laid out again: their places), each note stamped as the
    database stamps an edited row (`Database._stamp`): past the version it replaces, on
    this device; the file's clock is kept with them."""
    if not changed:
        return
    by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for note_id, names in changed.items():
        note = current[note_id]
        stamp = db.clock.stamp_after(int(note["updated_at"]))
        note["updated_at"] = stamp
        fields = (*sorted(names), "updated_at", "device_id")
        values = {name: note[name] for name in fields[:-1]}
        values.update(device_id=db.device.id, note_id=note_id)
        by_fields.setdefault(fields, []).append(values)
    connection = session.connection()
    for fields, rows in by_fields.items():
        statement = (
            update(Note)
            .where(Note.id == bindparam("note_id"))
            .values({name: bindparam(name) for name in fields})
        )
        connection.execute(statement, rows)
    session.merge(Meta(key="clock", value=str(db.clock.last)))


def _checked_changes(note: Mapping[str, Any], changes: Mapping[str, object]) -> dict[str, object]:
    """The changes to a stored note (its values by column) with each value checked."""
    values = dict(changes)
    if "text" in values:
        values["text"] = _clean_note_text(str(values["text"]))
    if "colour" in values:
        values["colour"] = _clean_colour(str(values["colour"]))
    if "zone_key" in values:
        values["zone_key"] = _clean_zone(str(values["zone_key"]))
    if {"x", "y", "w", "h"} & set(values):
        geometry = [values.get(k, note[k]) for k in ("x", "y", "w", "h")]
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
