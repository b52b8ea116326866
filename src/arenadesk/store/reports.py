"""A group's standard report in the database: texts, next steps, self-evaluation, and the
whole report assembled for the PDF and DOCX builders."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.boards import load_templates
from arenadesk.domain.dates import span_text
from arenadesk.domain.report import (
    STRENGTH_LEVELS,
    STRENGTH_REASONS,
    ActionItem,
    BoardFigure,
    GroupReport,
    ParticipantLine,
    SelfEvaluation,
)
from arenadesk.domain.report_prefill import Suggestions, missing_lines, suggest, with_suggestions
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store import report_photos, report_template
from arenadesk.store.arenas import get_arena
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.groups import get_group
from arenadesk.store.models.reports import ActionItemRow, GroupReportText, SelfEvaluationRow
from arenadesk.store.validate import LONG, clean_text

TEXT_FIELDS = (
    "problem",
    "result",
    "concretisation",
    "next_meeting",
    "next_meeting_caller",
    "web_use",
    "comments",
)


@dataclass(frozen=True)
class ReportTexts:
    problem: str = ""
    result: str = ""
    concretisation: str = ""
    next_meeting: str = ""
    next_meeting_caller: str = ""
    web_use: str = ""
    comments: str = ""


@dataclass(frozen=True)
class ActionItemEntry:
    id: uuid.UUID
    what: str
    who: str
    when: str


def _live(session: Session, model: Any, group_id: uuid.UUID) -> Any:
    """The group's row of a one-per-group table (the oldest live one, if a merge made two)."""
    return session.scalars(
        select(model)
        .where(model.group_id == group_id, live(model))
        .order_by(model.created_at)
        .limit(1)
    ).first()


def _editable(session: Session, model: Any, group_id: uuid.UUID) -> Any:
    """The group's row to write to, made on first use.

    Its id is derived from the group, so two facilitators of one group writing the report
    on their own laptops write the same row: the merge then keeps the newer version and
    logs the other as a conflict, instead of two rows of which only one would show.
    """
    row = _live(session, model, group_id)
    if row is None:
        row_id = uuid.uuid5(group_id, model.__tablename__)
        row = session.get(model, row_id)
        if row is None:
            row = model(id=row_id, group_id=group_id)
            session.add(row)
        else:
            row.deleted = False
    return row


def get_texts(db: Database, group_id: uuid.UUID) -> ReportTexts:
    with db.read() as session:
        row = _live(session, GroupReportText, group_id)
        if row is None:
            return ReportTexts()
        return ReportTexts(**{name: getattr(row, name) for name in TEXT_FIELDS})


def save_text(db: Database, group_id: uuid.UUID, name: str, value: str) -> None:
    """Save one section as typed (created on first save)."""
    if name not in TEXT_FIELDS:
        raise ValueError(name)
    multiline = name != "next_meeting_caller"
    clean = clean_text(value, "report_text", limit=LONG, multiline=multiline)
    with db.session() as session:
        row = _editable(session, GroupReportText, group_id)
        if getattr(row, name) != clean:
            setattr(row, name, clean)


def _items(session: Session, group_id: uuid.UUID) -> list[ActionItemRow]:
    return list(
        session.scalars(
            select(ActionItemRow)
            .where(ActionItemRow.group_id == group_id, live(ActionItemRow))
            .order_by(ActionItemRow.position, ActionItemRow.created_at)
        )
    )


def list_action_items(db: Database, group_id: uuid.UUID) -> list[ActionItemEntry]:
    with db.read() as session:
        return [
            ActionItemEntry(r.id, r.what, r.who, r.when_text) for r in _items(session, group_id)
        ]


def _checked_item(item: ActionItem) -> dict[str, str]:
    return {
        "what": clean_text(item.what, "action_what", required=True, limit=LONG, multiline=True),
        "who": clean_text(item.who, "action_who"),
        "when_text": clean_text(item.when, "action_when"),
    }


def add_action_item(db: Database, group_id: uuid.UUID, item: ActionItem) -> uuid.UUID:
    values = _checked_item(item)
    with db.session() as session:
        row = ActionItemRow(group_id=group_id, position=len(_items(session, group_id)), **values)
        session.add(row)
    return row.id


def update_action_item(db: Database, item_id: uuid.UUID, item: ActionItem) -> None:
    values = _checked_item(item)
    with db.session() as session:
        row = session.get(ActionItemRow, item_id)
        if row is None or row.deleted:
            raise UserError("record.missing")
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def delete_action_item(db: Database, item_id: uuid.UUID) -> None:
    with db.session() as session:
        row = session.get(ActionItemRow, item_id)
        if row is None or row.deleted:
            return
        row.deleted = True
        for position, other in enumerate(
            r for r in _items(session, row.group_id) if r.id != item_id
        ):
            if other.position != position:
                other.position = position


def get_self_evaluation(db: Database, group_id: uuid.UUID) -> SelfEvaluation:
    with db.read() as session:
        row = _live(session, SelfEvaluationRow, group_id)
        if row is None:
            return SelfEvaluation()
        return SelfEvaluation(
            row.results, row.strength, tuple(row.reasons), row.reasons_text, row.tips
        )


def save_self_evaluation(db: Database, group_id: uuid.UUID, evaluation: SelfEvaluation) -> None:
    if evaluation.strength is not None and evaluation.strength not in STRENGTH_LEVELS:
        raise ValidationError("report.strength", "strength")
    unknown = [r for r in evaluation.reasons if r not in STRENGTH_REASONS]
    if unknown:
        raise ValidationError("report.reason", "reasons", reason=unknown[0])
    values = {
        "results": clean_text(evaluation.results, "report_text", limit=LONG, multiline=True),
        "strength": evaluation.strength,
        "reasons": [r for r in STRENGTH_REASONS if r in evaluation.reasons],
        "reasons_text": clean_text(
            evaluation.reasons_text, "report_text", limit=LONG, multiline=True
        ),
        "tips": clean_text(evaluation.tips, "report_text", limit=LONG, multiline=True),
    }
    with db.session() as session:
        row = _editable(session, SelfEvaluationRow, group_id)
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)


def assemble_group_report(
    db: Database, group_id: uuid.UUID, language: str = "nb", *, boards: bool = True
) -> GroupReport:
    """Everything the report shows, read in one go for the builders. Without `boards` it
    skips reading the templates and notes (the completeness check runs on every save)."""

    group = get_group(db, group_id)
    if group is None:
        raise UserError("record.missing")
    arena = get_arena(db)
    texts = get_texts(db, group_id)
    participants = [
        ParticipantLine(
            m.name, m.title, m.organisation, m.role, m.days, m.perspective, m.attendance_note
        )
        for m in group.members
    ]
    items = [ActionItem(i.what, i.who, i.when) for i in list_action_items(db, group_id)]
    photos = report_photos.group_photos(db, group_id) if boards else None
    figures = _figures(db, group_id, photos) if boards else []
    return GroupReport(
        arena_name=arena.name if arena else "",
        arena_dates=span_text(arena.days, language) if arena else "",
        organiser=arena.organiser if arena else "",
        code=group.code,
        title=group.title,
        participants=participants,
        action_items=items,
        boards=figures,
        self_evaluation=get_self_evaluation(db, group_id),
        template=report_template.get_template(db, arena.id if arena else None),
        extras=report_template.get_extra_texts(db, group_id),
        photos=photos.report if photos else [],
        **{name: getattr(texts, name) for name in TEXT_FIELDS},
    )


def _figures(
    db: Database, group_id: uuid.UUID, photos: report_photos.GroupPhotos | None = None
) -> list[BoardFigure]:
    from arenadesk.store import boards as board_store
    from arenadesk.store import notes as note_store

    library = load_templates()
    figures = []
    for board in board_store.list_boards(db, group_id):
        template = library.get(board.template_key)
        if template is not None:
            notes = tuple(note_store.list_notes(db, board.id))
            pictures = tuple(photos.boards.get(board.id, ())) if photos else ()
            figures.append(BoardFigure(board.title, template, notes, pictures))
    return figures


def board_suggestions(db: Database, group_id: uuid.UUID) -> Suggestions:
    """What the group's boards suggest for the problem, the result and the next steps."""
    from arenadesk.store import boards as board_store
    from arenadesk.store import notes as note_store

    library = load_templates()
    ordered = []
    for board in board_store.list_boards(db, group_id):
        template = library.get(board.template_key)
        if template is None:
            continue
        zone_order = {zone.key: index for index, zone in enumerate(template.zones)}
        notes = sorted(
            note_store.list_notes(db, board.id),
            key=lambda n: (zone_order.get(n.zone_key, 99), n.y, n.x),
        )
        ordered.append((board.template_key, [(n.zone_key, n.text) for n in notes]))
    return suggest(ordered)


def apply_suggestions(db: Database, group_id: uuid.UUID, sections: set[str]) -> None:
    """Add the confirmed suggestions: missing lines appended to the texts, missing next
    steps added as action items. Nothing typed is changed."""
    found = board_suggestions(db, group_id)
    texts = get_texts(db, group_id)
    for section in sorted({"problem", "result"} & sections):
        merged = with_suggestions(getattr(texts, section), found.for_section(section))
        if merged != getattr(texts, section):
            save_text(db, group_id, section, merged)
    if "action_items" in sections:
        present = "\n".join(item.what for item in list_action_items(db, group_id))
        for line in missing_lines(present, found.action_items):
            add_action_item(db, group_id, ActionItem(line))
