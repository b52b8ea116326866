"""An arena's Open Space proceedings read for the documents and spreadsheets."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.dates import span_text
from arenadesk.domain.proceedings import Proceedings, SessionInfo
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import get_arena
from arenadesk.store.conversations import list_conversations
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.open_space import OpenSpaceConversation, OpenSpaceTopic
from arenadesk.store.open_space import get_wall
from arenadesk.store.report_photos import conversation_photos


def assemble_proceedings(db: Database, arena_id: uuid.UUID, language: str = "nb") -> Proceedings:
    """The arena's facts, its økter and every documented conversation in number order."""
    arena = get_arena(db, arena_id)
    if arena is None:
        raise UserError("db.no_arena", path=db.location)
    wall = get_wall(db, arena_id)
    rows = list_conversations(db, arena_id, documented_only=True)
    return Proceedings(
        arena_name=arena.name,
        arena_dates=span_text(arena.days, language),
        venue=arena.venue,
        theme=arena.theme,
        organiser=arena.organiser,
        format=arena.format,
        language=language,
        conversations=rows,
        sessions=tuple(SessionInfo(s.number, s.day, s.starts, s.ends) for s in wall.slots),
        photos=conversation_photos(db, arena_id),
    )


def has_conversations(session: Session, arena_id: uuid.UUID) -> bool:
    """Whether any conversation of the arena is documented (one query, for the compiled
    report, which reads the proceedings only then)."""
    found = session.scalar(
        select(OpenSpaceConversation.id)
        .join(OpenSpaceTopic, OpenSpaceConversation.topic_id == OpenSpaceTopic.id)
        .where(
            OpenSpaceTopic.arena_id == arena_id,
            live(OpenSpaceTopic),
            live(OpenSpaceConversation),
        )
        .limit(1)
    )
    return found is not None


def require_proceedings(db: Database, arena_id: uuid.UUID, language: str = "nb") -> Proceedings:
    """As `assemble_proceedings`, refusing an arena with nothing documented in Open Space."""
    proceedings = assemble_proceedings(db, arena_id, language)
    if proceedings.is_empty:
        raise UserError("proceedings.no_inputs", name=proceedings.arena_name)
    return proceedings
