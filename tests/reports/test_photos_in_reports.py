"""Photos in the group report, the arena report and the proceedings (PDF and Word): in
order, captioned, scaled into the text frame whatever their shape."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import docx
import pypdf
from docx.shared import Mm

from arenadesk.domain.report import ReportPhoto
from arenadesk.reports import photo_text as pt
from arenadesk.reports.group_docx import build_group_docx
from arenadesk.reports.group_pdf import build_group_pdf
from arenadesk.reports.pdf_pages import PAGE, TOP
from arenadesk.reports.pdf_style import MARGIN
from tests.reports.photo_samples import LANDSCAPE, PANORAMA, PORTRAIT, photo
from tests.reports.samples import realistic_report

# reportlab moves to the flowable's corner, then scales the image there.
PLACED = re.compile(
    rb"1 0 0 1 ([-\d.]+) ([-\d.]+) cm\s*q\s*([-\d.]+) 0 0 ([-\d.]+) 0 0 cm\s*/(\S+) Do"
)


def placed_images(reader: pypdf.PdfReader) -> list[tuple[int, float, float, float, float]]:
    """(page, x, y, width, height) of every image drawn, from the pages' content streams."""
    out = []
    for number, page in enumerate(reader.pages):
        content = page.get_contents()
        data = content.get_data() if content is not None else b""
        for match in PLACED.finditer(data):
            x, y, width, height = (float(value) for value in match.groups()[:4])
            name = "/" + match.group(5).decode()
            resources: Any = page["/Resources"]
            xobjects = resources.get_object().get("/XObject", {})
            if name in xobjects and xobjects[name].get_object().get("/Subtype") == "/Image":
                out.append((number, x, y, width, height))
    return out


def shaped_report() -> tuple[list[ReportPhoto], object]:
    photos = [
        photo(LANDSCAPE, "Toppen av fjellet på flippover", seed=1),
        photo(PORTRAIT, "Plakaten fra økt 3 – stående", seed=2),
        photo(PANORAMA, "Hele veggen med ark, <b> & «sitater»", seed=3),
    ]
    report = realistic_report()
    report.photos = photos
    return photos, report


def test_group_pdf_prints_every_photo_inside_the_frame_with_its_caption(tmp_path: Path) -> None:
    photos, report = shaped_report()
    path = tmp_path / "r.pdf"
    build_group_pdf(report, path)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(path)
    placed = placed_images(reader)
    assert len(placed) == 3
    top = PAGE[1] - TOP
    for _page, x, y, width, height in placed:
        assert x >= MARGIN - 0.5 and x + width <= PAGE[0] - MARGIN + 0.5
        assert y >= MARGIN - 0.5 and y + height <= top + 0.5
    ratios = [width / height for _page, _x, _y, width, height in placed]
    for ratio, source in zip(ratios, photos, strict=True):
        assert abs(ratio - source.width / source.height) < 0.01  # aspect kept
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert "Bilder" in text
    assert "Bilde 1: Toppen av fjellet på flippover" in text
    assert "Bilde 3: Hele veggen med ark, <b> & «sitater»" in text
    # before the self-evaluation, after the sections the group wrote
    assert text.index("Bilde 1:") < text.index("Egenevaluering")
    assert text.index("Kommentarer fra gruppa") < text.index("Bilde 1:")


def test_a_photo_beside_its_board_and_none_when_there_are_none(tmp_path: Path) -> None:
    report = realistic_report()
    board = report.boards[0]
    report.boards[0] = dataclasses.replace(board, photos=(photo(PORTRAIT, "Arket", seed=4),))
    path = tmp_path / "r.pdf"
    build_group_pdf(report, path)
    reader = pypdf.PdfReader(path)
    assert len(placed_images(reader)) == 1
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert (
        text.index(board.title)
        < text.index("Foto av tavla: Arket")
        < text.index(report.boards[1].title)
    )
    assert "Bilder " not in text  # no photo section for a group without photos


def test_a_photo_whose_bytes_are_broken_is_named_and_the_rest_print(tmp_path: Path) -> None:
    report = realistic_report()
    report.photos = [ReportPhoto("Ødelagt", b"not an image", 10, 10), photo(caption="Hel")]
    path = tmp_path / "r.pdf"
    build_group_pdf(report, path)
    reader = pypdf.PdfReader(path)
    assert len(placed_images(reader)) == 1
    text = " ".join(p.extract_text() for p in reader.pages)
    assert pt.UNREADABLE in text and "Bilde 2: Hel" in text
    docx_path = tmp_path / "r.docx"
    build_group_docx(report, docx_path)
    assert pt.UNREADABLE in "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)


def test_group_docx_holds_the_pictures_within_the_text_width(tmp_path: Path) -> None:
    _photos, report = shaped_report()
    path = tmp_path / "r.docx"
    build_group_docx(report, path)  # type: ignore[arg-type]
    doc = docx.Document(str(path))
    shapes = list(doc.inline_shapes)
    assert len(shapes) == 3
    for shape in shapes:
        assert shape.width <= Mm(166) + 1 and shape.height <= Mm(150) + 1
    portrait = shapes[1]
    assert abs(portrait.width / portrait.height - PORTRAIT[0] / PORTRAIT[1]) < 0.01
    captions = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Caption"]
    assert captions == [
        "Bilde 1: Toppen av fjellet på flippover",
        "Bilde 2: Plakaten fra økt 3 – stående",
        "Bilde 3: Hele veggen med ark, <b> & «sitater»",
    ]
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("Bilder") < texts.index("Egenevaluering")


def test_caption_and_size_rules() -> None:
    assert pt.caption_text(2, ReportPhoto("  to\nlinjer ", b"", 1, 1)) == "Bilde 2: to linjer"
    assert pt.caption_text(1, ReportPhoto("", b"", 1, 1)) == "Bilde 1"
    assert pt.caption_text(3, ReportPhoto("Arket", b"", 1, 1), pt.board_label(1, 1)) == (
        "Foto av tavla: Arket"
    )
    assert pt.board_label(2, 3) == "Foto av tavla 2"
    tiny = ReportPhoto("", b"", 40, 30)
    assert pt.fitted_size(tiny, 400, 400) == (80, 60)  # never blown up past twice
    wide = ReportPhoto("", b"", 10_000, 100)
    assert pt.fitted_size(wide, 400, 300) == (400, 4)
    tall = ReportPhoto("", b"", 100, 10_000)
    assert pt.fitted_size(tall, 400, 300) == (3, 300)
