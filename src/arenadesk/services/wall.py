"""The Open Space program wall: økter, spaces and topics. Each action (and each undo or
redo of one) is one transaction, and says that the wall changed."""

from __future__ import annotations

import datetime as dt
import uuid

from arenadesk.services.changes import ChangeSet, Created, Kind
from arenadesk.store import open_space as wall_store
from arenadesk.store.db.database import Database

Cell = tuple[uuid.UUID | None, uuid.UUID | None]  # (økt, space); (None, None): the pile


def _wall(*ids: uuid.UUID | None) -> ChangeSet:
    return ChangeSet.of(Kind.WALL, *ids)


def set_up_wall(
    db: Database,
    arena_id: uuid.UUID,
    slots: list[tuple[int, dt.time | None, dt.time | None]],
    space_names: list[str],
) -> ChangeSet:
    """Lay out an empty wall in one go: every økt and space, or none."""
    with db.session():
        wall_store.set_up_wall(db, arena_id, slots, space_names)
    return _wall()


def add_slot(
    db: Database, arena_id: uuid.UUID, day: int, starts: dt.time | None, ends: dt.time | None
) -> ChangeSet:
    with db.session():
        slot = wall_store.add_slot(db, arena_id, day, starts, ends)
    return _wall(slot.id)


def update_slot(
    db: Database, slot_id: uuid.UUID, day: int, starts: dt.time | None, ends: dt.time | None
) -> ChangeSet:
    with db.session():
        wall_store.update_slot(db, slot_id, day=day, starts=starts, ends=ends)
    return _wall(slot_id)


def remove_last_slot(db: Database, arena_id: uuid.UUID) -> ChangeSet:
    """Its topics go beside the wall (nothing is deleted)."""
    with db.session():
        wall_store.remove_last_slot(db, arena_id)
    return _wall()


def add_space(db: Database, arena_id: uuid.UUID, name: str) -> ChangeSet:
    with db.session():
        space = wall_store.add_space(db, arena_id, name)
    return _wall(space.id)


def rename_space(db: Database, space_id: uuid.UUID, name: str) -> ChangeSet:
    with db.session():
        wall_store.rename_space(db, space_id, name)
    return _wall(space_id)


def remove_last_space(db: Database, arena_id: uuid.UUID) -> ChangeSet:
    with db.session():
        wall_store.remove_last_space(db, arena_id)
    return _wall()


def add_topic(
    db: Database, arena_id: uuid.UUID, title: str, convener: str = "", cell: Cell = (None, None)
) -> Created:
    with db.session():
        topic_id = wall_store.add_topic(db, arena_id, title, convener, *cell)
    return Created(topic_id, _wall(topic_id))


def update_topic(db: Database, topic_id: uuid.UUID, title: str, convener: str) -> ChangeSet:
    with db.session():
        wall_store.update_topic(db, topic_id, title, convener)
    return _wall(topic_id)


def place_topic(
    db: Database, topic_id: uuid.UUID, cell: Cell
) -> tuple[uuid.UUID | None, ChangeSet]:
    """Move a topic to a cell (or the pile); a topic already there swaps into the mover's
    old place. Returns the id of the topic swapped, if any."""
    with db.session():
        swapped = wall_store.place_topic(db, topic_id, *cell)
    return swapped, _wall(topic_id, swapped)


def move_back(
    db: Database, topic_id: uuid.UUID, old: Cell, new: Cell, swapped: uuid.UUID | None
) -> ChangeSet:
    """Undo a move: the topic back to its old cell, and the one it swapped with (which
    from the pile does not swap by itself) back to the new cell, as one change."""
    with db.session():
        wall_store.place_topic(db, topic_id, *old)
        if swapped is not None and old[0] is None:
            wall_store.place_topic(db, swapped, *new)
    return _wall(topic_id, swapped)


def set_topic_deleted(db: Database, topic_id: uuid.UUID, deleted: bool) -> ChangeSet:
    """A topic (and its documentation) deleted, or brought back by an undo."""
    with db.session():
        wall_store.set_topic_deleted(db, topic_id, deleted)
    return _wall(topic_id) | ChangeSet.of(Kind.CONVERSATIONS)
