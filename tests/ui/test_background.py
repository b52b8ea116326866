"""Long work in a worker: the result or the error back on the GUI thread, Cancel that
leaves nothing half-written, a window that keeps running its event loop, and a busy
cursor that always comes back."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from arenadesk.reports.saving import write_all_atomically
from arenadesk.ui.common.background import (
    Cancelled,
    Progress,
    busy_cursor,
    run_with_progress,
    young_collections_only,
)


def test_the_result_comes_back_and_the_work_ran_elsewhere(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()

    def work(progress: Progress) -> tuple[int, int]:
        progress(1, 2, "halfway")
        return threading.get_ident(), 42

    worker, answer = run_with_progress(None, "Working…", work)
    assert answer == 42 and worker != gui
    assert QApplication.overrideCursor() is None


def test_an_error_is_raised_on_the_gui_thread_and_the_cursor_restored(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    def work(progress: Progress) -> None:
        raise KeyError("not a UserError")

    with pytest.raises(KeyError, match="not a UserError"):
        run_with_progress(None, "Working…", work)
    assert QApplication.overrideCursor() is None


def test_the_event_loop_keeps_running_while_the_work_runs(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        run_with_progress(None, "Working…", lambda progress: time.sleep(0.6))
    finally:
        timer.stop()
    assert len(ticks) >= 10  # the GUI thread was free: a blocking call would give 0 or 1


def test_cancel_stops_the_work_and_leaves_nothing_half_written(
    qtbot,
    application,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "Arenarapport.pdf"
    started = threading.Event()

    def write(path: Path, progress: Progress) -> None:
        path.write_bytes(b"%PDF-1.4 the first half")
        started.set()
        while True:  # a long render that checks between pages
            time.sleep(0.01)
            progress.check()

    def work(progress: Progress) -> None:
        write_all_atomically([(target, lambda p: write(p, progress))], error_key="report.write")

    def press_cancel() -> None:
        if not started.is_set():
            QTimer.singleShot(10, press_cancel)
            return
        (dialog,) = parent.findChildren(QProgressDialog)
        (button,) = dialog.findChildren(QPushButton)
        assert button.text() == "Avbryt"
        button.click()

    QTimer.singleShot(10, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(parent, "Writing…", work)
    assert list(tmp_path.iterdir()) == []
    assert QApplication.overrideCursor() is None


def _full_passes() -> int:
    return int(gc.get_stats()[2]["collections"])


def _keep_cycles(count: int) -> list[list[object]]:
    """`count` long-lived cycles, and as many that die young."""
    kept: list[list[object]] = []
    for _ in range(count):
        node: list[object] = []
        node.append(node)
        kept.append(node)
        garbage: list[object] = []
        garbage.append(garbage)
    return kept


def test_the_work_never_sets_off_a_full_garbage_collection(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    # A full pass walks every object in the process holding the interpreter lock (90 to
    # 350 ms with a large arena loaded). Survivors worth a quarter of the heap set one off.
    gc.collect()
    enough = len(gc.get_objects()) // 4 + 50_000
    before, thresholds = _full_passes(), gc.get_threshold()
    kept = _keep_cycles(enough)
    assert _full_passes() > before  # the same allocations, as usual: a full pass
    del kept
    gc.collect()
    before, young = _full_passes(), gc.get_stats()[0]["collections"]

    def work(progress: Progress) -> tuple[int, int]:
        kept = _keep_cycles(enough)
        return _full_passes(), len(kept)

    passes, made = run_with_progress(None, "Working…", work)
    assert (passes, made) == (before, enough)
    assert gc.get_stats()[0]["collections"] > young  # the young garbage was collected
    assert gc.get_threshold() == thresholds


def test_the_collector_is_as_it_was_after_an_error_and_nested_blocks(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    thresholds = gc.get_threshold()

    def work(progress: Progress) -> None:
        assert gc.get_threshold()[0] == thresholds[0]  # young passes as usual
        assert min(gc.get_threshold()[1:]) > 1_000_000
        raise KeyError("broken")

    with pytest.raises(KeyError):
        run_with_progress(None, "Working…", work)
    assert gc.get_threshold() == thresholds
    with young_collections_only():
        with young_collections_only():
            pass
        assert min(gc.get_threshold()[1:]) > 1_000_000  # the outer block still runs
    assert gc.get_threshold() == thresholds


def test_the_busy_cursor_comes_back_after_any_error(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ZeroDivisionError), busy_cursor():
        assert QApplication.overrideCursor() is not None
        _ = 1 / 0
    assert QApplication.overrideCursor() is None


def test_quiet_work_runs_elsewhere_and_reports_here(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.ui.common.background import Background

    background = Background()
    gui, outcomes = threading.get_ident(), []
    started = background.start(threading.get_ident, lambda r, e: outcomes.append((r, e)))
    assert started and background.busy
    assert not background.start(lambda: 1, lambda r, e: None)  # one job at a time
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    ((worker, error),) = outcomes
    assert worker != gui and error is None and not background.busy


def test_quiet_work_hands_its_error_over_and_can_be_waited_for(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    from arenadesk.ui.common.background import Background

    background, outcomes = Background(), []
    background.start(lambda: 1 / 0, lambda r, e: outcomes.append(e))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert isinstance(outcomes[0], ZeroDivisionError)

    release, ran = threading.Event(), []

    def slow() -> None:
        release.wait(5)
        ran.append(True)

    background.start(slow, lambda r, e: outcomes.append("late"))
    QTimer.singleShot(50, release.set)
    qtbot.wait(0)
    release.set()
    background.wait()  # blocks until it finished; its outcome is dropped
    assert ran == [True] and not background.busy
    background.start(lambda: 2, lambda r, e: outcomes.append(r))
    qtbot.waitUntil(lambda: outcomes[-1] == 2, timeout=5000)
    assert "late" not in outcomes
