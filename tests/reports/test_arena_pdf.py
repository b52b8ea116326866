"""The compiled arena report as PDF, read back with pypdf: chapters, groups, outline."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from arenadesk.demo.arena import create_large_arena
from arenadesk.domain.arena_report import ArenaReport
from arenadesk.reports import arena_text as a
from arenadesk.reports import group_text as t
from arenadesk.reports.arena_pdf import build_arena_pdf
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft, create_group, list_groups, update_group
from tests.reports.arena_samples import BOARD_TITLES, fill_demo_reports, fill_every_group


def build(report: ArenaReport, tmp_path: Path) -> pypdf.PdfReader:
    path = tmp_path / "arenarapport.pdf"
    build_arena_pdf(report, path)
    return pypdf.PdfReader(path)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader.pages]


def outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) for every entry, depth first."""
    entries: list[tuple[int, str, int]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined, arg-type]

    walk(reader.outline, 0)
    return entries


def assert_in_order(text: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = text.find(needle, position)
        assert found >= 0, f"{needle!r} missing or out of order"
        position = found + len(needle)


@pytest.fixture
def demo_report(demo_db: Database) -> ArenaReport:
    arena_id = require_arena_id(demo_db)
    fill_demo_reports(demo_db, arena_id)
    return assemble_arena_report(demo_db, arena_id)


def test_chapters_and_groups_in_the_2017_order(demo_report: ArenaReport, tmp_path: Path) -> None:
    pages = page_texts(build(demo_report, tmp_path))
    text = " ".join(pages)
    assert pages[0].startswith("Åpen arena 2027 Arenarapport 9.–10. mars 2027")
    assert_in_order(
        text,
        [
            a.CH_SUMMARY,
            "70 deltakere var med, fordelt på 7 utfordringsgrupper",
            a.H_PERSPECTIVES,
            a.CH_OVERVIEW,
            a.CH_GROUPS,
            "Gruppe 1A: Jobbmotor Nord",
            a.H_PROBLEM,
            a.H_RESULT,
            a.H_NEXT_STEPS,
            a.H_BOARDS,
            *BOARD_TITLES,
            "Gruppe 1B: Jobbmotor Sør",
            "Gruppe 4B-1: Kriminalomsorg – nytt tilbud for unge",
            "Vedlegg 1: Gruppenes standardrapporter",
            "1A Jobbmotor Nord",
            t.H_PARTICIPANTS,
            t.H_CONCRETISATION,
            t.H_COMMENTS,
            "4B-1 Kriminalomsorg",
            "Vedlegg 2: Gruppenes egenevalueringer",
            "1A Jobbmotor Nord",
            t.H_STRENGTH,
            "Stor (4 av 5)",
            "4B-1 Kriminalomsorg",
        ],
    )
    for group in demo_report.groups:  # every code and title, in the overview and after
        assert text.count(f"{group.code} {group.title}") >= 2
        assert f"Gruppe {group.code}: {group.title}" in text


def test_a_sample_group_lists_every_participant(demo_report: ArenaReport, tmp_path: Path) -> None:
    text = " ".join(page_texts(build(demo_report, tmp_path)))
    appendix = text[text.index(a.CH_REPORTS) :]
    group = demo_report.reports[0]
    assert len(group.participants) == 11
    for person in group.participants:
        assert person.name in appendix
    for name in ("Torstein Hågensen", "Åse Kjærstad", "Ørjan Særen", "Áilu Čoarvi"):
        assert name in appendix  # æøå and Sámi letters intact
    assert "Torstein Hågensen og Åse Kjærstad" in text  # the overview's facilitators


def test_outline_has_every_chapter_and_group(demo_report: ArenaReport, tmp_path: Path) -> None:
    reader = build(demo_report, tmp_path)
    entries = outline(reader)
    groups = [f"{g.code} {g.title}" for g in demo_report.groups]
    evaluated = [f"{g.code} {g.title}" for g in a.evaluated_groups(demo_report)]
    assert evaluated  # the demo has groups that evaluated and groups that did not
    expected = [
        (0, a.CH_SUMMARY),
        (0, a.CH_OVERVIEW),
        (0, a.CH_GROUPS),
        *((1, g) for g in groups),
        (0, a.CH_REPORTS),
        *((1, g) for g in groups),
        (0, a.CH_EVALUATIONS),
        *((1, g) for g in evaluated),
    ]
    assert [(level, title) for level, title, _page in entries] == expected
    texts = page_texts(reader)
    for level, title, page in entries:  # each entry opens the page its heading is on
        needle = title if level == 0 else title.split(" ", 1)[1][:30]
        assert needle in texts[page], (title, page)
    pages = [page for _level, _title, page in entries]
    assert pages == sorted(pages) and pages[0] == 1  # the cover has no entry


def test_metadata_and_page_numbers(demo_report: ArenaReport, tmp_path: Path) -> None:
    reader = build(demo_report, tmp_path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Åpen arena 2027 – arenarapport"
    assert meta.author == "Nasjonalt kompetansesenter for arbeid og helse"
    assert meta.subject == "Rapport fra Åpen arena 2027, 9.–10. mars 2027"
    assert reader.trailer["/Root"]["/Lang"] == "nb"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    texts = page_texts(reader)
    total = len(texts)
    assert "side" not in texts[0]  # the cover
    for number, text in enumerate(texts[1:], start=2):
        assert f"side {number} av {total}" in text


def test_what_groups_never_wrote_is_left_out(demo_db: Database, tmp_path: Path) -> None:
    report = assemble_arena_report(demo_db, require_arena_id(demo_db))  # 1C, 4B-1 written
    texts = page_texts(build(report, tmp_path))
    text = " ".join(texts)
    page = next(p for p in texts if "Gruppe 2A:" in p)
    for heading in (a.H_PROBLEM, a.H_RESULT, a.H_NEXT_STEPS):
        assert heading not in page
    assert a.H_PROBLEM in next(p for p in texts if "Gruppe 1C:" in p)
    assert t.EMPTY not in text and t.NOT_RATED not in text
    evaluations = text[text.index(a.CH_EVALUATIONS) :]
    assert "1C " in evaluations and "4B-1 " in evaluations and "2A " not in evaluations
    assert "2 av 7 grupper har fylt ut egenevalueringen" in text


def test_an_arena_without_groups(db: Database, tmp_path: Path) -> None:
    report = assemble_arena_report(db, create_arena(db, "Tom arena"))
    reader = build(report, tmp_path)
    text = " ".join(page_texts(reader))
    assert_in_order(text, [a.CH_SUMMARY, a.CH_OVERVIEW, a.CH_GROUPS, a.CH_REPORTS])
    assert text.count(a.NO_GROUPS) == 4
    assert "Ikke satt" in text  # dates and venue
    assert [title for _level, title, _page in outline(reader)] == list(a.CHAPTERS)


def test_the_large_arena_with_finished_reports_builds(db: Database, tmp_path: Path) -> None:
    arena_id = create_large_arena(db)
    fill_every_group(db, arena_id)
    report = assemble_arena_report(db, arena_id)
    reader = build(report, tmp_path)
    entries = outline(reader)
    assert len(entries) == 5 + 3 * 29
    text = " ".join(page_texts(reader))
    for group in report.groups:
        assert f"Gruppe {group.code}: " in text


def test_hostile_titles_and_texts(demo_db: Database, tmp_path: Path) -> None:
    arena_id = require_arena_id(demo_db)
    group = list_groups(demo_db, arena_id)[0]
    title = "<b>Tøff & «rå»</b> " + "lang tittel " * 22
    update_group(demo_db, group.id, GroupDraft(group.code, title, owner_org="A & B <c>"))
    create_group(demo_db, arena_id, GroupDraft("9Z", "Æ"))
    report = assemble_arena_report(demo_db, arena_id)
    reader = build(report, tmp_path)
    text = " ".join(page_texts(reader))
    assert "<b>Tøff & «rå»</b>" in text and "A & B <c>" in text
    assert outline(reader)[3][1].startswith("1A <b>Tøff & «rå»</b> lang tittel")
