"""The Open Space proceedings as DOCX, read back with python-docx: headings, tables, lists."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from arenadesk.domain.proceedings import Proceedings
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.reports.proceedings_docx import build_proceedings_docx
from arenadesk.store.db.database import Database
from arenadesk.store.db.device import Device
from arenadesk.store.proceedings import assemble_proceedings
from tests.reports.open_space_samples import (
    UNPLACED_TITLE,
    build_open_space_arena,
    open_space_copy,
)
from tests.templates import Templates


@pytest.fixture
def proceedings(templates: Templates, device: Device, tmp_path: Path) -> Proceedings:
    db, sample = open_space_copy(
        templates, device, tmp_path / "arena.sqlite", conversations=14, people=40
    )
    try:
        return assemble_proceedings(db, sample.arena_id)
    finally:
        db.close()


def built(proceedings: Proceedings, tmp_path: Path) -> docx.document.Document:
    path = tmp_path / "innspill.docx"
    build_proceedings_docx(proceedings, path)
    return docx.Document(str(path))


def headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_appendices_and_reports_are_word_headings(proceedings: Proceedings, tmp_path: Path) -> None:
    document = built(proceedings, tmp_path)
    assert headings(document, 1) == ["Vedlegg 1: Innspill", "Vedlegg 2: Arbeidsrapporter"]
    level2 = headings(document, 2)
    sessions = level2[: level2.index("1.1 " + proceedings.inputs[0].title)]
    assert sessions == ["Økt 1 – dag 1 (10:30–12:00)", "Ikke plassert på programveggen"]
    reports = level2[len(sessions) :]
    assert [h.split(" ")[0] for h in reports[:11]] == [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11",
    ]  # fmt: skip
    assert reports[-1] == UNPLACED_TITLE
    assert headings(document, 3)[:4] == [
        "Deltakere (" + str(len(proceedings.reports[0].participants)) + ")",
        "Innspill",
        "Samtalen: ideer og refleksjoner",
        "Neste skritt",
    ]
    assert document.core_properties.title == "Åpen arena 2020 – innspill og arbeidsrapporter"


def test_inputs_participants_and_next_steps(proceedings: Proceedings, tmp_path: Path) -> None:
    document = built(proceedings, tmp_path)
    texts = [p.text for p in document.paragraphs]
    # Vedlegg 1: number and title on one line, the text beneath.
    first = proceedings.inputs[0]
    assert f"1.1\t{first.title}" in texts
    assert "1.10\tKvinner har høyere sykefravær enn menn. Hva kan gjøres for å forhindre det?" in (
        texts
    )
    # The overview table and one participants table per working report.
    overview, *people = document.tables
    assert [c.text for c in overview.rows[0].cells] == ["Nr.", "Innspill"]
    assert [row.cells[0].text for row in overview.rows[1:4]] == ["1.1", "1.2", "1.3"]
    assert len(people) == len(proceedings.reports)
    row = proceedings.reports[9]
    table = people[9]
    assert [c.text for c in table.rows[0].cells] == ["Navn", "Organisasjon"]
    assert [(r.cells[0].text, r.cells[1].text) for r in table.rows[1:]] == [
        (p.name, p.organisation) for p in row.participants
    ]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert all(step in bullets for step in row.next_step_lines)
    assert f"Dokumentert av: {row.documented_by}" in texts


def test_knowledge_meetings_headings(db: Database, tmp_path: Path) -> None:
    sample = build_open_space_arena(db, conversations=3, people=10, format=ArenaFormat.BOTH)
    document = built(assemble_proceedings(db, sample.arena_id), tmp_path)
    assert document.paragraphs[0].text == "Kunnskapsmøter i Open Space"
    assert headings(document, 1) == [
        "Vedlegg 1: Innspill fra kunnskapsmøtene",
        "Vedlegg 2: Rapporter fra kunnskapsmøtene",
    ]
