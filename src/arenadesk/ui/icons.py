"""Logical icon names mapped to bundled qtawesome glyphs (no icon is fetched at run time)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

ICONS = {
    "overview": "mdi6.view-dashboard-outline",
    "groups": "mdi6.account-group-outline",
    "people": "mdi6.account-multiple-outline",
    "add": "mdi6.plus",
    "add_person": "mdi6.account-plus-outline",
    "add_to_group": "mdi6.account-arrow-right-outline",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "remove_member": "mdi6.account-remove-outline",
    "new_file": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "save_copy": "mdi6.content-save-outline",
    "recent": "mdi6.history",
    "about": "mdi6.information-outline",
    "warning": "mdi6.alert-outline",
    "search": "mdi6.magnify",
    "language": "mdi6.translate",
    "quit": "mdi6.exit-to-app",
    "database": "mdi6.database-outline",
    "add_day": "mdi6.calendar-plus",
    "remove_day": "mdi6.calendar-remove",
}

WARNING_COLOUR = "#b35c00"


def icon(name: str, color: str | None = None) -> QIcon:
    options = {"color": color} if color else {}
    return qta.icon(ICONS[name], **options)
