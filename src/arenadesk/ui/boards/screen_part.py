"""What each part of the boards screen (`BoardChoice`, `NoteCommands`) uses of the screen:
the context, the editor and the widgets `BoardsScreen` builds, declared once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from arenadesk.ui.boards.editor import BoardEditor
from arenadesk.ui.boards.entry import NoteEntry, ZonePicker
from arenadesk.ui.boards.scene import BoardScene
from arenadesk.ui.shell.context import UiContext

if TYPE_CHECKING:  # a widget to the type checker; mixed into one at run time
    _Base = QWidget
else:
    _Base = object


class ScreenPart(_Base):
    ctx: UiContext
    editor: BoardEditor
    scene: BoardScene
    group_combo: QComboBox
    zone_picker: ZonePicker
    entry: NoteEntry
    _update_actions: Callable[[], None]
