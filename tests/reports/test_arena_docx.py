"""The compiled arena report as DOCX, read back with python-docx: headings for the
navigation pane, tables, metadata."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from arenadesk.domain.arena_report import ArenaReport
from arenadesk.reports import arena_text as a
from arenadesk.reports import group_text as t
from arenadesk.reports.arena_docx import build_arena_docx
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from tests.reports.arena_samples import fill_demo_reports


@pytest.fixture
def demo_report(demo_db: Database) -> ArenaReport:
    arena_id = require_arena_id(demo_db)
    fill_demo_reports(demo_db, arena_id)
    return assemble_arena_report(demo_db, arena_id)


def open_built(report: ArenaReport, tmp_path: Path) -> docx.document.Document:
    path = tmp_path / "arenarapport.docx"
    build_arena_docx(report, path)
    return docx.Document(str(path))


def headings(document: docx.document.Document, *levels: int) -> list[str]:
    names = {f"Heading {level}" for level in levels}
    return [p.text for p in document.paragraphs if p.style.name in names]


def test_chapters_and_groups_are_word_headings(demo_report: ArenaReport, tmp_path: Path) -> None:
    document = open_built(demo_report, tmp_path)
    assert headings(document, 1) == list(a.CHAPTERS)
    groups = [f"{g.code} {g.title}" for g in demo_report.groups]
    pages = [f"Gruppe {g.code}: {g.title}" for g in demo_report.groups]
    evaluated = [f"{g.code} {g.title}" for g in a.evaluated_groups(demo_report)]
    assert headings(document, 2) == [a.H_PERSPECTIVES, *pages, *groups, *evaluated]
    level3 = headings(document, 3)
    assert level3[:4] == [a.H_PROBLEM, a.H_RESULT, a.H_NEXT_STEPS, a.H_BOARDS]
    assert t.H_PARTICIPANTS in level3 and t.H_STRENGTH in level3
    chapters = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert all(p.paragraph_format.page_break_before for p in chapters)


def test_tables_hold_the_overview_and_every_participant(
    demo_report: ArenaReport, tmp_path: Path
) -> None:
    document = open_built(demo_report, tmp_path)
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["Kode", "Tittel", "Eier", "Fasilitatorer"] in rows
    assert [
        "1A",
        "Jobbmotor Nord",
        "Nordvik helsesportssenter",
        "Torstein Hågensen og Åse Kjærstad",
    ] in rows
    for person in demo_report.reports[0].participants:
        assert any(text.startswith(person.name) for text in cells)
    assert ["Til sammen", "70", "100 %"] in rows


def test_metadata_and_empty_sections(demo_db: Database, tmp_path: Path) -> None:
    report = assemble_arena_report(demo_db, require_arena_id(demo_db))
    document = open_built(report, tmp_path)
    props = document.core_properties
    assert props.title == "Åpen arena 2027 – arenarapport"
    assert props.language == "nb-NO"
    texts = [p.text for p in document.paragraphs]
    # The demo's 1C and 4B-1 are written; what the five other groups never wrote is left
    # out, not marked as missing.
    assert t.EMPTY not in texts and not any(t.NOT_RATED in text for text in texts)
    evaluated = [f"{g.code} {g.title}" for g in report.reports if not g.self_evaluation.is_empty]
    assert len(evaluated) == 2
    assert headings(document, 2)[-2:] == evaluated


def test_an_arena_without_groups(db: Database, tmp_path: Path) -> None:
    document = open_built(assemble_arena_report(db, create_arena(db, "Tom arena")), tmp_path)
    assert headings(document, 1) == list(a.CHAPTERS)
    assert [p.text for p in document.paragraphs].count(a.NO_GROUPS) == 4
