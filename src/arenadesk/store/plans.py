"""Støttemaler and the groups' plans: install, copy, read and edit økter and steps."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.plans import SupportTemplate, TemplateSession, TemplateStep
from arenadesk.store.validate import LONG, clean_text

MAX_MINUTES = 480


@dataclass(frozen=True)
class StepRow:
    id: uuid.UUID
    position: int
    title: str
    minutes: int
    purpose: str
    prompt: str
    tips: str
    board: str | None


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    number: int
    day: int
    title: str
    start: dt.time
    steps: tuple[StepRow, ...]

    def as_plan(self) -> SessionPlan:
        return SessionPlan(
            self.number,
            self.day,
            self.title,
            self.start,
            [
                StepPlan(s.title, s.minutes, s.purpose, s.prompt, s.tips, s.board)
                for s in self.steps
            ],
        )


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    name: str
    description: str
    group_id: uuid.UUID | None
    sessions: tuple[SessionRow, ...]

    def as_plan(self) -> TemplatePlan:
        return TemplatePlan(self.name, self.description, [s.as_plan() for s in self.sessions])

    def session(self, number: int) -> SessionRow | None:
        return next((s for s in self.sessions if s.number == number), None)


@dataclass(frozen=True)
class StepDraft:
    title: str
    minutes: int
    purpose: str = ""
    prompt: str = ""
    tips: str = ""
    board: str | None = None


def _checked_step(draft: StepDraft) -> dict[str, object]:
    if not isinstance(draft.minutes, int) or not 1 <= draft.minutes <= MAX_MINUTES:
        raise ValidationError("plan.step_minutes", "minutes", limit=MAX_MINUTES)
    return {
        "title": clean_text(draft.title, "title", required=True),
        "minutes": draft.minutes,
        "purpose": clean_text(draft.purpose, "purpose", limit=LONG, multiline=True),
        "prompt": clean_text(draft.prompt, "prompt", limit=LONG, multiline=True),
        "tips": clean_text(draft.tips, "tips", limit=LONG, multiline=True),
        "board": draft.board or None,
    }


def _row(template: SupportTemplate) -> TemplateRow:
    sessions = []
    for session in template.sessions:
        if session.deleted:
            continue
        steps = tuple(
            StepRow(s.id, s.position, s.title, s.minutes, s.purpose, s.prompt, s.tips, s.board)
            for s in session.steps
            if not s.deleted
        )
        sessions.append(
            SessionRow(session.id, session.number, session.day, session.title, session.start, steps)
        )
    return TemplateRow(
        template.id, template.name, template.description, template.group_id, tuple(sessions)
    )


def _add_plan(
    session: Session,
    arena_id: uuid.UUID,
    plan: TemplatePlan,
    group_id: uuid.UUID | None,
    copied_from: uuid.UUID | None,
) -> SupportTemplate:
    template = SupportTemplate(
        arena_id=arena_id,
        group_id=group_id,
        copied_from_id=copied_from,
        name=clean_text(plan.name, "title", required=True),
        description=plan.description,
    )
    session.add(template)
    session.flush()
    for session_plan in plan.sessions:
        row = TemplateSession(
            template_id=template.id,
            number=session_plan.number,
            day=session_plan.day,
            title=session_plan.title,
            start=session_plan.start,
        )
        session.add(row)
        session.flush()
        for position, step in enumerate(session_plan.steps):
            values = _checked_step(
                StepDraft(
                    step.title, step.minutes, step.purpose, step.prompt, step.tips, step.board
                )
            )
            session.add(TemplateStep(session_id=row.id, position=position, **values))
    return template


def install_template(
    db: Database, arena_id: uuid.UUID, plan: TemplatePlan, group_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Store a plan as a master template (or, with group_id, as that group's plan)."""
    with db.session() as session:
        template = _add_plan(session, arena_id, plan, group_id, None)
    return template.id


def list_templates(db: Database, arena_id: uuid.UUID) -> list[TemplateRow]:
    """The arena's master templates (not the groups' plans), oldest first."""
    with db.read() as session:
        templates = session.scalars(
            select(SupportTemplate)
            .where(
                SupportTemplate.arena_id == arena_id,
                SupportTemplate.group_id.is_(None),
                live(SupportTemplate),
            )
            .order_by(SupportTemplate.created_at)
        ).all()
        return [_row(t) for t in templates]


def get_template(db: Database, template_id: uuid.UUID) -> TemplateRow | None:
    with db.read() as session:
        template = session.get(SupportTemplate, template_id)
        return None if template is None or template.deleted else _row(template)


def ensure_master(db: Database, arena_id: uuid.UUID) -> uuid.UUID:
    """The arena's first master template, installing the shipped default if there is none."""
    masters = list_templates(db, arena_id)
    if masters:
        return masters[0].id
    from arenadesk.domain.plan_io import default_plan

    return install_template(db, arena_id, default_plan())


def copy_template(
    db: Database,
    template_id: uuid.UUID,
    *,
    name: str | None = None,
    group_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A full copy; editing it never changes the original."""
    original = get_template(db, template_id)
    if original is None:
        raise UserError("record.missing")
    plan = original.as_plan()
    if name:
        plan.name = name
    with db.session() as session:
        arena_id = session.get(SupportTemplate, template_id).arena_id  # type: ignore[union-attr]
        copy = _add_plan(session, arena_id, plan, group_id, template_id)
    return copy.id


def group_plan_id(db: Database, group_id: uuid.UUID) -> uuid.UUID | None:
    with db.read() as session:
        return session.scalar(
            select(SupportTemplate.id)
            .where(SupportTemplate.group_id == group_id, live(SupportTemplate))
            .order_by(SupportTemplate.created_at)
            .limit(1)
        )


def plan_for_group(db: Database, arena_id: uuid.UUID, group_id: uuid.UUID) -> TemplatePlan:
    """What the group runs, read without writing: its own plan, or before its first run the
    master it will be copied from (the shipped støttemal when the arena has none yet)."""
    plan_id = group_plan_id(db, group_id)
    if plan_id is None:
        plan_id = next((t.id for t in list_templates(db, arena_id)), None)
    template = get_template(db, plan_id) if plan_id else None
    if template is not None:
        return template.as_plan()
    from arenadesk.domain.plan_io import default_plan

    return default_plan()


def ensure_group_plan(db: Database, arena_id: uuid.UUID, group_id: uuid.UUID) -> uuid.UUID:
    """The group's own plan, copied from the arena's master the first time it is needed."""
    existing = group_plan_id(db, group_id)
    if existing is not None:
        return existing
    master = ensure_master(db, arena_id)
    original = get_template(db, master)
    assert original is not None
    return copy_template(db, master, group_id=group_id, name=original.name)


def rename_template(db: Database, template_id: uuid.UUID, name: str, description: str) -> None:
    values = {
        "name": clean_text(name, "title", required=True),
        "description": clean_text(description, "description", limit=LONG, multiline=True),
    }
    with db.session() as session:
        template = session.get(SupportTemplate, template_id)
        if template is None or template.deleted:
            raise UserError("record.missing")
        for key, value in values.items():
            if getattr(template, key) != value:
                setattr(template, key, value)


def delete_template(db: Database, template_id: uuid.UUID) -> None:
    with db.session() as session:
        template = session.get(SupportTemplate, template_id)
        if template is None or template.deleted:
            return
        template.deleted = True
        for template_session in template.sessions:
            template_session.deleted = True
            for step in template_session.steps:
                step.deleted = True


def update_session(db: Database, session_id: uuid.UUID, title: str, start: dt.time) -> None:
    clean = clean_text(title, "title")
    with db.session() as session:
        template_session = session.get(TemplateSession, session_id)
        if template_session is None or template_session.deleted:
            raise UserError("record.missing")
        if template_session.title != clean:
            template_session.title = clean
        if template_session.start != start:
            template_session.start = start


def _live_steps(session: Session, session_id: uuid.UUID) -> list[TemplateStep]:
    return list(
        session.scalars(
            select(TemplateStep)
            .where(TemplateStep.session_id == session_id, live(TemplateStep))
            .order_by(TemplateStep.position, TemplateStep.created_at)
        )
    )


def _renumber(steps: list[TemplateStep]) -> None:
    for position, step in enumerate(steps):
        if step.position != position:
            step.position = position


def add_step(
    db: Database, session_id: uuid.UUID, draft: StepDraft, at: int | None = None
) -> uuid.UUID:
    values = _checked_step(draft)
    with db.session() as session:
        steps = _live_steps(session, session_id)
        step = TemplateStep(session_id=session_id, position=len(steps), **values)
        session.add(step)
        index = len(steps) if at is None else max(0, min(at, len(steps)))
        steps.insert(index, step)
        _renumber(steps)
    return step.id


def update_step(db: Database, step_id: uuid.UUID, draft: StepDraft) -> None:
    values = _checked_step(draft)
    with db.session() as session:
        step = session.get(TemplateStep, step_id)
        if step is None or step.deleted:
            raise UserError("record.missing")
        for key, value in values.items():
            if getattr(step, key) != value:
                setattr(step, key, value)


def delete_step(db: Database, step_id: uuid.UUID) -> None:
    with db.session() as session:
        step = session.get(TemplateStep, step_id)
        if step is None or step.deleted:
            return
        step.deleted = True
        _renumber([s for s in _live_steps(session, step.session_id) if s.id != step_id])


def move_step(db: Database, step_id: uuid.UUID, to_index: int) -> None:
    with db.session() as session:
        step = session.get(TemplateStep, step_id)
        if step is None or step.deleted:
            return
        steps = [s for s in _live_steps(session, step.session_id) if s.id != step_id]
        steps.insert(max(0, min(to_index, len(steps))), step)
        _renumber(steps)
