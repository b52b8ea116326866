"""Støttemaler and group plans in the database: install, copy, edit, reorder."""

from __future__ import annotations

import datetime as dt

import pytest

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.i18n.messages import ValidationError
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.plans import (
    StepDraft,
    add_step,
    copy_template,
    delete_step,
    ensure_group_plan,
    get_template,
    install_template,
    list_templates,
    move_step,
    update_session,
    update_step,
)

PLAN = TemplatePlan(
    "Liten mal",
    "Til prøving",
    [
        SessionPlan(
            1,
            1,
            "Bli kjent",
            dt.time(9, 30),
            [
                StepPlan("Velkommen", 10, prompt="Hvem er vi?"),
                StepPlan("Ønsket resultat", 30, board="toppen-av-fjellet"),
                StepPlan("Oppsummering", 5),
            ],
        ),
        SessionPlan(2, 1, "Utforske", dt.time(12, 30), [StepPlan("Utforsk", 60)]),
    ],
)


def _titles(db: Database, template_id, number: int = 1) -> list[str]:  # type: ignore[no-untyped-def]
    template = get_template(db, template_id)
    assert template is not None
    session = template.session(number)
    assert session is not None
    return [s.title for s in session.steps]


def test_install_and_read_back_a_plan(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    template_id = install_template(demo_db, arena_id, PLAN)
    template = get_template(demo_db, template_id)
    assert template is not None and template.as_plan() == PLAN
    assert [t.id for t in list_templates(demo_db, arena_id)] == [template_id]


def test_a_groups_plan_is_a_copy_the_master_never_changes(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    master = install_template(demo_db, arena_id, PLAN)
    group = find_group_by_code(demo_db, arena_id, "1A")
    plan_id = ensure_group_plan(demo_db, arena_id, group.id)
    assert plan_id != master
    assert ensure_group_plan(demo_db, arena_id, group.id) == plan_id  # made once
    step = get_template(demo_db, plan_id).session(1).steps[0]
    update_step(demo_db, step.id, StepDraft("Velkommen til gruppa", 15))
    assert _titles(demo_db, plan_id)[0] == "Velkommen til gruppa"
    assert _titles(demo_db, master)[0] == "Velkommen"
    # Group plans are not listed among the arena's masters.
    assert [t.id for t in list_templates(demo_db, arena_id)] == [master]


def test_group_plan_comes_from_the_shipped_default_when_there_is_no_master(
    demo_db: Database,
) -> None:
    arena_id = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena_id, "2A")
    plan = get_template(demo_db, ensure_group_plan(demo_db, arena_id, group.id))
    assert plan is not None and [s.number for s in plan.sessions] == [1, 2, 3, 4]
    assert len(list_templates(demo_db, arena_id)) == 1


def test_duplicate_a_template(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    master = install_template(demo_db, arena_id, PLAN)
    copy = copy_template(demo_db, master, name="Kopi av liten mal")
    assert get_template(demo_db, copy).name == "Kopi av liten mal"
    assert get_template(demo_db, copy).as_plan().sessions == PLAN.sessions


def test_add_move_and_delete_steps_keep_positions_dense(demo_db: Database) -> None:
    template_id = install_template(demo_db, require_arena_id(demo_db), PLAN)
    session = get_template(demo_db, template_id).session(1)
    add_step(demo_db, session.id, StepDraft("Pause", 10), at=1)
    assert _titles(demo_db, template_id) == [
        "Velkommen",
        "Pause",
        "Ønsket resultat",
        "Oppsummering",
    ]
    pause = get_template(demo_db, template_id).session(1).steps[1]
    move_step(demo_db, pause.id, 3)
    assert _titles(demo_db, template_id)[-1] == "Pause"
    delete_step(demo_db, pause.id)
    steps = get_template(demo_db, template_id).session(1).steps
    assert [s.title for s in steps] == ["Velkommen", "Ønsket resultat", "Oppsummering"]
    assert [s.position for s in steps] == [0, 1, 2]


def test_planned_times_follow_the_start_time(demo_db: Database) -> None:
    template_id = install_template(demo_db, require_arena_id(demo_db), PLAN)
    session = get_template(demo_db, template_id).session(1)
    update_session(demo_db, session.id, "Bli kjent", dt.time(10, 0))
    plan = get_template(demo_db, template_id).session(1).as_plan()
    assert plan.planned_starts() == [dt.time(10, 0), dt.time(10, 10), dt.time(10, 40)]
    assert plan.planned_end == dt.time(10, 45)


@pytest.mark.parametrize("minutes", [0, 481, -5])
def test_bad_minutes_are_refused_and_nothing_saved(demo_db: Database, minutes: int) -> None:
    template_id = install_template(demo_db, require_arena_id(demo_db), PLAN)
    session = get_template(demo_db, template_id).session(1)
    with pytest.raises(ValidationError) as caught:
        add_step(demo_db, session.id, StepDraft("Feil", minutes))
    assert caught.value.key == "plan.step_minutes"
    assert "480" in caught.value.text("nb")
    assert len(_titles(demo_db, template_id)) == 3


def test_empty_step_title_is_refused(demo_db: Database) -> None:
    template_id = install_template(demo_db, require_arena_id(demo_db), PLAN)
    step = get_template(demo_db, template_id).session(1).steps[0]
    with pytest.raises(ValidationError) as caught:
        update_step(demo_db, step.id, StepDraft("  ", 10))
    assert caught.value.field == "title"
    assert _titles(demo_db, template_id)[0] == "Velkommen"
