"""The sync entries of the File menu: packages to the organiser, merging, setup files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from arenadesk.ui.common.icons import icon
from arenadesk.ui.shell.context import UiContext
from arenadesk.ui.sync.imports import ImportPackagesDialog
from arenadesk.ui.sync.log import MergeLogDialog
from arenadesk.ui.sync.send import SendPackageDialog
from arenadesk.ui.sync.setup import import_setup_file


def add_sync_actions(menu: QMenu, parent: QWidget, ctx: UiContext) -> None:
    """Add the entries; each action's object name says what it is (tests find it by that)."""
    entries: list[tuple[str, str, str, Callable[[], object]]] = [
        (
            "send_package",
            "export",
            QCoreApplication.translate("sync", "Send to &organiser…"),
            lambda: SendPackageDialog(ctx, "package", parent).exec(),
        ),
        (
            "import_packages",
            "open",
            QCoreApplication.translate("sync", "&Import packages…"),
            lambda: ImportPackagesDialog(ctx, parent).exec(),
        ),
        (
            "merge_log",
            "recent",
            QCoreApplication.translate("sync", "&Merge log"),
            lambda: show_merge_log(parent, ctx),
        ),
        (
            "export_setup",
            "export",
            QCoreApplication.translate("sync", "Export &setup file…"),
            lambda: SendPackageDialog(ctx, "setup", parent).exec(),
        ),
        (
            "import_setup",
            "open",
            QCoreApplication.translate("sync", "Import setup &file…"),
            lambda: import_setup_file(parent, ctx),
        ),
    ]
    menu.addSeparator()
    for name, icon_name, text, slot in entries:
        action = menu.addAction(icon(icon_name), text)
        action.setObjectName(name)
        action.triggered.connect(slot)


def show_merge_log(parent: QWidget | None, ctx: UiContext) -> None:
    """The merge log; after "Undo an import" the window works on the restored file."""
    dialog = MergeLogDialog(ctx, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
        ctx.switch_database(dialog.restored)
