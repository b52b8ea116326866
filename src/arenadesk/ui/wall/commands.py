"""Edits of the program wall's topics, each saved at once and undoable.

An edit is written first (so a refused value raises before anything is on the stack);
the command pushed afterwards only replays it on undo and redo.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from arenadesk.i18n.messages import UserError
from arenadesk.services import wall as wall_service
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.ui.shell.context import UiContext

Cell = tuple[uuid.UUID | None, uuid.UUID | None]


class WallEdits(QObject):
    """The screen's one way to change topics; every write announces the change set its
    service call returned."""

    failed = Signal(object)  # a UserError from an undo or redo (e.g. a merge removed it)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QUndoStack(self)

    def _announce(self, changes: ChangeSet) -> None:
        self.ctx.signals.announce(changes)

    def replay(self, write: Callable[[], ChangeSet]) -> None:
        """Undo and redo: a failure is reported, not raised out of Qt's stack, and the wall
        is shown again as it now is."""
        try:
            changes = write()
        except UserError as error:
            self.failed.emit(error)
            changes = ChangeSet.of(Kind.WALL)
        self._announce(changes)

    # --- the edits (raise UserError; nothing is pushed then) ---------------------------

    def add(
        self,
        title: str,
        convener: str,
        cell: Cell,
        text: str,
    ) -> uuid.UUID:
        created = wall_service.add_topic(self.ctx.db, self.ctx.arena_id, title, convener, cell)
        self.stack.push(_Add(self, created.id, text))
        self._announce(created.changes)
        return created.id

    def move(self, topic_id: uuid.UUID, old: Cell, new: Cell, text: str) -> uuid.UUID | None:
        if old == new:
            return None
        swapped, changes = wall_service.place_topic(self.ctx.db, topic_id, new)
        self.stack.push(_Move(self, topic_id, old, new, swapped, text))
        self._announce(changes)
        return swapped

    def edit(
        self, topic_id: uuid.UUID, before: tuple[str, str], after: tuple[str, str], text: str
    ) -> None:
        changes = wall_service.update_topic(self.ctx.db, topic_id, *after)
        self.stack.push(_Edit(self, topic_id, before, after, text))
        self._announce(changes)

    def delete(self, topic_id: uuid.UUID, text: str) -> None:
        changes = wall_service.set_topic_deleted(self.ctx.db, topic_id, True)
        self.stack.push(_Delete(self, topic_id, text))
        self._announce(changes)


class _Command(QUndoCommand):
    """Already written when pushed: the first redo does nothing."""

    def __init__(self, edits: WallEdits, text: str) -> None:
        super().__init__(text)
        self.edits = edits
        self.db = edits.ctx.db
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.edits.replay(self.again)

    def undo(self) -> None:
        self.edits.replay(self.back)

    def again(self) -> ChangeSet:
        raise NotImplementedError

    def back(self) -> ChangeSet:
        raise NotImplementedError


class _Add(_Command):
    def __init__(self, edits: WallEdits, topic_id: uuid.UUID, text: str) -> None:
        super().__init__(edits, text)
        self.topic_id = topic_id

    def again(self) -> ChangeSet:
        return wall_service.set_topic_deleted(self.db, self.topic_id, False)

    def back(self) -> ChangeSet:
        return wall_service.set_topic_deleted(self.db, self.topic_id, True)


class _Delete(_Add):
    def again(self) -> ChangeSet:
        return super().back()

    def back(self) -> ChangeSet:
        return super().again()


class _Move(_Command):
    """A move, and the swap it may have made: undo puts both back where they were."""

    def __init__(
        self,
        edits: WallEdits,
        topic_id: uuid.UUID,
        old: Cell,
        new: Cell,
        swapped: uuid.UUID | None,
        text: str,
    ) -> None:
        super().__init__(edits, text)
        self.topic_id, self.old, self.new, self.swapped = topic_id, old, new, swapped

    def again(self) -> ChangeSet:
        return wall_service.place_topic(self.db, self.topic_id, self.new)[1]

    def back(self) -> ChangeSet:
        # Back to its old cell: a topic there now (the swapped one) swaps into the new
        # cell by itself. From the pile there is no swap, so the other goes back by hand.
        return wall_service.move_back(self.db, self.topic_id, self.old, self.new, self.swapped)


class _Edit(_Command):
    def __init__(
        self,
        edits: WallEdits,
        topic_id: uuid.UUID,
        before: tuple[str, str],
        after: tuple[str, str],
        text: str,
    ) -> None:
        super().__init__(edits, text)
        self.topic_id, self.before, self.after = topic_id, before, after

    def again(self) -> ChangeSet:
        return wall_service.update_topic(self.db, self.topic_id, *self.after)

    def back(self) -> ChangeSet:
        return wall_service.update_topic(self.db, self.topic_id, *self.before)
