"""Start-up benchmark: the first window and the usable window with a large arena, against a
bare PySide6 window measured in the same run, under Xvfb (a real X server) and offscreen.

Budgets (issue 19): the app's first window (its own main-window frame) <= 1.5x a bare
PySide6 window (aim 1.2x); usable with the large arena (29 groups, 200 people, 3 000 notes)
<= 4x (aim 3x). Peak memory with the large arena open <= 250 MB.

    .venv/bin/python bench/startup.py [--runs 7] [--platforms xvfb,offscreen]
                                      [--floor-only] [--stack] [--exe PATH]

The floor and the app are separate processes, timed from Popen to the moment a line
arrives on their stdout. Both print `ARENADESK_FRAME` when their main window has first
been painted: after show() they wait in an event loop for the window's first paint event,
which under X comes only after the server has mapped the window and sent Expose. The app
then opens the database, loads the rest and prints `ARENADESK_SHOWN` once the filled
window has processed its events (`--quit-after-show`). Figures are reported, never
asserted: the exit status is 0 whatever they are, and non-zero only when a process fails
to start, exits with an error or never reports a window.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

FRAME = "ARENADESK_FRAME"
SHOWN = "ARENADESK_SHOWN"
READY = "ARENADESK_READY"  # the app: its store open too (after SHOWN)
FRAME_BUDGET, FRAME_AIM = 1.5, 1.2  # first window / floor (medians)
USABLE_BUDGET, USABLE_AIM = 4.0, 3.0  # usable window with the large arena / floor
RSS_BUDGET_MB = 250.0
NOTES = 3000  # spread over the large arena's 29 groups, one board each

# The floor: the least a PySide6 main window costs, shown and painted, and reported the
# way the app reports its frame (first paint event, then the line).
FLOOR_SCRIPT = f"""
import sys
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("ArenaDesk floor")
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1200, 700)
loop = QEventLoop()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            loop.quit()
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
QTimer.singleShot(2000, loop.quit)
loop.exec()
print("{FRAME}", flush=True)
print("{SHOWN}", flush=True)
"""

# A second reference, not a budget's floor: the same bare window after importing the
# libraries the app loads on its way to the usable window (SQLAlchemy's ORM and its SQLite
# dialect; qtawesome, Alembic and markdown-it are not loaded there, which
# tests/ui/test_startup_order.py checks). It shows how much of the app's usable time is
# the stack itself rather than ArenaDesk's own work.
STACK_MODULES = ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite")
STACK_SCRIPT = FLOOR_SCRIPT.replace(
    "import sys\n", "import sys\n" + "".join(f"import {m}\n" for m in STACK_MODULES), 1
)

# Adds the large arena's notes: one board per group, NOTES in all, through the store.
NOTES_SCRIPT = f"""
import random, sys
from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.boards import load_templates
from arenadesk.domain.note_layout import zone_for_rect
from arenadesk.platform.settings import Settings
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board
from arenadesk.store.notes import NoteDraft, add_notes
from arenadesk.store.db.database import open_database
from arenadesk.store.groups import list_groups

rng = random.Random(19)
words = "arbeid helse bolig skole tillit samarbeid tjenester frivillige ventetid".split()
template = load_templates().get("toppen-av-fjellet")
db = open_database(sys.argv[1], Settings.load().device, create=False)
groups = list_groups(db, require_arena_id(db))
for index, group in enumerate(groups):
    count = {NOTES} // len(groups) + (index < {NOTES} % len(groups))
    board = create_board(db, group.id, template.key, "Toppen av fjellet")
    drafts = []
    for i in range(count):
        x = rng.uniform(0, template.width - 200)
        y = rng.uniform(0, template.height - 110)
        zone = zone_for_rect(template, Rect(x, y, 200, 110))
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 9)))
        drafts.append(NoteDraft(zone.key, text, x, y, 200, 110, zone.note_colour))
    add_notes(db, board, drafts)
db.close()
print(sum({NOTES} // len(groups) + (i < {NOTES} % len(groups)) for i in range(len(groups))))
"""

# Runs one command as its only child and prints the child's peak RSS, as getrusage reports
# it for waited-for children (Linux: KiB, macOS: bytes).
RSS_HELPER = f"""
import json, os, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True,
                      timeout=float(os.environ["BENCH_TIMEOUT"]))
print(json.dumps({{
    "maxrss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    "returncode": done.returncode,
    "shown": "{SHOWN}" in done.stdout,
    "stderr": done.stderr[-4000:],
}}))
"""


class BenchError(Exception):
    """A process under test failed: the figures would mean nothing."""


@dataclass
class Run:
    frame: float  # seconds from Popen to the FRAME line
    shown: float  # ... to the SHOWN line
    stderr: str
    ready: float | None = None  # ... to the READY line (the store open), if printed


def timed_run(name: str, command: list[str], env: dict[str, str], timeout: float) -> Run:
    """Wall time from Popen to the FRAME and SHOWN lines; then wait for a clean exit."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as err:
        lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
        start = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=sys.platform != "win32",  # so a hung run is killed whole
        )

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put((time.perf_counter(), line))
            lines.put((time.perf_counter(), None))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = start + timeout
        stamps: dict[str, float] = {}
        while READY not in stamps:  # after SHOWN the app prints READY (if it does) and quits
            try:
                stamp, line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                break
            if line is None:  # stdout closed: the process ended without the line
                break
            stamps.setdefault(line.strip(), stamp)
        try:
            # Shown: give it time to quit. Not shown: it ended or it is hung.
            returncode = process.wait(timeout=10.0 if SHOWN in stamps else 0.5)
        except subprocess.TimeoutExpired:
            kill(process)
            returncode = process.wait()
        reader.join(timeout=5)
        err.seek(0)
        stderr = err.read()

    missing = [marker for marker in (FRAME, SHOWN) if marker not in stamps]
    if missing:
        why = (
            f"did not print {missing[0]} within {timeout:.0f} s"
            if returncode < 0
            else f"exited with status {returncode} without printing {missing[0]}"
        )
        raise BenchError(f"{name} {why}.\ncommand: {' '.join(command)}\nstderr:\n{stderr}")
    if returncode != 0:
        raise BenchError(
            f"{name} printed {SHOWN} but exited with status {returncode}.\n"
            f"command: {' '.join(command)}\nstderr:\n{stderr}"
        )
    ready = stamps[READY] - start if READY in stamps else None
    return Run(stamps[FRAME] - start, stamps[SHOWN] - start, stderr, ready)


def kill(process: subprocess.Popen[str]) -> None:
    """Kill the process and, on POSIX, its whole session (children that hold the pipe)."""
    if sys.platform == "win32":
        process.kill()
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server (1366x768, like a small laptop) for the length of the block."""
    if shutil.which("Xvfb") is None:
        raise BenchError("Xvfb is not installed (apt install xvfb), or use --platforms offscreen")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise BenchError("Xvfb did not start")
        yield f":{number}"
    finally:
        kill(server)  # type: ignore[arg-type]
        server.wait()


def peak_rss_mb(
    name: str, command: list[str], env: dict[str, str], python: str, timeout: float
) -> float | None:
    """Peak RSS of one run of command, in MB, measured by a fresh helper process."""
    if sys.platform == "win32":
        return None  # no getrusage; use the Task Manager's peak working set
    env = {**env, "BENCH_TIMEOUT": str(timeout)}
    done = subprocess.run(
        [python, "-c", RSS_HELPER, *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout + 30,
    )
    if done.returncode != 0:
        raise BenchError(f"peak-RSS helper failed for {name}:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["returncode"] != 0 or not result["shown"]:
        raise BenchError(
            f"{name} failed during the peak-RSS run (status {result['returncode']}).\n"
            f"stderr:\n{result['stderr']}"
        )
    maxrss = result["maxrss"]
    return maxrss / 1e6 if sys.platform == "darwin" else maxrss * 1024 / 1e6


def describe(seconds: list[float]) -> str:
    return (
        f"median {statistics.median(seconds) * 1000:7.1f} ms   "
        f"min {min(seconds) * 1000:7.1f} ms   max {max(seconds) * 1000:7.1f} ms"
    )


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def verdict(ratio: float, budget: float, aim: float) -> str:
    if ratio <= aim:
        return f"budget <= {budget:.1f}x  PASS (aim {aim:.1f}x met)"
    return f"budget <= {budget:.1f}x  {'PASS' if ratio <= budget else 'OVER'} (aim {aim:.1f}x)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument(
        "--platforms",
        default="xvfb,offscreen",
        help="comma-separated: xvfb (a private Xvfb server), offscreen, screen (the "
        "DISPLAY/WAYLAND_DISPLAY you run under); default xvfb,offscreen",
    )
    parser.add_argument(
        "--floor-only", action="store_true", help="time the bare PySide6 window only"
    )
    parser.add_argument(
        "--stack",
        action="store_true",
        help="also time the bare window after importing the libraries the app loads "
        "before its window is usable (SQLAlchemy's ORM and SQLite dialect)",
    )
    parser.add_argument(
        "--exe",
        metavar="PATH",
        help="time a frozen ArenaDesk executable instead of `python -m arenadesk`",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter for the floor and the app (default: the one running this script)",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for a shown window"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    platforms = [p.strip() for p in args.platforms.split(",") if p.strip()]
    unknown = set(platforms) - {"xvfb", "offscreen", "screen"}
    if unknown or not platforms:
        parser.error(f"unknown platform(s): {', '.join(sorted(unknown)) or '(none)'}")

    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as tmp:
        # Never touch the user's settings or data.
        env["ARENADESK_CONFIG_DIR"] = str(Path(tmp, "config"))
        env["ARENADESK_DATA_DIR"] = str(Path(tmp, "data"))
        # As installed: bytecode cached (pip compiles it, the frozen app ships it), here
        # in the temporary folder by the warm-up run rather than beside the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp, "pycache"))
        try:
            return run_bench(args, env, platforms, Path(tmp))
        except BenchError as error:
            print(f"\nFAILED: {error}", file=sys.stderr)
            return 1


@dataclass
class Figures:
    floor: list[Run] = field(default_factory=list)
    stack: list[Run] = field(default_factory=list)
    app: list[Run] = field(default_factory=list)


def platform_env(env: dict[str, str], qpa: str, display: str | None) -> dict[str, str]:
    env = dict(env)
    if qpa == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    elif qpa == "xvfb":
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display or ""
        env.pop("WAYLAND_DISPLAY", None)
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def run_bench(
    args: argparse.Namespace, env: dict[str, str], platforms: list[str], tmp: Path
) -> int:
    floor_cmd = [args.python, "-c", FLOOR_SCRIPT]
    stack_cmd = [args.python, "-c", STACK_SCRIPT]
    app_base = [args.exe] if args.exe else [args.python, "-m", "arenadesk"]
    db = tmp / "large.sqlite"

    print("ArenaDesk start-up benchmark")
    print(
        f"  {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {package_version('PySide6-Essentials')}, load average "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    print(f"  app: {'skipped (--floor-only)' if args.floor_only else ' '.join(app_base)}")

    app_cmd: list[str] = []
    if not args.floor_only:
        offscreen = platform_env(env, "offscreen", None)

        def prepare(command: list[str], what: str) -> str:
            done = subprocess.run(
                command, capture_output=True, text=True, env=offscreen, timeout=300
            )
            if done.returncode != 0:
                raise BenchError(f"{what} failed:\n{done.stdout}{done.stderr}")
            return done.stdout.strip()

        made = prepare([*app_base, "demo", "--large", "--db", str(db)], "creating the large arena")
        notes = prepare([args.python, "-c", NOTES_SCRIPT, str(db)], "adding the notes")
        print(f"  arena: {made} {notes} notes on 29 boards.")
        app_cmd = [*app_base, "--db", str(db), "--quit-after-show"]

    results: dict[str, object] = {"runs": args.runs}
    for qpa in platforms:
        if qpa == "screen" and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            print("\nscreen: no DISPLAY/WAYLAND_DISPLAY, skipped", file=sys.stderr)
            continue
        with xvfb_display() if qpa == "xvfb" else contextlib.nullcontext(None) as display:
            qpa_env = platform_env(env, qpa, display)
            results[qpa] = one_platform(args, qpa, qpa_env, floor_cmd, stack_cmd, app_cmd)

    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


def one_platform(
    args: argparse.Namespace,
    qpa: str,
    env: dict[str, str],
    floor_cmd: list[str],
    stack_cmd: list[str],
    app_cmd: list[str],
) -> dict[str, object]:
    timeout = args.timeout
    runs = Figures()
    notes: dict[str, str] = {}
    commands = [("floor", floor_cmd, runs.floor)]
    if args.stack and app_cmd:
        commands.append(("stack", stack_cmd, runs.stack))
    if app_cmd:
        commands.append(("app", app_cmd, runs.app))

    where = f"Xvfb {env['DISPLAY']} (xcb)" if qpa == "xvfb" else qpa
    print(f"\n== {where}: warm-up, then {args.runs} timed runs of each, alternating ...")
    for _ in range(args.runs + 1):
        for name, command, into in commands:
            run = timed_run(name, command, env, timeout)
            if run.stderr.strip() and name not in notes:
                notes[name] = run.stderr.strip()
            into.append(run)
    for _name, _command, into in commands:
        del into[0]  # the warm-up fills the OS file cache

    floor = [r.frame for r in runs.floor]
    figures: dict[str, object] = {"floor_seconds": floor}
    print(f"  floor, bare PySide6 window painted:  {describe(floor)}")
    if runs.app:
        frame = [r.frame for r in runs.app]
        usable = [r.shown for r in runs.app]
        frame_ratio = statistics.median(frame) / statistics.median(floor)
        usable_ratio = statistics.median(usable) / statistics.median(floor)
        print(f"  app, first window (its frame):      {describe(frame)}")
        print(f"  app, usable with the large arena:   {describe(usable)}")
        ready = [r.ready for r in runs.app if r.ready is not None]
        if ready:
            print(f"  app, its store open too:            {describe(ready)}")
            figures["ready_seconds"] = ready
        print(
            f"  first window / floor (medians): {frame_ratio:5.2f}x   "
            + verdict(frame_ratio, FRAME_BUDGET, FRAME_AIM)
        )
        print(
            f"  usable / floor (medians):       {usable_ratio:5.2f}x   "
            + verdict(usable_ratio, USABLE_BUDGET, USABLE_AIM)
        )
        figures.update(
            frame_seconds=frame,
            usable_seconds=usable,
            frame_ratio=frame_ratio,
            usable_ratio=usable_ratio,
        )
    if runs.stack:
        stack = [r.frame for r in runs.stack]
        stack_ratio = statistics.median(stack) / statistics.median(floor)
        libraries = ", ".join(STACK_MODULES)
        print(f"  reference: bare window after import {libraries}: {describe(stack)}")
        print(f"  stack / floor (medians):        {stack_ratio:5.2f}x   (the libraries alone)")
        figures.update(stack_seconds=stack, stack_ratio=stack_ratio)

    if qpa == "offscreen":  # memory does not depend on the window system: measured once
        floor_rss = peak_rss_mb("floor", floor_cmd, env, args.python, timeout)
        app_rss = peak_rss_mb("app", app_cmd, env, args.python, timeout) if app_cmd else None
        if floor_rss is not None:
            print(f"  peak memory (RSS): floor {floor_rss:6.1f} MB", end="")
            if app_rss is not None:
                over = "PASS" if app_rss <= RSS_BUDGET_MB else "OVER"
                print(f", app {app_rss:6.1f} MB   budget <= {RSS_BUDGET_MB:.0f} MB  {over}", end="")
            print()
            figures.update(floor_peak_rss_mb=floor_rss, app_peak_rss_mb=app_rss)

    for name, text in notes.items():
        if text != "This plugin does not support propagateSizeHints()":  # offscreen's own
            print(f"  note: {name} wrote to stderr (first run shown):\n    " + text[-600:])
    return figures


if __name__ == "__main__":
    sys.exit(main())
