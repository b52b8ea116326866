"""Small and screen-size pictures of stored photos, decoded at the size they are shown.

The stored image is a JPEG or PNG of up to 2 400 px; `QImageReader.setScaledSize` lets the
JPEG decoder skip most of the work for a thumbnail. Thumbnails are kept by content hash
(a photo's bytes never change under its hash), a bounded number of them.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap

from arenadesk.domain.photos import PhotoRow
from arenadesk.i18n.messages import UserError
from arenadesk.services import photos as photo_service
from arenadesk.store.db.database import Database

KEPT = 300  # thumbnails (some 50 KB each) kept
THUMBNAIL_EDGE = 256
_cache: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()


def decoded(data: bytes, edge: int | None = None) -> QImage:
    """The image in `data`, at most `edge` pixels on its long side (whole when None); a
    null QImage when it cannot be read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if edge is not None and size.isValid() and max(size.width(), size.height()) > edge:
        size.scale(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(size)
    return reader.read()


def picture(db: Database, photo: PhotoRow, edge: int) -> QPixmap:
    """The photo at most `edge` pixels on its long side (an empty pixmap if unreadable)."""
    key = (photo.sha256, edge)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    try:
        data = photo_service.photo_bytes(db, photo.sha256)
    except UserError:  # a photo whose image did not arrive here: shown blank
        data = b""
    pixmap = QPixmap.fromImage(decoded(data, edge)) if data else QPixmap()
    if edge <= THUMBNAIL_EDGE:  # a large picture is made again when shown again
        _cache[key] = pixmap
        while len(_cache) > KEPT:
            _cache.popitem(last=False)
    return pixmap


def squared(pixmap: QPixmap, edge: int) -> QPixmap:
    """The thumbnail centred on a transparent square, so captions line up in the strip."""
    out = QPixmap(edge, edge)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawPixmap((edge - pixmap.width()) // 2, (edge - pixmap.height()) // 2, pixmap)
    painter.end()
    return out


def png_bytes(image: QImage) -> bytes:
    """A pasted or dropped picture as PNG bytes (lossless, for the photo service to take)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())
