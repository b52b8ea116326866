"""Merge benchmark: facilitators' packages into an empty master, then the same again, as a
curve over 10/30/100/300 packages, with the peak memory of the largest merge.

Each package is one group with 12 members, 4 boards of 60 notes, a report and 3 next
steps. The floor, measured in the same run on the same files, is plain SQL copying the
same rows: for each package `ATTACH` and `INSERT OR IGNORE INTO main.t SELECT * FROM pkg.t`
per table, one commit per package, no checks, no version compare, no logs.

Both are also given in this process's CPU time (the plain copy waits on the disk for a
commit per package, the merge commits once): CPU time shows a change of the merge through
a busy machine's noise better than wall time does.

Budgets (issue #19): 30 packages within 3.5x the floor; merging them again within
100 ms; the merge of 300 packages within 150 MB peak memory (the resident high-water
mark of a fresh process that merges them, next to the same for the plain copy).

    .venv/bin/python bench/merge.py [--runs 3] [--sizes 10,30,100,300] [--json FILE]

Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_RATIO, BUDGET_AGAIN_S, BUDGET_PEAK_MB = 3.5, 0.1, 150


def build_packages(folder: Path, count: int) -> tuple[Path, list[Path]]:
    """An empty master and `count` packages, each from its own laptop (a copy of one
    working file started from the organiser's setup file, opened as another device)."""
    from arenadesk.domain.vocabulary import Role
    from arenadesk.store.arenas import create_arena
    from arenadesk.store.boards import create_board
    from arenadesk.store.db.database import backup_copy, open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.groups import GroupDraft, add_member, create_group
    from arenadesk.store.notes import NoteDraft, add_notes
    from arenadesk.store.people import PersonDraft, create_person
    from arenadesk.store.reports import ActionItem, add_action_item, save_text
    from arenadesk.sync.export import export_package
    from arenadesk.sync.setup import start_working_file

    organiser = open_database(folder / "organiser.sqlite", Device.new("arrangor"))
    arena = create_arena(organiser, "Benkmerkearena")
    setup = export_package(organiser, folder / "setup", kind="setup")
    organiser.close()
    empty = folder / "empty.sqlite"
    open_database(empty, Device.new("master")).close()
    start = start_working_file(setup, folder / "start", Device.new("start"))
    assert start.path is not None
    base = start.path
    start.close()
    packages = []
    for number in range(count):
        copy = folder / "laptops" / f"laptop{number}.sqlite"
        copy.parent.mkdir(exist_ok=True)
        backup_copy(base, copy)
        laptop = open_database(copy, Device.new(f"pc{number}"))
        code = f"{number // 4 + 1}{'ABCD'[number % 4]}"
        group = create_group(laptop, arena, GroupDraft(code, f"Gruppe {number}"))
        for member in range(12):
            person = create_person(laptop, arena, PersonDraft(f"Deltaker {number}-{member}"))
            add_member(laptop, group, person, Role.PARTICIPANT, [1, 2])
        for board_number in range(4):
            board = create_board(laptop, group, "toppen-av-fjellet", f"Tavle {board_number}")
            drafts = [
                NoteDraft("goal", f"Lapp {n} på tavle {board_number}", n * 3.0, 10.0, 160, 90)
                for n in range(60)
            ]
            add_notes(laptop, board, drafts)
        save_text(laptop, group, "problem", "Beskrivelse av problemet. " * 20)
        save_text(laptop, group, "result", "Resultatet. " * 20)
        for step in range(3):
            add_action_item(laptop, group, ActionItem(f"Skritt {step}", "Noen", "Snart"))
        packages.append(export_package(laptop, folder / "usb"))
        laptop.close()
        copy.unlink()
    return empty, packages


def floor_copy(empty: Path, target: Path, packages: list[Path]) -> tuple[float, float]:
    """Wall time and this process's CPU time of the plain SQL copy."""
    from arenadesk.sync.rows import synced_tables

    shutil.copyfile(empty, target)
    start, cpu = time.perf_counter(), time.process_time()
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        for package in packages:
            connection.execute("ATTACH DATABASE ? AS pkg", (str(package),))
            connection.execute("BEGIN")
            for table in synced_tables():
                connection.execute(
                    f'INSERT OR IGNORE INTO main."{table.name}" SELECT * FROM pkg."{table.name}"'
                )
            connection.execute("COMMIT")  # DETACH is refused inside a transaction
            connection.execute("DETACH DATABASE pkg")
    return time.perf_counter() - start, time.process_time() - cpu


def merge_timed(empty: Path, target: Path, packages: list[Path]) -> tuple[float, float, int, float]:
    """Wall time of the merge and of merging again, rows added, CPU time of the merge."""
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.sync.merge import merge_packages

    shutil.copyfile(empty, target)
    db = open_database(target, Device.new("master"))
    try:
        start, cpu = time.perf_counter(), time.process_time()
        first = merge_packages(db, packages)
        middle, cpu = time.perf_counter(), time.process_time() - cpu
        merge_packages(db, packages)
        end = time.perf_counter()
    finally:
        db.close()
    for leftover in target.parent.glob(f"{target.name}*"):
        leftover.unlink()
    return middle - start, end - middle, first.total("added"), cpu


def peak_mb(kind: str, empty: Path, target: Path, packages: list[Path]) -> float:
    """The resident high-water mark of a fresh process that merges (or plainly copies)
    the packages, in MB. Linux's `VmHWM`, not `ru_maxrss`: a child's `ru_maxrss` keeps the
    high-water mark of the process it was forked from (this one, which has built and
    merged hundreds of packages), so it said this process's peak, for both alike."""
    listing = target.with_suffix(".list")
    listing.write_text("\n".join(str(p) for p in packages), encoding="utf-8")
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[5])\n"
        "import merge as bench\n"
        "packages = [Path(p) for p in Path(sys.argv[4]).read_text().splitlines()]\n"
        "if sys.argv[1] == 'merge':\n"
        "    bench.merge_timed(Path(sys.argv[2]), Path(sys.argv[3]), packages)\n"
        "else:\n"
        "    bench.floor_copy(Path(sys.argv[2]), Path(sys.argv[3]), packages)\n"
        "try:\n"
        "    status = Path('/proc/self/status').read_text().splitlines()\n"
        "    print(next(line for line in status if line.startswith('VmHWM:')).split()[1])\n"
        "except OSError:\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    here = str(Path(__file__).resolve().parent)
    argv = [sys.executable, "-c", script, kind, str(empty), str(target), str(listing), here]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) / 1024  # KB (Linux)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="10,30,100,300")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    figures: dict[str, object] = {"load": os.getloadavg()[0], "curve": []}
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as work:
        folder = Path(work)
        os.environ["ARENADESK_CONFIG_DIR"] = str(folder / "config")
        os.environ["ARENADESK_DATA_DIR"] = str(folder / "data")
        built = time.perf_counter()
        empty, every = build_packages(folder, max(sizes))
        print(f"built {len(every)} packages in {time.perf_counter() - built:.0f} s")
        merge_timed(empty, folder / "warm.sqlite", every[:10])  # warm-up: file cache, imports
        floor_copy(empty, folder / "warm-floor.sqlite", every[:10])
        print(
            f"{'packages':>8} {'rows':>7} {'MB':>5} {'floor ms':>9} {'merge ms':>9} "
            f"{'ratio':>6} {'again ms':>9} {'CPU: floor':>10} {'merge':>6} {'ratio':>6}"
        )
        for size in sizes:
            packages = every[:size]
            firsts, agains, floors, cpus, floor_cpus = [], [], [], [], []
            rows = 0
            for run in range(args.runs):
                floor, floor_cpu = floor_copy(empty, folder / f"floor{run}.sqlite", packages)
                floors.append(floor)
                floor_cpus.append(floor_cpu)
                first, again, rows, cpu = merge_timed(
                    empty, folder / f"master{run}.sqlite", packages
                )
                firsts.append(first)
                agains.append(again)
                cpus.append(cpu)
                (folder / f"floor{run}.sqlite").unlink()
            first, again, floor, cpu, floor_cpu = (
                statistics.median(x) for x in (firsts, agains, floors, cpus, floor_cpus)
            )
            size_mb = sum(p.stat().st_size for p in packages) / 1e6
            print(
                f"{size:>8} {rows:>7} {size_mb:>5.1f} {floor * 1000:>9.0f} "
                f"{first * 1000:>9.0f} {first / floor:>5.1f}x {again * 1000:>9.0f} "
                f"{floor_cpu * 1000:>10.0f} {cpu * 1000:>6.0f} {cpu / floor_cpu:>5.1f}x"
            )
            figures["curve"].append(  # type: ignore[attr-defined]
                {
                    "packages": size,
                    "rows": rows,
                    "floor_s": floor,
                    "first_s": first,
                    "again_s": again,
                    "ratio": first / floor,
                    "floor_cpu_s": floor_cpu,
                    "first_cpu_s": cpu,
                }
            )
        largest = every[: max(sizes)]
        merged = peak_mb("merge", empty, folder / "peak-merge.sqlite", largest)
        copied = peak_mb("copy", empty, folder / "peak-copy.sqlite", largest)
        print(
            f"peak memory, {len(largest)} packages: merge {merged:.0f} MB "
            f"(budget {BUDGET_PEAK_MB} MB), plain SQL copy {copied:.0f} MB"
        )
        figures.update(peak_merge_mb=merged, peak_copy_mb=copied)
    print(
        f"budgets: 30 packages <= {BUDGET_RATIO}x the floor, again <= "
        f"{BUDGET_AGAIN_S * 1000:.0f} ms; load average at start {figures['load']:.1f}"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
