"""Arena report benchmark: the compiled report of 7, 29, 100 and 300 groups to PDF.

Budget (issue 6): the compiled report for 29 groups in <= 3 s, reading the database
included. The curve (issue 19) shows how the cost grows with the arena, each size against
its own floor.

    .venv/bin/python bench/arena_report.py [--runs 3] [--groups 7,29,100,300] [--json FILE]

Arenas made in a temporary folder: the large arena as `arenadesk demo --large` makes it
(29 groups, 200 people, nothing written yet), and for each size of `--groups` an arena
like it (about 7 people a group) finished: every group with a full standard report, three
next steps, a self-evaluation and the two demo boards (Toppen av fjellet and Gap-analyse,
21 notes), written through the store.

For each: `assemble_arena_report` (reading) and `build_arena_pdf` (writing), into memory.
The floor, in the same run, is reportlab alone writing the same flowables: the story
`arena_pdf.story()` made for that report, built with a plain `SimpleDocTemplate` (no
outline, no running header, no two-pass "side X av Y") — what reportlab's layout and
drawing cost before anything of ours. One warm-up each, then --runs alternating runs;
medians count. Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the sample reports live with the tests

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import NextPageTemplate, SimpleDocTemplate  # noqa: E402
from tests.reports.arena_samples import fill_every_group  # noqa: E402

from arenadesk.demo.arena import create_large_arena  # noqa: E402
from arenadesk.domain.arena_report import ArenaReport  # noqa: E402
from arenadesk.reports.arena_pdf import build_arena_pdf, story  # noqa: E402
from arenadesk.reports.pdf_pages import TOP  # noqa: E402
from arenadesk.reports.pdf_style import MARGIN, accelerated, register_report_fonts  # noqa: E402
from arenadesk.store.arena_report import assemble_arena_report  # noqa: E402
from arenadesk.store.db.database import Database, open_database  # noqa: E402
from arenadesk.store.db.device import Device  # noqa: E402

BUDGET_S = 3.0
DEVICE = Device("22222222-2222-4222-8222-222222222222", "bench")


def floor_pdf(report: ArenaReport, out: io.BytesIO) -> None:
    """reportlab alone: the same flowables in a plain document with the same frame."""
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=MARGIN
    )
    doc.build([f for f in story(report) if not isinstance(f, NextPageTemplate)])


def ours(db: Database, arena_id: object) -> tuple[float, float, int, int]:
    """(read s, write s, bytes, pages) for the whole job, database to PDF."""
    start = time.perf_counter()
    report = assemble_arena_report(db, arena_id)  # type: ignore[arg-type]
    read = time.perf_counter()
    out = io.BytesIO()
    build_arena_pdf(report, out)
    done = time.perf_counter()
    data = out.getvalue()
    return read - start, done - read, len(data), data.count(b"/Type /Page\n")


def timed(build: Callable[[ArenaReport, io.BytesIO], None], report: ArenaReport) -> float:
    out = io.BytesIO()
    start = time.perf_counter()
    build(report, out)
    return time.perf_counter() - start


def measure(db: Database, arena_id: object, runs: int) -> dict[str, float]:
    report = assemble_arena_report(db, arena_id)  # type: ignore[arg-type]
    ours(db, arena_id), timed(floor_pdf, report)  # warm-up: fonts, caches, imports
    reads, writes, floors = [], [], []
    size = pages = 0
    for _ in range(runs):
        read, write, size, pages = ours(db, arena_id)
        reads.append(read)
        writes.append(write)
        floors.append(timed(floor_pdf, report))
    read_m, write_m, floor_m = (statistics.median(x) for x in (reads, writes, floors))
    return {
        "read_ms": read_m * 1000,
        "write_ms": write_m * 1000,
        "total_ms": (read_m + write_m) * 1000,
        "floor_ms": floor_m * 1000,
        "ratio": (read_m + write_m) / floor_m,
        "kb": size / 1024,
        "pages": pages,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--groups", default="7,29,100,300", help="sizes of the finished arenas (comma-separated)"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    register_report_fonts()
    results: dict[str, dict[str, float]] = {}
    sizes = [int(size) for size in args.groups.split(",") if size.strip()]
    arenas = [("large arena (29 groups), empty reports", 29, False)]
    arenas += [(f"{groups} groups, finished", groups, True) for groups in sizes]
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as folder:
        for name, groups, finished in arenas:
            db = open_database(Path(folder) / f"{groups}-{finished}.sqlite", DEVICE)
            try:
                people = 200 if groups == 29 else groups * 7
                arena_id = create_large_arena(db, groups=groups, people=people)
                if finished:
                    fill_every_group(db, arena_id)
                # The biggest arenas take a minute a build on two cores: fewer runs.
                runs = args.runs if groups <= 100 else 1
                results[name] = measure(db, arena_id, runs)
                print(f"  measured: {name}", file=sys.stderr, flush=True)
            finally:
                db.close()
    print(
        f"compiled arena report to PDF ({args.runs} runs, 1 above 100 groups; medians; "
        f"reportlab's C accelerator rl_accel {'in use' if accelerated() else 'NOT installed'})"
    )
    for name, figures in results.items():
        budget = ""
        if name.startswith("29 groups") or name.startswith("large"):
            verdict = "PASS" if figures["total_ms"] <= BUDGET_S * 1000 else "OVER"
            budget = f"  budget <= {BUDGET_S:.0f} s: {verdict}"
        print(f"  {name}: {figures['pages']:.0f} pages, {figures['kb']:.0f} KB")
        print(
            f"    ArenaDesk read + PDF : {figures['total_ms']:7.0f} ms  "
            f"(read {figures['read_ms']:.0f} ms, PDF {figures['write_ms']:.0f} ms){budget}"
        )
        print(f"    floor: reportlab     : {figures['floor_ms']:7.0f} ms")
        print(f"    ratio ours/floor     : {figures['ratio']:7.2f}x")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
