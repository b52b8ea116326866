"""The Open Space program wall: økter (slots) × spaces, and the topics placed on it."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.open_space import Placed, assign_numbers, number_sort_key
from arenadesk.domain.wall import (
    MAX_DAYS,
    MAX_SLOTS,
    MAX_SPACES,
    SlotRow,
    SpaceRow,
    TopicRow,
    Wall,
    find_clashes,
    slot_id_for,
    space_id_for,
)
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.open_space import (
    OpenSpaceConversation,
    OpenSpaceSlot,
    OpenSpaceSpace,
    OpenSpaceTopic,
)
from arenadesk.store.validate import clean_text

# --- reading -------------------------------------------------------------------------


def get_wall(db: Database, arena_id: uuid.UUID) -> Wall:
    with db.read() as session:
        return _wall(session, arena_id)


def _wall(session: Session, arena_id: uuid.UUID) -> Wall:
    slots = session.scalars(
        select(OpenSpaceSlot)
        .where(OpenSpaceSlot.arena_id == arena_id, live(OpenSpaceSlot))
        .order_by(OpenSpaceSlot.number)
    ).all()
    spaces = session.scalars(
        select(OpenSpaceSpace)
        .where(OpenSpaceSpace.arena_id == arena_id, live(OpenSpaceSpace))
        .order_by(OpenSpaceSpace.number)
    ).all()
    topics = session.scalars(
        select(OpenSpaceTopic)
        .where(OpenSpaceTopic.arena_id == arena_id, live(OpenSpaceTopic))
        .order_by(OpenSpaceTopic.created_at, OpenSpaceTopic.id)
    ).all()
    documented = set(
        session.scalars(
            select(OpenSpaceConversation.topic_id).where(
                live(OpenSpaceConversation),
                OpenSpaceConversation.topic_id.in_([t.id for t in topics]),
            )
        ).all()
    )
    slot_numbers = {s.id: s.number for s in slots}
    space_numbers = {s.id: s.number for s in spaces}

    def placed(t: OpenSpaceTopic) -> bool:
        return t.slot_id in slot_numbers and t.space_id in space_numbers

    numbers = assign_numbers(
        Placed(t.id, slot_numbers[t.slot_id], space_numbers[t.space_id], t.created_at)  # type: ignore[index]
        for t in topics
        if placed(t)
    )
    rows = tuple(
        TopicRow(
            t.id,
            t.title,
            t.convener,
            t.slot_id if placed(t) else None,
            t.space_id if placed(t) else None,
            numbers.get(t.id),
            t.id in documented,
            t.created_at,
        )
        for t in topics
    )
    return Wall(
        tuple(SlotRow(s.id, s.number, s.day, s.starts, s.ends) for s in slots),
        tuple(SpaceRow(s.id, s.number, s.name) for s in spaces),
        tuple(sorted(rows, key=lambda t: (number_sort_key(t.number), t.created_at))),
        find_clashes(rows),
    )


# --- slots and spaces ----------------------------------------------------------------


def _revive(session: Session, model: type, row_id: uuid.UUID, **values: object) -> object:
    """The row with this derived id, made or brought back from its tombstone."""
    row = session.get(model, row_id)
    if row is None:
        row = model(id=row_id, **values)
        session.add(row)
        return row
    row.deleted = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    return row


def _check_times(starts: dt.time | None, ends: dt.time | None) -> None:
    if starts is not None and ends is not None and ends <= starts:
        raise ValidationError("open_space.slot_times", "slot_times")


def add_slot(
    db: Database,
    arena_id: uuid.UUID,
    day: int,
    starts: dt.time | None = None,
    ends: dt.time | None = None,
) -> SlotRow:
    """A new økt after the last one (økter are numbered through the arena)."""
    if not 1 <= day <= MAX_DAYS:
        raise ValidationError("open_space.slot_day", "slot_day", limit=MAX_DAYS)
    _check_times(starts, ends)
    with db.session() as session:
        wall = _wall(session, arena_id)
        if len(wall.slots) >= MAX_SLOTS:
            raise UserError("open_space.too_many_slots", limit=MAX_SLOTS)
        if wall.slots and day < wall.slots[-1].day:
            raise ValidationError("open_space.slot_day_order", "slot_day")
        number = wall.slots[-1].number + 1 if wall.slots else 1
        row = _revive(
            session,
            OpenSpaceSlot,
            slot_id_for(arena_id, number),
            arena_id=arena_id,
            number=number,
            day=day,
            starts=starts,
            ends=ends,
        )
    return SlotRow(row.id, number, day, starts, ends)  # type: ignore[attr-defined]


def update_slot(
    db: Database,
    slot_id: uuid.UUID,
    *,
    day: int,
    starts: dt.time | None,
    ends: dt.time | None,
) -> None:
    if not 1 <= day <= MAX_DAYS:
        raise ValidationError("open_space.slot_day", "slot_day", limit=MAX_DAYS)
    _check_times(starts, ends)
    with db.session() as session:
        slot = session.get(OpenSpaceSlot, slot_id)
        if slot is None or slot.deleted:
            raise UserError("record.missing")
        for key, value in (("day", day), ("starts", starts), ("ends", ends)):
            if getattr(slot, key) != value:
                setattr(slot, key, value)


def remove_last_slot(db: Database, arena_id: uuid.UUID) -> None:
    """Remove the last økt; its topics go back to the unplaced pile (nothing is lost)."""
    _remove_last(db, arena_id, OpenSpaceSlot)


def _remove_last(
    db: Database, arena_id: uuid.UUID, model: type[OpenSpaceSlot] | type[OpenSpaceSpace]
) -> None:
    """Tombstone the wall's last økt or space and put its topics on the unplaced pile."""
    with db.session() as session:
        wall = _wall(session, arena_id)
        rows = wall.slots if model is OpenSpaceSlot else wall.spaces
        if not rows:
            return
        last = rows[-1]
        column = OpenSpaceTopic.slot_id if model is OpenSpaceSlot else OpenSpaceTopic.space_id
        for topic in session.scalars(
            select(OpenSpaceTopic).where(column == last.id, live(OpenSpaceTopic))
        ):
            topic.slot_id = None
            topic.space_id = None
        row = session.get(model, last.id)
        assert isinstance(row, (OpenSpaceSlot, OpenSpaceSpace))
        row.deleted = True


def add_space(db: Database, arena_id: uuid.UUID, name: str = "") -> SpaceRow:
    clean = clean_text(name, "space_name")
    with db.session() as session:
        wall = _wall(session, arena_id)
        if len(wall.spaces) >= MAX_SPACES:
            raise UserError("open_space.too_many_spaces", limit=MAX_SPACES)
        number = wall.spaces[-1].number + 1 if wall.spaces else 1
        row = _revive(
            session,
            OpenSpaceSpace,
            space_id_for(arena_id, number),
            arena_id=arena_id,
            number=number,
            name=clean,
        )
    return SpaceRow(row.id, number, clean)  # type: ignore[attr-defined]


def rename_space(db: Database, space_id: uuid.UUID, name: str) -> None:
    clean = clean_text(name, "space_name")
    with db.session() as session:
        space = session.get(OpenSpaceSpace, space_id)
        if space is None or space.deleted:
            raise UserError("record.missing")
        if space.name != clean:
            space.name = clean


def remove_last_space(db: Database, arena_id: uuid.UUID) -> None:
    """Remove the last space; its topics go back to the unplaced pile."""
    _remove_last(db, arena_id, OpenSpaceSpace)


def set_up_wall(
    db: Database,
    arena_id: uuid.UUID,
    slots: list[tuple[int, dt.time | None, dt.time | None]],
    space_names: list[str],
) -> Wall:
    """Lay out an empty wall in one go (from the set-up dialog or the demo)."""
    for day, starts, ends in slots:
        add_slot(db, arena_id, day, starts, ends)
    for name in space_names:
        add_space(db, arena_id, name)
    return get_wall(db, arena_id)


# --- topics --------------------------------------------------------------------------


def _clean_topic(title: str, convener: str) -> tuple[str, str]:
    return (
        clean_text(title, "topic_title", required=True, limit=300),
        clean_text(convener, "convener"),
    )


def _live_topic(session: Session, topic_id: uuid.UUID) -> OpenSpaceTopic:
    topic = session.get(OpenSpaceTopic, topic_id)
    if topic is None or topic.deleted:
        raise UserError("record.missing")
    return topic


def _check_cell(
    session: Session, arena_id: uuid.UUID, slot_id: uuid.UUID | None, space_id: uuid.UUID | None
) -> None:
    if (slot_id is None) != (space_id is None):
        raise ValueError("a cell needs both an økt and a space")
    if slot_id is None:
        return
    slot = session.get(OpenSpaceSlot, slot_id)
    space = session.get(OpenSpaceSpace, space_id)
    for row in (slot, space):
        if row is None or row.deleted or row.arena_id != arena_id:
            raise UserError("record.missing")


def add_topic(
    db: Database,
    arena_id: uuid.UUID,
    title: str,
    convener: str = "",
    slot_id: uuid.UUID | None = None,
    space_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A topic as announced; placed in the given cell, or left unplaced."""
    clean_title, clean_convener = _clean_topic(title, convener)
    with db.session() as session:
        _check_cell(session, arena_id, slot_id, space_id)
        topic = OpenSpaceTopic(
            arena_id=arena_id,
            title=clean_title,
            convener=clean_convener,
            slot_id=slot_id,
            space_id=space_id,
        )
        session.add(topic)
    return topic.id


def update_topic(db: Database, topic_id: uuid.UUID, title: str, convener: str) -> None:
    clean_title, clean_convener = _clean_topic(title, convener)
    with db.session() as session:
        topic = _live_topic(session, topic_id)
        if topic.title != clean_title:
            topic.title = clean_title
        if topic.convener != clean_convener:
            topic.convener = clean_convener


def place_topic(
    db: Database, topic_id: uuid.UUID, slot_id: uuid.UUID | None, space_id: uuid.UUID | None
) -> uuid.UUID | None:
    """Move a topic to a cell (or off the wall with None, None). A topic already in that
    cell swaps into the mover's old place. Returns the id of the topic swapped, if any."""
    with db.session() as session:
        topic = _live_topic(session, topic_id)
        _check_cell(session, topic.arena_id, slot_id, space_id)
        if (topic.slot_id, topic.space_id) == (slot_id, space_id):
            return None
        swapped: OpenSpaceTopic | None = None
        if slot_id is not None:
            swapped = session.scalars(
                select(OpenSpaceTopic)
                .where(
                    OpenSpaceTopic.slot_id == slot_id,
                    OpenSpaceTopic.space_id == space_id,
                    live(OpenSpaceTopic),
                    OpenSpaceTopic.id != topic_id,
                )
                .order_by(OpenSpaceTopic.created_at)
                .limit(1)
            ).first()
        if swapped is not None:
            swapped.slot_id, swapped.space_id = topic.slot_id, topic.space_id
        topic.slot_id, topic.space_id = slot_id, space_id
        return swapped.id if swapped is not None else None


def delete_topic(db: Database, topic_id: uuid.UUID) -> None:
    """Tombstone a topic with its documentation (its participant rows stay, unreachable,
    so an undo brings the whole documentation back)."""
    set_topic_deleted(db, topic_id, True)


def set_topic_deleted(db: Database, topic_id: uuid.UUID, deleted: bool) -> None:
    """Delete a topic, or bring it back (undo) with the documentation it had."""
    with db.session() as session:
        topic = session.get(OpenSpaceTopic, topic_id)
        if topic is None:
            raise UserError("record.missing")
        topic.deleted = deleted
        conversations = session.scalars(
            select(OpenSpaceConversation).where(OpenSpaceConversation.topic_id == topic_id)
        ).all()
        for conversation in conversations:
            conversation.deleted = deleted
