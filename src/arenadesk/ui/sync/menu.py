"""The sync entries of the File menu: packages to the organiser, merging, setup files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from arenadesk.ui.common.icons import icon
from arenadesk.ui.shell.context import UiContext

# The dialogs (and with them the sync package, merge and photo code) are imported when an
# entry is chosen: the File menu is built at start-up, before the window is usable.


def add_sync_actions(menu: QMenu, parent: QWidget, ctx: UiContext) -> None:
    """Add the entries; each action's object name says what it is (tests find it by that)."""
    entries: list[tuple[str, str, str, Callable[[], object]]] = [
        (
            "send_package",
            "export",
            QCoreApplication.translate("sync", "Send to &organiser…"),
            lambda: send_dialog(parent, ctx, "package"),
        ),
        (
            "import_packages",
            "open",
            QCoreApplication.translate("sync", "&Import packages…"),
            lambda: import_packages(parent, ctx),
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
            lambda: send_dialog(parent, ctx, "setup"),
        ),
        (
            "import_setup",
            "open",
            QCoreApplication.translate("sync", "Import setup &file…"),
            lambda: import_setup(parent, ctx),
        ),
    ]
    menu.addSeparator()
    for name, icon_name, text, slot in entries:
        action = menu.addAction(icon(icon_name), text)
        action.setObjectName(name)
        action.triggered.connect(slot)


def send_dialog(parent: QWidget, ctx: UiContext, kind: str) -> None:
    from arenadesk.ui.sync.send import SendPackageDialog

    SendPackageDialog(ctx, kind, parent).exec()


def import_packages(parent: QWidget, ctx: UiContext) -> None:
    from arenadesk.ui.sync.imports import ImportPackagesDialog

    ImportPackagesDialog(ctx, parent).exec()


def import_setup(parent: QWidget, ctx: UiContext) -> None:
    from arenadesk.ui.sync.setup import import_setup_file

    import_setup_file(parent, ctx)


def show_merge_log(parent: QWidget | None, ctx: UiContext) -> None:
    """The merge log; after "Undo an import" the window works on the restored file."""
    from arenadesk.ui.sync.log import MergeLogDialog

    dialog = MergeLogDialog(ctx, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
        ctx.switch_database(dialog.restored)
