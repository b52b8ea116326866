"""Photos of the paper: each use case is one transaction and returns what changed.

Images are read and prepared before the transaction opens: adding several is
all-or-nothing (one refused image, an `ImageRefused` naming its file, and nothing is
written). `package_size` and `shrink_photos` serve *Send til arrangør*: the package's size,
and making its photos smaller when it passes what e-mail takes (`EMAIL_LIMIT`).
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from arenadesk import images
from arenadesk.domain.photos import (
    REPORT_LONG_EDGE,
    SHRINK_LONG_EDGE,
    SHRINK_QUALITY,
    PhotoEdit,
    PhotoRow,
)
from arenadesk.i18n.messages import UserError
from arenadesk.images import ImageRefused
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import photos as store
from arenadesk.store.db.database import Database
from arenadesk.store.photos import Owner, PhotoWeight

MAX_AT_ONCE = 100  # images added in one go
MB = 1024 * 1024
EMAIL_LIMIT = 20 * MB  # what e-mail takes: past this, *Send til arrangør* offers to shrink


def _photos(*ids: uuid.UUID | None) -> ChangeSet:
    return ChangeSet.of(Kind.PHOTOS, *ids)


def add_photos(
    db: Database,
    sources: Sequence[Path | bytes],
    *,
    group_id: uuid.UUID | None = None,
    board_id: uuid.UUID | None = None,
    conversation_id: uuid.UUID | None = None,
    caption: str = "",
    keep_original: bool = False,
    names: Sequence[str] | None = None,
) -> ChangeSet:
    """Add images (files, or bytes such as a pasted image) at the end of the owner's photos,
    each with `caption`. `names` name bytes sources in messages ("image" otherwise)."""
    owner = Owner(group_id, board_id, conversation_id)
    if len(sources) > MAX_AT_ONCE:
        raise UserError("photo.too_many", count=len(sources), limit=MAX_AT_ONCE)
    text = store.clean_caption(caption)
    taken = [
        images.take(
            source,
            name=names[i] if names is not None and i < len(names) else None,
            keep_original=keep_original,
        )
        for i, source in enumerate(sources)
    ]
    added: list[uuid.UUID] = []
    with db.session() as session:
        for item in taken:
            added.append(
                store.add_photo(session, owner, item.report, caption=text, original=item.original)
            )
    return _photos(*added)


def set_caption(db: Database, photo_id: uuid.UUID, caption: str) -> ChangeSet:
    store.set_caption(db, photo_id, caption)
    return _photos(photo_id)


def move_photo(db: Database, photo_id: uuid.UUID, new_position: int) -> ChangeSet:
    store.move_photo(db, photo_id, new_position)
    return _photos(photo_id)


def remove_photo(db: Database, photo_id: uuid.UUID) -> ChangeSet:
    """A tombstone: the removal travels in packages; `restore_photo` undoes it."""
    store.remove_photo(db, photo_id)
    return _photos(photo_id)


def restore_photo(db: Database, photo_id: uuid.UUID) -> ChangeSet:
    store.restore_photo(db, photo_id)
    return _photos(photo_id)


def edit_photo(db: Database, photo_id: uuid.UUID, edit: PhotoEdit) -> ChangeSet:
    """Rotate, straighten and crop. Worked out from the kept original when there is one
    (so edits replace each other), else from the stored image (so they add up)."""
    with db.session() as session:
        photo = store.live_photo(session, photo_id)
        source = store.original_bytes(session, photo.original_sha256)
        if source is None:
            if edit.is_identity:
                return ChangeSet()
            source = store.content_bytes(db, photo.sha256)
        image = images.edited(source, edit)
        store.replace_image(session, photo, image)
    return _photos(photo_id)


def photos_of(
    db: Database,
    *,
    group_id: uuid.UUID | None = None,
    board_id: uuid.UUID | None = None,
    conversation_id: uuid.UUID | None = None,
) -> list[PhotoRow]:
    """The live photos of one owner, in order. `group_id` alone: the group's report's
    photos (not its boards'; `group_photos` gives all of a group's)."""
    return store.list_photos(db, Owner(group_id, board_id, conversation_id))


def group_photos(db: Database, group_id: uuid.UUID) -> list[PhotoRow]:
    """Every live photo of a group: its report's first, then each board's."""
    return store.group_photos(db, group_id)


def photo_bytes(db: Database, sha256: str) -> bytes:
    """The stored (report-size) image: JPEG or PNG, as its PhotoRow's `mime` says."""
    return store.content_bytes(db, sha256)


def package_photo_bytes(db: Database) -> PhotoWeight:
    """The live photos a package of this file carries and their images' bytes."""
    return store.photo_weight(db)


@dataclass(frozen=True)
class PackageSize:
    """What *Send til arrangør* would write: the package's bytes, its photos, and whether
    it passes what e-mail takes."""

    bytes: int
    photos: int
    image_bytes: int

    @property
    def too_large_for_email(self) -> bool:
        return self.bytes > EMAIL_LIMIT


def package_size(db: Database) -> PackageSize:
    """The exact size of this file's package, measured by writing one to a temporary
    folder (then removed); about a second for a package of 30 photos."""
    from arenadesk.sync.export import export_package

    weight = store.photo_weight(db)
    with tempfile.TemporaryDirectory(prefix="arenadesk-size-") as folder:
        written = export_package(db, Path(folder))
        size = written.stat().st_size
    return PackageSize(size, weight.photos, weight.image_bytes)


def shrink_photos(
    db: Database, max_long_edge: int = SHRINK_LONG_EDGE, quality: int = SHRINK_QUALITY
) -> ChangeSet:
    """Every live photo larger than `max_long_edge` made smaller, in one transaction (kept
    originals stay as they are). The package then carries only the smaller images."""
    if not 100 <= max_long_edge <= REPORT_LONG_EDGE:
        raise ValueError(max_long_edge)
    changed: list[uuid.UUID] = []
    with db.session() as session:
        for photo in store.live_photos(session):
            if max(photo.width, photo.height) <= max_long_edge:
                continue
            try:
                smaller = images.shrunk(
                    store.content_bytes(db, photo.sha256), long_edge=max_long_edge, quality=quality
                )
            except (ImageRefused, UserError):
                continue  # its image is missing here; the photo stays as it is
            if smaller is not None:
                store.replace_image(session, photo, smaller)
                changed.append(photo.id)
    return _photos(*changed) if changed else ChangeSet()


__all__ = [
    "EMAIL_LIMIT",
    "ImageRefused",
    "PackageSize",
    "add_photos",
    "edit_photo",
    "group_photos",
    "move_photo",
    "package_photo_bytes",
    "package_size",
    "photo_bytes",
    "photos_of",
    "remove_photo",
    "restore_photo",
    "set_caption",
    "shrink_photos",
]
