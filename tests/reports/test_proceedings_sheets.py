"""The Open Space inputs as .xlsx and .csv, read back with openpyxl and csv."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from arenadesk.domain.proceedings import Proceedings
from arenadesk.reports.proceedings_sheets import save_proceedings_sheet
from arenadesk.services.exports import export_sheets
from arenadesk.store import conversations as conv
from arenadesk.store.db.database import Database
from arenadesk.store.db.device import Device
from arenadesk.store.proceedings import assemble_proceedings
from tests.reports.open_space_samples import (
    UNPLACED_TITLE,
    OpenSpaceSample,
    open_space_copy,
)
from tests.templates import Templates

HEADER = [
    "Nr.", "Økt", "Dag", "Rom", "Emne", "Innkaller", "Type", "Bygger på", "Innspill (tittel)",
    "Innspill (tekst)", "Neste skritt", "Deltakere (antall)", "Deltakere (navn)",
    "Dokumentert av",
]  # fmt: skip


@pytest.fixture
def sampled(
    templates: Templates, device: Device, tmp_path: Path
) -> Iterator[tuple[Database, OpenSpaceSample]]:
    db, sample = open_space_copy(
        templates, device, tmp_path / "arena.sqlite", conversations=50, people=150
    )
    yield db, sample
    db.close()


@pytest.fixture
def proceedings(sampled: tuple[Database, OpenSpaceSample]) -> Proceedings:
    db, sample = sampled
    conv.save_field(db, sample.topics["1.2"], "input_text", "=SUM(A1:A3) og - minus")
    return assemble_proceedings(db, sample.arena_id)


def test_workbook_has_the_inputs_and_who_took_part(
    proceedings: Proceedings, tmp_path: Path
) -> None:
    path = save_proceedings_sheet(proceedings, tmp_path / "innspill.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Innspill", "Deltakere"]
    inputs = book["Innspill"]
    rows = list(inputs.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert inputs.freeze_panes == "A2" and inputs["A1"].font.bold
    numbers = [row[0] for row in rows[1:]]
    assert numbers[9:11] == ["1.10", "1.11"] and numbers[-1] is None
    assert len(rows) == 51
    by_number = {row[0]: row for row in rows[1:]}
    deepening = by_number["4.10"]
    assert deepening[1:4] == (4, 2, "Rom 10")
    assert deepening[6:8] == ("Fordypning", "1.10")
    assert by_number["3.6"][6:8] == ("Iverksettingsforslag", "1.6")
    first = proceedings.inputs[0]
    assert by_number["1.1"][11] == len(first.participants)
    assert by_number["1.1"][12].split("\n") == [
        f"{p.name} ({p.organisation})" for p in first.participants
    ]
    assert by_number["1.1"][10].split("\n") == first.next_step_lines
    assert by_number["1.2"][9] == "=SUM(A1:A3) og - minus"
    assert inputs["J3"].data_type == "s"  # text, never a formula
    assert rows[-1][4] == UNPLACED_TITLE
    people = list(book["Deltakere"].iter_rows(values_only=True))
    assert people[0] == ("Nr.", "Innspill", "Navn", "Organisasjon")
    assert len(people) - 1 == sum(len(r.participants) for r in proceedings.conversations)
    person = first.participants[0]
    assert people[1] == ("1.1", first.title, person.name, person.organisation)
    assert any(ch in "".join(str(row[2]) for row in people) for ch in "æøåÆØÅ")


def test_csv_opens_in_norwegian_excel(proceedings: Proceedings, tmp_path: Path) -> None:
    path = save_proceedings_sheet(proceedings, tmp_path / "innspill.csv", "en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["No.", "Session", "Day", "Space"]
    assert rows[0][6:8] == ["Type", "Builds on"]
    assert [row[0] for row in rows[1:4]] == ["1.1", "1.2", "1.3"]
    by_number = {row[0]: row for row in rows[1:]}
    assert by_number["4.10"][6:8] == ["Deepening", "1.10"]
    assert by_number["1.2"][9] == "'=SUM(A1:A3) og - minus"
    assert "sjukefråversperioden" in by_number["1.19"][8]
    assert [p.name for p in tmp_path.iterdir() if "innspill" in p.name] == ["innspill.csv"]


def test_export_sheet_gets_an_inputs_table(
    sampled: tuple[Database, OpenSpaceSample], tmp_path: Path
) -> None:
    db, sample = sampled
    written = export_sheets(db, sample.arena_id, tmp_path / "arena.xlsx")
    book = openpyxl.load_workbook(written[0], read_only=True)
    try:
        assert book.sheetnames == ["Neste skritt", "Egenevaluering", "Deltakere", "Innspill"]
        assert next(book["Innspill"].iter_rows(values_only=True)) == tuple(HEADER)
    finally:
        book.close()
    csvs = export_sheets(db, sample.arena_id, tmp_path / "arena.csv")
    assert [p.name for p in csvs][-1] == "arena-inputs.csv"
    one = export_sheets(db, sample.arena_id, tmp_path / "bare.csv", sheet="inputs")
    assert one == [tmp_path / "bare.csv"]


def test_export_sheet_of_an_arena_without_inputs_is_unchanged(
    demo_db: Database, tmp_path: Path
) -> None:
    from arenadesk.i18n.messages import UserError
    from arenadesk.store.arenas import require_arena_id

    arena_id = require_arena_id(demo_db)
    written = export_sheets(demo_db, arena_id, tmp_path / "arena.xlsx")
    assert openpyxl.load_workbook(written[0]).sheetnames == [
        "Neste skritt",
        "Egenevaluering",
        "Deltakere",
    ]
    with pytest.raises(UserError) as error:
        export_sheets(demo_db, arena_id, tmp_path / "x.csv", sheet="inputs")
    assert error.value.key == "proceedings.no_inputs"
    assert not (tmp_path / "x.csv").exists()
