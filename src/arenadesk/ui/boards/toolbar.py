"""The boards screen's toolbar: undo and redo, zoom, colour, duplicate, delete, export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from arenadesk.domain.note_layout import NOTE_COLOURS
from arenadesk.ui.common.icons import icon

if TYPE_CHECKING:
    from arenadesk.ui.boards.screen import BoardsScreen

COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("BoardToolbar", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("BoardToolbar", "Orange"),
    "pink": QT_TRANSLATE_NOOP("BoardToolbar", "Pink"),
    "green": QT_TRANSLATE_NOOP("BoardToolbar", "Green"),
    "blue": QT_TRANSLATE_NOOP("BoardToolbar", "Blue"),
    "purple": QT_TRANSLATE_NOOP("BoardToolbar", "Purple"),
    "white": QT_TRANSLATE_NOOP("BoardToolbar", "White"),
}


class BoardToolbar(QToolBar):
    """Actions live on the screen (shortcuts work wherever the screen has focus); the
    canvas and table add the note actions, so Delete in the entry line stays a key."""

    def __init__(self, screen: BoardsScreen) -> None:
        super().__init__()
        self.board_screen = screen
        stack = screen.editor.undo_stack
        self.undo_action = stack.createUndoAction(screen, self.tr("Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(screen, self.tr("Redo"))
        self.redo_action.setIcon(icon("redo"))
        redo_keys = [QKeySequence(QKeySequence.StandardKey.Redo)]
        redo_keys += [
            QKeySequence(k) for k in ("Ctrl+Shift+Z", "Ctrl+Y") if QKeySequence(k) not in redo_keys
        ]
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            screen.addAction(action)
        S = QKeySequence.StandardKey
        self.fit_action = self._action(
            "zoom_fit", self.tr("Fit"), screen.canvas.zoom_fit, ["Ctrl+0"]
        )
        self.zoom_in_action = self._action(
            "zoom_in", self.tr("Zoom in"), lambda: screen.canvas.zoom_by(1.25), [S.ZoomIn]
        )
        self.zoom_out_action = self._action(
            "zoom_out", self.tr("Zoom out"), lambda: screen.canvas.zoom_by(0.8), [S.ZoomOut]
        )
        self.duplicate_action = self._action(
            "copy", self.tr("Duplicate"), screen.duplicate, ["Ctrl+D"]
        )
        self.delete_action = self._action(
            "delete", self.tr("Delete"), screen.delete_selected, [S.Delete, "Backspace"]
        )
        self.edit_action = self._action("edit", self.tr("Edit text"), screen.edit_selected, ["F2"])
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            screen.addAction(action)
        self.colour_menu = QMenu(screen)
        for key, hex_colour in NOTE_COLOURS.items():
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(hex_colour))
            action = self.colour_menu.addAction(QIcon(swatch), self.tr(str(COLOUR_NAMES[key])))
            action.triggered.connect(lambda _c=False, k=key: screen.set_colour(k))
        self.colour_button = QToolButton()
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setIcon(icon("colour"))
        self.colour_button.setMenu(self.colour_menu)
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_menu = QMenu(screen)
        self.export_menu.addAction(self.tr("Picture (PNG)…"), lambda: screen.export("png"))
        self.export_menu.addAction(self.tr("Drawing (SVG)…"), lambda: screen.export("svg"))
        self.export_menu.addAction(self.tr("PDF with table…"), lambda: screen.export("pdf"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setIcon(icon("export"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_image_action = self._action(
            "copy_image", self.tr("Copy picture"), screen.copy_image
        )
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for item in (
            self.undo_action, self.redo_action, None,
            self.fit_action, self.zoom_in_action, self.zoom_out_action, None,
            self.colour_button, self.duplicate_action, self.delete_action, None,
            self.export_button, self.copy_image_action,
        ):  # fmt: skip
            if item is None:
                self.addSeparator()
            elif isinstance(item, QAction):
                self.addAction(item)
            else:
                self.addWidget(item)

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: Sequence[str | QKeySequence.StandardKey] = (),
    ) -> QAction:
        action = QAction(icon(name), text, self.board_screen)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action
