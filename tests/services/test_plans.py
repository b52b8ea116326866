"""Plan use cases: a group's plan made once, steps reordered as one change, templates in and
out through the same calls as the `template` command."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from arenadesk.domain.plan_io import save_plan
from arenadesk.services import plans
from arenadesk.services.changes import NOTHING, Kind
from arenadesk.store import plans as plan_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import list_groups


def test_the_runner_reads_a_plan_without_making_one(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    group = next(
        g for g in list_groups(demo_db, arena_id) if not plan_store.group_plan_id(demo_db, g.id)
    )
    shown = plan_store.plan_for_group(demo_db, arena_id, group.id)
    assert [s.number for s in shown.sessions] == [1, 2, 3, 4]
    assert plan_store.group_plan_id(demo_db, group.id) is None  # nothing written
    opened = plans.open_group_plan(demo_db, arena_id, group.id)
    assert opened.changes.ids(Kind.PLANS) == {opened.id}
    again = plans.open_group_plan(demo_db, arena_id, group.id)
    assert again.id == opened.id and again.changes == NOTHING


def test_reordering_is_one_transaction(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    arena_id = require_arena_id(demo_db)
    template = plan_store.get_template(demo_db, plan_store.ensure_master(demo_db, arena_id))
    steps = [s.id for s in template.sessions[0].steps]
    wanted = list(reversed(steps))
    real_move = plan_store.move_step
    calls: list[uuid.UUID] = []

    def failing_move(db: Database, step_id: uuid.UUID, index: int) -> None:
        calls.append(step_id)
        if len(calls) == 3:
            raise RuntimeError("disk gone")
        real_move(db, step_id, index)

    monkeypatch.setattr(plan_store, "move_step", failing_move)
    with pytest.raises(RuntimeError):
        plans.reorder_steps(demo_db, wanted)
    after = plan_store.get_template(demo_db, template.id)
    assert [s.id for s in after.sessions[0].steps] == steps  # the first two moves undone
    monkeypatch.setattr(plan_store, "move_step", real_move)
    changes = plans.reorder_steps(demo_db, wanted)
    assert changes.kinds == {Kind.PLANS}
    after = plan_store.get_template(demo_db, template.id)
    assert [s.id for s in after.sessions[0].steps] == wanted


def test_export_then_import_a_template(demo_db: Database, tmp_path: Path) -> None:
    arena_id = require_arena_id(demo_db)
    plan, changes = plans.template_to_export(demo_db, arena_id)
    assert changes.kinds == {Kind.PLANS}  # the shipped støttemal, installed the first time
    assert plans.template_to_export(demo_db, arena_id) == (plan, NOTHING)
    path = tmp_path / "mal.json"
    save_plan(plan, path)
    imported, installed = plans.import_template(demo_db, arena_id, path)
    assert imported.name == plan.name
    assert installed.changes.ids(Kind.PLANS) == {installed.id}
    assert installed.id in {t.id for t in plan_store.list_templates(demo_db, arena_id)}
