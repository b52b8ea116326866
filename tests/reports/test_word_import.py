"""Group reports written in Word come into the arena: the seven 2015 reports of the seeds
as their groups wrote them, ArenaDesk's own export back to the same report, and files that
are no Word report at all refused with one sentence and nothing written."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from arenadesk.domain.richtext import parse
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import UserError
from arenadesk.importers.docx_blocks import read_docx
from arenadesk.importers.docx_report import match_label, read_report
from arenadesk.importers.report_people import parse_line
from arenadesk.reports.saving import save_group_report
from arenadesk.services.report_import import apply_import, plan_import
from arenadesk.store import report_template
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code, list_groups
from arenadesk.store.reports import assemble_group_report
from tests.reports.seed_reports import CODES, seed_reports, write_all


def _import(db: Database, arena: uuid.UUID, path: Path, **options: object) -> list[str]:
    extras = {s.heading: s.key for s in report_template.get_template(db, arena).extras()}
    report = read_report(read_docx(path), extras)
    plan = plan_import(db, arena, report, path=path, **options)  # type: ignore[arg-type]
    apply_import(db, arena, plan)
    return plan.lines("nb")


@pytest.fixture
def arena(db: Database) -> uuid.UUID:
    return create_arena(db, "Åpen arena 2015")


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_all(tmp_path_factory.mktemp("seeds"))


def test_the_seven_reports_come_in_with_their_codes_as_written(
    db: Database, arena: uuid.UUID, seed_files: dict[str, Path]
) -> None:
    for code in CODES:
        lines = _import(db, arena, seed_files[code])
        assert lines[0].startswith(f"Ny gruppe {code} ")
    assert [g.code for g in list_groups(db, arena)] == list(CODES)
    two_b = find_group_by_code(db, arena, "2b-1 og 2")
    assert two_b is not None and two_b.code == "2B – 1 og 2"
    assert two_b.title.startswith("Brukeren som likeverdig part")
    # Participants as written: names, roles, nothing invented (no days, no perspective).
    names = [m.name for m in two_b.members]
    assert names[0] == "Tove Linnea Brandvik"
    assert {m.role for m in two_b.members if m.name == "Tove Linnea Brandvik"} == {Role.FACILITATOR}
    assert "Karine Hammerstad Aas" in names and len(names) == 6
    assert all(m.days == () and m.perspective.value == "ukjent" for m in two_b.members)
    one_c = find_group_by_code(db, arena, "1c")
    assert one_c is not None
    days = {m.name: (m.days, m.title, m.organisation) for m in one_c.members}
    assert days["Bernadette Kumar"] == ((1,), "Direktør", days["Bernadette Kumar"][2])
    assert days["Ela Czakpa"][0] == (2,)
    assert days["May Cecilie Lossius"] == ((), "Seniorrådgiver", "Helsedirektoratet")
    one_e_1 = find_group_by_code(db, arena, "1E-1")
    assert one_e_1 is not None
    assert one_e_1.members[0].name == "Toril Dale"
    assert one_e_1.members[0].role is Role.FACILITATOR


def test_sections_lists_and_labels_go_where_they_belong(
    db: Database, arena: uuid.UUID, seed_files: dict[str, Path]
) -> None:
    lines = _import(db, arena, seed_files["1D"])
    assert "«Beskriv problemet» → Beskriv problemet" in lines
    assert any(line.startswith("«Neste kontaktpunkt» → Neste møte") for line in lines)
    group = find_group_by_code(db, arena, "1D")
    assert group is not None
    report = assemble_group_report(db, group.id)
    assert "- forske på det som fungerer" in report.result
    assert report.next_meeting.startswith("Mandag 2. mars kl 09.00-12.00")
    assert report.next_meeting_caller == "Ingjebjørg med bidrag fra Sissel"
    assert report.web_use == "Ikke relevant. Vil ha egne fysiske møter."
    assert report.comments.startswith("Til formålet med åpen arena")
    assert report.action_items and report.action_items[0].who == ""
    # "Elev ved Arbeidsinstituttet" names no one: kept as written, not made a person.
    assert "Elev ved Arbeidsinstituttet" in report.extras.values().__iter__().__next__()
    one_e_2 = _import(db, arena, seed_files["1E - 2"])
    assert any("Konkretisering" in line for line in one_e_2)


def _words(text: str) -> str:
    return " ".join(text.split())


def _printed_items(doc_path: Path) -> list[str]:
    """Every paragraph of the group's own document, as text (code and title included)."""
    return [_words(p.text) for p in Document(str(doc_path)).paragraphs if p.text.strip()]


@pytest.mark.parametrize("code", CODES)
def test_every_line_of_the_original_is_on_its_own_line_in_pdf_and_word(
    db: Database, arena: uuid.UUID, seed_files: dict[str, Path], tmp_path: Path, code: str
) -> None:
    _import(db, arena, seed_files[code])
    group = find_group_by_code(db, arena, code)
    assert group is not None
    report = assemble_group_report(db, group.id)
    pdf, docx_path = tmp_path / "r.pdf", tmp_path / "r.docx"
    save_group_report(report, pdf)
    save_group_report(report, docx_path)
    word_lines = [_words(p.text) for p in Document(str(docx_path)).paragraphs]
    word_cells = [
        _words(cell.text)
        for table in Document(str(docx_path)).tables
        for row in table.rows
        for cell in row.cells
    ]
    pdf_lines = [
        _words(line)
        for page in PdfReader(str(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    # Sections the group never had are left out, not marked as missing.
    for marker in ("Ikke fylt ut.", "Ikke vurdert"):
        assert not any(marker in line for line in word_lines + word_cells + pdf_lines), marker
    people = {m.name for m in group.members}
    for item in _printed_items(seed_files[code]):
        if item == code or match_label(item.split(":", 1)[0]):
            continue  # the code, and labels: printed as the template's headings
        person = parse_line(item)
        if person is not None and person.name in people:
            assert any(cell.startswith(person.name) for cell in word_cells)
            continue  # a participant: in the participants table
        if item in _words(group.description) or item == group.title:
            continue  # the challenge under the title: the group's own fields
        bare = re.sub(r"^(\d+[.)]|[-•o])\s+", "", item)
        head = bare[:28]
        assert any(head in line for line in word_lines + word_cells), (code, item)
        starts = [
            line
            for line in pdf_lines
            if re.sub(r"^(\d+[.)]|[-•–o])\s*", "", line)[:20] == bare[:20]
        ]
        assert starts or any(head[:20] in line for line in pdf_lines), (code, item)


def test_own_word_export_imports_back_to_the_identical_report(
    demo_db: Database, tmp_path: Path, device: object
) -> None:
    from arenadesk.store.arenas import require_arena_id

    arena = require_arena_id(demo_db)
    group = find_group_by_code(demo_db, arena, "1C")
    assert group is not None
    before = assemble_group_report(demo_db, group.id, boards=False)
    path = tmp_path / "1C.docx"
    save_group_report(before, path)
    target = tmp_path / "other.sqlite"
    from arenadesk.store.db.database import open_database

    other = open_database(target, device)  # type: ignore[arg-type]
    try:
        other_arena = create_arena(other, "Åpen arena 2027")
        lines = _import(other, other_arena, path)
        assert lines[0] == f"Ny gruppe 1C «{before.title}»."
        imported = find_group_by_code(other, other_arena, "1C")
        assert imported is not None
        after = assemble_group_report(other, imported.id, boards=False)
    finally:
        other.close()
    assert (after.code, after.title) == (before.code, before.title)
    # The same text as printed: the same paragraphs, lines, lists and sub-headings (a blank
    # line more or less between a paragraph and its list is the same Markdown).
    for name in ("problem", "result", "concretisation", "web_use", "comments"):
        assert parse(getattr(after, name)) == parse(getattr(before, name)), name
    assert after.action_items == before.action_items
    assert (after.next_meeting, after.next_meeting_caller) == (
        before.next_meeting,
        before.next_meeting_caller,
    )
    for name in ("results", "reasons_text", "tips"):
        assert parse(getattr(after.self_evaluation, name)) == parse(
            getattr(before.self_evaluation, name)
        ), name
    assert after.self_evaluation.strength == before.self_evaluation.strength
    assert after.self_evaluation.reasons == before.self_evaluation.reasons
    assert [
        (p.name, p.title, p.organisation, p.role, p.days, p.attendance_note)
        for p in after.participants
    ] == [
        (p.name, p.title, p.organisation, p.role, p.days, p.attendance_note)
        for p in before.participants
    ]


def test_an_existing_groups_filled_sections_are_kept_unless_replaced(
    demo_db: Database, tmp_path: Path
) -> None:
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.reports import get_texts, save_text

    arena = require_arena_id(demo_db)
    source = find_group_by_code(demo_db, arena, "1C")
    target = find_group_by_code(demo_db, arena, "1B")
    assert source is not None and target is not None
    path = tmp_path / "1C.docx"
    save_group_report(assemble_group_report(demo_db, source.id, boards=False), path)
    save_text(demo_db, target.id, "problem", "Vårt eget problem.")
    lines = _import(demo_db, arena, path, group_code="1b")
    assert any("ikke importert: Beskriv problemet er allerede fylt ut" in line for line in lines)
    assert get_texts(demo_db, target.id).problem == "Vårt eget problem."
    assert parse(get_texts(demo_db, target.id).result) == parse(
        get_texts(demo_db, source.id).result
    )
    _import(demo_db, arena, path, group_code="1B", replace=True)
    assert parse(get_texts(demo_db, target.id).problem) == parse(
        get_texts(demo_db, source.id).problem
    )


def _zip(entries: dict[str, bytes], level: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", level) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "docx.not_word"),
        (b"Beskriv problemet: ikke Word", "docx.not_word"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "docx.password_or_doc"),
        (b"PK\x03\x04 broken zip", "docx.broken"),
        (_zip({"hello.txt": b"hi"}), "docx.not_word"),
        (_zip({"word/document.xml": b"<not xml"}), "docx.broken"),
        (_zip({"word/document.xml": b"\0" * (5 * 1024 * 1024)}), "docx.too_big"),  # ratio 1000:1
        (_zip({f"x/{n}.xml": b"" for n in range(2_100)}), "docx.too_big"),
    ],
)
def test_a_file_that_is_no_word_report_gets_one_sentence_and_nothing_is_written(
    db: Database, arena: uuid.UUID, tmp_path: Path, content: bytes, key: str
) -> None:
    path = tmp_path / "rapport.docx"
    path.write_bytes(content)
    with pytest.raises(UserError) as refused:
        read_docx(path)
    assert refused.value.key == key
    assert "\n" not in refused.value.text("nb") and "Ingenting er importert" in refused.value.text(
        "nb"
    )
    assert list_groups(db, arena) == []


def test_a_document_without_a_code_needs_a_group(
    db: Database, arena: uuid.UUID, tmp_path: Path
) -> None:
    doc = Document()
    doc.add_paragraph("Beskriv problemet: for lite tid.")
    path = tmp_path / "uten-kode.docx"
    doc.save(str(path))
    with pytest.raises(UserError) as refused:
        _import(db, arena, path)
    assert refused.value.key == "docx.no_code"
    assert list_groups(db, arena) == []


def test_seed_reports_are_cut_at_every_code() -> None:
    reports = seed_reports()
    assert list(reports) == list(CODES)
    assert all(len(lines) > 20 for lines in reports.values())


def test_participant_lines_as_groups_wrote_them() -> None:
    from arenadesk.importers.report_people import ImportedPerson

    cases = {
        "Mats Bediksen. Vernepleier. Gruppemedlem": ImportedPerson("Mats Bediksen", "Vernepleier"),
        "Janne Ursin, Arbeids- og velferdsdirektoratet": ImportedPerson(
            "Janne Ursin", "", "Arbeids- og velferdsdirektoratet"
        ),
        "Tore Lignell, Sykehuset Vestfold, Kysthodpitalet": ImportedPerson(
            "Tore Lignell", "", "Sykehuset Vestfold, Kysthodpitalet"
        ),
        "Sissel Kleven, Prosjektleder/rådgiver, Utviklingsavdelingen": ImportedPerson(
            "Sissel Kleven", "Prosjektleder/rådgiver", "Utviklingsavdelingen"
        ),
        "Karine Hammerstad Aas Veileder. NAV Svelvik Gruppemedlem": ImportedPerson(
            "Karine Hammerstad Aas", "Veileder", "NAV Svelvik"
        ),
        "Håvard Jakobsen Ofte, Forskningsformidler, NK ARR (fasilitator)": ImportedPerson(
            "Håvard Jakobsen Ofte", "Forskningsformidler", "NK ARR", Role.FACILITATOR
        ),
    }
    for line, person in cases.items():
        assert parse_line(line) == person, line
    for line in ("Elev ved Arbeidsinstituttet", "Dag 1", "Direktør Nasjonal kompetanseenhet"):
        assert parse_line(line) is None, line
