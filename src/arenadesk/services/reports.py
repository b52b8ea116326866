"""A group's standard report: its texts, next steps, self-evaluation and the suggestions
taken from its boards. Each action is one transaction and says which group's report
changed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.domain.report_template import ReportTemplate
from arenadesk.services.changes import NOTHING, ChangeSet, Created, Kind
from arenadesk.store import report_template, reports
from arenadesk.store.db.database import Database


def _report(group_id: uuid.UUID) -> ChangeSet:
    return ChangeSet.of(Kind.REPORTS, group_id)


def save_texts(
    db: Database,
    group_id: uuid.UUID,
    values: Mapping[str, str],
    extras: Mapping[str, str] | None = None,
) -> ChangeSet:
    """The report's text sections as typed (and the organiser's extra sections, by key);
    unchanged ones are left, and a refused one keeps every other from being written too."""
    saved = reports.get_texts(db, group_id)
    changed = {k: v for k, v in values.items() if v.strip() != getattr(saved, k)}
    saved_extras = report_template.get_extra_texts(db, group_id)
    changed_extras = {
        k: v for k, v in (extras or {}).items() if v.strip() != saved_extras.get(k, "")
    }
    if not changed and not changed_extras:
        return NOTHING
    with db.session():
        for field, value in changed.items():
            reports.save_text(db, group_id, field, value)
        for key, value in changed_extras.items():
            report_template.save_extra_text(db, group_id, key, value)
    return _report(group_id)


def apply_suggestions(db: Database, group_id: uuid.UUID, sections: set[str]) -> ChangeSet:
    with db.session():
        reports.apply_suggestions(db, group_id, sections)
    return _report(group_id)


def add_action_item(db: Database, group_id: uuid.UUID, item: ActionItem) -> Created:
    with db.session():
        item_id = reports.add_action_item(db, group_id, item)
    return Created(item_id, _report(group_id))


def update_action_item(
    db: Database, group_id: uuid.UUID, item_id: uuid.UUID, item: ActionItem
) -> ChangeSet:
    with db.session():
        reports.update_action_item(db, item_id, item)
    return _report(group_id)


def delete_action_items(
    db: Database, group_id: uuid.UUID, item_ids: Iterable[uuid.UUID]
) -> ChangeSet:
    """The chosen next steps, all or none."""
    with db.session():
        for item_id in item_ids:
            reports.delete_action_item(db, item_id)
    return _report(group_id)


def save_self_evaluation(
    db: Database, group_id: uuid.UUID, evaluation: SelfEvaluation
) -> ChangeSet:
    with db.session():
        reports.save_self_evaluation(db, group_id, evaluation)
    return _report(group_id)


def save_template(db: Database, arena_id: uuid.UUID, template: ReportTemplate) -> ChangeSet:
    """The arena's report template, every value checked, in one transaction; every group's
    report follows it."""
    with db.session():
        report_template.save_template(db, template, arena_id)
    return ChangeSet.of(Kind.REPORTS)
