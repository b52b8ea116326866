"""The arena's own details: name, venue, organiser, theme, format and days, saved together."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import arenas
from arenadesk.store.db.database import Database


def save_details(
    db: Database,
    arena_id: uuid.UUID,
    *,
    name: str,
    venue: str,
    organiser: str,
    theme: str,
    format: ArenaFormat,
    days: Sequence[dt.date | None],
) -> ChangeSet:
    """Every detail of the overview form in one transaction: a bad value writes nothing."""
    with db.session():
        arenas.update_arena(
            db, arena_id, name=name, venue=venue, organiser=organiser, theme=theme, format=format
        )
        arenas.set_days(db, arena_id, list(days))
    return ChangeSet.of(Kind.ARENA, arena_id)
