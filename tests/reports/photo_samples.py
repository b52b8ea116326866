"""Photos for the report tests and the bench: flip-chart-like pictures made with Pillow,
noisy enough that JPEG keeps them at the size a phone photo scaled to 2 400 px has."""

from __future__ import annotations

import io
import random
from functools import cache

from PIL import Image, ImageDraw

from arenadesk.domain.report import ReportPhoto

LANDSCAPE = (2400, 1800)
PORTRAIT = (1350, 2400)  # a poster photographed upright
PANORAMA = (2400, 240)  # a wall of sheets, 10:1


@cache
def _grain(size: tuple[int, int]) -> Image.Image:
    """Sensor noise for posters of one size, made once (Pillow's noise generator costs
    more than the rest of a poster); never changed in place."""
    return Image.effect_noise(size, 22).convert("RGB")


@cache
def poster_bytes(size: tuple[int, int], *, seed: int = 1, kind: str = "JPEG") -> bytes:
    """A paper sheet with coloured notes and scribbles on a grey wall, with sensor noise
    (made once for each size, seed and kind: the bytes are immutable)."""
    rng = random.Random(seed)
    width, height = size
    image = _grain(size)
    paper = Image.new("RGB", size, (236, 233, 222))
    image = Image.blend(image, paper, 0.82)
    draw = ImageDraw.Draw(image)
    margin = min(width, height) // 12
    draw.rectangle((margin, margin, width - margin, height - margin), outline=(40, 40, 40), width=6)
    colours = [(250, 220, 90), (120, 200, 240), (250, 150, 170), (150, 220, 140)]
    note = max(min(width, height) // 8, 12)
    for _ in range(40):
        x = rng.randrange(margin, max(width - margin - note, margin + 1))
        y = rng.randrange(margin, max(height - margin - note, margin + 1))
        draw.rectangle((x, y, x + note, y + note), fill=rng.choice(colours))
        for line in range(3):
            top = y + (line + 1) * note // 4
            draw.line((x + 6, top, x + note - 6, top), fill=(30, 30, 90), width=3)
    out = io.BytesIO()
    image.save(out, kind, quality=85) if kind == "JPEG" else image.save(out, kind)
    return out.getvalue()


def photo(size: tuple[int, int] = LANDSCAPE, caption: str = "", *, seed: int = 1) -> ReportPhoto:
    return ReportPhoto(caption, poster_bytes(size, seed=seed), *size)


def ten_photos() -> list[ReportPhoto]:
    """What a group with a busy day brings: ten photos, portraits and a panorama among them."""
    sizes = [LANDSCAPE] * 7 + [PORTRAIT, PORTRAIT, PANORAMA]
    return [
        photo(size, f"Plakat {number} fra gruppas arbeid", seed=number)
        for number, size in enumerate(sizes, start=1)
    ]
