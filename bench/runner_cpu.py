"""CPU used by the runner screen and the projector view while an økt counts down.

    .venv/bin/python bench/runner_cpu.py [--seconds 10]

Budget (issue 3): under 2 % of one core. The floor, measured in the same run, is a bare
window whose QTimer fires as often as the runner's but does nothing. Figures are CPU
seconds of this process (process_time) per wall second, so they include Qt's painting.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BUDGET = 0.02


def measure(app, seconds: float) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    for _ in range(10):
        app.processEvents()
    cpu, wall = time.process_time(), time.perf_counter()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="arenadesk-bench-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # however the run ends
    os.environ["ARENADESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["ARENADESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from arenadesk.app import Application, register_fonts
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.platform.settings import Settings
    from arenadesk.store.db.database import open_database
    from arenadesk.ui.runner.screen import TICK_MS

    qt_app = QApplication(sys.argv[:1])
    register_fonts()

    floor_window = QMainWindow()
    floor_window.setCentralWidget(QLabel("floor"))
    floor_window.resize(1366, 768)
    floor_window.show()
    idle = QTimer()
    idle.setInterval(TICK_MS)
    idle.timeout.connect(lambda: None)
    idle.start()
    floor = measure(qt_app, args.seconds)
    idle.stop()
    floor_window.close()

    settings = Settings.load()
    app = Application(qt_app, settings, "nb")
    app.install_language("nb")
    db = open_database(tmp / "demo.sqlite", settings.device)
    create_demo_arena(db)
    window = app.show_window(db)
    window.resize(1366, 768)
    runner = window.show_screen("run")
    runner.start_or_pause()  # type: ignore[attr-defined]
    runner.toggle_projector()  # type: ignore[attr-defined]
    projector = runner.projector  # type: ignore[attr-defined]
    projector.showNormal()
    projector.resize(1920, 1080)
    used = measure(qt_app, args.seconds)
    projector.close()
    window.close()
    db.close()

    verdict = "PASS" if used < BUDGET else "OVER"
    print(
        f"CPU while counting down ({args.seconds:.0f} s each, QPA "
        f"{os.environ['QT_QPA_PLATFORM']}, tick {TICK_MS} ms)"
    )
    print(f"  floor (bare window, idle {TICK_MS} ms timer): {floor * 100:5.2f} % of one core")
    print(f"  runner screen + projector view:            {used * 100:5.2f} % of one core")
    print(f"  ratio runner/floor: {used / floor if floor else float('inf'):.1f}x")
    print(f"  budget < {BUDGET * 100:.0f} % of one core: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
