"""Saving the arena's report template is one use case: checked, one transaction, a change
set that makes every report screen follow it."""

from __future__ import annotations

import pytest

from arenadesk.domain.report_template import DEFAULT, PRESETS, ReportTemplate, TemplateSection
from arenadesk.i18n.messages import ValidationError
from arenadesk.services import reports as report_service
from arenadesk.services.changes import Kind
from arenadesk.store import report_template as store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database


def test_saving_the_template_announces_the_reports(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    changes = report_service.save_template(demo_db, arena_id, PRESETS["2015"])
    assert changes.affects(Kind.REPORTS)
    assert store.get_template(demo_db, arena_id) == PRESETS["2015"]


def test_a_refused_template_writes_nothing(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    too_long = TemplateSection("extra-x", "Ø" * 5_000)
    broken = ReportTemplate("standard", (*DEFAULT.sections, too_long))
    with pytest.raises(ValidationError):
        report_service.save_template(demo_db, arena_id, broken)
    assert store.get_template(demo_db, arena_id) == DEFAULT
