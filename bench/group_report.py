"""Group report benchmark: one standard report to PDF, against reportlab writing it plainly.

Budget (ARCHITECTURE.md): one group report to PDF in <= 0.3 s, and <= 2x reportlab
writing the same flowables directly.

    .venv/bin/python bench/group_report.py [--runs 15] [--json FILE]

The report is the realistic sample of the tests (group 1C: 7 participants, 3 next steps,
two boards with 12 notes each, every section filled). The floor, measured in the same
run, builds the same text as plain Paragraphs and Tables (same embedded DejaVu fonts, the
same board drawings, repeated table headers) with SimpleDocTemplate, a one-pass page
number and none of our helpers (no escaping pass, no styled tables, no "side X av Y").
Both write to memory. One warm-up each, then --runs timed runs alternating the two;
medians count. Also the growth with the group: the same sample with 10 and 200
participants (`--participants`), each against its floor. Also times the long sample
(40 people, 31 next steps, 6 boards, pages of text), and all seven groups of the demo
arena the way the report screen and `arenadesk report group` make them: read from a
database file (assemble_group_report) and written to PDF, each against the floor writing
the same report. Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the sample reports live with the tests

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)
from tests.reports.samples import long_report, realistic_report  # noqa: E402

from arenadesk.domain.report import STRENGTH_REASONS, GroupReport, ParticipantLine  # noqa: E402
from arenadesk.domain.vocabulary import Perspective, Role  # noqa: E402
from arenadesk.reports import group_text as t  # noqa: E402
from arenadesk.reports.board_drawing import BOLD, FONT, board_drawing  # noqa: E402
from arenadesk.reports.group_pdf import build_group_pdf  # noqa: E402
from arenadesk.reports.pdf_style import accelerated, register_report_fonts  # noqa: E402

BUDGET_S, BUDGET_RATIO = 0.3, 2.0
WIDTH = A4[0] - 44 * mm


def floor_pdf(report: GroupReport, out: io.BytesIO) -> None:
    """The same content as plain reportlab: what the builder costs beyond reportlab."""
    body = ParagraphStyle("b", fontName=FONT, fontSize=10.5, leading=15)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=14, leading=18)
    story: list[Flowable] = [Paragraph(escape(f"{report.code} {report.title}"), head)]

    def text(value: str) -> None:  # paragraphs at blank lines, lines kept: no parser
        for part in value.split("\n\n"):
            if part.strip():
                story.append(Paragraph(escape(part).replace("\n", "<br/>"), body))

    def table(rows: list[list[str]], widths: list[float]) -> None:
        cells = [[Paragraph(escape(v), body) for v in row] for row in rows]
        plain = Table(cells, colWidths=widths, repeatRows=1)
        plain.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, "grey")]))
        story.append(plain)

    story.append(Paragraph(t.H_PARTICIPANTS, head))
    table(
        [list(t.PARTICIPANT_COLUMNS)]
        + [[p.name, p.title, p.organisation, str(p.days)] for p in report.participants],
        [WIDTH / 4] * 4,
    )
    for heading, value in (
        (t.H_PROBLEM, report.problem),
        (t.H_RESULT, report.result),
        (t.H_CONCRETISATION, report.concretisation),
    ):
        story.append(Paragraph(heading, head))
        text(value)
    story.append(Paragraph(t.H_NEXT_STEPS, head))
    table(
        [list(t.ACTION_COLUMNS)] + [[a.what, a.who, a.when] for a in report.action_items],
        [WIDTH / 2, WIDTH / 4, WIDTH / 4],
    )
    story.append(Paragraph(escape(f"Neste møte: {report.next_meeting}"), body))
    story.append(Paragraph(t.H_COMMENTS, head))
    text(report.comments)
    for figure in report.boards:
        story.append(Paragraph(escape(figure.title), head))
        story.append(board_drawing(figure.template, figure.notes, width=WIDTH))  # type: ignore[arg-type]
        table(
            [["Felt", "Lapper"]]
            + [
                [zone, "\n".join(notes)]
                for zone, notes in t.zone_rows(figure.template, figure.notes)
            ],
            [WIDTH * 0.3, WIDTH * 0.7],
        )
    story.append(Paragraph(t.H_SELF_EVALUATION, head))
    evaluation = report.self_evaluation
    text(evaluation.results)
    story.extend(Paragraph(escape(reason), body) for reason in STRENGTH_REASONS.values())
    text(evaluation.reasons_text)
    text(evaluation.tips)

    def page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(FONT, 8)
        canvas.drawString(22 * mm, 12 * mm, f"side {doc.page}")

    SimpleDocTemplate(out, pagesize=A4, title=report.title).build(
        story, onFirstPage=page, onLaterPages=page
    )


def ours(report: GroupReport, out: io.BytesIO) -> None:
    build_group_pdf(report, out)


def timed(
    build: Callable[[GroupReport, io.BytesIO], None], report: GroupReport
) -> tuple[float, int]:
    out = io.BytesIO()
    start = time.perf_counter()
    build(report, out)
    return time.perf_counter() - start, len(out.getvalue())


def demo_groups(runs: int) -> list[tuple[str, float, float, float]]:
    """Per demo group: (code, assemble s, build s, floor s), medians of `runs`."""
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.groups import list_groups
    from arenadesk.store.reports import assemble_group_report

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite", Device(str(uuid.uuid4()), "bench"))
        try:
            arena_id = create_demo_arena(db)
            for group in list_groups(db, arena_id):
                assemble_s, build_s, floor_s = [], [], []
                for _ in range(runs):
                    start = time.perf_counter()
                    report = assemble_group_report(db, group.id, "nb")
                    assemble_s.append(time.perf_counter() - start)
                    build_s.append(timed(ours, report)[0])
                    floor_s.append(timed(floor_pdf, report)[0])
                rows.append(
                    (
                        group.code,
                        statistics.median(assemble_s),
                        statistics.median(build_s),
                        statistics.median(floor_s),
                    )
                )
        finally:
            db.close()
    return rows


def with_participants(count: int) -> GroupReport:
    """The realistic sample with `count` participants (a facilitator, then users): the
    participant table is the part of a group report that grows with the group."""
    report = realistic_report()
    report.participants = [
        ParticipantLine(
            f"Deltaker {index:03d} Ávjovárgeaidnu",
            "Rådgiver",
            f"Organisasjon {index}",
            Role.FACILITATOR if index == 1 else Role.PARTICIPANT,
            (1, 2) if index % 3 else (2,),
            Perspective.USER,
        )
        for index in range(1, count + 1)
    ]
    return report


def participant_curve(sizes: list[int], runs: int) -> list[tuple[int, float, float, int]]:
    """(participants, ours s, floor s, pages) for each size, medians of alternating runs."""
    rows = []
    for count in sizes:
        report = with_participants(count)
        timed(ours, report), timed(floor_pdf, report)  # warm-up
        ours_s, floor_s = [], []
        for _ in range(runs):
            ours_s.append(timed(ours, report)[0])
            floor_s.append(timed(floor_pdf, report)[0])
        out = io.BytesIO()
        ours(report, out)
        pages = out.getvalue().count(b"/Type /Page\n")
        rows.append((count, statistics.median(ours_s), statistics.median(floor_s), pages))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--participants",
        default="10,200",
        help="sizes of the participant curve (comma-separated; default 10,200)",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    register_report_fonts()
    report = realistic_report()
    timed(ours, report), timed(floor_pdf, report)  # warm-up: fonts, caches, imports
    ours_s, floor_s = [], []
    for _ in range(args.runs):
        ours_s.append(timed(ours, report)[0])
        floor_s.append(timed(floor_pdf, report)[0])
    size = timed(ours, report)[1]
    big = long_report()
    long_s = statistics.median(timed(ours, big)[0] for _ in range(3))

    ours_med, floor_med = statistics.median(ours_s), statistics.median(floor_s)
    ratio = ours_med / floor_med
    print(
        f"group report to PDF ({args.runs} runs, medians; realistic sample 1C; reportlab's "
        f"C accelerator rl_accel {'in use' if accelerated() else 'NOT installed'})"
    )
    print(
        f"  ArenaDesk build_group_pdf : {ours_med * 1000:7.1f} ms  "
        f"(min {min(ours_s) * 1000:.1f}, max {max(ours_s) * 1000:.1f}), {size // 1024} KB"
    )
    print(
        f"  floor: plain reportlab    : {floor_med * 1000:7.1f} ms  "
        f"(min {min(floor_s) * 1000:.1f}, max {max(floor_s) * 1000:.1f})"
    )
    verdict_s = "PASS" if ours_med <= BUDGET_S else "OVER"
    verdict_r = "PASS" if ratio <= BUDGET_RATIO else "OVER"
    print(f"  budget <= {BUDGET_S:.1f} s            : {verdict_s}")
    print(
        f"  ratio ours/floor          : {ratio:7.2f}x  (budget <= {BUDGET_RATIO:.1f}x: {verdict_r})"
    )
    print(f"  long sample (40 people, 6 boards, ~34 pages): {long_s * 1000:.0f} ms")
    demo = demo_groups(max(3, args.runs // 3))
    print("the seven demo groups, from the database file (medians)")
    print("  group    read    PDF  total  floor  ratio")
    for code, assemble_s, build_s, floor_s in demo:
        total = assemble_s + build_s
        print(
            f"  {code:<5} {assemble_s * 1000:5.0f}  {build_s * 1000:5.0f}  {total * 1000:5.0f}"
            f"  {floor_s * 1000:5.0f}  {build_s / floor_s:5.2f}x"
            f"  {'PASS' if total <= BUDGET_S and build_s / floor_s <= BUDGET_RATIO else 'OVER'}"
        )
    all_s = sum(a + b for _, a, b, _ in demo)
    print(f"  all seven: {all_s * 1000:.0f} ms (budget per report <= {BUDGET_S:.1f} s)")
    sizes = [int(size) for size in args.participants.split(",") if size.strip()]
    curve = participant_curve(sizes, max(3, args.runs // 3))
    print("growth with the group: the realistic sample with N participants (medians)")
    print("  people  pages    ours   floor  ratio")
    for count, ours_c, floor_c, pages in curve:
        print(
            f"  {count:6d}  {pages:5d}  {ours_c * 1000:6.0f}  {floor_c * 1000:6.0f}"
            f"  {ours_c / floor_c:5.2f}x"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "ours_ms": ours_med * 1000,
                    "floor_ms": floor_med * 1000,
                    "ratio": ratio,
                    "long_ms": long_s * 1000,
                    "demo_groups_ms": {code: (a + b) * 1000 for code, a, b, _ in demo},
                    "participants": {
                        str(count): {"ours_ms": o * 1000, "floor_ms": f * 1000, "pages": pages}
                        for count, o, f, pages in curve
                    },
                    "bytes": size,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
