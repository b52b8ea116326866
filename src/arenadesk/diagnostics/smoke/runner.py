"""Running the smoke test's steps: one line each with its time, a watchdog, and the sandbox
that points settings, data and reports into a temporary folder."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from arenadesk.diagnostics.smoke.database import (
    step_demo,
    step_file_check,
    step_migrate,
    step_open_space,
)
from arenadesk.diagnostics.smoke.installation import (
    step_postgresql,
    step_programs,
    step_resources,
)
from arenadesk.diagnostics.smoke.photos import step_photos
from arenadesk.diagnostics.smoke.reports import (
    step_accelerator,
    step_arena_pdf,
    step_group_docx,
    step_group_pdf,
)
from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure, Step
from arenadesk.diagnostics.smoke.window import step_screens, step_window
from arenadesk.platform.settings import Settings

EXIT_PASSED, EXIT_FAILED = 0, 1
WATCHDOG_SECONDS = 180.0  # a modal dialog offscreen would wait forever: fail instead
ENV_DIRS = {
    "ARENADESK_CONFIG_DIR": "config",
    "ARENADESK_DATA_DIR": "data",
    "ARENADESK_REPORTS_DIR": "reports",
    "ARENADESK_LOG_DIR": "log",
}

# The steps in order. A new step is a function `(Smoke) -> str` (the detail printed on its
# line; raise SmokeFailure to fail it) in the module of its kind, added here.
STEPS = (
    Step("bundled resources", step_resources),
    Step("migrate a new database", step_migrate, essential=True),
    Step("create the demo arena", step_demo, essential=True),
    Step("report accelerator", step_accelerator),
    Step("group report PDF", step_group_pdf),
    Step("group report DOCX", step_group_docx),
    Step("arena report PDF", step_arena_pdf),
    Step("photos", step_photos),
    Step("Open Space demo", step_open_space),
    Step("PostgreSQL driver", step_postgresql),
    Step("programs it starts", step_programs),
    Step("main window", step_window),
    Step("window modules", step_screens),
    Step("file check", step_file_check),
)


@contextlib.contextmanager
def sandbox(folder: Path) -> Iterator[None]:
    """Point settings, data and reports into the temporary folder while the test runs."""
    saved = {name: os.environ.get(name) for name in ENV_DIRS}
    os.environ.update({name: str(folder / sub) for name, sub in ENV_DIRS.items()})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def watchdog(out: TextIO, current: list[str]) -> threading.Timer:
    def expire() -> None:
        print(f"FAIL  {current[0]}: no answer after {WATCHDOG_SECONDS:.0f} s", file=out)
        out.flush()
        os._exit(EXIT_FAILED)

    timer = threading.Timer(WATCHDOG_SECONDS, expire)
    timer.daemon = True
    return timer


def run_smoke_test(out: TextIO | None = None, steps: tuple[Step, ...] = STEPS) -> int:
    """Run every step, print one line each; 0 when all passed, 1 when any failed."""
    out = out or sys.stdout
    failed: list[str] = []
    started = time.perf_counter()
    current = ["start"]
    timer = watchdog(out, current)
    timer.start()
    print(f"ArenaDesk smoke test ({_build()})", file=out, flush=True)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="arenadesk-smoke-") as tmp,
            sandbox(Path(tmp)),
        ):
            folder = Path(tmp)
            smoke = Smoke(folder, Settings.load(folder / "config" / "settings.json"))
            for step in steps:
                current[0] = step.name
                ok = _run_step(step, smoke, out)
                if not ok:
                    failed.append(step.name)
                    if step.essential:
                        print(f"      (stopped: later steps need “{step.name}”)", file=out)
                        break
            if smoke.db is not None:
                smoke.db.close()
    finally:
        timer.cancel()
    total = (time.perf_counter() - started) * 1000
    if failed:
        print(f"smoke test FAILED in {total:.0f} ms: {', '.join(failed)}", file=out, flush=True)
        return EXIT_FAILED
    print(f"smoke test passed: {len(steps)} steps in {total:.0f} ms", file=out, flush=True)
    return EXIT_PASSED


def _run_step(step: Step, smoke: Smoke, out: TextIO) -> bool:
    start = time.perf_counter()
    try:
        detail = step.run(smoke)
        ok = True
    except SmokeFailure as failure:
        detail, ok = str(failure), False
    except Exception as exc:  # any error fails the step; the traceback helps whoever builds
        detail, ok = f"{type(exc).__name__}: {exc}", False
        traceback.print_exc(file=sys.stderr)
    ms = (time.perf_counter() - start) * 1000
    print(f"{'ok  ' if ok else 'FAIL'}  {step.name:<24} {ms:7.0f} ms  {detail}", file=out)
    out.flush()
    return ok


def _build() -> str:
    from arenadesk import __version__

    kind = "frozen" if getattr(sys, "frozen", False) else "from source"
    return f"version {__version__}, {kind}, Python {sys.version.split()[0]}, {sys.platform}"
