"""Board benchmark: how a board's cost grows with its notes, on screen and in the PDF renderer.

Budgets: 500 notes repaint in <= 16 ms; 5 000 notes repaint in <= 16 ms and load in
<= 250 ms; 20 000 notes repaint in <= 33 ms and load in <= 1 s.

    .venv/bin/python bench/boards.py [--runs 30] [--sizes 500,2000,5000,20000] [--json FILE]
        [--runs-actions 5] [--action-sizes 5000,20000]

For each size it prints: load (store read, with its SQL statement count, + building the
scene's items), a full repaint of the fitted view at 1366×768 offscreen (median of --runs,
after one warm-up that fills the item caches), the same view zoomed in (4× the fitted
scale, and the largest zoom the view allows) with a full repaint and a scroll step (one
wheel step down or up, then the paint the event loop delivers for it), the resident
memory the board added, the projector's board (1920×1080: laying the board out for the
room, and a repaint), and the reportlab drawing of the same board (build + write a PDF).
Floors measured in the same run: a repaint of the same view over an empty scene, and for
each size the same number of plain QGraphicsRectItems (built, then repainted and scrolled
at the same zooms); reportlab writing 500 plain rectangles with a line of text each.
Budgets for every repaint and scroll step, at every zoom and on the projector: 5 000
notes <= 16 ms, 20 000 notes <= 33 ms.

For the --action-sizes (5 000 and 20 000 notes) it then opens the board in the main window
and times single-note actions, each from the action to the window idle again (median of
--runs-actions): releasing a dragged note, adding a note from the entry field, keeping an
edited text, deleting a note, and Undo of each (bench/board_actions.py). Floor: the same
store call alone (the service function writing that one note). Budget: <= 50 ms each on
5 000 notes. Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The mouse events of the action rows are the board tests' own (tests/ui/pointer.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# notes: (repaint ms, load ms); load = store read + scene items
BUDGETS: dict[int, tuple[float, float | None]] = {
    500: (16.0, None),
    5000: (16.0, 250.0),
    20000: (33.0, 1000.0),
}
WORDS = [
    "arbeid",
    "helse",
    "Nav",
    "fastlege",
    "arbeidsgiver",
    "tidlig",
    "avklaring",
    "samhandling",
    "tiltak",
    "møteplass",
    "forutsigbarhet",
    "brukermedvirkning",
    "likemann",
    "kompetanse",
    "oppfølging",
    "rehabilitering",
    "økonomi",
]


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # a peak, not current


def median_ms(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fill_board(db, board_id, template, count: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Notes spread over the zones on a jittered grid (the layout of typed notes is tested
    elsewhere; here only the count matters)."""
    from arenadesk.domain.board_geometry import Rect
    from arenadesk.domain.note_layout import zone_for_rect
    from arenadesk.store.notes import NoteDraft, add_notes

    drafts = []
    for i in range(count):
        x = rng.uniform(0, template.width - 200)
        y = rng.uniform(0, template.height - 110)
        zone = zone_for_rect(template, Rect(x, y, 200, 110))
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 9)))
        drafts.append(NoteDraft(zone.key, f"{i}: {text}", x, y, 200, 110, zone.note_colour))
    for start in range(0, count, 1000):
        add_notes(db, board_id, drafts[start : start + 1000])


def _verdict(value: float, budget: float) -> str:
    return "PASS" if value <= budget else "OVER"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--sizes", default="500,2000,5000,20000")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--zooms", default="4,max", help="zooms beyond the fitted view")
    parser.add_argument("--no-projector", action="store_true")
    parser.add_argument("--runs-actions", type=int, default=5, help="runs of each note action")
    parser.add_argument(
        "--action-sizes", default="5000,20000", help="sizes whose note actions are measured"
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="arenadesk-bench-boards-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # however the run ends
    os.environ["ARENADESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["ARENADESK_DATA_DIR"] = str(tmp / "data")

    from board_actions import action_rows
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing, Rect, String
    from sqlalchemy import event

    from arenadesk.app import register_fonts
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.domain.boards import load_templates
    from arenadesk.reports.board_drawing import FONT, board_drawing
    from arenadesk.reports.board_drawing import register_fonts as rl_fonts
    from arenadesk.store import boards as board_store
    from arenadesk.store import notes as note_store
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device
    from arenadesk.store.groups import find_group_by_code
    from arenadesk.ui.boards.scene import BoardCanvas, BoardScene
    from arenadesk.ui.projector.board import ProjectorBoard

    app = QApplication(sys.argv[:1])
    register_fonts()
    template = load_templates().get("toppen-av-fjellet")
    assert template is not None
    db = open_database(
        tmp / "bench.sqlite", Device("44444444-4444-4444-8444-444444444444", "bench")
    )
    create_demo_arena(db)
    group = find_group_by_code(db, require_arena_id(db), "1B")
    assert group is not None
    rng = random.Random(2013)
    figures: dict[str, object] = {}

    def view_of(scene: QGraphicsScene) -> QGraphicsView:
        view = BoardCanvas(scene) if isinstance(scene, BoardScene) else QGraphicsView(scene)
        view.resize(1366, 768)
        view.show()
        view.fitInView(QRectF(0, 0, template.width, template.height))
        app.processEvents()
        view.viewport().repaint()  # warm-up: fills the item caches
        return view

    # Floors: the same view over an empty scene and over 500 plain rectangles.
    empty = QGraphicsScene(0, 0, template.width, template.height)
    empty_view = view_of(empty)
    floor_empty = median_ms(empty_view.viewport().repaint, args.runs)
    print(f"floor: empty scene repaint            {floor_empty:7.2f} ms")
    figures["floor_empty_ms"] = floor_empty

    zooms = [z for z in args.zooms.split(",") if z]

    def zoom_to(view: QGraphicsView, zoom: str, fitted: float) -> str:
        """Zooms a view in about the board's middle: `zoom` times the fitted scale, or
        "max" (as far as BoardCanvas allows); returns the label of the row."""
        scale = BoardCanvas.MAX_ZOOM if zoom == "max" else fitted * float(zoom)
        current = view.transform().m11()
        if isinstance(view, BoardCanvas):
            view.zoom_by(scale / current)  # as the person does: no longer fitted to the window
        else:
            view.scale(scale / current, scale / current)
        view.centerOn(template.width / 2, template.height / 2)
        app.processEvents()
        view.viewport().repaint()  # warm-up at this zoom
        return f"{scale / fitted:.1f}× ({scale:.2f})" if zoom == "max" else f"{zoom}×"

    def scroll_step(view: QGraphicsView) -> Callable[[], None]:
        """One wheel step (3 lines of the scroll bar), alternately down and up, and the
        paint it causes, as the event loop delivers it: the view moves its pixels and
        paints the strip that came into view."""
        bar = view.verticalScrollBar()
        step = 3 * bar.singleStep()
        direction = [1]

        def action() -> None:
            bar.setValue(bar.value() + direction[0] * step)
            direction[0] = -direction[0]
            app.processEvents()

        return action

    def zoomed_figures(view: QGraphicsView) -> dict[str, tuple[str, float, float]]:
        """{zoom: (label, repaint ms, scroll step ms)}; the view is fitted again after."""
        out = {}
        fitted = view.transform().m11()
        for zoom in zooms:
            label = zoom_to(view, zoom, fitted)
            repaint = median_ms(view.viewport().repaint, args.runs)
            scroll = median_ms(scroll_step(view), args.runs)
            out[zoom] = (label, repaint, scroll)
        if isinstance(view, BoardCanvas):
            view.zoom_fit()
        else:
            view.fitInView(QRectF(0, 0, template.width, template.height))
        return out

    def rect_floor(count: int) -> tuple[float, float, dict[str, tuple[str, float, float]]]:
        """Building and repainting `count` plain rectangle items: (build ms, repaint ms,
        zoomed figures)."""
        rects = QGraphicsScene(0, 0, template.width, template.height)
        start = time.perf_counter()
        for _ in range(count):
            item = rects.addRect(rng.uniform(0, 1720), rng.uniform(0, 970), 200, 110)
            item.setBrush(QColor("#fff0a0"))
        build = (time.perf_counter() - start) * 1000
        rect_view = view_of(rects)
        repaint = median_ms(rect_view.viewport().repaint, args.runs)
        zoomed = zoomed_figures(rect_view)
        rect_view.close()
        return build, repaint, zoomed

    rl_fonts()
    floor_pdf = tmp / "floor.pdf"

    def reportlab_floor() -> None:
        drawing = Drawing(700, 394)
        for _ in range(500):
            x, y = rng.uniform(0, 640), rng.uniform(0, 360)
            drawing.add(Rect(x, y, 60, 30, fillColor=None))
            drawing.add(String(x + 3, y + 3, "arbeid og helse", fontName=FONT, fontSize=6))
        renderPDF.drawToFile(drawing, str(floor_pdf))

    floor_rl = median_ms(reportlab_floor, 5)
    print(f"floor: reportlab, 500 rects + strings {floor_rl:7.2f} ms")
    figures["floor_reportlab_ms"] = floor_rl

    for count in (int(s) for s in args.sizes.split(",")):
        board_id = board_store.create_board(db, group.id, template.key, f"Bench {count}")
        fill_board(db, board_id, template, count, rng)
        floor_build, floor_rects, floor_zoomed = rect_floor(count)
        statements: list[str] = []

        def count_statement(*_args: object, seen: list[str] = statements) -> None:
            seen.append("")

        event.listen(db.engine, "before_cursor_execute", count_statement)
        before = rss_mb()
        start = time.perf_counter()
        notes = note_store.list_notes(db, board_id)
        read_ms = (time.perf_counter() - start) * 1000
        event.remove(db.engine, "before_cursor_execute", count_statement)
        scene = BoardScene()
        start = time.perf_counter()
        scene.show_board(template, notes)
        build_ms = (time.perf_counter() - start) * 1000
        view = view_of(scene)
        repaint = median_ms(view.viewport().repaint, args.runs)
        zoomed = zoomed_figures(view)
        after = rss_mb()
        start = time.perf_counter()
        drawing = board_drawing(template, notes, width=780)
        renderPDF.drawToFile(drawing, str(tmp / f"board-{count}.pdf"))
        pdf_ms = (time.perf_counter() - start) * 1000
        repaint_budget, load_budget = BUDGETS.get(count, (None, None))
        load_ms = read_ms + build_ms
        print(f"\n{count} notes")
        print(
            f"  load: store read {read_ms:7.1f} ms ({len(statements)} SQL statements, "
            f"{read_ms * 1000 / count:5.1f} µs a note) + scene items {build_ms:7.1f} ms "
            f"= {load_ms:7.1f} ms = {load_ms / floor_build:4.1f}× building {count} plain rects"
            + (
                f"   budget ≤ {load_budget:.0f} ms: {_verdict(load_ms, load_budget)}"
                if load_budget
                else ""
            )
        )
        print(
            f"  full repaint (1366×768, fitted)  {repaint:7.2f} ms  "
            f"= {repaint / floor_rects:4.1f}× {count} plain rects ({floor_rects:.2f} ms), "
            f"{repaint / floor_empty:5.1f}× empty"
            + (
                f"   budget ≤ {repaint_budget:.0f} ms: {_verdict(repaint, repaint_budget)}"
                if repaint_budget
                else ""
            )
        )
        zoom_figures: dict[str, object] = {}
        for zoom, (label, z_repaint, z_scroll) in zoomed.items():
            _, f_repaint, f_scroll = floor_zoomed[zoom]
            for what, value, floor in (
                ("repaint", z_repaint, f_repaint),
                ("scroll step", z_scroll, f_scroll),
            ):
                print(
                    f"  zoom {label:<12} {what:<11} {value:7.2f} ms  "
                    f"= {value / floor:5.2f}× {count} plain rects ({floor:.2f} ms)"
                    + (
                        f"   budget ≤ {repaint_budget:.0f} ms: {_verdict(value, repaint_budget)}"
                        if repaint_budget
                        else ""
                    )
                )
            zoom_figures[zoom] = {
                "label": label,
                "repaint_ms": z_repaint,
                "scroll_ms": z_scroll,
                "floor_repaint_ms": f_repaint,
                "floor_scroll_ms": f_scroll,
            }
        print(f"  memory added (RSS)               {after - before:7.1f} MB")
        if not args.no_projector:
            projector = ProjectorBoard(db)
            projector.resize(1920, 1080)
            projector.show()
            app.processEvents()
            start = time.perf_counter()
            projector.show_board(board_id)
            projector.viewport().repaint()
            projector_load = (time.perf_counter() - start) * 1000
            projector_repaint = median_ms(projector.viewport().repaint, args.runs)
            projector.close()
            print(
                f"  projector (1920×1080) board      {projector_load:7.1f} ms laid out + drawn, "
                f"repaint {projector_repaint:7.2f} ms"
                + (
                    f"   budget ≤ {repaint_budget:.0f} ms: "
                    f"{_verdict(projector_repaint, repaint_budget)}"
                    if repaint_budget
                    else ""
                )
            )
            zoom_figures["projector"] = {
                "load_ms": projector_load,
                "repaint_ms": projector_repaint,
            }
        print(
            f"  reportlab drawing + PDF          {pdf_ms:7.1f} ms  "
            f"= {pdf_ms / floor_rl:4.1f}× the reportlab floor"
        )
        if str(count) in args.action_sizes.split(","):
            print("  single-note actions in the main window (to the window idle again):")
            actions = action_rows(db, board_id, group.id, args.runs_actions)
        else:
            actions = {}
        figures[str(count)] = {
            "read_ms": read_ms,
            "read_statements": len(statements),
            "floor_rects_build_ms": floor_build,
            "floor_rects_repaint_ms": floor_rects,
            "build_ms": build_ms,
            "repaint_ms": repaint,
            "rss_added_mb": after - before,
            "zoomed": zoom_figures,
            "reportlab_ms": pdf_ms,
            "actions": actions,
        }
        view.close()
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
