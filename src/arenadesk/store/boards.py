"""A group's boards: reading, adding, renaming, tying to a step of the plan, tombstoning.

Every edit is its own committed transaction, so a crash loses nothing already placed.
A board's notes are in `store.notes`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup
from arenadesk.store.models.boards import Board, Note
from arenadesk.store.models.plans import TemplateSession, TemplateStep
from arenadesk.store.plans import group_plan_id
from arenadesk.store.validate import clean_text

SESSIONS = range(1, 5)


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


def live_board(session: Session, board_id: uuid.UUID) -> Board:
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
        board = live_board(session, board_id)
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
