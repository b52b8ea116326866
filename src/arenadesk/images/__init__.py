"""Photos of the paper: reading untrusted image files safely and preparing them for reports.

`take` reads a file (or pasted bytes) once and gives the report-size image and, when
asked, the kept original; `edited` and `shrunk` work from stored bytes. Every refusal is
an `ImageRefused` naming the file; nothing here writes anywhere.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from arenadesk.domain.photos import (
    ORIGINAL_LONG_EDGE,
    ORIGINAL_QUALITY,
    REPORT_LONG_EDGE,
    REPORT_MAX_BYTES,
    REPORT_QUALITY,
    PhotoEdit,
    edit_problem,
)
from arenadesk.images.prepare import (
    Encoded,
    apply_edit,
    encode,
    is_line_art,
    normalised,
    prepared,
    scaled,
)
from arenadesk.images.reading import ImageRefused, Source, decode, read_source

__all__ = ["Encoded", "ImageRefused", "Taken", "edited", "header_of", "shrunk", "take"]


@dataclass(frozen=True)
class Taken:
    """An image file as stored: the report-size image, and the original if kept."""

    report: Encoded
    original: Encoded | None


def take(
    source: Path | bytes,
    *,
    name: str | None = None,
    keep_original: bool = False,
    long_edge: int = REPORT_LONG_EDGE,
    quality: int = REPORT_QUALITY,
) -> Taken:
    """Read, check and prepare one image; raises ImageRefused for one that cannot be taken."""
    raw = read_source(source, name)
    decoded = decode(raw, long_edge=ORIGINAL_LONG_EDGE if keep_original else long_edge)
    line_art = is_line_art(decoded)
    original = None
    if keep_original:
        full = prepared(decoded, ORIGINAL_LONG_EDGE)
        original = encode(full, quality=ORIGINAL_QUALITY, line_art=line_art)
        report = encode(
            scaled(full, long_edge), quality=quality, line_art=line_art, max_bytes=REPORT_MAX_BYTES
        )
    else:
        report = encode(
            prepared(decoded, long_edge),
            quality=quality,
            line_art=line_art,
            max_bytes=REPORT_MAX_BYTES,
        )
    return Taken(report, original)


def edited(
    data: bytes,
    edit: PhotoEdit,
    *,
    long_edge: int = REPORT_LONG_EDGE,
    quality: int = REPORT_QUALITY,
) -> Encoded:
    """A stored image (or kept original) rotated, straightened and cropped, report size."""
    problem = edit_problem(edit)
    if problem is not None:
        raise ImageRefused(problem)
    decoded = decode(Source(data, "photo"), long_edge=ORIGINAL_LONG_EDGE)
    line_art = is_line_art(decoded)
    image = apply_edit(normalised(decoded.image), edit)
    return encode(
        scaled(image, long_edge), quality=quality, line_art=line_art, max_bytes=REPORT_MAX_BYTES
    )


def shrunk(data: bytes, *, long_edge: int, quality: int) -> Encoded | None:
    """A stored image made smaller for e-mail, or None when it already is that small."""
    header = header_of(data)
    if header is not None and max(header.width, header.height) <= long_edge:
        return None
    decoded = decode(Source(data, "photo"), long_edge=long_edge)
    image = normalised(decoded.image)
    return encode(
        scaled(image, long_edge),
        quality=quality,
        line_art=is_line_art(decoded),
        max_bytes=REPORT_MAX_BYTES,
    )


@dataclass(frozen=True)
class Header:
    format: str
    width: int
    height: int


def header_of(data: bytes) -> Header | None:
    """What a stored image's header says (format and size), read without decoding the
    pixels; None for bytes that are not a JPEG or PNG."""
    try:
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG")) as image:
            return Header(str(image.format), *image.size)
    except Exception:  # untrusted bytes: any complaint means "not a stored image"
        return None
