"""The standard report as DOCX, read back with python-docx: headings, tables, properties."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table

from arenadesk.domain.report import STRENGTH_REASONS, ActionItem, GroupReport
from arenadesk.reports import group_text as t
from arenadesk.reports.group_docx import build_group_docx
from tests.reports.samples import LONG_WORD, long_report, realistic_report


def build(report: GroupReport, tmp_path: Path) -> Document:
    path = tmp_path / "rapport.docx"
    build_group_docx(report, path)
    return docx.Document(str(path))


def headings(doc: Document) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style is not None and p.style.name in ("Title", "Heading 1", "Heading 2")
    ]


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def repeats_header(table: Table) -> bool:
    tr_pr = table.rows[0]._tr.trPr
    flag = None if tr_pr is None else tr_pr.find(qn("w:tblHeader"))
    return flag is not None and flag.get(qn("w:val")) in ("true", "1", None)


def all_text(doc: Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += ["\t".join(r) for r in rows(table)]
    return "\n".join(parts)


def test_headings_in_order_with_heading_styles(tmp_path: Path) -> None:
    report = realistic_report()
    report.web_use = "Et felles dokumentområde."
    doc = build(report, tmp_path)
    assert headings(doc) == [
        ("Title", "1C Helhetlig oppfølging av innvandrere og flyktninger med helseutfordringer"),
        ("Heading 1", t.H_PARTICIPANTS),
        ("Heading 1", t.H_PROBLEM),
        ("Heading 1", t.H_RESULT),
        ("Heading 1", t.H_CONCRETISATION),
        ("Heading 1", t.H_NEXT_STEPS),
        ("Heading 1", t.H_WEB_USE),
        ("Heading 1", t.H_COMMENTS),
        ("Heading 1", t.H_BOARDS),
        ("Heading 2", "Toppen av fjellet – felles mål for to dager"),
        ("Heading 2", "Gap-analyse: norskopplæring i arbeidslivet"),
        ("Heading 1", t.H_SELF_EVALUATION),
        ("Heading 2", t.H_RESULTS_ACHIEVED),
        ("Heading 2", t.H_STRENGTH),
        ("Heading 2", t.H_TIPS),
    ]
    bullets = [p.text for p in doc.paragraphs if p.style and p.style.name == "List Bullet"]
    assert "sammensatte utfordringer krever sammensatte løsninger" in bullets
    assert "Samhandling" in bullets


def test_participant_and_next_step_tables_repeat_their_header(tmp_path: Path) -> None:
    report = realistic_report()
    doc = build(report, tmp_path)
    people, steps, *boards = doc.tables
    assert rows(people)[0] == list(t.PARTICIPANT_COLUMNS)
    # In the group list's order (the store's: facilitators, owner, then entry order).
    assert rows(people)[2] == [
        "Biret Ánne Ŋuolja (eier)",
        "Prosjektleder",
        "NAV Sápmi",
        "Dag 1 og 2",
    ]
    assert rows(people)[1][0] == "Áilu Čoarvi (fasilitator)"
    assert ["Máret Šiŋŋá Žáŧŧe", "Ráđđeaddi", "Sámi allaskuvla", "Dag 2"] in rows(people)
    assert len(people.rows) == len(report.participants) + 1
    assert rows(steps) == [
        list(t.ACTION_COLUMNS),
        *([item.what, item.who, item.when] for item in report.action_items),
    ]
    assert all(repeats_header(table) for table in doc.tables)
    text = all_text(doc)
    assert "Neste møte: 22. april 2027 kl. 10–12, NAV Sápmi, Karasjok" in text
    assert "Innkalles av: Biret Ánne Ŋuolja" in text


def test_boards_as_zone_tables_with_a_pointer_to_the_picture(tmp_path: Path) -> None:
    report = realistic_report()
    doc = build(report, tmp_path)
    zone_tables = doc.tables[2:]
    assert len(zone_tables) == len(report.boards)
    for table, board in zip(zone_tables, report.boards, strict=True):
        table_rows = rows(table)
        assert table_rows[0] == list(t.ZONE_COLUMNS)
        assert [r[0] for r in table_rows[1:]] == [z.name.nb for z in board.template.zones]
        cell_text = "\n".join(r[1] for r in table_rows)
        for note in board.notes:
            assert note.text in cell_text  # type: ignore[attr-defined]
    texts = [p.text for p in doc.paragraphs]
    assert texts.count(t.NO_PICTURE) == len(report.boards)


def test_empty_sections_are_left_out(tmp_path: Path) -> None:
    report = GroupReport("Arena", "1. mars", "2B", "Ny gruppe")
    doc = build(report, tmp_path)
    names = [text for _, text in headings(doc)]
    assert names == ["2B Ny gruppe"]  # the title, and no section the group never had
    assert t.EMPTY not in all_text(doc) and t.NOT_RATED not in all_text(doc)
    assert t.UNTICKED not in all_text(doc)
    assert not doc.tables

    sparse = realistic_report()
    board = sparse.boards[0]
    only = tuple(n for n in board.notes if n.zone_key == "malet")  # type: ignore[attr-defined]
    sparse.boards = [type(board)(board.title, board.template, only)]
    zone_rows = rows(build(sparse, tmp_path).tables[2])[1:]
    assert [r[1] for r in zone_rows if r[0] != "Målet"] == [t.NO_VALUE] * 4


def test_self_evaluation_and_ticks(tmp_path: Path) -> None:
    text = all_text(build(realistic_report(), tmp_path))
    assert "Gruppas vurdering: Stor (4 av 5)" in text
    for key, reason in STRENGTH_REASONS.items():
        ticked = key in {"right_people", "realistic_plans", "ownership"}
        assert f"{t.TICKED if ticked else t.UNTICKED} {reason}" in text


def test_core_properties_header_and_page_fields(tmp_path: Path) -> None:
    doc = build(realistic_report(), tmp_path)
    props = doc.core_properties
    assert props.title.endswith(" – standardrapport") and props.title.startswith("1C ")
    assert props.author == "Nasjonalt kompetansesenter for arbeidsrettet rehabilitering"
    assert props.subject == "Standardrapport fra Åpen arena for arbeid og helse 2027"
    assert props.language == "nb-NO"
    section = doc.sections[0]
    width, height = section.page_width, section.page_height
    assert width is not None and round(width.mm) == 210
    assert height is not None and round(height.mm) == 297
    assert "Åpen arena for arbeid og helse 2027" in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer and "PAGE" in footer and "side " in footer


def test_the_optional_section_present_only_when_filled_and_stream_target() -> None:
    report = realistic_report()
    stream = io.BytesIO()
    build_group_docx(report, stream)
    doc = docx.Document(io.BytesIO(stream.getvalue()))
    assert t.H_WEB_USE not in [text for _, text in headings(doc)]
    report.organiser = ""
    stream = io.BytesIO()
    build_group_docx(report, stream)
    assert docx.Document(io.BytesIO(stream.getvalue())).core_properties.author == "ArenaDesk"


def test_markup_and_control_characters(tmp_path: Path) -> None:
    nasty = 'A <b>fet</b> & "sitat" </w:t>'
    report = realistic_report()
    report.title = nasty
    report.problem = f"{nasty}\x00\x07\n\n- {nasty}\x1b"
    report.action_items = [ActionItem(nasty, "Per & Pål", "<når>")]
    text = all_text(build(report, tmp_path))
    assert text.count(nasty) >= 4
    assert "\x00" not in text and "\x1b" not in text


def test_a_very_long_report(tmp_path: Path) -> None:
    report = long_report()
    doc = build(report, tmp_path)
    people, steps, *zone_tables = doc.tables
    assert len(people.rows) == 41 and len(steps.rows) == len(report.action_items) + 1
    assert len(zone_tables) == len(report.boards)
    text = all_text(doc)
    assert LONG_WORD in text and "Avsnitt 30:" in text
