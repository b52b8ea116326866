"""The compiled arena report of an Open Space arena (2020) and of one with knowledge
meetings beside its groups (2017), as PDF and DOCX."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.reports.arena_docx import build_arena_docx
from arenadesk.reports.arena_pdf import build_arena_pdf
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.arenas import require_arena_id, update_arena
from arenadesk.store.db.database import Database
from arenadesk.store.people import list_people
from tests.reports.open_space_samples import add_open_space, build_open_space_arena


def pdf(path: Path) -> tuple[list[tuple[int, str]], str]:
    reader = pypdf.PdfReader(path)
    entries: list[tuple[int, str]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    text = " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages)
    return entries, text


def test_open_space_arena_report_is_the_2020_report(db: Database, tmp_path: Path) -> None:
    sample = build_open_space_arena(db, conversations=20, people=60)
    report = assemble_arena_report(db, sample.arena_id)
    assert report.open_space is not None and len(report.open_space.inputs) == 20
    path = tmp_path / "arenarapport.pdf"
    build_arena_pdf(report, path)
    entries, text = pdf(path)
    chapters = [title for level, title in entries if level == 0]
    assert chapters == [
        "Oppsummering",
        "Oversikt over innspillene",
        "Vedlegg 1: Innspill",
        "Vedlegg 2: Arbeidsrapporter",
    ]  # no group chapters in an arena without groups
    assert "Resultat: 20 innspill" in text
    assert "60 deltakere var med og laget innspill i Open Space." in text
    assert "Arbeidsrapporter 20" in text and "Deltakere i samtalene" in text
    overview = text[text.index("Under er en oversikt over de 20 innspillene") :]
    assert "Se vedlegg 1 for dokumentasjon fra alle 20 innspill og vedlegg 2" in overview
    assert overview.index("1.2 Unge i arbeid") < overview.index("1.10 Kvinner har")
    assert "Utfordringsgrupper" not in text and "Oversikt over gruppene" not in text
    level1 = [title for level, title in entries if level == 1]
    assert "Økt 1 – dag 1 (10:30–12:00)" in level1
    assert "1.4 Ressursfokus frisklivsfaktorer" in level1

    document_path = tmp_path / "arenarapport.docx"
    build_arena_docx(report, document_path)
    document = docx.Document(str(document_path))
    heading1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading1 == chapters
    heading2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "1.4 Ressursfokus frisklivsfaktorer" in heading2


def test_knowledge_meetings_are_a_chapter_and_a_further_appendix(
    demo_db: Database, tmp_path: Path
) -> None:
    arena_id = require_arena_id(demo_db)
    update_arena(demo_db, arena_id, format=ArenaFormat.BOTH)
    people = [person.id for person in list_people(demo_db, arena_id)]
    add_open_space(demo_db, arena_id, people, conversations=5)
    report = assemble_arena_report(demo_db, arena_id)
    path = tmp_path / "arenarapport.pdf"
    build_arena_pdf(report, path)
    entries, text = pdf(path)
    chapters = [title for level, title in entries if level == 0]
    assert chapters == [
        "Oppsummering",
        "Oversikt over gruppene",
        "Gruppene på arenaen",
        "Kunnskapsmøter i Open Space",
        "Vedlegg 1: Gruppenes standardrapporter",
        "Vedlegg 2: Gruppenes egenevalueringer",
        "Vedlegg 3: Rapporter fra kunnskapsmøtene",
    ]
    topics = text[text.index("De temaene som ble diskutert var (5):") :]
    assert "• 1.1 Hvem skal koordinere" in topics and "• 1.4 Ressursfokus" in topics
    assert "Rapportene fra kunnskapsmøtene finnes i vedlegg 3." in topics
    assert "Gruppe 1A: Jobbmotor Nord" in text  # the facilitated report is all there
    assert "Resultat:" not in text  # a knowledge meeting is no arena result

    document_path = tmp_path / "arenarapport.docx"
    build_arena_docx(report, document_path)
    document = docx.Document(str(document_path))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == chapters


def test_a_facilitated_arena_without_open_space_is_unchanged(demo_db: Database) -> None:
    report = assemble_arena_report(demo_db, require_arena_id(demo_db))
    assert report.open_space is None
