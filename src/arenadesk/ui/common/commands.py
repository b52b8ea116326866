"""An undo step for an action already saved through a service: undo and redo call the
services that reverse and repeat it, and announce what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from arenadesk.services.changes import ChangeSet
from arenadesk.ui.shell.context import UiContext


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        ctx: UiContext,
        text: str,
        *,
        undo: Callable[[], ChangeSet],
        redo: Callable[[], ChangeSet],
    ) -> None:
        super().__init__(text)
        self.ctx, self._undo, self._redo, self._first = ctx, undo, redo, True

    def redo(self) -> None:
        if self._first:  # pushed after the action was saved: nothing to repeat yet
            self._first = False
            return
        self.ctx.signals.announce(self._redo())

    def undo(self) -> None:
        self.ctx.signals.announce(self._undo())
