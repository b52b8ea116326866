"""What the photo editor needs beside the photo service: the picture an edit is worked
out from, and putting an earlier image back (the undo of an edit or of a shrink).

`photos.edit_photo` works from the kept original when there is one (edits replace each
other), else from the stored image (edits add up); the editor must mark its corners on
that same picture, so `edit_source` gives it. An earlier image is still stored under its
hash (content is kept by hash), so `put_back` points the photo at it again.
"""

from __future__ import annotations

import uuid

from arenadesk import images
from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet, Kind
from arenadesk.store import photos as store
from arenadesk.store.db.database import Database

MIME = {"JPEG": "image/jpeg", "PNG": "image/png"}


def edit_source(db: Database, photo_id: uuid.UUID) -> bytes:
    """The picture `edit_photo` applies an edit to: the kept original, else the stored
    image."""
    with db.read() as session:
        photo = store.live_photo(session, photo_id)
        original = store.original_bytes(session, photo.original_sha256)
        sha256 = photo.sha256
    return original if original is not None else store.content_bytes(db, sha256)


def put_back(db: Database, photo_id: uuid.UUID, sha256: str) -> ChangeSet:
    """The photo shows the image it had before (stored under `sha256`) again."""
    data = store.content_bytes(db, sha256)
    header = images.header_of(data)
    if header is None or header.format not in MIME:
        raise UserError("photo.missing_image")
    image = images.Encoded(data, MIME[header.format], header.width, header.height)
    with db.session() as session:
        store.replace_image(session, store.live_photo(session, photo_id), image)
    return ChangeSet.of(Kind.PHOTOS, photo_id)
