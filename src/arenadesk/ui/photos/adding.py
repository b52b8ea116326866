"""Where new photos come from: the file picker, files or pictures dropped on a panel, and
the clipboard; and adding them off the GUI thread, so a 12-megapixel photo never freezes
the window. A pasted or dropped picture is encoded to PNG in the worker too."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from arenadesk.services import photos as photo_service
from arenadesk.services.changes import ChangeSet
from arenadesk.store.db.database import Database
from arenadesk.ui.common.background import Progress, run_with_progress
from arenadesk.ui.common.texts import Counts
from arenadesk.ui.photos.thumbnails import png_bytes

PATTERNS = "*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF"


@dataclass
class Sources:
    """Image files and pictures (QImage, from the clipboard or a drop) to add."""

    files: list[Path] = field(default_factory=list)
    pictures: list[QImage] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.files or self.pictures)


_last_folder: list[Path] = []  # where the picker was last used, in this session


def pick_files(parent: QWidget) -> Sources:
    """The system file dialog, for image files (HEIC from iPhones too), opening where it
    was last used (else the Pictures folder)."""
    pictures = Path.home() / "Pictures"
    folder = str(_last_folder[-1] if _last_folder else pictures if pictures.is_dir() else "")
    photos = QCoreApplication.translate("PhotoPanel", "Photos")
    every = QCoreApplication.translate("PhotoPanel", "All files")
    title = QCoreApplication.translate("PhotoPanel", "Add photos")
    filters = f"{photos} ({PATTERNS});;{every} (*)"
    names, _chosen = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    files = [Path(name) for name in names]
    if files:
        _last_folder[:] = [files[0].parent]
    return Sources(files=files)


def from_mime(mime: QMimeData) -> Sources:
    """Files (local paths) dropped or copied, else a picture (from a browser, a screenshot
    tool, an image program)."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if files:
        return Sources(files=files)
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return Sources(pictures=[image])
    return Sources()


def add_in_background(
    parent: QWidget,
    db: Database,
    sources: Sources,
    owner: Mapping[str, uuid.UUID],
) -> ChangeSet:
    """Add every source to the owner's photos in one go, in a worker thread behind a
    progress dialog; raises the service's `ImageRefused` (nothing written) on the GUI
    thread when one cannot be taken."""
    files, pictures = list(sources.files), list(sources.pictures)
    pasted = QCoreApplication.translate("PhotoPanel", "pasted picture")
    preparing = QCoreApplication.translate("PhotoPanel", "Preparing the photos…")

    def work(progress: Progress) -> ChangeSet:
        progress(0, 0, preparing)
        data: Sequence[Path | bytes] = [*files, *(png_bytes(image) for image in pictures)]
        names = [path.name for path in files] + [pasted] * len(pictures)
        return photo_service.add_photos(
            db,
            data,
            names=names,
            group_id=owner.get("group_id"),
            board_id=owner.get("board_id"),
            conversation_id=owner.get("conversation_id"),
        )

    count = len(files) + len(pictures)
    label = Counts().adding_photos(count)
    return run_with_progress(parent, label, work, cancellable=False)
