"""Reading an image file from outside as untrusted data.

Bounds, checked before anything is decoded: the file's size, the formats Pillow may try
(JPEG, PNG, HEIC/HEIF, GIF, WebP, BMP), and the pixels its header claims. Pillow's own
decompression-bomb limit (`Image.MAX_IMAGE_PIXELS`) is set to the largest photo taken and
its warning is an error here. A JPEG larger than the report needs is decoded at 1/2, 1/4
or 1/8 of its size (`draft`), so a 100-megapixel panorama costs what a 12-megapixel photo
does; other formats are decoded whole and so have a lower limit. Time is bounded by the
pixels: nothing decodes more than `MAX_FULL_PIXELS` at once.

Every refusal is one `ImageRefused` naming the file, in the UI's language.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

from arenadesk.i18n.messages import UserError

MB = 1024 * 1024
MAX_FILE_BYTES = 80 * MB  # a phone's HEIC is ~3 MB, a 100-megapixel JPEG ~40 MB
MAX_PIXELS = 120_000_000  # the largest photo taken (a 100-megapixel panorama, JPEG)
MAX_FULL_PIXELS = 50_000_000  # formats decoded whole (a 48-megapixel iPhone HEIC)
MIN_SIDE = 16
FORMATS = ("JPEG", "PNG", "HEIF", "GIF", "WEBP", "BMP")  # a phone's MPO opens as JPEG

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is refused, never half-shown

_heif_registered = False


class ImageRefused(UserError):
    """An image that cannot be taken; its message names the file and says nothing was
    written."""


@dataclass(frozen=True)
class Source:
    """An image file's bytes and the name to say it by."""

    data: bytes
    name: str


@dataclass(frozen=True)
class Decoded:
    """The decoded first frame, and whether it came from a lossless file (PNG, GIF, BMP):
    line art and screenshots, which stay PNG when they have few colours."""

    image: Image.Image
    lossless: bool


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pi_heif  # pillow-heif's decoder-only build: HEIC in, never out

        Image.init()  # every plugin Pillow ships (WebP loads only here)
        pi_heif.register_heif_opener(thumbnails=False)
        _heif_registered = True


def read_source(source: Path | bytes, name: str | None = None) -> Source:
    """The bytes of a file (at most MAX_FILE_BYTES) or of bytes given (a pasted image)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "image"
    else:
        path = Path(source)
        label = name or path.name
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise _too_large(label, size)
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError as exc:
            raise ImageRefused("photo.not_found", name=label) from exc
        except IsADirectoryError as exc:
            raise ImageRefused("photo.not_image", name=label) from exc
        except OSError as exc:
            raise ImageRefused("photo.unreadable", name=label, detail=exc.strerror or exc) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(label, len(data))
    if not data:
        raise ImageRefused("photo.not_image", name=label)
    return Source(data, label)


def _too_large(name: str, size: int) -> ImageRefused:
    return ImageRefused(
        "photo.file_too_large", name=name, size=max(1, size // MB), limit=MAX_FILE_BYTES // MB
    )


def _too_many(name: str, width: int, height: int, limit: int) -> ImageRefused:
    return ImageRefused(
        "photo.too_many_pixels",
        name=name,
        megapixels=round(width * height / 1_000_000),
        width=width,
        height=height,
        limit=limit // 1_000_000,
    )


def decode(source: Source, *, long_edge: int) -> Decoded:
    """The first frame of the image, decoded (a JPEG at the smallest scale that still has
    `long_edge` pixels on its long edge); nothing else of the file is read."""
    _register_heif()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(source.data), formats=FORMATS)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ImageRefused(
                "photo.too_many_pixels_unknown", name=source.name, limit=MAX_PIXELS // 1_000_000
            ) from exc
        except UnidentifiedImageError as exc:
            raise ImageRefused("photo.not_image", name=source.name) from exc
        except Exception as exc:  # any decoder's complaint about a header it cannot parse
            raise ImageRefused("photo.truncated", name=source.name) from exc
        width, height = image.size
        if width < MIN_SIDE or height < MIN_SIDE:
            raise ImageRefused(
                "photo.too_small", name=source.name, width=width, height=height, limit=MIN_SIDE
            )
        draftable = image.format in ("JPEG", "MPO")
        limit = MAX_PIXELS if draftable else MAX_FULL_PIXELS
        if width * height > limit:
            raise _too_many(source.name, width, height, limit)
        if draftable:
            scale = min(1.0, long_edge / max(width, height))
            image.draft(None, (max(1, int(width * scale)), max(1, int(height * scale))))
        try:
            image.load()
        except MemoryError:
            raise
        except Exception as exc:  # truncated data, a broken stream, a decoder error
            raise ImageRefused("photo.truncated", name=source.name) from exc
    return Decoded(image, image.format in ("PNG", "GIF", "BMP"))
