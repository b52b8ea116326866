"""Editing one board: every edit is saved at once and pushed as an undoable command.

An edit is first written to the store (so a refused value raises before anything is on the
undo stack), then pushed as a command whose first redo has nothing left to do; undo and
redo write to the store again. A deleted note is a tombstone; undo brings the same note back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import BoardTemplate, Zone
from arenadesk.domain.note_grid import NoteGrid
from arenadesk.domain.note_layout import (
    GAP,
    NOTE_H,
    NOTE_W,
    arrange_zone,
    place_in_zone,
    zone_for_rect,
)
from arenadesk.services import boards as board_service
from arenadesk.services.changes import ChangeSet
from arenadesk.store import notes as note_store
from arenadesk.store.boards import BoardRow
from arenadesk.store.db.database import Database
from arenadesk.store.notes import NoteDraft, NoteRow
from arenadesk.ui.boards.scene import BoardScene

_FIELDS = ("zone_key", "text", "colour", "x", "y", "w", "h", "z")


def _tr(text: object) -> str:
    """Undo texts are marked with QT_TRANSLATE_NOOP (so lupdate finds them) and shown here."""
    return QCoreApplication.translate("BoardEditor", str(text))


def typed_order(note: NoteRow) -> tuple[int, int]:
    """The order notes were typed in: the store's stamp, then stacking for a tie."""
    return (note.created_at, note.z)


Geometry = dict[str, object]


# Ids in uuid order, each read once (comparing UUID objects runs Python for each pair).
_id_order = attrgetter("int")
# typed_order for sorting many notes: read in C, not a Python call for each note.
_typed_order = attrgetter("created_at", "z")


class BoardEditor(QObject):
    """Owns the open board's notes, its scene and its undo stack."""

    # every note shown may have changed: another board was opened
    changed = Signal()
    # some notes were added, changed or removed by an edit, undo or redo: their ids (a
    # frozenset), so that views redo those notes only, not the whole board
    notes_changed = Signal(object)
    # an edit, undo or redo was saved: its ChangeSet (others showing the board refresh)
    edited = Signal(object)

    def __init__(self, db: Database, scene: BoardScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.scene = scene
        self.undo_stack = QUndoStack(self)
        self.board: BoardRow | None = None
        self.template: BoardTemplate | None = None
        self.notes: dict[uuid.UUID, NoteRow] = {}
        self._touched: set[uuid.UUID] = set()  # shown or hidden since the last `_saved`
        # where the notes are, to find those near a zone; and each zone's notes
        self._grid: NoteGrid[uuid.UUID] = NoteGrid()
        self._by_zone: dict[str, set[uuid.UUID]] = {}
        scene.notes_dragged.connect(self.move_notes)
        scene.text_edited.connect(self.edit_text)

    # --- opening ----------------------------------------------------------------------------

    def open(self, board: BoardRow | None, template: BoardTemplate | None) -> None:
        self.undo_stack.clear()
        self._touched = set()
        self._grid.clear()
        self._by_zone = {}
        self.board, self.template = board, template
        if board is None or template is None:
            self.notes = {}
            self.scene.clear_board()
        else:
            rows = note_store.list_notes(self.db, board.id)
            self.notes = {row.id: row for row in rows}
            self._grid.put_new((r.id, r.x, r.y, r.w, r.h) for r in rows)
            for row in rows:
                self._by_zone.setdefault(row.zone_key, set()).add(row.id)
            self.scene.show_board(template, rows)
        self.changed.emit()

    def note_list(self) -> list[NoteRow]:
        return sorted(self.notes.values(), key=lambda n: n.z)

    def _near(self, box: Rect) -> list[uuid.UUID]:
        """The notes whose place meets a zone's bounds or the gap around them, in id order
        (the order the layout is given their places in)."""
        found = self._grid.within(box.x - GAP, box.y - GAP, box.w + 2 * GAP, box.h + 2 * GAP)
        return sorted(found, key=_id_order)

    def _places(self, note_ids: Iterable[uuid.UUID]) -> list[Rect]:
        """The notes' places, each place once: a zone in pages stacks hundreds of notes on
        a few slots, and the layout scans every place it is given."""
        rect = self._grid.rect
        return [Rect(*place) for place in dict.fromkeys(rect(i) for i in note_ids) if place]

    def _zone(self, key: str) -> Zone:
        assert self.template is not None
        return self.template.zone(key) or self.template.zones[0]

    # --- edits (each one command) ----------------------------------------------------------

    def _spots(
        self,
        zone: Zone,
        sizes: Sequence[tuple[float, float]],
        exclude: Iterable[uuid.UUID] = (),
    ) -> tuple[list[Rect], list[tuple[uuid.UUID, Geometry]]]:
        """Places in a zone for new notes of these sizes, none covering another: free spots
        while the zone has them; else the zone lays its notes out again (smaller, then in
        pages) with the new ones last, and the moves of the notes already there are returned."""
        assert self.template is not None
        skip = set(exclude)
        near = [i for i in self._near(zone.region.bounds) if i not in skip]
        occupied = self._places(near)
        spots: list[Rect] = []
        for size in sizes:
            spot = place_in_zone(self.template, zone, occupied, size)
            if not spot.free:
                break
            spots.append(Rect(spot.x, spot.y, spot.w, spot.h))
            occupied.append(spots[-1])
        if len(spots) == len(sizes):
            return spots, []
        notes = self.notes
        mine = self._by_zone.get(zone.key, set()) - skip
        in_zone = sorted((notes[i] for i in mine), key=_typed_order)
        others = self._places(i for i in near if i not in mine)
        slots = arrange_zone(self.template, zone, len(in_zone) + len(sizes), others)
        # Only the notes not on their slot yet: a zone in pages keeps its notes where they
        # are when one more comes (its slots do not change), and writing them all cost
        # the whole zone.
        moves: list[tuple[uuid.UUID, Geometry]] = [
            (n.id, {"x": r.x, "y": r.y, "w": r.w, "h": r.h})
            for n, r in zip(in_zone, slots, strict=False)
            if n.x != r.x or n.y != r.y or n.w != r.w or n.h != r.h
        ]
        return slots[len(in_zone) :], moves

    def add_text(self, zone_key: str, text: str) -> NoteRow:
        """A typed note, laid out in its zone without covering others. Raises a
        ValidationError (nothing saved) for an empty or too long text."""
        assert self.template is not None
        zone = self._zone(zone_key)
        (spot,), moves = self._spots(zone, [(NOTE_W, NOTE_H)])
        draft = NoteDraft(zone.key, text, spot.x, spot.y, spot.w, spot.h, zone.note_colour)
        return self._add([draft], moves, _tr(QT_TRANSLATE_NOOP("BoardEditor", "Add note")))[0]

    def _add(
        self, drafts: list[NoteDraft], moves: list[tuple[uuid.UUID, Geometry]], label: str
    ) -> list[NoteRow]:
        """New notes, and the notes their zone moved to make room, as one step to undo.
        The notes are saved first, so a refused text moves nothing."""
        assert self.board is not None
        rows, changes = board_service.add_notes(self.db, self.board.id, drafts)
        self.undo_stack.beginMacro(label)
        self._push(_AddNotes(self, rows, label), changes)
        self._change(moves, label)
        self.undo_stack.endMacro()
        return rows

    def duplicate(self, note_ids: Sequence[uuid.UUID]) -> list[NoteRow]:
        """Copies beside the originals, in the same zone, laid out like typed notes."""
        assert self.board is not None and self.template is not None
        originals = sorted((self.notes[i] for i in note_ids if i in self.notes), key=typed_order)
        if not originals:
            return []
        by_zone: dict[str, list[NoteRow]] = {}
        for row in originals:
            by_zone.setdefault(row.zone_key, []).append(row)
        drafts: list[NoteDraft] = []
        moves: list[tuple[uuid.UUID, Geometry]] = []
        for key, rows in by_zone.items():
            # A copy is laid out as a new note: from the full size down (copying a copy of
            # a shrunk note does not shrink it again).
            spots, zone_moves = self._spots(self._zone(key), [(NOTE_W, NOTE_H)] * len(rows))
            moves += zone_moves
            drafts += [
                NoteDraft(r.zone_key, r.text, s.x, s.y, s.w, s.h, r.colour)
                for r, s in zip(rows, spots, strict=True)
            ]
        rows = self._add(drafts, moves, _tr(QT_TRANSLATE_NOOP("BoardEditor", "Duplicate notes")))
        self.scene.select_only(r.id for r in rows)
        return rows

    def delete(self, note_ids: Sequence[uuid.UUID]) -> None:
        rows = [self.notes[i] for i in note_ids if i in self.notes]
        if rows:
            changes = board_service.delete_notes(self.db, self._board_id(), [r.id for r in rows])
            self._push(
                _DeleteNotes(self, rows, _tr(QT_TRANSLATE_NOOP("BoardEditor", "Delete notes"))),
                changes,
            )

    def edit_text(self, note_id: uuid.UUID, text: str) -> None:
        self._change(
            [(note_id, {"text": text})], _tr(QT_TRANSLATE_NOOP("BoardEditor", "Edit note"))
        )

    def set_colour(self, note_ids: Sequence[uuid.UUID], colour: str) -> None:
        self._change(
            [(i, {"colour": colour}) for i in note_ids],
            _tr(QT_TRANSLATE_NOOP("BoardEditor", "Change colour")),
        )

    def move_notes(self, moves: list[tuple[uuid.UUID, float, float]]) -> None:
        """After a drag: the new places, and the zone each note now lies in."""
        assert self.template is not None
        changes = []
        for note_id, x, y in moves:
            row = self.notes.get(note_id)
            if row is None:
                continue
            zone = zone_for_rect(self.template, Rect(x, y, row.w, row.h))
            changes.append((note_id, {"x": x, "y": y, "zone_key": zone.key}))
        self._change(changes, _tr(QT_TRANSLATE_NOOP("BoardEditor", "Move notes")))

    def move_to_zone(self, note_id: uuid.UUID, zone_key: str) -> None:
        """From the table: the note moves to a free spot in the other zone, or last in its
        layout when the zone is full."""
        row = self.notes.get(note_id)
        if row is None or self.template is None or row.zone_key == zone_key:
            return
        zone = self._zone(zone_key)
        (spot,), moves = self._spots(zone, [(NOTE_W, NOTE_H)], [note_id])
        values: Geometry = {
            "zone_key": zone.key,
            "x": spot.x,
            "y": spot.y,
            "w": spot.w,
            "h": spot.h,
        }
        self._change(
            [*moves, (note_id, values)],
            _tr(QT_TRANSLATE_NOOP("BoardEditor", "Move note to another zone")),
        )

    def _change(self, changes: list[tuple[uuid.UUID, Geometry]], text: str) -> None:
        # Only the notes something changes for: a zone laid out again leaves most of its
        # notes where they are, and reading and writing them all cost the whole zone.
        changes = [
            (i, v)
            for i, v in changes
            if i in self.notes and any(getattr(self.notes[i], f) != x for f, x in v.items())
        ]
        if not changes:
            return
        before = [self.notes[i] for i, _ in changes]
        after, saved = board_service.update_notes(self.db, self._board_id(), changes)
        if after == before:
            return
        self._push(_ChangeNotes(self, before, after, text), saved)

    def _board_id(self) -> uuid.UUID:
        assert self.board is not None
        return self.board.id

    def _push(self, command: QUndoCommand, changes: ChangeSet) -> None:
        self.undo_stack.push(command)
        self._saved(changes)

    def _saved(self, changes: ChangeSet) -> None:
        touched, self._touched = frozenset(self._touched), set()
        if touched:
            self.notes_changed.emit(touched)
        else:
            self.changed.emit()
        self.edited.emit(changes)

    # --- applied by commands ----------------------------------------------------------------

    def show_rows(self, rows: Iterable[NoteRow]) -> None:
        rows = list(rows)
        for row in rows:
            old = self.notes.get(row.id)
            if old is not None and old.zone_key != row.zone_key:
                self._by_zone[old.zone_key].discard(row.id)
            self.notes[row.id] = row
            self._grid.put(row.id, row.x, row.y, row.w, row.h)
            self._by_zone.setdefault(row.zone_key, set()).add(row.id)
        self.scene.put_notes(rows)
        self._touched |= {r.id for r in rows}

    def hide_rows(self, note_ids: Iterable[uuid.UUID]) -> None:
        ids = list(note_ids)
        for note_id in ids:
            row = self.notes.pop(note_id, None)
            if row is not None:
                self._by_zone[row.zone_key].discard(note_id)
            self._grid.drop(note_id)
        self.scene.drop_notes(ids)
        self._touched |= set(ids)

    def write_rows(self, rows: Sequence[NoteRow]) -> None:
        saved, changes = board_service.update_notes(
            self.db, self._board_id(), [(r.id, {f: getattr(r, f) for f in _FIELDS}) for r in rows]
        )
        self.show_rows(saved)
        self._saved(changes)

    def delete_rows(self, rows: Sequence[NoteRow]) -> None:
        changes = board_service.delete_notes(self.db, self._board_id(), [r.id for r in rows])
        self.hide_rows(r.id for r in rows)
        self._saved(changes)

    def restore_rows(self, rows: Sequence[NoteRow]) -> None:
        changes = board_service.restore_notes(self.db, self._board_id(), [r.id for r in rows])
        self.show_rows(rows)
        self._saved(changes)


class _Command(QUndoCommand):
    """The edit was already saved when pushed: the first redo does nothing."""

    def __init__(self, editor: BoardEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            self.first_redo()
            return
        self.again()

    def first_redo(self) -> None:
        raise NotImplementedError

    def again(self) -> None:
        raise NotImplementedError


class _AddNotes(_Command):
    def __init__(self, editor: BoardEditor, rows: Sequence[NoteRow], text: str) -> None:
        super().__init__(editor, text)
        self.rows = list(rows)

    def first_redo(self) -> None:
        self.editor.show_rows(self.rows)

    def again(self) -> None:
        self.editor.restore_rows(self.rows)

    def undo(self) -> None:
        self.editor.delete_rows(self.rows)


class _DeleteNotes(_Command):
    def __init__(self, editor: BoardEditor, rows: Sequence[NoteRow], text: str) -> None:
        super().__init__(editor, text)
        self.rows = list(rows)

    def first_redo(self) -> None:
        self.editor.hide_rows(r.id for r in self.rows)

    def again(self) -> None:
        self.editor.delete_rows(self.rows)

    def undo(self) -> None:
        self.editor.restore_rows(self.rows)


class _ChangeNotes(_Command):
    def __init__(
        self, editor: BoardEditor, before: Sequence[NoteRow], after: Sequence[NoteRow], text: str
    ) -> None:
        super().__init__(editor, text)
        self.before, self.after = list(before), list(after)

    def first_redo(self) -> None:
        self.editor.show_rows(self.after)

    def again(self) -> None:
        self.editor.write_rows(self.after)

    def undo(self) -> None:
        self.editor.write_rows(self.before)
