"""Smoke steps on the window: the main window opens and closes cleanly, every window module
imports."""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator

from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure

# What Qt's offscreen platform (and a root CI shell) writes to stderr about features it
# lacks. Anything else written to stderr while the window is up fails that step.
KNOWN_QT_NOTICES = re.compile(
    r"^(This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)\(\)"
    r"|QStandardPaths: (XDG_RUNTIME_DIR not set|runtime directory '[^']*' is not owned)).*$"
)


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
