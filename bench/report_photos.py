"""Photos in the group report: a report with ten photos to PDF and Word, against
reportlab placing the same photos plainly.

Budget (issue #18): a group report with 10 photos <= 2 s; and the photo pages <= 2x
reportlab writing the same images and captions directly.

    .venv/bin/python bench/report_photos.py [--runs 7] [--json FILE]

The photos are the tests' flip-chart pictures (`tests/reports/photo_samples.py`), at the
size the app stores them (2 400 px on the long edge, JPEG quality 85): seven landscape,
two portrait and a 10:1 panorama. Three figures: the realistic sample report (group 1C,
every section and two boards) with the ten photos, to PDF and to DOCX; and, for the
ratio, a report holding only the ten photos against the floor, a SimpleDocTemplate with
the same ten reportlab Images scaled to the frame and a caption Paragraph each (no
checks, no KeepTogether, no running header). All write to memory. One warm-up each,
then --runs timed runs alternating; medians count. Figures are reported, never
asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the sample reports live with the tests

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate  # noqa: E402
from tests.reports.photo_samples import ten_photos  # noqa: E402
from tests.reports.samples import realistic_report  # noqa: E402

from arenadesk.domain.report import GroupReport, ReportPhoto  # noqa: E402
from arenadesk.reports.board_drawing import FONT  # noqa: E402
from arenadesk.reports.group_docx import build_group_docx  # noqa: E402
from arenadesk.reports.group_pdf import build_group_pdf  # noqa: E402
from arenadesk.reports.pdf_style import register_report_fonts  # noqa: E402

BUDGET_S, BUDGET_RATIO = 2.0, 2.0
WIDTH, HEIGHT = A4[0] - 44 * mm, (A4[1] - 48 * mm) * 0.62


def floor_pdf(photos: list[ReportPhoto], out: io.BytesIO) -> None:
    """The same photos and captions as plain reportlab."""
    style = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=12)
    story: list[Flowable] = []
    for number, photo in enumerate(photos, start=1):
        scale = min(WIDTH / photo.width, HEIGHT / photo.height)
        story.append(Image(io.BytesIO(photo.data), photo.width * scale, photo.height * scale))
        story.append(Paragraph(f"Bilde {number}: {photo.caption}", style))
    SimpleDocTemplate(out, pagesize=A4).build(story)


def timed(build: Callable[[object, io.BytesIO], object], value: object) -> tuple[float, int]:
    out = io.BytesIO()
    start = time.perf_counter()
    build(value, out)
    return time.perf_counter() - start, len(out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    register_report_fonts()
    photos = ten_photos()
    full = realistic_report()
    full.photos = photos
    only = GroupReport("Åpen arena 2027", "", "1C", "Bilder fra gruppa", photos=photos)
    pdf = lambda report, out: build_group_pdf(report, out)  # noqa: E731
    word = lambda report, out: build_group_docx(report, out)  # noqa: E731
    floor = lambda report, out: floor_pdf(report.photos, out)  # noqa: E731
    for build in (pdf, word, floor):
        timed(build, full)  # warm-up: fonts, caches, imports
    full_pdf, full_docx, only_pdf, floor_s = [], [], [], []
    for _ in range(args.runs):
        full_pdf.append(timed(pdf, full)[0])
        full_docx.append(timed(word, full)[0])
        only_pdf.append(timed(pdf, only)[0])
        floor_s.append(timed(floor, only)[0])
    pdf_bytes, docx_bytes = timed(pdf, full)[1], timed(word, full)[1]
    med = {
        "pdf": statistics.median(full_pdf),
        "docx": statistics.median(full_docx),
        "only": statistics.median(only_pdf),
        "floor": statistics.median(floor_s),
    }
    ratio = med["only"] / med["floor"]
    source = sum(len(p.data) for p in photos)
    print(f"group report with 10 photos ({args.runs} runs, medians; photos {source // 1024} KB)")
    for key, label, size in (
        ("pdf", "1C + 10 photos to PDF ", pdf_bytes),
        ("docx", "1C + 10 photos to DOCX", docx_bytes),
    ):
        verdict = "PASS" if med[key] <= BUDGET_S else "OVER"
        print(
            f"  {label}: {med[key] * 1000:7.1f} ms, {size // 1024} KB"
            f"  (budget <= {BUDGET_S:.1f} s: {verdict})"
        )
    print(f"  the photos alone, ours    : {med['only'] * 1000:7.1f} ms")
    print(f"  floor: plain reportlab    : {med['floor'] * 1000:7.1f} ms")
    verdict = "PASS" if ratio <= BUDGET_RATIO else "OVER"
    print(
        f"  ratio ours/floor          : {ratio:7.2f}x  (budget <= {BUDGET_RATIO:.1f}x: {verdict})"
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        figures = {f"{key}_ms": value * 1000 for key, value in med.items()}
        args.json.write_text(json.dumps({**figures, "ratio": ratio}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
