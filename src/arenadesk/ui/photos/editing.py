"""Turn, straighten and crop a stored photo: the dialog on the picture the edit is worked
out from (the kept original, else the stored image), the edit in a worker, and the undo
step that puts the earlier image back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from arenadesk.domain.photos import PhotoRow
from arenadesk.i18n.messages import UserError
from arenadesk.services import photo_edits
from arenadesk.services import photos as photo_service
from arenadesk.services.changes import ChangeSet
from arenadesk.ui.common.background import Progress, run_with_progress
from arenadesk.ui.common.forms import show_error
from arenadesk.ui.photos.edit_dialog import PhotoEditDialog
from arenadesk.ui.photos.thumbnails import decoded
from arenadesk.ui.shell.context import UiContext

Step = tuple[Callable[[], ChangeSet], Callable[[], ChangeSet], ChangeSet]


def edit_photo(parent: QWidget, ctx: UiContext, photo: PhotoRow) -> Step | None:
    """Ask for the edit and apply it; (undo, redo, what changed), or None when the person
    cancelled, changed nothing, or the edit was refused (said in one message)."""
    db = ctx.db
    try:
        image = decoded(photo_edits.edit_source(db, photo.id))
    except UserError as error:
        show_error(parent, error, ctx.language)
        return None
    dialog = PhotoEditDialog(image, parent=parent)
    if not dialog.exec():
        return None
    edit = dialog.edit()
    if edit.is_identity:
        return None
    before = photo.sha256

    def work(_progress: Progress) -> ChangeSet:
        return photo_service.edit_photo(db, photo.id, edit)

    label = QCoreApplication.translate("PhotoPanel", "Straightening the photo…")
    try:
        changes = run_with_progress(parent, label, work, cancellable=False)
    except UserError as error:
        show_error(parent, error, ctx.language)
        return None
    return (
        lambda: photo_edits.put_back(db, photo.id, before),
        lambda: photo_service.edit_photo(db, photo.id, edit),
        changes,
    )
