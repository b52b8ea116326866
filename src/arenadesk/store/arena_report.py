"""The whole arena read for the compiled report, in a fixed number of queries.

`assemble_group_report` reads one group in about eight queries; for a 29-group arena
with boards that is a few hundred round trips. Here every table is read once for all the
groups (texts, next steps, self-evaluations, boards, notes) and each `GroupReport` is
built with exactly the fields `assemble_group_report` gives it (a test compares the two
for every group).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from arenadesk.domain.arena_report import ArenaReport, GroupOverviewRow, perspective_counts
from arenadesk.domain.boards import load_templates
from arenadesk.domain.dates import span_text
from arenadesk.domain.report import (
    ActionItem,
    BoardFigure,
    GroupReport,
    ParticipantLine,
    ReportPhoto,
)
from arenadesk.domain.report import SelfEvaluation as Evaluation
from arenadesk.i18n.messages import UserError
from arenadesk.store import report_photos
from arenadesk.store.arenas import ArenaDetails, get_arena
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.groups import GroupRow, list_groups
from arenadesk.store.models.arena import ChallengeGroup
from arenadesk.store.models.boards import Board, Note
from arenadesk.store.models.reports import (
    ActionItemRow,
    GroupReportExtra,
    GroupReportText,
    SelfEvaluationRow,
)
from arenadesk.store.notes import NoteRow, note_row
from arenadesk.store.people import arena_diversity
from arenadesk.store.proceedings import assemble_proceedings, has_conversations
from arenadesk.store.report_template import get_template
from arenadesk.store.reports import TEXT_FIELDS


def assemble_arena_report(
    db: Database, arena_id: uuid.UUID, language: str = "nb", *, boards: bool = True
) -> ArenaReport:
    """Everything the arena report shows, for the PDF and DOCX builders. Without `boards`
    the boards and notes are not read (the spreadsheets have no use for them)."""
    arena = get_arena(db, arena_id)
    if arena is None:
        raise UserError("db.no_arena", path=db.location)
    groups = list_groups(db, arena_id)  # members of all groups in one query, in code order
    mix = arena_diversity(db, arena_id)
    with db.read() as session:
        # The photos print on the group's page, each board's beside its board.
        photos = report_photos.arena_photos(session, arena_id) if boards else {}
        board_photos = {key: value for p in photos.values() for key, value in p.boards.items()}
        texts = _first_per_group(session, GroupReportText, arena_id)
        evaluations = _first_per_group(session, SelfEvaluationRow, arena_id)
        items = _action_items(session, arena_id)
        extras = _extra_texts(session, arena_id)
        figures = _figures(session, arena_id, board_photos) if boards else {}
        open_space = has_conversations(session, arena_id)
    reports = [
        _group_report(arena, group, language, texts.get(group.id), evaluations.get(group.id))
        for group in groups
    ]
    template = get_template(db, arena_id)
    for report, group in zip(reports, groups, strict=True):
        report.action_items = items.get(group.id, [])
        report.boards = figures.get(group.id, [])
        report.template = template
        report.extras = extras.get(group.id, {})
        report.photos = photos[group.id].report if group.id in photos else []
    proceedings = assemble_proceedings(db, arena_id, language) if open_space else None
    return ArenaReport(
        arena_name=arena.name,
        arena_dates=span_text(arena.days, language),
        venue=arena.venue,
        theme=arena.theme,
        organiser=arena.organiser,
        format=arena.format,
        days=arena.days,
        language=language,
        participant_count=mix.total,
        perspectives=perspective_counts(mix.counts),
        groups=[_overview_row(group) for group in groups],
        reports=reports,
        open_space=proceedings if proceedings and not proceedings.is_empty else None,
    )


def _overview_row(group: GroupRow) -> GroupOverviewRow:
    # As the overview screen shows it: the owning organisation, else the owners' names.
    owner = group.owner_org or ", ".join(group.owners)
    return GroupOverviewRow(
        group.code, group.title, owner, tuple(group.facilitators), group.member_count
    )


def _group_report(
    arena: ArenaDetails,
    group: GroupRow,
    language: str,
    texts: GroupReportText | None,
    evaluation: SelfEvaluationRow | None,
) -> GroupReport:
    participants = [
        ParticipantLine(
            m.name, m.title, m.organisation, m.role, m.days, m.perspective, m.attendance_note
        )
        for m in group.members
    ]
    written = {name: getattr(texts, name) for name in TEXT_FIELDS} if texts else {}
    return GroupReport(
        arena_name=arena.name,
        arena_dates=span_text(arena.days, language),
        organiser=arena.organiser,
        code=group.code,
        title=group.title,
        participants=participants,
        self_evaluation=(
            Evaluation(
                evaluation.results,
                evaluation.strength,
                tuple(evaluation.reasons),
                evaluation.reasons_text,
                evaluation.tips,
            )
            if evaluation
            else Evaluation()
        ),
        **written,
    )


def _of_arena(model: Any, arena_id: uuid.UUID) -> Select[Any]:
    """The live rows of a per-group table whose group is a live group of the arena (a join
    rather than a list of ids, which SQLite caps at a few hundred parameters)."""
    return (
        select(model)
        .join(ChallengeGroup, model.group_id == ChallengeGroup.id)
        .where(
            ChallengeGroup.arena_id == arena_id,
            live(ChallengeGroup),
            live(model),
        )
    )


def _first_per_group(session: Session, model: Any, arena_id: uuid.UUID) -> dict[uuid.UUID, Any]:
    """Each group's row of a one-per-group table: the oldest live one, as the group report
    reads it (a merge may have made two)."""
    rows = session.scalars(_of_arena(model, arena_id).order_by(model.created_at))
    first: dict[uuid.UUID, Any] = {}
    for row in rows:
        first.setdefault(row.group_id, row)
    return first


def _action_items(session: Session, arena_id: uuid.UUID) -> dict[uuid.UUID, list[ActionItem]]:
    rows = session.scalars(
        _of_arena(ActionItemRow, arena_id).order_by(
            ActionItemRow.position, ActionItemRow.created_at
        )
    )
    items: dict[uuid.UUID, list[ActionItem]] = defaultdict(list)
    for row in rows:
        items[row.group_id].append(ActionItem(row.what, row.who, row.when_text))
    return items


def _extra_texts(session: Session, arena_id: uuid.UUID) -> dict[uuid.UUID, dict[str, str]]:
    """Each group's texts for the template's extra sections (the oldest row per key)."""
    texts: dict[uuid.UUID, dict[str, str]] = defaultdict(dict)
    for row in session.scalars(
        _of_arena(GroupReportExtra, arena_id).order_by(GroupReportExtra.created_at)
    ):
        texts[row.group_id].setdefault(row.section_key, row.text)
    return texts


def _figures(
    session: Session,
    arena_id: uuid.UUID,
    photos: dict[uuid.UUID, list[ReportPhoto]] | None = None,
) -> dict[uuid.UUID, list[BoardFigure]]:
    """Each group's boards with their live notes (bottom to top), as `list_boards` and
    `list_notes` give them; boards of a template this laptop lacks are left out, as in
    the group report."""
    library = load_templates()
    boards = session.scalars(
        _of_arena(Board, arena_id).order_by(Board.position, Board.created_at)
    ).all()
    notes: dict[uuid.UUID, list[NoteRow]] = defaultdict(list)
    for note in session.scalars(
        select(Note)
        .join(Board, Note.board_id == Board.id)
        .join(ChallengeGroup, Board.group_id == ChallengeGroup.id)
        .where(
            ChallengeGroup.arena_id == arena_id,
            live(Board),
            live(Note),
        )
        .order_by(Note.z, Note.created_at)
    ):
        notes[note.board_id].append(note_row(note))
    figures: dict[uuid.UUID, list[BoardFigure]] = defaultdict(list)
    for board in boards:
        template = library.get(board.template_key)
        if template is not None:
            figures[board.group_id].append(
                BoardFigure(
                    board.title,
                    template,
                    tuple(notes[board.id]),
                    tuple((photos or {}).get(board.id, ())),
                )
            )
    return figures
