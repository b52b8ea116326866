"""Lists and choices hold ids as `uuid.UUID`, never as text to be parsed back: visit every
page of an arena of both formats and look at every item's data."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QTreeWidget, QWidget

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store.arenas import update_arena
from arenadesk.ui.shell.main_window import MainWindow

# The roles the screens keep their own data under.
ROLES = [Qt.ItemDataRole.UserRole + offset for offset in range(8)]


def _is_text_id(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _owner(widget: QWidget) -> str:
    """The nearest ArenaDesk widget holding `widget`, to name it in a failure."""
    parent: QObject | None = widget
    while parent is not None and not type(parent).__module__.startswith("arenadesk"):
        parent = parent.parent()
    return type(parent or widget).__name__


def _text_ids(window: MainWindow) -> list[str]:
    found: list[str] = []
    for combo in window.findChildren(QComboBox):
        for row in range(combo.count()):
            if _is_text_id(combo.itemData(row)):
                found.append(f"{_owner(combo)}: combo row {row}")
    for box in window.findChildren(QListWidget):
        for row in range(box.count()):
            item = box.item(row)
            if any(_is_text_id(item.data(role)) for role in ROLES):
                found.append(f"{_owner(box)}: list row {row}")
    for tree in window.findChildren(QTreeWidget):
        items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while items:
            item = items.pop()
            items.extend(item.child(i) for i in range(item.childCount()))
            columns = range(tree.columnCount())
            if any(_is_text_id(item.data(c, role)) for c in columns for role in ROLES):
                found.append(f"{_owner(tree)}: tree item {item.text(0)!r}")
    return found


def test_no_page_keeps_an_id_as_text(window: MainWindow) -> None:
    update_arena(window.ctx.db, window.ctx.arena_id, format=ArenaFormat.BOTH)
    window.ctx.signals.announce(ChangeSet.of(Kind.ARENA))
    visited = 0
    for row, name in enumerate(window._names):
        if window.nav.item(row).isHidden():
            continue
        window.show_screen(name)
        visited += 1
    assert visited == len(window._names)
    found = _text_ids(window)
    assert not found, "\n".join(found)


def test_the_check_finds_an_id_kept_as_text(window: MainWindow) -> None:
    combo = QComboBox(window)
    combo.addItem("1A", str(uuid.uuid4()))
    assert _text_ids(window) != []
