"""App-wide change notifications: screens listen here and refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ARENA, GROUPS, PEOPLE, PLANS = "arena", "groups", "people", "plans"
BOARDS = "boards"  # a board or its notes changed
REPORT = "report"  # a group report's texts, next steps or self-evaluation changed
WALL = "wall"  # the Open Space program wall: økter, spaces or topics
CONVERSATIONS = "conversations"  # an Open Space conversation's documentation


class AppSignals(QObject):
    # What changed ("arena", "groups", "people"); a membership change sends both groups and people.
    data_changed = Signal(str)
    # Another database file was opened; every screen reloads.
    database_changed = Signal()
    # Show a group on the groups screen (by id as str).
    show_group = Signal(str)
    # Open a group's report (by id as str), e.g. when its Økt 4 ends.
    show_report = Signal(str)
    # Open an Open Space topic's documentation (by topic id as str), e.g. from the wall.
    show_conversation = Signal(str)
