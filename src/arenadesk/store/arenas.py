"""Reading and editing the arena itself: details and days."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import Arena, ArenaDay
from arenadesk.store.rows import (
    ArenaDetails,
    StoredArena,
    StoredDay,
    arena_details,
    first_created,
)
from arenadesk.store.validate import LONG, clean_text

EARLIEST_YEAR, LATEST_YEAR = 2000, 2100

# The columns of `StoredArena` and `StoredDay`, in their order.
_ARENA = (
    Arena.id,
    Arena.created_at,
    Arena.name,
    Arena.venue,
    Arena.theme,
    Arena.organiser,
    Arena.format,
)
_DAY = (ArenaDay.number, ArenaDay.id, ArenaDay.date)


def _live_arena(session: Session, arena_id: uuid.UUID | None = None) -> StoredArena | None:
    query = select(*_ARENA).where(live(Arena))
    if arena_id is not None:
        query = query.where(Arena.id == arena_id)
    return first_created(StoredArena._make(row) for row in session.execute(query))


def current_arena_id(db: Database) -> uuid.UUID | None:
    """A file holds one arena; after a merge the first-created one is the arena."""
    with db.read() as session:
        arena = _live_arena(session)
        return arena.id if arena else None


def require_arena_id(db: Database) -> uuid.UUID:
    arena_id = current_arena_id(db)
    if arena_id is None:
        raise UserError("db.no_arena", path=db.location)
    return arena_id


def get_arena(db: Database, arena_id: uuid.UUID | None = None) -> ArenaDetails | None:
    with db.read() as session:
        arena = _live_arena(session, arena_id)
        if arena is None:
            return None
        days = session.execute(
            select(*_DAY).where(ArenaDay.arena_id == arena.id, live(ArenaDay))
        ).all()
    return arena_details(arena, (StoredDay._make(day) for day in days))


def _check_days(days: list[dt.date | None]) -> None:
    latest: dt.date | None = None  # the last dated day so far; undated days are skipped
    for number, day in enumerate(days, start=1):
        if day is None:
            continue
        if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
            raise ValidationError("arena.date_range", "days", low=EARLIEST_YEAR, high=LATEST_YEAR)
        if latest and day < latest:
            raise ValidationError("arena.day_order", "days", number=number)
        latest = day


def create_arena(
    db: Database,
    name: str,
    *,
    venue: str = "",
    theme: str = "",
    organiser: str = "",
    format: ArenaFormat = ArenaFormat.FACILITATED,
    days: list[dt.date | None] | None = None,
) -> uuid.UUID:
    days = list(days) if days is not None else [None, None]
    _check_days(days)
    arena = Arena(
        name=clean_text(name, "arena_name", required=True),
        venue=clean_text(venue, "venue"),
        theme=clean_text(theme, "theme", limit=LONG, multiline=True),
        organiser=clean_text(organiser, "organiser"),
        format=ArenaFormat(format).value,
    )
    with db.session() as session:
        session.add(arena)
        session.flush()
        for number, date in enumerate(days, start=1):
            session.add(ArenaDay(arena_id=arena.id, number=number, date=date))
    return arena.id


def update_arena(db: Database, arena_id: uuid.UUID, **fields: object) -> None:
    """Save changed details (name, venue, theme, organiser, format); unchanged ones are left."""
    cleaners: dict[str, Callable[[Any], str]] = {
        "name": lambda v: clean_text(v, "arena_name", required=True),
        "venue": lambda v: clean_text(v, "venue"),
        "theme": lambda v: clean_text(v, "theme", limit=LONG, multiline=True),
        "organiser": lambda v: clean_text(v, "organiser"),
        "format": lambda v: ArenaFormat(v).value,
    }
    values = {key: cleaners[key](value) for key, value in fields.items()}
    with db.session() as session:
        arena = session.get(Arena, arena_id)
        if arena is None or arena.deleted:
            raise UserError("db.no_arena", path=db.location)
        for key, value in values.items():
            if getattr(arena, key) != value:
                setattr(arena, key, value)


def set_days(db: Database, arena_id: uuid.UUID, days: list[dt.date | None]) -> None:
    """Set the arena's days in order; extra old days become tombstones."""
    _check_days(days)
    with db.session() as session:
        existing = {
            d.number: d
            for d in session.scalars(select(ArenaDay).where(ArenaDay.arena_id == arena_id))
        }
        for number, date in enumerate(days, start=1):
            day = existing.get(number)
            if day is None:
                session.add(ArenaDay(arena_id=arena_id, number=number, date=date))
            elif day.date != date or day.deleted:
                day.date, day.deleted = date, False
        for number, day in existing.items():
            if number > len(days) and not day.deleted:
                day.deleted = True


def day_count(db: Database, arena_id: uuid.UUID) -> int:
    """How many days the arena has (at least one: an arena without dates is one day)."""
    with db.read() as session:
        arena = session.get(Arena, arena_id)
        if arena is None or arena.deleted:
            raise UserError("record.missing")
        return max(1, len([d for d in arena.days if not d.deleted]))
