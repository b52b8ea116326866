"""The Open Space proceedings as PDF, read back with pypdf: Vedlegg 1 and Vedlegg 2."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from arenadesk.domain.open_space import number_sort_key
from arenadesk.domain.proceedings import Proceedings
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.reports.proceedings_pdf import build_proceedings_pdf
from arenadesk.reports.saving import save_proceedings
from arenadesk.store import conversations as conv
from arenadesk.store.db.database import Database
from arenadesk.store.db.device import Device
from arenadesk.store.proceedings import assemble_proceedings
from tests.reports.open_space_samples import (
    INPUTS_2020,
    UNPLACED_TITLE,
    build_open_space_arena,
    open_space_copy,
)
from tests.templates import Templates

DEVICE = Device("11111111-1111-4111-8111-111111111111", "test-laptop")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Iterator[Database]:
    """The 50 documented conversations (the sheet tests' sample, built once per session),
    copied for the module (read only here)."""
    target = tmp_path_factory.mktemp("os") / "arena.sqlite"
    db, _sample = open_space_copy(templates, DEVICE, target, conversations=50, people=150)
    yield db
    db.close()


@pytest.fixture(scope="module")
def proceedings(sample_db: Database) -> Proceedings:
    from arenadesk.store.arenas import require_arena_id

    return assemble_proceedings(sample_db, require_arena_id(sample_db))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def read(path: Path) -> tuple[pypdf.PdfReader, list[str]]:
    reader = pypdf.PdfReader(path)
    return reader, [flat(page.extract_text() or "") for page in reader.pages]


def outline(reader: pypdf.PdfReader) -> list[tuple[int, str]]:
    entries: list[tuple[int, str]] = []

    def walk(items: list[object], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                entries.append((level, item.title))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return entries


@pytest.fixture(scope="module")
def built(
    proceedings: Proceedings, tmp_path_factory: pytest.TempPathFactory
) -> tuple[pypdf.PdfReader, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "innspill.pdf"
    build_proceedings_pdf(proceedings, path)
    return read(path)


def test_the_data_reads_like_the_2020_arena(proceedings: Proceedings) -> None:
    assert len(proceedings.inputs) == len(proceedings.reports) == 50
    numbers = [row.number for row in proceedings.inputs]
    assert numbers[:11] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9",
                            "1.10", "1.11"]  # fmt: skip
    assert numbers[-2:] == ["4.16", None]  # the unplaced one last
    assert 100 <= proceedings.participant_count <= 150


def test_vedlegg_1_lists_every_input_in_number_order(
    built: tuple[pypdf.PdfReader, list[str]],
) -> None:
    _reader, pages = built
    text = " ".join(pages)
    start = text.index("Vedlegg 1: Innspill")
    end = text.index("Vedlegg 2: Arbeidsrapporter")
    appendix = text[start:end]
    found = re.findall(r"(?<![\d.])(?<!nr\. )([1-4]\.\d{1,2}) (?=[A-ZÆØÅ«])", appendix)
    expected = [number for number, _title in INPUTS_2020]
    assert found == expected  # 1.2 before 1.10, the 2020 report's gaps kept
    assert found == sorted(found, key=number_sort_key)
    # The økt headings, with day and time, and the unplaced conversation last.
    for heading in (
        "Økt 1 – dag 1 (10:30–12:00)",
        "Økt 2 – dag 1 (13:00–14:30)",
        "Økt 3 – dag 2 (09:30–11:00)",
        "Økt 4 – dag 2 (11:15–12:45)",
    ):
        assert heading in appendix
    assert appendix.index("Ikke plassert på programveggen") > appendix.index("4.16 ")
    assert appendix.rindex(UNPLACED_TITLE) > appendix.index("4.16 ")
    # æøå as written, and the day-2 type lines under their inputs.
    assert "sjukemeldar tidleg i sjukefråversperioden" in appendix
    for number, line in (
        ("4.10", "Fordypning til innspill nr. 1.10"),
        ("3.6", "Iverksettingsforslag til innspill nr. 1.6"),
        ("3.1", "Ny idé eller nytt emne"),
    ):
        after = appendix[appendix.index(f"{number} ") :]
        assert after.index(line) < 200, (number, after[:300])


def test_vedlegg_2_has_each_working_report_with_participants_and_next_steps(
    built: tuple[pypdf.PdfReader, list[str]], proceedings: Proceedings
) -> None:
    _reader, pages = built
    text = " ".join(pages)
    appendix = text[text.index("Vedlegg 2: Arbeidsrapporter") :]
    assert "en mulighet for inspirasjon til videre nettverking" in appendix
    row = next(r for r in proceedings.reports if r.number == "1.10")
    block = appendix[appendix.index("1.10 Kvinner har") : appendix.index("1.11 Bruker av")]
    assert f"Innkaller: {row.convener}" in block
    assert "Økt og rom: Økt 1, dag 1, 10:30–12:00, Rom 10" in block
    assert f"Deltakere ({len(row.participants)})" in block
    assert "Navn Organisasjon" in block
    for person in row.participants:
        assert f"{person.name} {person.organisation}" in block
    for step in row.next_step_lines:
        assert step in block
    assert f"Dokumentert av: {row.documented_by}" in block
    assert "Samtalen: ideer og refleksjoner" in block
    deepening = appendix[appendix.index("4.10 Hvilke mekanismer") :]
    assert deepening.index("Fordypning til innspill nr. 1.10") < 400


def test_outline_running_header_and_page_numbers(
    built: tuple[pypdf.PdfReader, list[str]],
) -> None:
    reader, pages = built
    entries = outline(reader)
    chapters = [title for level, title in entries if level == 0]
    assert chapters == ["Innspill og arbeidsrapporter", "Vedlegg 1: Innspill",
                        "Vedlegg 2: Arbeidsrapporter"]  # fmt: skip
    under = [title for level, title in entries if level == 1]
    assert "Økt 1 – dag 1 (10:30–12:00)" in under
    assert "1.10 Kvinner har høyere sykefravær enn menn. Hva kan gjøres for å forhindre det?" in (
        under
    )
    assert all(f"side {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert any("Vedlegg 2 · 1.10" in page for page in pages)
    assert reader.metadata is not None
    assert reader.metadata.title == "Åpen arena 2020 – innspill og arbeidsrapporter"


def test_knowledge_meetings_beside_groups_are_named_so(db: Database, tmp_path: Path) -> None:
    sample = build_open_space_arena(db, conversations=4, people=12, format=ArenaFormat.BOTH)
    path = tmp_path / "kunnskapsmøter.pdf"
    build_proceedings_pdf(assemble_proceedings(db, sample.arena_id), path)
    reader, pages = read(path)
    text = " ".join(pages)
    chapters = [title for level, title in outline(reader) if level == 0]
    assert chapters == ["Kunnskapsmøter i Open Space", "Vedlegg 1: Innspill fra kunnskapsmøtene",
                        "Vedlegg 2: Rapporter fra kunnskapsmøtene"]  # fmt: skip
    assert "Arbeidsrapporter" not in text.replace("arbeidsrapporter", "")


def test_typed_markup_long_texts_and_crowds_print_as_written(db: Database, tmp_path: Path) -> None:
    sample = build_open_space_arena(db, conversations=3, people=60)
    topic = sample.topics["1.1"]
    conv.save_field(db, topic, "input_title", "<b>Fett</b> & «sitater»")
    conv.save_field(db, topic, "input_text", ("Ærlig ord om arbeid og helse. " * 600).strip())
    for person in sample.people:
        conv.add_participant(db, topic, person)
    path = tmp_path / "lang.pdf"
    pages = build_proceedings_pdf(assemble_proceedings(db, sample.arena_id), path)
    _reader, texts = read(path)
    text = " ".join(texts)
    assert pages == len(texts) >= 8
    assert "1.1 <b>Fett</b> & «sitater»" in text
    assert "Deltakere (60)" in text


def test_saving_is_whole_or_nothing(proceedings: Proceedings, tmp_path: Path) -> None:
    target = tmp_path / "innspill.pdf"
    assert save_proceedings(proceedings, target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["innspill.pdf"]  # no temporary left
    from arenadesk.i18n.messages import UserError

    with pytest.raises(UserError) as error:
        save_proceedings(proceedings, tmp_path / "innspill.odt")
    assert error.value.key == "proceedings.kind"
    blocked = tmp_path / "fil"
    blocked.write_text("")
    with pytest.raises(UserError) as error:
        save_proceedings(proceedings, blocked / "innspill.pdf")  # a file, not a folder
    assert error.value.key == "proceedings.cannot_save"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fil", "innspill.pdf"]
