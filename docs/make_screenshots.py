"""Render the main screens offscreen to PNG at a laptop's 1366×768, for review and the README.

.venv/bin/python docs/make_screenshots.py OUTDIR [--lang nb|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="nb")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp(prefix="arenadesk-shots-"))
    os.environ["ARENADESK_CONFIG_DIR"] = str(tmp / "config")
    os.environ["ARENADESK_DATA_DIR"] = str(tmp / "data")

    from flip_chart import flip_chart_photo
    from PySide6.QtWidgets import QApplication

    from arenadesk.app import Application, register_fonts
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.platform.settings import Settings
    from arenadesk.services import photos as photo_service
    from arenadesk.store import boards as board_store
    from arenadesk.store.db.database import open_database
    from arenadesk.store.groups import find_group_by_code

    qt_app = QApplication(sys.argv[:1])
    register_fonts()
    settings = Settings.load()
    app = Application(qt_app, settings, args.lang)
    app.install_language(args.lang)
    db = open_database(tmp / "demo.sqlite", settings.device)
    create_demo_arena(db)
    window = app.show_window(db)
    window.showNormal()  # the offscreen screen is small: the window would open maximised
    window.resize(width, height)
    args.outdir.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(3):
            qt_app.processEvents()
        window.grab().save(str(args.outdir / f"{name}-{args.lang}.png"))

    shot("overview")
    window.nav.setCurrentRow(1)
    groups = window.groups
    groups.list.setCurrentRow(5)  # 4A: the group over the 70 % limit
    shot("group-homogeneous")
    window.show_screen("plan")
    shot("plan")
    runner = window.show_screen("run")
    group = find_group_by_code(db, window.ctx.arena_id, "1A")
    runner.select(group.id, 2)  # type: ignore[attr-defined]
    runner.start_or_pause()  # type: ignore[attr-defined]
    runner.next()  # type: ignore[attr-defined]  # the step that uses Toppen av fjellet
    shot("runner")
    runner.toggle_projector()  # type: ignore[attr-defined]
    projector = runner.projector  # type: ignore[attr-defined]
    projector.showNormal()
    projector.resize(1920, 1080)
    for _ in range(3):
        runner.tick()  # type: ignore[attr-defined]
        qt_app.processEvents()
    projector.grab().save(str(args.outdir / f"projector-{args.lang}.png"))
    projector.close()
    # Start Økt 2 over, so Økt 4 below starts without asking about an økt in progress.
    runner.runner.restart()  # type: ignore[attr-defined]
    boards = window.show_screen("boards")  # 1A's Toppen av fjellet, then its table
    shot("board")
    boards.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shot("board-table")
    # The group's flip-chart photographed: beside the board, to type its notes from.
    boards.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    board = boards.editor.board  # type: ignore[attr-defined]
    notes = [note.text for note in board_store.list_notes(db, board.id)]
    photo = flip_chart_photo(board.title, notes)
    photo_service.add_photos(db, [photo], board_id=board.id, caption="Flippoveren fra økt 2")
    boards.open_board(board)  # type: ignore[attr-defined]
    shot("board-photo")
    boards.beside.toggle.click()  # type: ignore[attr-defined]
    runner = window.show_screen("run")  # the end of Økt 4 leads into the report
    runner.select(group.id, 4)  # type: ignore[attr-defined]
    runner.start_or_pause()  # type: ignore[attr-defined]
    for _ in runner.runner.steps:  # type: ignore[attr-defined]
        runner.next()  # type: ignore[attr-defined]
    shot("runner-end")
    runner.panel.report_button.click()  # type: ignore[attr-defined]
    shot("report")
    window.close()
    db.close()
    open_space_shots(app, tmp, args.outdir, args.lang, (width, height))
    return 0


def open_space_shots(app, tmp: Path, outdir: Path, lang: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The demo Open Space arena: its wall, a documented day-2 input, the projector views."""
    from PySide6.QtWidgets import QApplication

    from arenadesk.demo.open_space import create_open_space_demo
    from arenadesk.store.conversations import list_conversations
    from arenadesk.store.db.database import open_database

    db = open_database(tmp / "open-space.sqlite", app.settings.device)
    arena_id = create_open_space_demo(db)
    window = app.show_window(db)
    window.showNormal()
    window.resize(*size)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            QApplication.processEvents()
        widget.grab().save(str(outdir / f"{name}-{lang}.png"))

    wall = window.show_screen("wall")
    save(window, "wall")
    projector = wall.output.show_projector()  # type: ignore[attr-defined]
    projector.showNormal()
    projector.resize(1920, 1080)
    save(projector, "wall-projector")
    projector.close()
    day2 = next(c for c in list_conversations(db, arena_id) if c.reference_id is not None)
    window.ctx.signals.show_conversation.emit(day2.topic_id)
    save(window, "inputs")
    screen = window.current_screen
    principles = screen.show_projector("principles")  # type: ignore[attr-defined]
    principles.showNormal()
    principles.resize(1920, 1080)
    save(principles, "principles-projector")
    principles.close()
    window.close()
    db.close()


if __name__ == "__main__":
    raise SystemExit(main())
