"""How photos print in every report: their captions and the size they take on the page.

A photo is scaled to the text's width keeping its aspect, and no taller than a share of
the page, so a portrait photo or a very wide panorama never leaves the frame; it is
never blown up past twice its own pixels at 72 dpi (a small photo stays sharp enough).
"""

from __future__ import annotations

from arenadesk.domain.report import ReportPhoto
from arenadesk.reports.group_text import clean

H_PHOTOS = "Bilder"
BOARD_PHOTO = "Foto av tavla"  # a board's photos are named so, the report's are numbered
UNREADABLE = "Bildet kunne ikke leses."
MAX_UPSCALE = 2.0


def caption_text(number: int, photo: ReportPhoto, label: str | None = None) -> str:
    """'Bilde 2: Plakaten fra økt 3'; 'Bilde 2' when the photo has no caption. With a
    `label` (a board's photos), the label instead of 'Bilde 2'."""
    caption = clean(" ".join(photo.caption.split()))
    lead = label or f"Bilde {number}"
    return f"{lead}: {caption}" if caption else lead


def board_label(number: int, count: int) -> str:
    """'Foto av tavla', or 'Foto av tavla 2' when a board has several photos."""
    return BOARD_PHOTO if count == 1 else f"{BOARD_PHOTO} {number}"


def fitted_size(photo: ReportPhoto, max_width: float, max_height: float) -> tuple[float, float]:
    """The photo's size on the page (in the units of the limits), keeping its aspect."""
    width, height = max(photo.width, 1), max(photo.height, 1)
    scale = min(max_width / width, max_height / height, MAX_UPSCALE)
    return width * scale, height * scale
