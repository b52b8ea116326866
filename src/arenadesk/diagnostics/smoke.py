"""`arenadesk --smoke-test`: prove that this installation works, end to end, in a minute.

Run after building the frozen app (CI) or after installing it on a laptop. In a temporary
folder it reads the bundled resources, migrates a new database, creates the demo arena,
writes a group report (PDF and Word) and the arena report, loads the PostgreSQL driver,
opens and closes the main window (offscreen unless a Qt platform is set), and checks the
file. One line per step with its time; exit 0 when every step passed, 1 otherwise, with
the failed step named. Nothing outside the temporary folder is read or written: settings,
data and reports folders point into it while the test runs.

The output is a technical check-list for whoever builds or installs the app, in English.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
import threading
import time
import traceback
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from arenadesk.domain.report import GroupReport
from arenadesk.platform.settings import Settings
from arenadesk.store.db.database import Database

EXIT_PASSED, EXIT_FAILED = 0, 1
WATCHDOG_SECONDS = 180.0  # a modal dialog offscreen would wait forever: fail instead
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
ICON_SIZES = (16, 32, 48, 256)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm header
# What Qt's offscreen platform (and a root CI shell) writes to stderr about features it
# lacks. Anything else written to stderr while the window is up fails that step.
KNOWN_QT_NOTICES = re.compile(
    r"^(This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)\(\)"
    r"|QStandardPaths: (XDG_RUNTIME_DIR not set|runtime directory '[^']*' is not owned)).*$"
)
ENV_DIRS = {
    "ARENADESK_CONFIG_DIR": "config",
    "ARENADESK_DATA_DIR": "data",
    "ARENADESK_REPORTS_DIR": "reports",
    "ARENADESK_LOG_DIR": "log",
}


class SmokeFailure(Exception):
    """A step found something wrong: its message is the whole explanation (no traceback)."""


@dataclass
class Smoke:
    """What the steps share: the temporary folder, settings and the database."""

    folder: Path
    settings: Settings
    language: str = "nb"
    db: Database | None = None
    arena_id: uuid.UUID | None = None
    reports: dict[str, Path] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.folder / "data" / "smoke.sqlite"

    def open_db(self) -> Database:
        if self.db is None or self.arena_id is None:
            raise SmokeFailure("needs the demo arena, which an earlier step did not create")
        return self.db


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Smoke], str]
    essential: bool = False  # the later steps cannot run without it


def step_resources(smoke: Smoke) -> str:
    from arenadesk.domain.boards import load_templates
    from arenadesk.domain.plan_io import default_plan

    root = files("arenadesk.resources")
    for name in FONTS:
        _require_bytes(root.joinpath("fonts", name), b"\x00\x01\x00\x00", f"font {name}")
    boards = load_templates()
    if boards.problems or not boards.templates:
        raise SmokeFailure(f"board templates: {[p.key for p in boards.problems] or 'none found'}")
    plan = default_plan()
    _require_bytes(
        root.joinpath("translations", "arenadesk_nb.qm"), QM_MAGIC, "compiled translation nb"
    )
    for size in ICON_SIZES:
        _require_bytes(
            root.joinpath("icons", f"arenadesk-{size}.png"), b"\x89PNG", f"icon {size} px"
        )
    _require_bytes(root.joinpath("sounds", "chime.wav"), b"RIFF", "sound chime.wav")
    return (
        f"{len(FONTS)} fonts, {len(boards.templates)} boards, støttemal "
        f"({len(plan.sessions)} økter), translation, {len(ICON_SIZES)} icons, sound"
    )


def _require_bytes(entry: object, magic: bytes, what: str) -> None:
    try:
        data = entry.read_bytes()  # type: ignore[attr-defined]
    except (OSError, AttributeError) as exc:
        raise SmokeFailure(f"{what} is missing ({exc})") from exc
    if not data.startswith(magic):
        raise SmokeFailure(f"{what} is not the expected kind of file")


def step_migrate(smoke: Smoke) -> str:
    from arenadesk.store.db import migrate
    from arenadesk.store.db.database import open_database
    from arenadesk.store.models.arena import SCHEMA_REVISION

    smoke.db = open_database(smoke.db_path, smoke.settings.device)
    revision = migrate.current_revision(smoke.db.engine)
    head = migrate.head_revision()
    if not revision or revision != head or head != SCHEMA_REVISION:
        raise SmokeFailure(
            f"schema is {revision}, the migrations' head is {head}, "
            f"the code expects {SCHEMA_REVISION}"
        )
    return f"schema {revision} ({len(migrate.known_revisions())} migrations)"


def step_demo(smoke: Smoke) -> str:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.groups import list_groups
    from arenadesk.store.people import list_people

    if smoke.db is None:
        raise SmokeFailure("needs the database from the migration step")
    smoke.arena_id = create_demo_arena(smoke.db)
    groups = list_groups(smoke.db, smoke.arena_id)
    people = list_people(smoke.db, smoke.arena_id)
    if not groups or not people:
        raise SmokeFailure(f"the demo arena has {len(groups)} groups, {len(people)} people")
    return f"{len(groups)} groups, {len(people)} people"


def _demo_group_report(smoke: Smoke) -> GroupReport:
    from arenadesk.store.groups import list_groups
    from arenadesk.store.reports import assemble_group_report

    db = smoke.open_db()
    assert smoke.arena_id is not None
    group = next(g for g in list_groups(db, smoke.arena_id) if g.code == "1A")
    return assemble_group_report(db, group.id, smoke.language)


def step_group_pdf(smoke: Smoke) -> str:
    from arenadesk.reports.group_pdf import build_group_pdf

    report = _demo_group_report(smoke)
    if not report.boards:
        raise SmokeFailure("the demo group's report has no boards")
    target = smoke.folder / "reports" / f"{report.code}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_group_pdf(report, target)
    return f"{report.code}: {describe_pdf(target)}, {len(report.boards)} boards"


def step_group_docx(smoke: Smoke) -> str:
    from arenadesk.reports.group_docx import build_group_docx

    report = _demo_group_report(smoke)
    target = smoke.folder / "reports" / f"{report.code}.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_group_docx(report, target)
    try:
        with zipfile.ZipFile(target) as archive:
            body = archive.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise SmokeFailure(f"{target.name} is not a Word document ({exc})") from exc
    if report.title not in body:
        raise SmokeFailure(f"{target.name} does not contain the group's title")
    return f"{report.code}: {target.stat().st_size // 1000} kB"


def step_accelerator(smoke: Smoke) -> str:
    from arenadesk.reports.pdf_style import accelerated

    if not accelerated():
        raise SmokeFailure("reportlab's C accelerator (rl_accel) is missing: reports are slower")
    return "rl_accel in use"


# The arena report's modules; the step fails, saying so, in a build that lacks them.
ARENA_REPORT_MODULES = ("arenadesk.store.arena_report", "arenadesk.reports.arena_pdf")


def step_arena_pdf(smoke: Smoke) -> str:
    try:
        from arenadesk.reports.arena_pdf import build_arena_pdf
        from arenadesk.store.arena_report import assemble_arena_report
    except ModuleNotFoundError as exc:
        if exc.name in ARENA_REPORT_MODULES:
            raise SmokeFailure(
                f"the arena report is not in this build: no module {exc.name}"
            ) from None
        raise
    db = smoke.open_db()
    assert smoke.arena_id is not None
    report = assemble_arena_report(db, smoke.arena_id, smoke.language)
    target = smoke.folder / "reports" / "arena.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    build_arena_pdf(report, target)
    return describe_pdf(target)


def step_open_space(smoke: Smoke) -> str:
    """The Open Space demo in a file of its own, and the list of its inputs read back."""
    from arenadesk.demo.open_space import create_open_space_demo
    from arenadesk.store.conversations import list_conversations
    from arenadesk.store.db.database import open_database

    db = open_database(smoke.folder / "data" / "open-space.sqlite", smoke.settings.device)
    try:
        arena_id = create_open_space_demo(db)
        numbers = [row.number for row in list_conversations(db, arena_id)]
    finally:
        db.close()
    if len(numbers) != 50 or len(set(numbers)) != 50 or None in numbers:
        raise SmokeFailure(f"the Open Space demo lists {len(numbers)} inputs: {numbers[:5]}")
    return f"{len(numbers)} inputs, {numbers[0]}–{numbers[-1]}"


def describe_pdf(path: Path) -> str:
    """Pages and size of a PDF written by reportlab (its page objects are not compressed)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"{path.name} is not a complete PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    if pages < 1:
        raise SmokeFailure(f"{path.name} has no pages")
    return f"{pages} pages, {len(data) // 1000} kB"


def step_postgresql(smoke: Smoke) -> str:
    """The organiser's server option: psycopg with its own libpq, and SQLAlchemy's dialect
    (loaded by name at run time). No server is contacted."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql://smoke@127.0.0.1:1/smoke")
    try:
        driver = engine.dialect.driver
    finally:
        engine.dispose()
    if driver != "psycopg":
        raise SmokeFailure(f"postgresql:// URLs use the driver {driver}, not psycopg")
    libpq = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), "
        f"libpq {libpq // 10000}.{libpq % 10000}"
    )


def step_programs(smoke: Smoke) -> str:
    """Programs the app starts (`lp`, the sound player) must load the system's libraries,
    not the frozen bundle's (packaging/pyinstaller/rthooks/pyi_rth_arenadesk_env.py)."""
    bundle = getattr(sys, "_MEIPASS", None)
    search_path = os.environ.get("LD_LIBRARY_PATH", "")
    if bundle and bundle in search_path.split(os.pathsep):
        raise SmokeFailure(f"programs started from the app would load libraries from {bundle}")
    if sys.platform == "win32":
        return "not applicable on Windows"
    import subprocess

    done = subprocess.run(
        ["/bin/sh", "-c", "echo ok"], capture_output=True, text=True, timeout=30, check=False
    )
    if done.returncode != 0 or done.stdout.strip() != "ok":
        raise SmokeFailure(f"/bin/sh failed: {done.stderr.strip() or done.returncode}")
    return "/bin/sh runs with the system's libraries"


def step_window(smoke: Smoke) -> str:
    from arenadesk.app import SHOWN_MARKER, run

    db = smoke.open_db()
    db.close()
    smoke.db = None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shown = io.StringIO()
    with capture_stderr() as notices, contextlib.redirect_stdout(shown):
        code = run(
            smoke.settings, database=smoke.db_path, language=smoke.language, quit_after_show=True
        )
    unexpected = [line for line in notices() if line.strip() and not KNOWN_QT_NOTICES.match(line)]
    if code != 0 or SHOWN_MARKER not in shown.getvalue():
        raise SmokeFailure(f"the window exited with status {code} without being shown")
    if unexpected:
        raise SmokeFailure("the window wrote to stderr: " + " | ".join(unexpected[:5]))
    return f"shown and closed (QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']})"


def step_screens(smoke: Smoke) -> str:
    """Every window module is in the build: the screens are imported by name when first
    shown, which a frozen build's analysis cannot follow."""
    import importlib
    import pkgutil

    import arenadesk.ui

    names = [m.name for m in pkgutil.walk_packages(arenadesk.ui.__path__, "arenadesk.ui.")]
    for name in names:
        importlib.import_module(name)
    if not any(name.endswith(".screen") for name in names):
        raise SmokeFailure("no screen module was found in the build")
    return f"{len(names)} window modules import"


@contextlib.contextmanager
def capture_stderr() -> Iterator[Callable[[], list[str]]]:
    """Collect what is written to file descriptor 2 (Qt writes there directly, below
    Python's sys.stderr) while the block runs."""
    captured: list[str] = []
    sys.stderr.flush()
    with tempfile.TemporaryFile(mode="w+b") as sink:
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        try:
            yield lambda: captured
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured.extend(sink.read().decode("utf-8", "replace").splitlines())


def step_file_check(smoke: Smoke) -> str:
    from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file

    if smoke.db is not None:
        smoke.db.close()
        smoke.db = None
    info = inspect_file(smoke.db_path)
    if info.integrity != "ok" or info.application_id != APPLICATION_ID:
        raise SmokeFailure(f"integrity {info.integrity}, application id {info.application_id:x}")
    return f"integrity ok, {sum(info.row_counts.values())} rows, {info.size // 1000} kB"


STEPS = (
    Step("bundled resources", step_resources),
    Step("migrate a new database", step_migrate, essential=True),
    Step("create the demo arena", step_demo, essential=True),
    Step("report accelerator", step_accelerator),
    Step("group report PDF", step_group_pdf),
    Step("group report DOCX", step_group_docx),
    Step("arena report PDF", step_arena_pdf),
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
