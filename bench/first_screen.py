"""First-screen benchmark: the overview's rows of the large arena (details, 29 groups with
their 200 members, the arena's mix, one open group) read by a fresh process with the
standard library's sqlite3 (`store/first_screen.py`) and through the store (SQLAlchemy,
the models, `open_database` with its open check, then `get_arena`, `list_groups`,
`arena_diversity`, `get_group`).

The floor, measured in the same run, is a fresh Python that only imports sqlite3 and
reads one row of the file. Each figure is a fresh process, timed from Popen to the line
it prints when the rows are read (imports included: that is what start-up pays); the
in-process read of a warm process is given too. Both ways give equal rows (checked).

    .venv/bin/python bench/first_screen.py [--runs 9] [--json FILE]

Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FLOOR = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT name FROM arena").fetchone()
connection.close()
print("READ", flush=True)
"""

SQLITE = """
import sys, uuid
from pathlib import Path
from arenadesk.store.first_screen import read_first_screen
screen = read_first_screen(Path(sys.argv[1]), uuid.UUID(sys.argv[2]))
print("READ", flush=True)
"""

STORE = """
import sys, uuid
from pathlib import Path
from arenadesk.store.arenas import get_arena
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import get_group, list_groups
from arenadesk.store.people import arena_diversity
db = open_database(Path(sys.argv[1]), Device("33333333-3333-4333-8333-333333333333", "bench"))
arena = get_arena(db)
groups = list_groups(db, arena.id)
mix = arena_diversity(db, arena.id)
current = get_group(db, uuid.UUID(sys.argv[2]))
print("READ", flush=True)
db.close()
"""


def timed(script: str, path: Path, group: str, env: dict[str, str]) -> float:
    """Seconds from starting a fresh Python to its READ line."""
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", script, str(path), group],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout=60)
    if line.strip() != "READ" or process.returncode != 0:
        raise SystemExit(f"the process failed: {script.strip().splitlines()[-2]}")
    return elapsed


def build(folder: Path) -> tuple[Path, str]:
    from arenadesk.demo.arena import create_large_arena
    from arenadesk.store.arenas import get_arena, require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.first_screen import FirstScreen, read_first_screen
    from arenadesk.store.groups import get_group, list_groups
    from arenadesk.store.people import arena_diversity

    path = folder / "large.sqlite"
    db = open_database(path, Device.new("bench"))
    try:
        create_large_arena(db)
        arena_id = require_arena_id(db)
        groups = list_groups(db, arena_id)
        current = groups[len(groups) // 2].id
        arena = get_arena(db)
        assert arena is not None
        from_store = FirstScreen(
            arena,
            tuple(groups),
            arena_diversity(db, arena_id),
            get_group(db, current),
        )
    finally:
        db.close()
    assert read_first_screen(path, current) == from_store, "the two reads differ"
    return path, str(current)


def warm_read(path: Path, group: str, runs: int) -> float:
    import uuid

    from arenadesk.store.first_screen import read_first_screen

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_first_screen(path, uuid.UUID(group))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arenadesk-first-screen-") as tmp:
        folder = Path(tmp)
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env |= {
            "ARENADESK_CONFIG_DIR": str(folder / "config"),
            "ARENADESK_DATA_DIR": str(folder / "data"),
            "PYTHONPYCACHEPREFIX": str(folder / "pycache"),  # cached as an installed app's
        }
        os.environ.update({k: env[k] for k in ("ARENADESK_CONFIG_DIR", "ARENADESK_DATA_DIR")})
        path, group = build(folder)
        scripts = {"floor": FLOOR, "sqlite3": SQLITE, "store": STORE}
        for script in scripts.values():  # warm-up: bytecode written, files in the page cache
            timed(script, path, group, env)
        times: dict[str, list[float]] = {name: [] for name in scripts}
        for _ in range(args.runs):
            for name, script in scripts.items():
                times[name].append(timed(script, path, group, env))
        medians = {name: statistics.median(values) for name, values in times.items()}
        warm = warm_read(path, group, args.runs)
    floor = medians["floor"]
    print(f"fresh process to the first screen's rows, median of {args.runs}:")
    for name in scripts:
        print(f"  {name:8} {medians[name] * 1000:7.1f} ms  {medians[name] / floor:5.2f}× floor")
    print(f"  the sqlite3 read takes {medians['sqlite3'] / medians['store']:.0%} of the store's")
    print(f"read_first_screen in a warm process: {warm * 1000:.1f} ms")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        figures = {"medians_s": medians, "warm_read_s": warm, "runs": args.runs}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
