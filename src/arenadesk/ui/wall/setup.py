"""Laying out the program wall: the first set-up of an empty wall, and økter and spaces
added, changed and removed later (a removed one's topics go beside the wall)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from arenadesk.domain.wall import TopicRow, Wall
from arenadesk.i18n.messages import UserError
from arenadesk.services import wall as wall_service
from arenadesk.services.changes import ChangeSet
from arenadesk.store import open_space as wall_store
from arenadesk.ui.common.forms import confirm, show_error
from arenadesk.ui.common.texts import arg
from arenadesk.ui.wall.dialogs import SetUpDialog, SlotDialog, TextDialog

if TYPE_CHECKING:
    from arenadesk.ui.wall.screen import WallScreen


class WallSetUp(QObject):
    def __init__(self, screen: WallScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx

    def menu(self) -> QMenu:
        menu = QMenu(self.screen)
        items = (
            (self.tr("Add an økt…"), self.add_slot),
            (self.tr("Change an økt's day and times…"), lambda: self.edit_slot(-1)),
            (self.tr("Remove the last økt"), self.remove_last_slot),
            (self.tr("Add a space"), self.add_space),
            (self.tr("Rename a space…"), lambda: self.rename_space(-1)),
            (self.tr("Remove the last space"), self.remove_last_space),
        )
        for index, (text, handler) in enumerate(items):
            if index == 3:
                menu.addSeparator()
            menu.addAction(text).triggered.connect(handler)
        return menu

    def _wrote(self, changes: ChangeSet) -> None:
        self.ctx.signals.announce(changes)

    def lay_out_wall(self) -> bool:
        dialog = SetUpDialog(self.screen)
        if not dialog.exec():
            return False
        try:
            changes = wall_service.set_up_wall(
                self.ctx.db, self.ctx.arena_id, dialog.slots(), dialog.names()
            )
        except UserError as error:
            show_error(self.screen, error, self.ctx.language)
            return True
        self._wrote(changes)
        return True

    def _slot_dialog(
        self,
        title: str,
        day: int,
        starts: dt.time | None,
        ends: dt.time | None,
        write: Callable[[int, dt.time | None, dt.time | None], ChangeSet],
    ) -> bool:
        dialog = SlotDialog(title, day, starts, ends, self.screen)
        while dialog.exec():
            try:
                changes = write(*dialog.values())
            except UserError as error:
                dialog.show_error(error.text(self.ctx.language))
                continue
            self._wrote(changes)
            return True
        return False

    def add_slot(self) -> bool:
        last = self.screen.wall.slots[-1] if self.screen.wall.slots else None
        return self._slot_dialog(
            self.tr("Add an økt"),
            last.day if last else 1,
            None,
            None,
            lambda day, starts, ends: wall_service.add_slot(
                self.ctx.db, self.ctx.arena_id, day, starts, ends
            ),
        )

    def edit_slot(self, row: int) -> bool:
        """Header double-click (row), or the menu (-1: the chosen økt)."""
        if row < 0:
            row = max(self.screen.grid.currentIndex().row(), 0)
        if row >= len(self.screen.wall.slots):
            return False
        slot = self.screen.wall.slots[row]
        return self._slot_dialog(
            arg(self.tr("Økt %1"), str(slot.number)),
            slot.day,
            slot.starts,
            slot.ends,
            lambda day, starts, ends: wall_service.update_slot(
                self.ctx.db, slot.id, day, starts, ends
            ),
        )

    def _confirm_removal(self, topics: list[TopicRow], title: str) -> bool:
        if not topics:
            return True
        text = self.tr("Its %n topic(s) go beside the wall (nothing is deleted).", "", len(topics))
        return confirm(self.screen, title, text, self.tr("Remove"))

    def _fresh_wall(self) -> Wall:
        """Read now: the question must count what another screen or a merge just placed."""
        return wall_store.get_wall(self.ctx.db, self.ctx.arena_id)

    def remove_last_slot(self) -> None:
        wall = self._fresh_wall()
        if not wall.slots:
            return
        topics = wall.in_slot(wall.slots[-1].id)
        if self._confirm_removal(topics, self.tr("Remove the last økt")):
            self._wrote(wall_service.remove_last_slot(self.ctx.db, self.ctx.arena_id))

    def add_space(self) -> None:
        last = self.screen.wall.spaces[-1] if self.screen.wall.spaces else None
        match = re.fullmatch(r"(.*?)\s*\d+", last.name) if last else None
        number = last.number + 1 if last else 1
        name = f"{match.group(1)} {number}".strip() if match else ""
        try:
            changes = wall_service.add_space(self.ctx.db, self.ctx.arena_id, name)
        except UserError as error:
            show_error(self.screen, error, self.ctx.language)
            return
        self._wrote(changes)

    def rename_space(self, column: int) -> bool:
        if column < 0:
            column = max(self.screen.grid.currentIndex().column(), 0)
        if column >= len(self.screen.wall.spaces):
            return False
        space = self.screen.wall.spaces[column]
        dialog = TextDialog(
            arg(self.tr("Space %1"), str(space.number)),
            self.tr("Name"),
            space.name,
            self.screen,
        )
        while dialog.exec():
            try:
                changes = wall_service.rename_space(self.ctx.db, space.id, dialog.text.text())
            except UserError as error:
                dialog.show_error(error.text(self.ctx.language))
                continue
            self._wrote(changes)
            return True
        return False

    def remove_last_space(self) -> None:
        wall = self._fresh_wall()
        if not wall.spaces:
            return
        topics = [t for t in wall.topics if t.space_id == wall.spaces[-1].id]
        if self._confirm_removal(topics, self.tr("Remove the last space")):
            self._wrote(wall_service.remove_last_space(self.ctx.db, self.ctx.arena_id))
