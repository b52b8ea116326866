"""Runs of an økt in the database: state saved on every change, survives a hard kill."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.domain.timer import Phase, extend, next_step, previous_step, start
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.plans import get_template, install_template
from arenadesk.store.runs import drop_last_record, load_run, open_run, restart_run, save_state

PLAN = TemplatePlan(
    "Mal",
    "",
    [
        SessionPlan(
            1,
            1,
            "Økt 1",
            dt.time(9, 30),
            [StepPlan("Velkommen", 10), StepPlan("Arbeid", 30), StepPlan("Avslutning", 5)],
        )
    ],
)
T0 = 1_900_000_000.0


def _run(db: Database):  # type: ignore[no-untyped-def]
    arena_id = require_arena_id(db)
    group = find_group_by_code(db, arena_id, "1A")
    template = get_template(db, install_template(db, arena_id, PLAN, group_id=group.id))
    session = template.session(1)
    return open_run(db, group.id, session.id), session


def test_a_new_run_is_ready_with_the_plans_minutes(demo_db: Database) -> None:
    run, _ = _run(demo_db)
    assert run.state.phase is Phase.READY
    assert run.state.planned == (600, 1800, 300)
    assert run.sound is True and run.log == ()


def test_state_and_log_round_trip(demo_db: Database) -> None:
    run, session = _run(demo_db)
    state = extend(start(run.state, T0), 120)
    save_state(demo_db, run.id, state)
    state, record = next_step(state, T0 + 700)
    save_state(demo_db, run.id, state, record, session.steps[0].id)
    again = open_run(demo_db, run.group_id, run.session_id)
    assert again.id == run.id and again.state == state
    assert [(r.step_index, r.actual_seconds) for r in again.log] == [(0, 700)]


def test_previous_step_withdraws_its_log_entry(demo_db: Database) -> None:
    run, session = _run(demo_db)
    state = start(run.state, T0)
    state, record = next_step(state, T0 + 100)
    save_state(demo_db, run.id, state, record, session.steps[0].id)
    state = previous_step(state, T0 + 110, load_run(demo_db, run.id).log[-1])
    drop_last_record(demo_db, run.id)
    save_state(demo_db, run.id, state)
    reloaded = load_run(demo_db, run.id)
    assert reloaded.log == () and reloaded.state.step_index == 0
    assert reloaded.state.remaining(T0 + 110) == 500


def test_restart_leaves_the_old_run_as_a_tombstone(demo_db: Database) -> None:
    run, _ = _run(demo_db)
    save_state(demo_db, run.id, start(run.state, T0))
    fresh = restart_run(demo_db, run.id)
    assert fresh.id != run.id and fresh.state.phase is Phase.READY


CHILD = textwrap.dedent("""
    import sys, time
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.runs import load_run, save_state
    from arenadesk.domain.timer import pause, resume, start, extend
    import uuid
    db = open_database(sys.argv[1], Device("c", "child"))
    run = load_run(db, uuid.UUID(sys.argv[2]))
    t0 = float(sys.argv[3])
    state = start(run.state, t0)
    save_state(db, run.id, state)
    state = pause(state, t0 + 60)
    save_state(db, run.id, state)
    state = extend(resume(state, t0 + 90), 60)
    save_state(db, run.id, state)
    print("committed", flush=True)
    time.sleep(60)
""")


def test_a_killed_process_loses_no_timer_change(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "arena.sqlite"
    db = open_database(path, device)
    from arenadesk.demo.arena import create_demo_arena

    create_demo_arena(db)
    run, _ = _run(db)
    db.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(run.id), str(T0)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "committed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    db = open_database(path, device)
    try:
        state = load_run(db, run.id).state
        # 10 minutes + 1 extended, 30 s paused: at T0 + 5 min, 6.5 minutes are left.
        assert state.remaining(T0 + 300) == 390
        assert state.phase is Phase.RUNNING
    finally:
        db.close()
