"""Smoke steps on what the build carries: bundled resources, the PostgreSQL driver, and the
programs the app starts."""

from __future__ import annotations

import os
import sys
from importlib.resources import files

from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure

FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
ICON_SIZES = (16, 32, 48, 256)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm header


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
