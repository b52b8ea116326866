"""Støttemaler and the groups' plans: edits, copies, and template files in and out.

The window's plan screen and the `template` command call the same functions here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from arenadesk.domain.plan import TemplatePlan
from arenadesk.domain.plan_io import load_plan
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import NOTHING, ChangeSet, Created, Kind
from arenadesk.store import plans
from arenadesk.store.db.database import Database
from arenadesk.store.plans import StepDraft


def _plans(*ids: uuid.UUID) -> ChangeSet:
    return ChangeSet.of(Kind.PLANS, *ids)


def ensure_master(db: Database, arena_id: uuid.UUID) -> ChangeSet:
    """The shipped støttemal, installed when the arena has no template yet."""
    if plans.list_templates(db, arena_id):
        return NOTHING
    with db.session():
        return _plans(plans.ensure_master(db, arena_id))


def open_group_plan(db: Database, arena_id: uuid.UUID, group_id: uuid.UUID) -> Created:
    """The group's own plan, copied from the master the first time it is opened."""
    existing = plans.group_plan_id(db, group_id)
    if existing is not None:
        return Created(existing, NOTHING)
    with db.session():
        plan_id = plans.ensure_group_plan(db, arena_id, group_id)
    return Created(plan_id, _plans(plan_id))


def copy_template(db: Database, template_id: uuid.UUID, name: str) -> Created:
    with db.session():
        copy_id = plans.copy_template(db, template_id, name=name)
    return Created(copy_id, _plans(copy_id))


def install_template(db: Database, arena_id: uuid.UUID, plan: TemplatePlan) -> Created:
    with db.session():
        template_id = plans.install_template(db, arena_id, plan)
    return Created(template_id, _plans(template_id))


def import_template(db: Database, arena_id: uuid.UUID, path: Path) -> tuple[TemplatePlan, Created]:
    """A template file, checked in full before anything is written, as a new master."""
    plan = load_plan(path)
    return plan, install_template(db, arena_id, plan)


def template_to_export(
    db: Database, arena_id: uuid.UUID, group_id: uuid.UUID | None = None
) -> tuple[TemplatePlan, ChangeSet]:
    """The group's plan (made from the master if it has none yet), or the arena's master."""
    if group_id is not None:
        created = open_group_plan(db, arena_id, group_id)
        template_id, changes = created.id, created.changes
    else:
        changes = ensure_master(db, arena_id)
        template_id = plans.list_templates(db, arena_id)[0].id
    template = plans.get_template(db, template_id)
    if template is None:
        raise UserError("record.missing")
    return template.as_plan(), changes


def update_session(db: Database, session_id: uuid.UUID, title: str, start: dt.time) -> ChangeSet:
    with db.session():
        plans.update_session(db, session_id, title, start)
    return _plans(session_id)


def add_step(
    db: Database, session_id: uuid.UUID, draft: StepDraft, at: int | None = None
) -> Created:
    with db.session():
        step_id = plans.add_step(db, session_id, draft, at=at)
    return Created(step_id, _plans(step_id))


def update_step(db: Database, step_id: uuid.UUID, draft: StepDraft) -> ChangeSet:
    with db.session():
        plans.update_step(db, step_id, draft)
    return _plans(step_id)


def delete_step(db: Database, step_id: uuid.UUID) -> ChangeSet:
    with db.session():
        plans.delete_step(db, step_id)
    return _plans(step_id)


def move_step(db: Database, step_id: uuid.UUID, to_index: int) -> ChangeSet:
    with db.session():
        plans.move_step(db, step_id, to_index)
    return _plans(step_id)


def reorder_steps(db: Database, order: Sequence[uuid.UUID]) -> ChangeSet:
    """An økt's steps in the order given (after a drag), saved as one change."""
    with db.session():
        for index, step_id in enumerate(order):
            plans.move_step(db, step_id, index)
    return _plans(*order)
