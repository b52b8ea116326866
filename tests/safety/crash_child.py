"""The scripted editor the crash tests kill: edits through the storage layer, each one
reported on a pipe only after its transaction committed.

Lines: "ready", "note <id> <n>", "noteedit <id> <n>", "report <n>", "timer <extra seconds>".
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from arenadesk.services.runner import Runner
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import NoteDraft, add_note, update_note
from arenadesk.store.reports import save_text

DEVICE = Device("44444444-4444-4444-8444-444444444444", "crash-child")
START = 1_900_000_000.0


def run_edits(path: Path, out: int, seed: int) -> None:
    """Edit until killed (or 10 000 edits): notes, report text, the økt's timer."""

    def say(line: str) -> None:
        os.write(out, f"{line}\n".encode())  # one write: a line is whole or absent

    db = open_database(path, DEVICE, create=False)
    group = find_group_by_code(db, require_arena_id(db), "1A")
    assert group is not None
    board = list_boards(db, group.id)[0]
    runner = Runner(db, group.id, 1, clock=lambda: START)
    if runner.state.started_at is None:
        runner.start_or_pause()
    say("ready")
    first_note: uuid.UUID | None = None
    for n in range(seed * 10_000, seed * 10_000 + 10_000):
        kind = n % 4
        if kind == 0:
            note = add_note(
                db, board.id, NoteDraft("ideer", f"Lapp {n} ✓ æøå", 20 + n % 50, 20, 150, 90)
            )
            first_note = first_note or note.id
            say(f"note {note.id} {n}")
        elif kind == 1:
            save_text(db, group.id, "problem", f"Problemtekst versjon {n}\n\n- punkt {n}")
            say(f"report {n}")
        elif kind == 2:
            runner.extend(1)
            say(f"timer {runner.state.extra_seconds}")
        elif first_note is not None:
            update_note(db, first_note, text=f"Endret lapp {n}")
            say(f"noteedit {first_note} {n}")
