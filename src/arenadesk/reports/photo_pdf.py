"""Photos in the PDF reports: each scaled into the frame and kept with its caption."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer

from arenadesk.domain.report import ReportPhoto
from arenadesk.reports import photo_text as pt
from arenadesk.reports.pdf_pages import FRAME_HEIGHT, WIDTH
from arenadesk.reports.pdf_style import ITALIC, STYLES, escape

MAX_HEIGHT = FRAME_HEIGHT * 0.62  # room left for a heading and the caption on its page
CAPTION = STYLES["body"].clone(
    "photo-caption", fontName=ITALIC, fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=8
)


def photo_flowables(
    photos: Sequence[ReportPhoto],
    *,
    lead: Sequence[Flowable] = (),
    width: float = WIDTH,
    max_height: float = MAX_HEIGHT,
    board: bool = False,
) -> list[Flowable]:
    """Each photo centred, at most `width` wide and `max_height` tall, its caption below;
    a photo whose bytes cannot be read prints a line saying so instead. `lead` (a
    heading) goes on the page of the first photo, never alone at the foot of one. A
    `board`'s photos are captioned "Foto av tavla", the report's numbered."""
    out: list[Flowable] = []
    for number, photo in enumerate(photos, start=1):
        label = pt.board_label(number, len(photos)) if board else None
        caption = Paragraph(escape(pt.caption_text(number, photo, label)), CAPTION)
        picture = _image(photo, width, max_height)
        head = list(lead) if number == 1 else []
        if picture is None:
            body = [Paragraph(escape(pt.UNREADABLE), STYLES["empty"]), caption]
        else:
            body = [Spacer(1, 2 * mm), picture, Spacer(1, 1.5 * mm), caption]
        out.append(KeepTogether([*head, *body]))
    return out


def _image(photo: ReportPhoto, width: float, max_height: float) -> Image | None:
    try:  # the header only: the JPEG itself goes into the PDF as it is
        ImageReader(BytesIO(photo.data)).getSize()
    except Exception:
        return None
    shown_width, shown_height = pt.fitted_size(photo, width, max_height)
    image = Image(BytesIO(photo.data), width=shown_width, height=shown_height)
    image.hAlign = "CENTER"
    return image
