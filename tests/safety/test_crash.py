"""Kill a process editing the file with SIGKILL at random moments; nothing committed is lost.

A forked child (so each run costs milliseconds, not an interpreter start) makes scripted
edits through the storage layer and reports each one on a pipe after its commit. The test
kills it at a seeded random moment, then checks the file's integrity and that every
reported edit is in it.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import get_note
from arenadesk.store.reports import get_texts
from arenadesk.store.runs import open_run

from . import crash_child

RUNS = 30
SEED = 20270309
READY_TIMEOUT = 60.0  # seconds a child may take to open the file on a loaded machine


@dataclass
class Reported:
    ready: bool = False
    notes: dict[uuid.UUID, int] = field(default_factory=dict)
    note_edits: dict[uuid.UUID, int] = field(default_factory=dict)
    report: int | None = None
    timer: int | None = None
    count: int = 0

    def add(self, line: str) -> None:
        kind, *rest = line.split()
        self.count += kind != "ready"
        if kind == "ready":
            self.ready = True
        elif kind == "note":
            self.notes[uuid.UUID(rest[0])] = int(rest[1])
        elif kind == "noteedit":
            self.note_edits[uuid.UUID(rest[0])] = int(rest[1])
        elif kind == "report":
            self.report = int(rest[0])
        elif kind == "timer":
            self.timer = int(rest[0])


def run_and_kill(path: Path, seed: int, delay: float, *, after_ready: bool) -> tuple[Reported, int]:
    """Fork the editor, SIGKILL it after `delay` seconds, return what it reported.

    With `after_ready` the delay counts from the child's "ready" (the file open), so the
    kill lands among edits however slowly a busy machine opens the file."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: edit, and never return into pytest
        code = 1
        try:
            os.close(read_end)
            crash_child.run_edits(path, write_end, seed)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    buffer = b""
    deadline = time.monotonic() + (READY_TIMEOUT if after_ready else delay)
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break  # the child ended on its own
            buffer += chunk
            if after_ready and b"ready\n" in buffer and deadline > time.monotonic() + delay:
                deadline = time.monotonic() + delay
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):  # what it wrote before it died
        buffer += chunk
    os.close(read_end)
    reported = Reported()
    for line in buffer.decode().splitlines(keepends=True):
        if line.endswith("\n"):
            reported.add(line)
    return reported, status


def check(db: Database, reported: Reported) -> None:
    """Every edit the child reported is in the file (a later one may be there too: it may
    have committed an edit and died before reporting it)."""
    group = find_group_by_code(db, require_arena_id(db), "1A")
    assert group is not None
    for note_id, n in reported.notes.items():
        note = get_note(db, note_id)
        assert note is not None, f"note {n} lost"
        if note_id not in reported.note_edits:
            assert note.text == f"Lapp {n} ✓ æøå" or note.text.startswith("Endret lapp ")
    for note_id, n in reported.note_edits.items():
        note = get_note(db, note_id)
        assert note is not None and note.text.startswith("Endret lapp ")
        assert int(note.text.rsplit(" ", 1)[1]) >= n, "a reported note edit was lost"
    if reported.report is not None:
        problem = get_texts(db, group.id).problem
        assert int(problem.split("\n")[0].rsplit(" ", 1)[1]) >= reported.report
    if reported.timer is not None:
        from arenadesk.store.plans import ensure_group_plan, get_template

        plan = get_template(db, ensure_group_plan(db, require_arena_id(db), group.id))
        assert plan is not None
        session = plan.session(1)
        assert session is not None
        run = open_run(db, group.id, session.id)
        assert run.state.extra_seconds >= reported.timer, "a reported timer change was lost"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL of a forked child is POSIX")
def test_killed_at_random_moments_loses_no_committed_edit(
    demo_file: Path, device: object, tmp_path: Path
) -> None:
    pristine = demo_file.read_bytes()
    rng = random.Random(SEED)
    killed = edits = mid_open = 0
    for run in range(RUNS):
        path = tmp_path / f"run-{run:02d}.sqlite"
        path.write_bytes(pristine)
        # Mostly while editing; now and then while the child is still opening the file.
        while_opening = run % 6 == 0
        delay = rng.uniform(0.005, 0.08) if while_opening else rng.uniform(0.05, 0.35)
        reported, status = run_and_kill(path, run + 1, delay, after_ready=not while_opening)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
        killed += 1
        edits += reported.count
        mid_open += not reported.ready
        with contextlib.closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], run
        db = open_database(path, crash_child.DEVICE, create=False)
        try:
            check(db, reported)
        finally:
            db.close()
        path.unlink()
    print(
        f"\ncrash runs killed: {killed}, edits reported committed: {edits}, lost: 0, "
        f"killed while opening: {mid_open}",
        file=sys.stderr,
    )
    assert killed == RUNS
    assert edits > RUNS * 3  # the kills really landed among edits
