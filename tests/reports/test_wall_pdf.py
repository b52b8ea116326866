"""The program wall on A3 landscape and the schedules per space on A4, read back."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4

from arenadesk.domain.wall import SpaceRow, Wall, space_heading
from arenadesk.reports.wall_pdf import build_wall_pdf, card_columns
from arenadesk.reports.wall_schedule_pdf import build_space_schedule_pdf
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from tests.reports.wall_samples import CONVENERS, SLOTS, TITLES, build_full_wall

ARENA = "Åpen arena 2020 – arbeid og helse"


def _flat(text: str) -> str:
    """Text without its line breaks and spaces, so a wrapped title reads as one."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def full_wall(demo_db: Database) -> Wall:
    return build_full_wall(demo_db, require_arena_id(demo_db))


def test_a_full_wall_is_a3_landscape_one_page_per_økt(full_wall: Wall, tmp_path: Path) -> None:
    pages = build_wall_pdf(full_wall, ARENA, tmp_path / "vegg.pdf")
    reader = PdfReader(tmp_path / "vegg.pdf")
    assert pages == len(reader.pages) == 4  # 16 spaces: too narrow for a day per page
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx((A3[1], A3[0]), abs=0.5)
    texts = [page.extract_text() for page in reader.pages]
    assert "Programveggen · Økt 1 · dag 1 · 10.30–12.00" in texts[0]
    assert "Programveggen · Økt 4 · dag 2 · 11.15–12.45" in texts[3]
    flat = [_flat(text) for text in texts]
    by_number = {t.number: t for t in full_wall.topics}
    for number, topic in by_number.items():
        assert number is not None
        page = int(number.split(".")[0]) - 1
        assert _flat(topic.title) in flat[page], topic.title
        assert _flat(f"{number}·Rom{number.split('.')[1]}") in flat[page]
    for name in CONVENERS:
        assert _flat(name) in "".join(flat)
    assert "4.16" in texts[3]  # an empty cell keeps its number
    assert ARENA in texts[0]


def test_a_small_wall_goes_one_page_per_day_with_unplaced_topics_last(
    demo_db: Database, tmp_path: Path
) -> None:
    arena_id = require_arena_id(demo_db)
    wall = wall_store.set_up_wall(demo_db, arena_id, SLOTS, [f"Sirkel {n}" for n in range(1, 6)])
    add = wall_store.add_topic
    add(demo_db, arena_id, TITLES[0], "Kari Nordmann", wall.slots[0].id, wall.spaces[0].id)
    add(demo_db, arena_id, TITLES[5], "Øystein Ås", wall.slots[3].id, wall.spaces[4].id)
    add(demo_db, arena_id, "Økonomi – æøå ÆØÅ", "Åse Bjørnstad")
    wall = wall_store.get_wall(demo_db, arena_id)
    assert build_wall_pdf(wall, ARENA, tmp_path / "vegg.pdf") == 3
    texts = [p.extract_text() for p in PdfReader(tmp_path / "vegg.pdf").pages]
    assert "Programveggen · Dag 1" in texts[0] and "Programveggen · Dag 2" in texts[1]
    assert "Økt 1\ndag 1\n10.30–12.00" in texts[0] and "Økt 2\ndag 1\n13.00–14.30" in texts[0]
    assert _flat(TITLES[0]) in _flat(texts[0]) and "Kari Nordmann" in texts[0]
    assert _flat(TITLES[5]) in _flat(texts[1]) and "4.5" in texts[1]
    assert "Ikke plassert ennå" in texts[2] and "Økonomi – æøå ÆØÅ" in texts[2]


def test_one_schedule_page_per_space_on_a4(full_wall: Wall, tmp_path: Path) -> None:
    pages = build_space_schedule_pdf(full_wall, ARENA, tmp_path / "rom.pdf")
    reader = PdfReader(tmp_path / "rom.pdf")
    assert pages == len(reader.pages) == 16
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.startswith(f"Rom {number}\n")
        space = full_wall.spaces[number - 1]
        for slot in full_wall.slots:
            for topic in full_wall.in_cell(slot.id, space.id):
                assert _flat(topic.title) in _flat(text)
                assert topic.convener in text
                assert topic.number in text
    first = reader.pages[0].extract_text()
    assert "10.30–12.00" in first and "11.15–12.45" in first and "Timeplan" in first
    assert "Kari Nordmann" in first


def test_a_space_heading_shows_its_number_once() -> None:
    assert space_heading(SpaceRow(uuid.uuid4(), 3, "Rom 3")) == "Rom 3"
    assert space_heading(SpaceRow(uuid.uuid4(), 2, "Rom 201")) == "2 · Rom 201"
    assert space_heading(SpaceRow(uuid.uuid4(), 5, "")) == "5"


def test_card_columns_keep_cards_roughly_three_by_two() -> None:
    assert card_columns(16, 390, 260) == 4
    assert card_columns(1, 390, 260) == 1
    assert card_columns(3, 390, 260) == 2  # 2 + 1 in two rows, not three tall ones
    assert card_columns(9, 390, 260) == 3
