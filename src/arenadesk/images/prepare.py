"""Turning a decoded image into what is stored: upright, in sRGB 8-bit colour, straightened
and cropped as asked, no larger than the report needs, re-encoded without metadata.

Stored images are JPEG (quality about 85) or, for line art and images with real
transparency, PNG. Re-encoding from pixels drops every EXIF field (GPS position, camera,
time), XMP and the colour profile (colours are converted to sRGB first).
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass

from PIL import Image, ImageCms

from arenadesk.domain.photos import (
    MAX_STORED_BYTES,
    PhotoEdit,
    perspective_coefficients,
    straightened_size,
)
from arenadesk.images.reading import Decoded

PNG_LIMIT = MAX_STORED_BYTES // 2  # a PNG larger than this is stored as JPEG instead
_WHITE = (255, 255, 255)
_TURNS = {
    1: Image.Transpose.ROTATE_270,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Encoded:
    """An image as stored: its bytes, type, size in pixels and SHA-256."""

    data: bytes
    mime: str
    width: int
    height: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def byte_size(self) -> int:
        return len(self.data)


_ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orientation_of(image: Image.Image) -> int:
    """The EXIF orientation (1: as stored), read before the pixels are touched."""
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # an unreadable EXIF block orients nothing
        return 1
    return value if isinstance(value, int) and value in _ORIENTATIONS else 1


def upright(image: Image.Image, orientation: int) -> Image.Image:
    """The image turned (and mirrored) as its EXIF orientation says."""
    method = _ORIENTATIONS.get(orientation)
    return image.transpose(method) if method is not None else image


def prepared(decoded: Decoded, long_edge: int) -> Image.Image:
    """Scaled first (so turning and colour conversion work on the smaller image), then
    upright, in 8-bit sRGB (RGB, RGBA or L)."""
    orientation = orientation_of(decoded.image)
    icc = decoded.image.info.get("icc_profile")
    image = scaled(normalised_mode(decoded.image), long_edge)
    return upright(in_srgb(image, icc), orientation)


def normalised(image: Image.Image) -> Image.Image:
    """`normalised_mode`, then in sRGB."""
    return in_srgb(normalised_mode(image), image.info.get("icc_profile"))


def normalised_mode(image: Image.Image) -> Image.Image:
    """CMYK, 16-bit, palette, black-and-white and odd modes as 8-bit RGB(A), CMYK or
    greyscale (CMYK is turned into RGB by `in_srgb`, through its profile if it has one)."""
    mode = image.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        image = _to_eight_bit(image)
    elif mode == "1":
        image = image.convert("L")
    elif mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif mode == "LA":
        image = image.convert("RGBA")
    elif mode not in ("RGB", "RGBA", "L", "CMYK"):
        image = image.convert("RGB")
    if image.mode == "RGBA" and _alpha_unused(image):
        image = image.convert("RGB")
    return image


def in_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Colours through an embedded profile into sRGB; CMYK as RGB."""
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        image = _to_srgb(image, icc)
    return image.convert("RGB") if image.mode == "CMYK" else image


def _to_eight_bit(image: Image.Image) -> Image.Image:
    """A 16-bit (or 32-bit) greyscale image scaled into 0..255, not clipped."""
    wide = image.convert("I") if image.mode != "F" else image
    low, high = wide.getextrema()
    if isinstance(high, (int, float)) and high > 255:
        scale = 255.0 / float(high) if image.mode in ("I", "F") else 1 / 257
        wide = wide.point(lambda v: v * scale)
    return wide.convert("L")


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    mode = "RGBA" if image.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        converted = ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        log.info("colour profile ignored (%s)", exc)
        return image
    return converted if converted is not None else image


def _alpha_unused(image: Image.Image) -> bool:
    low, _high = image.getchannel("A").getextrema()
    return bool(low == 255)


def apply_edit(image: Image.Image, edit: PhotoEdit) -> Image.Image:
    """Rotate (clockwise quarter turns), straighten the marked four corners, then crop.
    The edit has been checked (`domain.photos.edit_problem`)."""
    turns = edit.quarter_turns % 4
    if turns:
        image = image.transpose(_TURNS[turns])
    if edit.corners is not None:
        width, height = image.size
        size = straightened_size(edit.corners, width, height)
        # Never more pixels than the photo had: the marked poster is a part of it.
        shrink = min(1.0, (width * height / (size[0] * size[1])) ** 0.5)
        size = (max(1, round(size[0] * shrink)), max(1, round(size[1] * shrink)))
        coefficients = perspective_coefficients(edit.corners, width, height, size)
        fill = (*_WHITE, 0) if image.mode == "RGBA" else (255 if image.mode == "L" else _WHITE)
        image = image.transform(
            size,
            Image.Transform.PERSPECTIVE,
            coefficients,
            Image.Resampling.BICUBIC,
            fillcolor=fill,
        )
    if edit.crop is not None:
        width, height = image.size
        left, top, right, bottom = edit.crop
        box = (
            round(left * width),
            round(top * height),
            max(round(left * width) + 1, round(right * width)),
            max(round(top * height) + 1, round(bottom * height)),
        )
        image = image.crop(box)
    return image


def scaled(image: Image.Image, long_edge: int) -> Image.Image:
    """At most `long_edge` pixels on the long edge (bicubic, antialiased; `reduce` first
    when far larger)."""
    width, height = image.size
    if max(width, height) <= long_edge:
        return image
    scale = long_edge / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return image.resize(size, Image.Resampling.BICUBIC, reducing_gap=3.0)


def is_line_art(decoded: Decoded) -> bool:
    """A drawing or screenshot: a lossless file with at most 256 colours."""
    if not decoded.lossless or decoded.image.mode not in ("1", "L", "LA", "P", "PA", "RGB", "RGBA"):
        return False
    return decoded.image.getcolors(256) is not None


def encode(
    image: Image.Image, *, quality: int, line_art: bool, max_bytes: int | None = None
) -> Encoded:
    """JPEG, or PNG for real transparency and for line art; no metadata is written (a
    fresh image carries no EXIF, XMP or colour profile). Past `max_bytes` a JPEG is saved
    at a lower quality (down to 65), then a fifth smaller each time, until it fits."""
    pixels = Image.new(image.mode, image.size)
    pixels.paste(image)
    limit = max_bytes if max_bytes is not None else PNG_LIMIT
    if pixels.mode == "RGBA" or line_art:
        data = _save(pixels, "PNG", optimize=True)
        if len(data) <= min(limit, PNG_LIMIT):
            return Encoded(data, "image/png", *pixels.size)
    if pixels.mode == "RGBA":
        background = Image.new("RGBA", pixels.size, (*_WHITE, 255))
        pixels = Image.alpha_composite(background, pixels).convert("RGB")
    data = _save(pixels, "JPEG", quality=quality, optimize=True)
    if max_bytes is not None:
        for lower in (75, 65):
            if len(data) <= max_bytes or lower >= quality:
                break
            data = _save(pixels, "JPEG", quality=lower, optimize=True)
        while len(data) > max_bytes and min(pixels.size) > 64:
            pixels = scaled(pixels, round(max(pixels.size) * 0.8))
            data = _save(pixels, "JPEG", quality=min(quality, 65), optimize=True)
    return Encoded(data, "image/jpeg", *pixels.size)


def _save(image: Image.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()
