"""Start-up benchmark: time to a shown main window with a large arena, against a bare window.

Budget (ARCHITECTURE.md): start to usable main window with a large arena (29 groups,
200 people) <= 2x a bare PySide6 window's start on the same machine; peak memory with the
large arena open <= 250 MB.

    .venv/bin/python bench/startup.py [--runs 7] [--floor-only] [--screen] [--exe PATH]

Both the floor and the app are separate processes, timed from Popen to the moment their
`ARENADESK_SHOWN` line arrives on stdout (printed by a QTimer.singleShot(0) after show(),
which runs QApplication.processEvents() first, so the window has been exposed and painted).
Figures are reported, never asserted: the exit status is 0 whatever they are, and non-zero
only when a process fails to start, exits with an error or never reports a shown window.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import json
import os
import platform
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SHOWN = "ARENADESK_SHOWN"
TIME_BUDGET = 2.0  # app median <= 2x floor median
RSS_BUDGET_MB = 250.0

# The floor: the least a PySide6 main window costs, shown and painted the same way the app
# reports it (singleShot(0) after show(), processEvents(), then the line).
FLOOR_SCRIPT = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("ArenaDesk floor")
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1200, 800)


def shown():
    QApplication.processEvents()
    print("{SHOWN}", flush=True)
    app.quit()


window.show()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""

# A second reference, not the budget's floor: the same bare window after importing the
# libraries the design card fixes (SQLAlchemy's ORM, qtawesome). It shows how much of the
# app's start-up is the stack itself rather than ArenaDesk's own work.
STACK_SCRIPT = FLOOR_SCRIPT.replace(
    "import sys\n", "import sys\nimport sqlalchemy.orm\nimport qtawesome\n", 1
)

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
    seconds: float
    stderr: str


def timed_run(name: str, command: list[str], env: dict[str, str], timeout: float) -> Run:
    """Wall time from Popen to the SHOWN line; then wait for a clean exit."""
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
        shown_at = None
        while shown_at is None:
            try:
                stamp, line = lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                break
            if line is None:  # stdout closed: the process ended without the line
                break
            if line.strip() == SHOWN:
                shown_at = stamp
        try:
            # Shown: give it time to quit. Not shown: it ended or it is hung.
            returncode = process.wait(timeout=10.0 if shown_at is not None else 0.5)
        except subprocess.TimeoutExpired:
            kill(process)
            returncode = process.wait()
        reader.join(timeout=5)
        err.seek(0)
        stderr = err.read()

    if shown_at is None:
        why = (
            f"did not print {SHOWN} within {timeout:.0f} s"
            if returncode < 0
            else f"exited with status {returncode} without printing {SHOWN}"
        )
        raise BenchError(f"{name} {why}.\ncommand: {' '.join(command)}\nstderr:\n{stderr}")
    if returncode != 0:
        raise BenchError(
            f"{name} printed {SHOWN} but exited with status {returncode}.\n"
            f"command: {' '.join(command)}\nstderr:\n{stderr}"
        )
    return Run(shown_at - start, stderr)


def kill(process: subprocess.Popen[str]) -> None:
    """Kill the process and, on POSIX, its whole session (children that hold the pipe)."""
    if sys.platform == "win32":
        process.kill()
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument(
        "--floor-only", action="store_true", help="time the bare PySide6 window only"
    )
    parser.add_argument(
        "--screen",
        action="store_true",
        help="use the real display (DISPLAY/WAYLAND_DISPLAY) instead of QT_QPA_PLATFORM=offscreen",
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

    env = dict(os.environ)
    has_display = bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if args.screen and has_display:
        env.pop("QT_QPA_PLATFORM", None)
        qpa = "screen"
    else:
        if args.screen:
            print("no DISPLAY/WAYLAND_DISPLAY: falling back to offscreen", file=sys.stderr)
        env["QT_QPA_PLATFORM"] = qpa = "offscreen"

    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as tmp:
        # Never touch the user's settings or data.
        env["ARENADESK_CONFIG_DIR"] = str(Path(tmp, "config"))
        env["ARENADESK_DATA_DIR"] = str(Path(tmp, "data"))
        try:
            return run_bench(args, env, qpa, Path(tmp))
        except BenchError as error:
            print(f"\nFAILED: {error}", file=sys.stderr)
            return 1


def run_bench(args: argparse.Namespace, env: dict[str, str], qpa: str, tmp: Path) -> int:
    floor_cmd = [args.python, "-c", FLOOR_SCRIPT]
    stack_cmd = [args.python, "-c", STACK_SCRIPT]
    app_base = [args.exe] if args.exe else [args.python, "-m", "arenadesk"]
    db = tmp / "large.sqlite"

    print("ArenaDesk start-up benchmark")
    print(
        f"  {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"PySide6 {package_version('PySide6-Essentials')}, QPA {qpa}"
    )
    print(f"  app: {'skipped (--floor-only)' if args.floor_only else ' '.join(app_base)}")

    app_cmd: list[str] = []
    if not args.floor_only:
        made = subprocess.run(
            [*app_base, "demo", "--large", "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if made.returncode != 0:
            raise BenchError(f"creating the large arena failed:\n{made.stdout}{made.stderr}")
        print(f"  arena: {made.stdout.strip()}")
        app_cmd = [*app_base, "--db", str(db), "--quit-after-show"]

    timeout = args.timeout
    floor: list[float] = []
    stack: list[float] = []
    app: list[float] = []
    notes: dict[str, str] = {}

    def one(name: str, command: list[str], into: list[float] | None) -> None:
        run = timed_run(name, command, env, timeout)
        if run.stderr.strip() and name not in notes:
            notes[name] = run.stderr.strip()
        if into is not None:
            into.append(run.seconds)

    print(f"\n  warm-up, then {args.runs} timed runs of each, alternating ...", flush=True)
    one("floor", floor_cmd, None)
    if app_cmd:
        one("stack", stack_cmd, None)
        one("app", app_cmd, None)
    for _ in range(args.runs):
        one("floor", floor_cmd, floor)
        if app_cmd:
            one("stack", stack_cmd, stack)
            one("app", app_cmd, app)

    floor_rss = peak_rss_mb("floor", floor_cmd, env, args.python, timeout)
    app_rss = peak_rss_mb("app", app_cmd, env, args.python, timeout) if app_cmd else None

    print("\nTime from start to a shown, painted main window")
    print(f"  floor (bare PySide6 window): {describe(floor)}")
    figures: dict[str, object] = {
        "qpa": qpa,
        "runs": args.runs,
        "floor_seconds": floor,
        "floor_peak_rss_mb": floor_rss,
    }
    if app:
        ratio = statistics.median(app) / statistics.median(floor)
        verdict = "PASS" if ratio <= TIME_BUDGET else "OVER"
        print(f"  app (large arena):           {describe(app)}")
        budget = f"budget <= {TIME_BUDGET:.1f}x  {verdict}"
        print(f"  ratio app/floor (medians):   {ratio:.2f}x   {budget}")
        stack_ratio = statistics.median(stack) / statistics.median(floor)
        own = statistics.median(app) / statistics.median(stack)
        print(f"\n  reference: bare window + import sqlalchemy.orm, qtawesome: {describe(stack)}")
        print(f"  ratio stack/floor (medians): {stack_ratio:.2f}x   (the libraries alone)")
        print(f"  ratio app/stack (medians):   {own:.2f}x   (ArenaDesk's own share)")
        figures.update(
            app_seconds=app,
            ratio=ratio,
            time_verdict=verdict,
            stack_seconds=stack,
            stack_ratio=stack_ratio,
            app_over_stack=own,
        )

    print("\nPeak memory (RSS)")
    if floor_rss is None:
        print("  not measured on this platform")
    else:
        print(f"  floor: {floor_rss:6.1f} MB")
        if app_rss is not None:
            verdict = "PASS" if app_rss <= RSS_BUDGET_MB else "OVER"
            print(f"  app:   {app_rss:6.1f} MB   budget <= {RSS_BUDGET_MB:.0f} MB  {verdict}")
            figures.update(app_peak_rss_mb=app_rss, rss_verdict=verdict)

    for name, text in notes.items():
        print(f"\nNote: {name} wrote to stderr (first run shown):\n  " + text.replace("\n", "\n  "))

    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
