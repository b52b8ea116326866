"""The runner's projector read from the back of the room: the digits' ink measured on
offscreen renders at 1366×768 and 1920×1080, alone, in overtime and beside a board."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from arenadesk.store.arenas import require_arena_id
from arenadesk.store.groups import find_group_by_code
from arenadesk.ui.projector.timer import ProjectorWindow
from arenadesk.ui.runner.screen import RunnerScreen
from arenadesk.ui.shell.context import UiContext
from tests.ui.test_runner_ui import Clock

SIZES = [(1366, 768), (1920, 1080)]


def ink_box(image: QImage, area: QRect, colour: QColor) -> QRect:
    """The bounding box of the pixels of exactly `colour` inside `area` (the inside of the
    glyphs; their anti-aliased edge is left out, so the measure errs on the small side)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data, line = bytes(image.constBits()), image.bytesPerLine()
    pattern = bytes((colour.blue(), colour.green(), colour.red(), 0xFF))
    left, top, right, bottom = area.right() + 1, area.bottom() + 1, area.left() - 1, -1
    for y in range(area.top(), area.bottom() + 1):
        start = y * line + area.left() * 4
        row = data[start : start + area.width() * 4]
        first = next((i for i in _finds(row, pattern) if i % 4 == 0), None)
        if first is None:
            continue
        last = next(i for i in _rfinds(row, pattern) if i % 4 == 0)
        left, right = min(left, area.left() + first // 4), max(right, area.left() + last // 4)
        top, bottom = min(top, y), y
    return QRect(left, top, right - left + 1, bottom - top + 1)


def _finds(row: bytes, pattern: bytes):  # type: ignore[no-untyped-def]
    index = row.find(pattern)
    while index >= 0:
        yield index
        index = row.find(pattern, index + 1)


def _rfinds(row: bytes, pattern: bytes):  # type: ignore[no-untyped-def]
    index = row.rfind(pattern)
    while index >= 0:
        yield index
        index = row.rfind(pattern, 0, index + 3)


def digits_share(projector: ProjectorWindow, colour: str) -> float:
    QApplication.processEvents()  # the layout settles as it does between two ticks
    image = projector.grab().toImage()
    clock = projector.clock
    area = QRect(clock.mapTo(projector, clock.rect().topLeft()), clock.size())
    box = ink_box(image, area.intersected(image.rect()), QColor(colour))
    assert box.width() > 0, "no digits drawn"
    assert image.rect().contains(box)
    return box.height() / projector.height()


@pytest.fixture
def runner_screen(qtbot, ctx: UiContext) -> tuple[RunnerScreen, Clock]:  # type: ignore[no-untyped-def]
    clock = Clock()
    screen = RunnerScreen(ctx, clock.wall, clock.monotonic)
    qtbot.addWidget(screen)
    screen.timer.stop()
    group = find_group_by_code(ctx.db, require_arena_id(ctx.db), "1A")
    screen.select(group.id, 2)  # its økt 2 uses a board in some steps
    return screen, clock


def _open(qtbot, screen: RunnerScreen, width: int, height: int) -> ProjectorWindow:  # type: ignore[no-untyped-def]
    screen.toggle_projector()
    projector = screen.projector
    assert projector is not None
    qtbot.addWidget(projector)
    projector.showNormal()
    projector.resize(width, height)
    qtbot.waitUntil(lambda: projector.size().width() == width)
    return projector


def go_to_board_step(screen: RunnerScreen) -> None:
    """Start the økt and go on to its first step on the "Toppen av fjellet" board."""
    screen.start_or_pause()
    runner = screen.runner
    assert runner is not None
    with_board = next(i for i, s in enumerate(runner.steps) if s.board == "toppen-av-fjellet")
    for _ in range(with_board):
        screen.next()
    screen.tick()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_digits_alone_are_a_third_of_the_height(
    qtbot, runner_screen, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    screen, clock = runner_screen
    projector = _open(qtbot, screen, width, height)
    screen.start_or_pause()
    screen.tick()
    assert not projector.board_shown
    assert digits_share(projector, "#f4f4f4") >= 0.33
    # Overtime ("+02:00", red): the digits keep their size, the sign is smaller.
    runner = screen.runner
    assert runner is not None
    clock.advance(runner.steps[0].minutes + 2)
    screen.tick()
    assert projector.clock.text().startswith("+")
    assert digits_share(projector, "#ff5a4f") >= 0.33


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_digits_beside_a_board_are_18_percent_of_the_height(
    qtbot, runner_screen, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    screen, _clock = runner_screen
    projector = _open(qtbot, screen, width, height)
    go_to_board_step(screen)
    assert projector.board_shown
    assert digits_share(projector, "#f4f4f4") >= 0.18
    board = projector.board
    assert board is not None and board.width() >= width * 0.4  # the board keeps its room


def test_a_long_prompt_never_pushes_the_clock_off_the_screen(qtbot, runner_screen) -> None:  # type: ignore[no-untyped-def]
    screen, _clock = runner_screen
    projector = _open(qtbot, screen, 1366, 768)
    screen.start_or_pause()
    screen.tick()
    projector.prompt.setText(" ".join(["Hva hindrer oss i å nå målet vi har satt oss?"] * 8))
    projector.resize(1366, 767)
    projector.resize(1366, 768)
    assert digits_share(projector, "#f4f4f4") >= 0.33
    assert projector.next.geometry().bottom() <= projector.height()


def test_render_for_eyes(qtbot, runner_screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    out = os.environ.get("PROJECTOR_RENDERS")
    if not out:
        pytest.skip("renders only on request")
    screen, clock = runner_screen
    projector = _open(qtbot, screen, 1920, 1080)
    screen.start_or_pause()
    screen.tick()
    QApplication.processEvents()
    projector.grab().save(f"{out}/alone.png")
    runner = screen.runner
    with_board = next(i for i, s in enumerate(runner.steps) if s.board == "toppen-av-fjellet")
    for _ in range(with_board):
        screen.next()
    clock.advance(runner.steps[with_board].minutes + 3)
    screen.tick()
    QApplication.processEvents()
    projector.grab().save(f"{out}/board.png")
