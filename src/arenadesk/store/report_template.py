"""The arena's report template and the groups' texts for its extra sections.

API: ``get_template(db, arena_id=None) -> ReportTemplate`` (the arena's, else the
default preset); ``save_template(db, template, arena_id=None)`` (checked, one
transaction; travels in packages and setup files); ``add_extra_section(db, heading,
arena_id=None) -> key`` (appended to the template); ``get_extra_texts(db, group_id) ->
dict[key, text]``; ``save_extra_text(db, group_id, key, text)``. See
`domain.report_template` for the template itself.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.report_template import (
    DEFAULT,
    EXTRA_PREFIX,
    ReportTemplate,
    TemplateError,
    TemplateSection,
    from_json,
    new_extra_key,
    to_json,
)
from arenadesk.i18n.messages import ValidationError
from arenadesk.store.arenas import current_arena_id, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.reports import GroupReportExtra, ReportTemplateRow
from arenadesk.store.validate import LONG, clean_text


def _row(session: Session, arena_id: uuid.UUID) -> ReportTemplateRow | None:
    return session.scalars(
        select(ReportTemplateRow)
        .where(ReportTemplateRow.arena_id == arena_id, live(ReportTemplateRow))
        .order_by(ReportTemplateRow.created_at)
        .limit(1)
    ).first()


def _read(row: ReportTemplateRow | None) -> ReportTemplate:
    if row is None:
        return DEFAULT
    try:
        return from_json({"preset": row.preset, "sections": row.sections})
    except TemplateError:
        return DEFAULT  # a damaged row never stops a report from being written


def get_template(db: Database, arena_id: uuid.UUID | None = None) -> ReportTemplate:
    """The arena's report template, or the default preset when it has none."""
    arena = arena_id or current_arena_id(db)
    if arena is None:
        return DEFAULT
    with db.read() as session:
        return _read(_row(session, arena))


def save_template(
    db: Database, template: ReportTemplate, arena_id: uuid.UUID | None = None
) -> ReportTemplate:
    """Store the arena's template (every value checked); returns it as stored."""
    try:
        checked = from_json(to_json(template))
    except TemplateError as error:
        raise ValidationError("report.template", "template", detail=str(error)) from error
    arena = arena_id or require_arena_id(db)
    with db.session() as session:
        row = _row(session, arena)
        if row is None:
            row_id = uuid.uuid5(arena, "report_template")
            row = session.get(ReportTemplateRow, row_id)
            if row is None:
                row = ReportTemplateRow(id=row_id, arena_id=arena)
                session.add(row)
            row.deleted = False
        data = to_json(checked)
        if row.preset != data["preset"]:
            row.preset = data["preset"]
        if row.sections != data["sections"]:
            row.sections = data["sections"]
    return checked


def add_extra_section(db: Database, heading: str, arena_id: uuid.UUID | None = None) -> str:
    """Append an extra section with this heading to the arena's template; its key."""
    template = get_template(db, arena_id)
    key = new_extra_key()
    section = TemplateSection(key, " ".join(heading.split()))
    save_template(db, template.with_sections((*template.sections, section)), arena_id)
    return key


def get_extra_texts(db: Database, group_id: uuid.UUID) -> dict[str, str]:
    """The group's texts for extra sections, by section key."""
    with db.read() as session:
        rows = session.scalars(
            select(GroupReportExtra)
            .where(GroupReportExtra.group_id == group_id, live(GroupReportExtra))
            .order_by(GroupReportExtra.created_at)
        )
        texts: dict[str, str] = {}
        for row in rows:
            texts.setdefault(row.section_key, row.text)
        return texts


def save_extra_text(db: Database, group_id: uuid.UUID, key: str, text: str) -> None:
    """Save the group's text for an extra section (created on first save)."""
    if not key.startswith(EXTRA_PREFIX) or len(key) > 20:
        raise ValueError(key)
    clean = clean_text(text, "report_text", limit=LONG, multiline=True)
    with db.session() as session:
        row = session.scalars(
            select(GroupReportExtra)
            .where(
                GroupReportExtra.group_id == group_id,
                GroupReportExtra.section_key == key,
                live(GroupReportExtra),
            )
            .order_by(GroupReportExtra.created_at)
            .limit(1)
        ).first()
        if row is None:
            row_id = uuid.uuid5(group_id, f"group_report_extra:{key}")
            row = session.get(GroupReportExtra, row_id)
            if row is None:
                row = GroupReportExtra(id=row_id, group_id=group_id, section_key=key, text="")
                session.add(row)
            row.deleted = False
        if row.text != clean:
            row.text = clean
