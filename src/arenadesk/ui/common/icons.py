"""Logical icon names mapped to glyphs of the Material Design font that qtawesome bundles
(no icon is fetched at run time).

The glyphs are drawn here, the way qtawesome draws them by default (the glyph at 7/8 of the
icon's height, centred, in the palette's text colour, or its disabled text colour): importing
qtawesome (and qtpy's re-exports of QtGui and QtWidgets under it) cost ~0.1 s before the first
screen was usable, for the one font and the one way of drawing ArenaDesk uses.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

# Only the Material Design font, from qtawesome's package folder.
_TTF = "materialdesignicons6-webfont-6.9.96.ttf"
_CHARMAP = "materialdesignicons6-webfont-charmap-6.9.96.json"
_PREFIX = "mdi6."
GLYPH_SCALE = 0.875  # qtawesome's: a 16-pixel icon draws a 14-pixel glyph

ICONS = {
    "overview": "mdi6.view-dashboard-outline",
    "groups": "mdi6.account-group-outline",
    "people": "mdi6.account-multiple-outline",
    "checkin": "mdi6.account-check-outline",
    "add": "mdi6.plus",
    "add_person": "mdi6.account-plus-outline",
    "add_to_group": "mdi6.account-arrow-right-outline",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "remove_member": "mdi6.account-remove-outline",
    "new_file": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "save_copy": "mdi6.content-save-outline",
    "print": "mdi6.printer-outline",
    "copy": "mdi6.content-copy",
    "plan": "mdi6.format-list-checks",
    "run": "mdi6.timer-outline",
    "report": "mdi6.file-document-outline",
    "boards": "mdi6.sticker-text-outline",
    "wall": "mdi6.view-grid-outline",
    "conversations": "mdi6.forum-outline",
    "board": "mdi6.presentation",
    "table": "mdi6.table-large",
    "undo": "mdi6.undo-variant",
    "paste": "mdi6.clipboard-text-outline",
    "redo": "mdi6.redo-variant",
    "zoom_fit": "mdi6.fit-to-screen-outline",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "colour": "mdi6.palette-outline",
    "export": "mdi6.file-export-outline",
    "copy_image": "mdi6.image-multiple-outline",
    "recent": "mdi6.history",
    "about": "mdi6.information-outline",
    "warning": "mdi6.alert-outline",
    "search": "mdi6.magnify",
    "language": "mdi6.translate",
    "quit": "mdi6.exit-to-app",
    "database": "mdi6.database-outline",
    "add_day": "mdi6.calendar-plus",
    "remove_day": "mdi6.calendar-remove",
    "move": "mdi6.cursor-move",
    "wall_setup": "mdi6.table-cog",
    "documented": "mdi6.check-circle",
    "projector": "mdi6.projector-screen-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "template": "mdi6.file-cog-outline",
    "photo": "mdi6.image-plus-outline",
    "photo_edit": "mdi6.image-edit-outline",
    "photo_beside": "mdi6.image-outline",
    "rotate_left": "mdi6.rotate-left",
    "rotate_right": "mdi6.rotate-right",
    "crop": "mdi6.crop",
    "straighten": "mdi6.vector-square",
    "left": "mdi6.arrow-left",
    "right": "mdi6.arrow-right",
}

WARNING_COLOUR = "#b35c00"


def _font_folder() -> Path:
    """qtawesome's fonts, found without importing it (the frozen app has the folder only)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)), "fonts")
    return Path(getattr(sys, "_MEIPASS", ""), "qtawesome", "fonts")  # pragma: no cover


@cache
def _glyphs() -> tuple[str, dict[str, str]]:
    """The font's family name (registered with Qt once) and its name-to-character map."""
    folder = _font_folder()
    font_id = QFontDatabase.addApplicationFont(str(folder / _TTF))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"the icon font {folder / _TTF} could not be loaded")
    charmap = json.loads((folder / _CHARMAP).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in charmap.items()}


class GlyphEngine(QIconEngine):
    """Draws one glyph of the icon font, at any size, in a colour per mode."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self.family, self.char, self.color, self.disabled = family, char, color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(GLYPH_SCALE * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self.family, self.char, self.color, self.disabled)


def _text_colour(group: QPalette.ColorGroup) -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(group, QPalette.ColorRole.Text)
    return QColor(50, 50, 50) if group == QPalette.ColorGroup.Active else QColor(150, 150, 150)


def icon(name: str, color: str | None = None) -> QIcon:
    family, chars = _glyphs()
    char = chars[ICONS[name].removeprefix(_PREFIX)]
    colour = QColor(color) if color else _text_colour(QPalette.ColorGroup.Active)
    return QIcon(GlyphEngine(family, char, colour, _text_colour(QPalette.ColorGroup.Disabled)))
