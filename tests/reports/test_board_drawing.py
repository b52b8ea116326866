"""The reportlab drawing of a board: the same picture as the screen, readable in a PDF."""

from __future__ import annotations

import time
from pathlib import Path

import pypdf
import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from arenadesk.domain.boards import load_templates
from arenadesk.reports.board_drawing import board_drawing, measure, write_board_pdf
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import list_boards
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.notes import list_notes

LIBRARY = load_templates()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("key", list(LIBRARY.templates))
def test_every_template_draws_with_its_zone_names(tmp_path: Path, key: str) -> None:
    template = LIBRARY.get(key)
    assert template is not None
    drawing = board_drawing(template, [], width=700)
    assert isinstance(drawing, Drawing)
    assert drawing.width == 700 and drawing.height == pytest.approx(700 * 1080 / 1920)
    path = tmp_path / f"{key}.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text = pdf_text(path)
    for zone in template.zones:
        assert zone.name.nb in text
    english = tmp_path / "en.pdf"
    renderPDF.drawToFile(board_drawing(template, [], width=700, language="en"), str(english))
    assert all(zone.name.en in pdf_text(english) for zone in template.zones)


def test_the_demo_board_prints_picture_and_table_with_aeoeaa(
    tmp_path: Path, demo_db: Database
) -> None:
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    board = list_boards(demo_db, group.id)[0]
    notes = list_notes(demo_db, board.id)
    template = LIBRARY.get(board.template_key)
    assert template is not None
    path = tmp_path / "toppen.pdf"
    write_board_pdf(path, template, notes, "1A Jobbmotor Nord – Toppen av fjellet")
    reader = pypdf.PdfReader(path)
    text = pdf_text(path)
    assert "1A Jobbmotor Nord – Toppen av fjellet" in text
    assert "Veien dit / neste skritt" in text and "Målet" in text
    for note in notes:  # every note, whole, in the table ("i tabells form")
        assert note.text in text.replace("\n", " ")
    assert "Taushetsplikt mellom helse og Nav" in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in f for f in fonts), fonts


def test_the_text_fits_as_on_screen_and_a_huge_note_is_cut(tmp_path: Path) -> None:
    from dataclasses import dataclass

    @dataclass
    class Note:
        zone_key: str
        text: str
        colour: str = "yellow"
        x: float = 40.0
        y: float = 60.0
        w: float = 200.0
        h: float = 110.0
        z: int = 0

    template = LIBRARY.get("gap-analyse")
    assert template is not None
    start = time.perf_counter()
    drawing = board_drawing(template, [Note("na", "ord " * 2500)], width=700)
    assert time.perf_counter() - start < 2.0  # sanity bound; the figures are in bench/
    path = tmp_path / "stor.pdf"
    renderPDF.drawToFile(drawing, str(path))
    assert "…" in pdf_text(path)
    assert measure("Nå", 22) > 0
