"""App-wide change notifications: screens listen here and refresh themselves.

A user action calls one service function, which returns a `ChangeSet`; the widget passes
it to `announce`, and every screen looks at `changes.affects(Kind.…)` for what it shows.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from arenadesk.services.changes import ChangeSet


class AppSignals(QObject):
    # What a use case changed (a ChangeSet: kinds and ids); announced once per action.
    changed = Signal(object)
    # Another database file was opened; every screen reloads.
    database_changed = Signal()
    # Show a group on the groups screen (a uuid.UUID).
    show_group = Signal(uuid.UUID)
    # Open a group's report (a uuid.UUID), e.g. when its Økt 4 ends.
    show_report = Signal(uuid.UUID)
    # The current group changed (a uuid.UUID, or None): the runner, boards and report
    # follow it, and the window title names it.
    group_chosen = Signal(object)
    # Open an Open Space topic's documentation (a topic's uuid.UUID), e.g. from the wall.
    show_conversation = Signal(uuid.UUID)

    def announce(self, changes: ChangeSet) -> None:
        """Tell every screen what changed; an empty change set is not announced."""
        if changes:
            self.changed.emit(changes)
