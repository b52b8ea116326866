"""Images for the photo tests, made with Pillow: phone photos of flip-charts (with EXIF
orientation and GPS), and every kind of bad or odd file the issue names."""

from __future__ import annotations

import io
import random
import struct
import zlib
from functools import cache

from PIL import Image, ImageDraw

# Where the test photo was taken (Oslo), so a test can see that it is gone.
GPS_LATITUDE = (59.0, 54.0, 40.0)
MARK = (220, 30, 30)  # a red square in the stored pixels' top-left corner


def flip_chart(width: int, height: int, *, seed: int = 1, noise: float = 0.12) -> Image.Image:
    """A flip-chart as a phone sees it: off-white paper lit unevenly, handwriting strokes in
    marker colours, a few sticky notes, sensor noise; a red mark in the top-left corner."""
    rng = random.Random(seed)
    small = Image.linear_gradient("L").resize((width // 8, height // 8)).convert("RGB")
    paper = Image.new("RGB", small.size, (236, 232, 222))
    image = Image.blend(paper, small, 0.12).resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    for _ in range(60):  # lines of handwriting
        x, y = rng.randrange(width // 10, width // 2), rng.randrange(height // 10, height - 50)
        colour = rng.choice([(20, 40, 120), (30, 30, 30), (150, 20, 20), (20, 110, 40)])
        points = [(x + i * width // 60, y + rng.randrange(-12, 12)) for i in range(12)]
        draw.line(points, fill=colour, width=max(3, width // 600))
    for _ in range(8):  # sticky notes
        x, y = rng.randrange(width // 2, width - width // 8), rng.randrange(0, height - height // 6)
        draw.rectangle((x, y, x + width // 10, y + height // 8), fill=(250, 230, 90))
    image = Image.blend(image, _grain(width, height), noise)
    side = max(16, width // 20)
    image.paste(MARK, (0, 0, side, side))
    return image


@cache
def _grain(width: int, height: int) -> Image.Image:
    """Sensor noise for photos of one size, made once: Pillow's noise generator is most of
    the cost of a photo (about a second and a half for 2400 × 1800), and what the photo
    shows comes from the seed. Never changed in place (`Image.blend` makes a new image)."""
    return Image.effect_noise((width, height), 30).convert("RGB")


def exif_with(orientation: int, *, gps: bool = True) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    if gps:
        info = exif.get_ifd(0x8825)
        info[1] = "N"
        info[2] = GPS_LATITUDE
        info[3] = "E"
        info[4] = (10.0, 45.0, 10.0)
    return exif


@cache
def phone_photo(width: int = 4000, height: int = 3000, orientation: int = 6) -> bytes:
    """A 12-megapixel JPEG as a phone writes it: landscape pixels, EXIF orientation 6
    (shown turned a quarter clockwise, so portrait), GPS position, camera make."""
    buffer = io.BytesIO()
    flip_chart(width, height).save(
        buffer, "JPEG", quality=92, exif=exif_with(orientation).tobytes()
    )
    return buffer.getvalue()


def jpeg(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def png(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **options)
    return buffer.getvalue()


def truncated() -> bytes:
    data = phone_photo(800, 600, 1)
    return data[: len(data) // 2]


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` × `height` pixels in a few dozen bytes (a bomb's header)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def cmyk_jpeg() -> bytes:
    return jpeg(Image.new("CMYK", (600, 400), (0, 200, 200, 0)))


def sixteen_bit_png() -> bytes:
    image = Image.linear_gradient("L").resize((512, 300)).convert("I")
    image = image.point(lambda v: v * 257)  # 0..65535
    return png(image.convert("I;16"))


def animated_gif() -> bytes:
    frames = [Image.new("P", (200, 120), i * 40) for i in range(5)]
    for i, frame in enumerate(frames):
        ImageDraw.Draw(frame).rectangle((10 * i, 10, 10 * i + 40, 50), fill=255)
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def line_art_png() -> bytes:
    image = Image.new("P", (1200, 800), 0)
    image.putpalette([255, 255, 255, 0, 0, 0, 200, 0, 0] + [0] * (253 * 3))
    draw = ImageDraw.Draw(image)
    draw.rectangle((100, 100, 1100, 700), outline=1, width=8)
    draw.line((100, 100, 1100, 700), fill=2, width=8)
    return png(image)


def transparent_png() -> bytes:
    image = Image.new("RGBA", (640, 480), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((100, 100, 540, 380), fill=(30, 90, 200, 255))
    return png(image)


def heic(width: int = 1200, height: int = 900, orientation: int = 1) -> bytes:
    """An iPhone's HEIC, made with pillow-heif's encoder (a test dependency; the app reads
    HEIC with the decoder-only pi-heif), without registering its opener."""
    import pillow_heif

    buffer = io.BytesIO()
    heif = pillow_heif.from_pillow(flip_chart(width, height))
    heif.save(buffer, quality=80, exif=exif_with(orientation).tobytes())
    return buffer.getvalue()
