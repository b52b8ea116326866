"""Logical icon names mapped to bundled qtawesome glyphs (no icon is fetched at run time)."""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtGui import QIcon

# qtawesome goes through qtpy, which re-exports PySide6.QtOpenGL* when it can import them:
# ~0.15 s of start-up for modules ArenaDesk never uses (the frozen app leaves them out too).
# A None entry makes that optional import fail the way qtpy already handles.
for _unused in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_unused, None)  # type: ignore[arg-type]

from qtawesome.iconic_font import IconicFont  # noqa: E402

# Only the Material Design font: loading all of qtawesome's bundled fonts costs ~50 ms.
_FONT = (
    "mdi6",
    "materialdesignicons6-webfont-6.9.96.ttf",
    "materialdesignicons6-webfont-charmap-6.9.96.json",
)

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


@cache
def _font() -> IconicFont:
    return IconicFont(_FONT)


def icon(name: str, color: str | None = None) -> QIcon:
    options = {"color": color} if color else {}
    return _font().icon(ICONS[name], **options)
