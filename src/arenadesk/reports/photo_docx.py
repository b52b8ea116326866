"""Photos in the Word reports: each a picture the width of the text (or less, for a tall
one), centred, with its caption in Word's Caption style below."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.shared import Mm, RGBColor

from arenadesk.domain.report import ReportPhoto
from arenadesk.reports import photo_text as pt

TEXT_WIDTH_MM = 166.0  # A4 less the 22 mm margins (group_docx.set_up_document)
MAX_HEIGHT_MM = 150.0  # a portrait photo leaves room for its heading and caption
MUTED = RGBColor(0x66, 0x72, 0x7F)
_PT_PER_MM = 72 / 25.4


def add_photos(doc: DocxDocument, photos: Sequence[ReportPhoto], *, board: bool = False) -> None:
    """Every photo with its caption, in order; one that cannot be read is named instead.
    A `board`'s photos are captioned "Foto av tavla", the report's numbered."""
    for number, photo in enumerate(photos, start=1):
        width, _height = pt.fitted_size(
            photo, TEXT_WIDTH_MM * _PT_PER_MM, MAX_HEIGHT_MM * _PT_PER_MM
        )
        picture = doc.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.keep_with_next = True  # the caption stays with it
        try:
            picture.add_run().add_picture(BytesIO(photo.data), width=Mm(width / _PT_PER_MM))
        except (UnrecognizedImageError, ValueError, OSError, ZeroDivisionError):
            run = picture.add_run(pt.UNREADABLE)
            run.italic = True
            run.font.color.rgb = MUTED
        label = pt.board_label(number, len(photos)) if board else None
        caption = doc.add_paragraph(pt.caption_text(number, photo, label), style="Caption")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
