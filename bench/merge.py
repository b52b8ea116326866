"""Merge benchmark: 30 facilitators' packages into an empty master, then the same again.

Budget (issue #6): 30 packages, each one group with 12 members, 4 boards of 60 notes and a
report, merged into an empty master in <= 2 s; merged again (all already imported) in
<= 0.5 s. The floor, measured in the same run, is plain SQL copying the same rows: for each
package `ATTACH` and `INSERT INTO main.t SELECT * FROM pkg.t` per table, one transaction,
no validation, no version compare, no logs.

    .venv/bin/python bench/merge.py [--runs 3] [--packages 30] [--json FILE]

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
import sys
import tempfile
import time
from pathlib import Path

BUDGET_FIRST_S, BUDGET_AGAIN_S = 2.0, 0.5


def build_packages(folder: Path, count: int) -> tuple[Path, list[Path]]:
    from arenadesk.domain.vocabulary import Role
    from arenadesk.store.arenas import create_arena
    from arenadesk.store.boards import NoteDraft, add_notes, create_board
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.groups import GroupDraft, add_member, create_group
    from arenadesk.store.people import PersonDraft, create_person
    from arenadesk.store.reports import ActionItem, add_action_item, save_text
    from arenadesk.sync.package import export_package
    from arenadesk.sync.setup import start_working_file

    organiser = open_database(folder / "organiser.sqlite", Device.new("arrangor"))
    arena = create_arena(organiser, "Benkmerkearena")
    setup = export_package(organiser, folder / "setup", kind="setup")
    organiser.close()
    empty = folder / "empty.sqlite"
    open_database(empty, Device.new("master")).close()
    packages = []
    for number in range(count):
        laptop = start_working_file(setup, folder / f"laptop{number}", Device.new(f"pc{number}"))
        group = create_group(
            laptop, arena, GroupDraft(f"{number // 4 + 1}{'ABCD'[number % 4]}", f"Gruppe {number}")
        )
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
    return empty, packages


def floor_copy(empty: Path, target: Path, packages: list[Path]) -> float:
    from arenadesk.sync.rows import synced_tables

    shutil.copyfile(empty, target)
    start = time.perf_counter()
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as connection:
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("BEGIN")
        for package in packages:
            connection.execute("ATTACH DATABASE ? AS pkg", (str(package),))
            for table in synced_tables():
                connection.execute(
                    f'INSERT OR IGNORE INTO main."{table.name}" SELECT * FROM pkg."{table.name}"'
                )
            connection.execute("COMMIT")  # DETACH is refused inside a transaction
            connection.execute("DETACH DATABASE pkg")
            connection.execute("BEGIN")
        connection.execute("COMMIT")
    return time.perf_counter() - start


def merge_timed(empty: Path, target: Path, packages: list[Path]) -> tuple[float, float, int]:
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.sync.merge import merge_packages

    shutil.copyfile(empty, target)
    db = open_database(target, Device.new("master"))
    try:
        start = time.perf_counter()
        first = merge_packages(db, packages)
        middle = time.perf_counter()
        merge_packages(db, packages)
        end = time.perf_counter()
    finally:
        db.close()
    return middle - start, end - middle, first.total("added")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--packages", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as work:
        folder = Path(work)
        os.environ["ARENADESK_CONFIG_DIR"] = str(folder / "config")
        os.environ["ARENADESK_DATA_DIR"] = str(folder / "data")
        empty, packages = build_packages(folder, args.packages)
        size = sum(p.stat().st_size for p in packages)
        merge_timed(empty, folder / "warm.sqlite", packages)  # warm-up: file cache, imports
        floor_copy(empty, folder / "warm-floor.sqlite", packages)
        firsts, agains, floors = [], [], []
        rows = 0
        for run in range(args.runs):
            floors.append(floor_copy(empty, folder / f"floor{run}.sqlite", packages))
            first, again, rows = merge_timed(empty, folder / f"master{run}.sqlite", packages)
            firsts.append(first)
            agains.append(again)
    first, again, floor = (statistics.median(x) for x in (firsts, agains, floors))
    print(f"{args.packages} packages, {rows} rows, {size / 1e6:.1f} MB")
    print(
        f"merge into an empty master: {first * 1000:.0f} ms (budget {BUDGET_FIRST_S * 1000:.0f} ms)"
        f", {first / floor:.1f}x plain SQL copy ({floor * 1000:.0f} ms)"
    )
    print(
        f"merge again (already imported): {again * 1000:.0f} ms "
        f"(budget {BUDGET_AGAIN_S * 1000:.0f} ms)"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"first_s": first, "again_s": again, "floor_s": floor, "rows": rows}),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
