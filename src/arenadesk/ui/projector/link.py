"""Connects the runner to the projector: the screen choice, opening and closing the window,
and keeping it showing the runner's view and the current step's board."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QComboBox

from arenadesk.domain.timer import Phase
from arenadesk.services.runner import Runner, RunnerView
from arenadesk.store.boards import find_board_for_step
from arenadesk.ui.projector.base import screen_by_name
from arenadesk.ui.projector.board import ProjectorBoard
from arenadesk.ui.projector.timer import ProjectorWindow
from arenadesk.ui.shell.context import UiContext


class ProjectorLink:
    def __init__(
        self, ctx: UiContext, screen_choice: QComboBox, keys: list[QAction] | None = None
    ) -> None:
        self.ctx = ctx
        self.keys = keys or []  # the runner's keys, which work with the projector in front
        self.screen_choice = screen_choice
        self.window: ProjectorWindow | None = None
        self._shown_step: tuple[uuid.UUID, uuid.UUID | None] | None = None
        self.fill_screens()

    def fill_screens(self) -> None:
        """Every connected screen, the remembered one (or a second screen) chosen."""
        self.screen_choice.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_choice.addItem(
                f"{screen.name()} ({size.width()}×{size.height()})", screen.name()
            )
        remembered = screen_by_name(self.ctx.settings.projector_screen)
        if remembered is not None:
            self.screen_choice.setCurrentIndex(
                max(self.screen_choice.findData(remembered.name()), 0)
            )

    @property
    def showing(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def toggle(self, title: str) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.close()
            return
        preview = ProjectorBoard(self.ctx.db, language=self.ctx.language, signals=self.ctx.signals)
        self.window = ProjectorWindow(title, preview)
        self.window.addActions(self.keys)
        self._shown_step = None
        name = self.screen_choice.currentData() or ""
        self.ctx.settings.projector_screen = name
        self.ctx.settings.save()
        self.window.show_on(screen_by_name(name))

    def show(self, runner: Runner, view: RunnerView) -> None:
        if self.window is None or not self.window.isVisible():
            return
        self._show_board(runner, view)
        self.window.show_view(view)

    def _show_board(self, runner: Runner, view: RunnerView) -> None:
        """The board the current step uses, looked up only when the step changes."""
        assert self.window is not None
        step = None if view.phase is Phase.FINISHED else view.step
        key = (runner.run.id, step.id if step else None)
        if key == self._shown_step:
            return
        self._shown_step = key
        board = None
        if step is not None and isinstance(self.window.board, ProjectorBoard):
            board = find_board_for_step(
                self.ctx.db, runner.group.id, runner.session.number, step.id, step.board
            )
            self.window.board.show_board(board)
        self.window.set_board_visible(board is not None)
