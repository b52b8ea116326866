"""The rule over a whole stored-image row: its bytes are what its columns say."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from arenadesk.domain.photos import MAX_STORED_BYTES
from arenadesk.store.db.value_checks import Reason


def content_problems(row: Mapping[str, Any]) -> Iterator[tuple[str, Reason]]:
    """A stored image: its bytes are what its columns say (SHA-256, size, type and pixel
    size read from its header) and its id and version are those every laptop gives the
    same bytes (see store/models/photos.py)."""
    from arenadesk.images import header_of
    from arenadesk.store.models.photos import CONTENT_DEVICE, CONTENT_STAMP, content_id

    data = row.get("data")
    if not isinstance(data, bytes) or not 0 < len(data) <= MAX_STORED_BYTES:
        yield "data", Reason("rule.image_bytes")
        return
    digest = hashlib.sha256(data).hexdigest()
    if row.get("sha256") != digest:
        yield "sha256", Reason("rule.image_hash")
        return
    if _hex_of(row.get("id")) != content_id(digest).hex:
        yield "id", Reason("rule.image_hash")
    if row.get("byte_size") != len(data):
        yield "byte_size", Reason("rule.image_header")
    header = header_of(data)
    mime = {"JPEG": "image/jpeg", "PNG": "image/png"}.get(header.format) if header else None
    if header is None or mime != row.get("mime"):
        yield "mime", Reason("rule.image_header")
    elif (header.width, header.height) != (row.get("width"), row.get("height")):
        yield "width", Reason("rule.image_header")
    version = (row.get("created_at"), row.get("updated_at"), row.get("device_id"))
    if version != (CONTENT_STAMP, CONTENT_STAMP, CONTENT_DEVICE) or row.get("deleted") not in (
        0,
        False,
    ):
        yield "updated_at", Reason("rule.image_version")


def _hex_of(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()
