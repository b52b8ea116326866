"""Proceedings benchmark: the Open Space inputs (Vedlegg 1) and working reports (Vedlegg 2)
of 50 conversations to PDF.

Budget (issue 7): the proceedings for 50 conversations in <= 2 s, reading the database
included.

    .venv/bin/python bench/proceedings.py [--runs 7] [--json FILE]

Arenas, made in a temporary folder through the store: the test sample
(`tests/reports/open_space_samples.py`: the 2020 report's 49 input titles and one
unplaced conversation, 4 økter, 150 people, 6–12 in each conversation, realistic text
lengths, day-2 inputs that refer to day-1 ones) and, when the module is there, the
Open Space demo arena (`arenadesk.demo.open_space`).

For each: `assemble_proceedings` (reading) and `build_proceedings_pdf` (writing), into
memory. The floor, in the same run, is reportlab alone writing the same flowables:
`proceedings_pdf.story()` built with a plain `SimpleDocTemplate` (no outline, no running
header, no two-pass "side X av Y"). One warm-up each, then --runs alternating runs;
medians count. Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the sample arena lives with the tests

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402
from tests.reports.open_space_samples import build_open_space_arena  # noqa: E402

from arenadesk.domain.proceedings import Proceedings  # noqa: E402
from arenadesk.reports.pdf_pages import TOP  # noqa: E402
from arenadesk.reports.pdf_style import MARGIN, register_report_fonts  # noqa: E402
from arenadesk.reports.proceedings_pdf import build_proceedings_pdf, story  # noqa: E402
from arenadesk.store.db.database import Database, open_database  # noqa: E402
from arenadesk.store.db.device import Device  # noqa: E402
from arenadesk.store.proceedings import assemble_proceedings  # noqa: E402

BUDGET_S = 2.0
DEVICE = Device("22222222-2222-4222-8222-222222222222", "bench")


def floor_pdf(proceedings: Proceedings, out: io.BytesIO) -> None:
    """reportlab alone: the same flowables in a plain document with the same frame."""
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=MARGIN
    )
    doc.build(story(proceedings))


def ours(db: Database, arena_id: uuid.UUID) -> tuple[float, float, int, int]:
    """(read s, write s, bytes, pages) for the whole job, database to PDF."""
    start = time.perf_counter()
    proceedings = assemble_proceedings(db, arena_id)
    read = time.perf_counter()
    out = io.BytesIO()
    pages = build_proceedings_pdf(proceedings, out)
    done = time.perf_counter()
    return read - start, done - read, len(out.getvalue()), pages


def timed(build: Callable[[Proceedings, io.BytesIO], None], proceedings: Proceedings) -> float:
    out = io.BytesIO()
    start = time.perf_counter()
    build(proceedings, out)
    return time.perf_counter() - start


def measure(db: Database, arena_id: uuid.UUID, runs: int) -> dict[str, float]:
    proceedings = assemble_proceedings(db, arena_id)
    ours(db, arena_id), timed(floor_pdf, proceedings)  # warm-up: fonts, caches, imports
    reads, writes, floors = [], [], []
    size = pages = 0
    for _ in range(runs):
        read, write, size, pages = ours(db, arena_id)
        reads.append(read)
        writes.append(write)
        floors.append(timed(floor_pdf, proceedings))
    read_m, write_m, floor_m = (statistics.median(x) for x in (reads, writes, floors))
    return {
        "conversations": len(proceedings.conversations),
        "participants": proceedings.participant_count,
        "read_ms": read_m * 1000,
        "write_ms": write_m * 1000,
        "total_ms": (read_m + write_m) * 1000,
        "floor_ms": floor_m * 1000,
        "ratio": (read_m + write_m) / floor_m,
        "kb": size / 1024,
        "pages": pages,
    }


def arenas() -> list[tuple[str, Callable[[Database], uuid.UUID]]]:
    made: list[tuple[str, Callable[[Database], uuid.UUID]]] = [
        ("test sample (2020 titles)", lambda db: build_open_space_arena(db).arena_id)
    ]
    if importlib.util.find_spec("arenadesk.demo.open_space") is not None:
        from arenadesk.demo.open_space import create_open_space_demo

        made.append(("Open Space demo arena", create_open_space_demo))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    register_report_fonts()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as folder:
        for index, (name, make) in enumerate(arenas()):
            db = open_database(Path(folder) / f"arena-{index}.sqlite", DEVICE)
            try:
                results[name] = measure(db, make(db), args.runs)
            finally:
                db.close()
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    print(
        f"Open Space proceedings (Vedlegg 1 and 2) to PDF ({args.runs} runs, medians; "
        f"reportlab's C accelerator rl_accel {'in use' if accelerated else 'NOT installed'})"
    )
    for name, figures in results.items():
        verdict = "PASS" if figures["total_ms"] <= BUDGET_S * 1000 else "OVER"
        print(
            f"  {name}: {figures['conversations']:.0f} conversations, "
            f"{figures['participants']:.0f} people in them, {figures['pages']:.0f} pages, "
            f"{figures['kb']:.0f} KB"
        )
        print(
            f"    ArenaDesk read + PDF : {figures['total_ms']:7.0f} ms  "
            f"(read {figures['read_ms']:.0f} ms, PDF {figures['write_ms']:.0f} ms)"
            f"  budget <= {BUDGET_S:.0f} s: {verdict}"
        )
        print(f"    floor: reportlab     : {figures['floor_ms']:7.0f} ms")
        print(f"    ratio ours/floor     : {figures['ratio']:7.2f}x")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
