"""Runs of an økt: the timer state saved on every change, and the log of finished steps."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from arenadesk.domain.timer import StepRecord, TimerState
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.plans import SessionRun, StepLog, TemplateSession, TemplateStep

US = 1_000_000  # stored instants are integer microseconds


def _us(seconds: float | None) -> int | None:
    return None if seconds is None else round(seconds * US)


def _s(micro: int | None) -> float | None:
    return None if micro is None else micro / US


@dataclass(frozen=True)
class RunView:
    id: uuid.UUID
    group_id: uuid.UUID
    session_id: uuid.UUID
    state: TimerState
    sound: bool
    log: tuple[StepRecord, ...]


def _state(run: SessionRun, planned: tuple[int, ...]) -> TimerState:
    index = min(run.step_index, max(len(planned) - 1, 0))
    return TimerState(
        planned=planned,
        step_index=index,
        started_at=_s(run.started_at),
        step_started_at=_s(run.step_started_at),
        paused_at=_s(run.paused_at),
        paused_total=run.paused_total / US,
        extra_seconds=run.extra_seconds,
        finished_at=_s(run.finished_at),
    )


def _planned(db: Database, session_id: uuid.UUID) -> tuple[int, ...]:
    with db.read() as session:
        minutes = session.scalars(
            select(TemplateStep.minutes)
            .where(TemplateStep.session_id == session_id, live(TemplateStep))
            .order_by(TemplateStep.position, TemplateStep.created_at)
        ).all()
    return tuple(m * 60 for m in minutes)


def _log(db: Database, run_id: uuid.UUID) -> tuple[StepRecord, ...]:
    with db.read() as session:
        rows = session.scalars(
            select(StepLog)
            .where(StepLog.run_id == run_id, live(StepLog))
            .order_by(StepLog.started_at)
        ).all()
    return tuple(
        StepRecord(
            r.step_index,
            r.started_at / US,
            r.ended_at / US,
            r.planned_seconds,
            r.actual_seconds,
            r.paused_seconds,
        )
        for r in rows
    )


def open_run(db: Database, group_id: uuid.UUID, session_id: uuid.UUID) -> RunView:
    """The group's current run of this økt (its newest), or a new one ready to start."""
    with db.session() as session:
        run = session.scalars(
            select(SessionRun)
            .where(
                SessionRun.group_id == group_id,
                SessionRun.session_id == session_id,
                live(SessionRun),
            )
            .order_by(SessionRun.created_at.desc())
            .limit(1)
        ).first()
        if run is None:
            run = SessionRun(group_id=group_id, session_id=session_id)
            session.add(run)
            session.flush()
        run_id = run.id
    return load_run(db, run_id)


def load_run(db: Database, run_id: uuid.UUID) -> RunView:
    with db.read() as session:
        run = session.get(SessionRun, run_id)
        assert run is not None
        group_id, session_id, sound = run.group_id, run.session_id, run.sound
    planned = _planned(db, session_id)
    with db.read() as session:
        run = session.get(SessionRun, run_id)
        assert run is not None
        state = _state(run, planned)
    return RunView(run_id, group_id, session_id, state, sound, _log(db, run_id))


def save_state(
    db: Database,
    run_id: uuid.UUID,
    state: TimerState,
    record: StepRecord | None = None,
    step_id: uuid.UUID | None = None,
) -> None:
    """One transaction per change: the new state and, after a step, its log entry."""
    with db.session() as session:
        run = session.get(SessionRun, run_id)
        assert run is not None
        values = {
            "step_index": state.step_index,
            "started_at": _us(state.started_at),
            "step_started_at": _us(state.step_started_at),
            "paused_at": _us(state.paused_at),
            "paused_total": round(state.paused_total * US),
            "extra_seconds": state.extra_seconds,
            "finished_at": _us(state.finished_at),
        }
        for key, value in values.items():
            if getattr(run, key) != value:
                setattr(run, key, value)
        if record is not None and step_id is not None:
            session.add(
                StepLog(
                    run_id=run_id,
                    step_id=step_id,
                    step_index=record.step_index,
                    started_at=round(record.started_at * US),
                    ended_at=round(record.ended_at * US),
                    planned_seconds=record.planned_seconds,
                    actual_seconds=record.actual_seconds,
                    paused_seconds=record.paused_seconds,
                )
            )


def drop_last_record(db: Database, run_id: uuid.UUID) -> None:
    """Going back a step: its log entry is withdrawn (a tombstone, like every delete)."""
    with db.session() as session:
        last = session.scalars(
            select(StepLog)
            .where(StepLog.run_id == run_id, live(StepLog))
            .order_by(StepLog.started_at.desc())
            .limit(1)
        ).first()
        if last is not None:
            last.deleted = True


def set_sound(db: Database, run_id: uuid.UUID, sound: bool) -> None:
    with db.session() as session:
        run = session.get(SessionRun, run_id)
        if run is not None and run.sound != sound:
            run.sound = sound


def restart_run(db: Database, run_id: uuid.UUID) -> RunView:
    """Start the økt over: the old run and its log stay as tombstones."""
    with db.session() as session:
        run = session.get(SessionRun, run_id)
        assert run is not None
        group_id, session_id = run.group_id, run.session_id
        run.deleted = True
        for entry in session.scalars(select(StepLog).where(StepLog.run_id == run_id)):
            entry.deleted = True
    return open_run(db, group_id, session_id)


@dataclass(frozen=True)
class RunInProgress:
    """An økt started and not finished: its group and økt number."""

    run_id: uuid.UUID
    group_id: uuid.UUID
    session_number: int


def runs_in_progress(db: Database) -> list[RunInProgress]:
    """Every økt running or paused in the file (the newest run of each group and økt)."""
    with db.read() as session:
        rows = session.execute(
            select(
                SessionRun.id,
                SessionRun.group_id,
                SessionRun.session_id,
                SessionRun.started_at,
                SessionRun.finished_at,
                TemplateSession.number,
            )
            .join(TemplateSession, TemplateSession.id == SessionRun.session_id)
            .where(live(SessionRun))
            .order_by(SessionRun.created_at)
        ).all()
    newest = {(r.group_id, r.session_id): r for r in rows}  # later rows win
    return [
        RunInProgress(r.id, r.group_id, r.number)
        for r in newest.values()
        if r.started_at is not None and r.finished_at is None
    ]
