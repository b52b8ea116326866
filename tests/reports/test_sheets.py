"""Spreadsheets of next steps, self-evaluations and participants, read back with
openpyxl and the csv module."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.services.exports import export_sheets
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from tests.reports.arena_samples import ACTION_ITEMS, fill_demo_reports


@pytest.fixture
def arena(demo_db: Database) -> Database:
    fill_demo_reports(demo_db, require_arena_id(demo_db))
    return demo_db


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_workbook_has_three_sheets_with_frozen_bold_filtered_headers(
    arena: Database, tmp_path: Path
) -> None:
    path = tmp_path / "arena.xlsx"
    assert export_sheets(arena, require_arena_id(arena), path, "nb") == [path]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Neste skritt", "Egenevaluering", "Deltakere"]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert sheet.column_dimensions["B"].width == 34
    actions = [[c.value for c in row] for row in book["Neste skritt"].iter_rows()]
    assert actions[0] == ["Kode", "Gruppe", "Nr.", "Hva", "Hvem har ansvar", "Når"]
    assert actions[1] == [
        "1A",
        "Jobbmotor Nord",
        1,
        *[ACTION_ITEMS[0].what, "Åse Kjærstad", "april 2027"],
    ]
    # The samples' three steps for 1A–1C after the demo's own (1C: 4, 4B-1: 3).
    codes = [row[0] for row in actions[1:]]
    assert codes == ["1A"] * 3 + ["1B"] * 3 + ["1C"] * (4 + 3) + ["4B-1"] * 3
    evaluations = book["Egenevaluering"]
    assert evaluations.max_row == 1 + 7  # every group, evaluated or not
    assert [evaluations.cell(2, column).value for column in (1, 4, 5)] == ["1A", 4, "Stor"]
    tips = evaluations.cell(2, 8)
    assert tips.value.startswith("=Mer tid") and tips.data_type == "s"  # text, not a formula
    people = [[c.value for c in row] for row in book["Deltakere"].iter_rows(min_row=2)]
    assert len(people) == sum(1 for _ in people) == 70
    # The group's list order: facilitators, the owner, then entry order.
    assert [row[2] for row in people[:3]] == ["Torstein Hågensen", "Åse Kjærstad", "Hilde Brattli"]
    assert people[1][:2] == ["1A", "Jobbmotor Nord"]


def test_csv_without_sheet_writes_three_files_beside_the_name(
    arena: Database, tmp_path: Path
) -> None:
    path = tmp_path / "eksport.csv"
    written = export_sheets(arena, require_arena_id(arena), path, "nb")
    assert written == [
        tmp_path / f"eksport-{key}.csv" for key in ("actions", "evaluations", "participants")
    ]
    assert not path.exists()
    actions = read_csv(written[0])
    assert actions[0] == ["Kode", "Gruppe", "Nr.", "Hva", "Hvem har ansvar", "Når"]
    assert actions[3][3] == "• Skrive søknad om midler til pilot"  # a bullet, not a formula
    evaluations = read_csv(written[1])
    assert (
        evaluations[1][2]
        == "• Konkrete forslag til tiltak for samhandling\n• Nytt nettverk på tvers"
    )
    assert evaluations[1][7].startswith("'=Mer tid")
    people = read_csv(written[2])
    # The group's list order: facilitators, the owner, then entry order.
    assert len(people) == 71 and people[1][:3] == ["1A", "Jobbmotor Nord", "Torstein Hågensen"]
    assert people[3][2] == "Hilde Brattli"
    assert written[2].read_bytes().count(b"\r\n") >= 71
    assert oct(os.stat(written[0]).st_mode & 0o777) != oct(0o600)  # not a private temp file


def test_csv_one_sheet_in_english(arena: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    assert export_sheets(arena, require_arena_id(arena), path, "en", sheet="participants") == [path]
    rows = read_csv(path)
    assert rows[0][:3] == ["Code", "Group", "Name"]
    assert {row[6] for row in rows[1:]} >= {"owner", "facilitator", "participant"}


def test_bad_names_write_nothing(arena: Database, tmp_path: Path) -> None:
    arena_id = require_arena_id(arena)
    with pytest.raises(UserError) as bad:
        export_sheets(arena, arena_id, tmp_path / "a.ods", "nb")
    assert bad.value.key == "sheets.kind"
    with pytest.raises(UserError) as wrong:
        export_sheets(arena, arena_id, tmp_path / "a.xlsx", "nb", sheet="actions")
    assert wrong.value.key == "sheets.sheet_needs_csv"
    out = tmp_path / "out"
    (out / "x-participants.csv").mkdir(parents=True)  # the last of the three names is a folder
    with pytest.raises(UserError) as blocked:
        export_sheets(arena, arena_id, out / "x.csv", "nb")
    assert blocked.value.key == "sheets.cannot_save"
    assert [p.name for p in out.iterdir()] == ["x-participants.csv"]  # no file, no temp file
    assert not list((out / "x-participants.csv").iterdir())


def test_an_arena_without_groups(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    export_sheets(db, create_arena(db, "Tom arena"), path, "nb")
    book = openpyxl.load_workbook(path)
    assert [sheet.max_row for sheet in book] == [1, 1, 1]


def test_days_not_given_and_partial_attendance_in_the_participants_sheet(
    arena: Database, tmp_path: Path
) -> None:
    from arenadesk.store.groups import find_group_by_code, update_member

    group = find_group_by_code(arena, require_arena_id(arena), "1A")
    assert group is not None
    first, second = group.members[0], group.members[1]
    update_member(arena, first.membership_id, first.role, [])
    update_member(arena, second.membership_id, second.role, [2], "siste halvdel dag 2")
    path = tmp_path / "deltakere.csv"
    export_sheets(arena, require_arena_id(arena), path, "nb", sheet="participants")
    rows = {row[2]: row[-1] for row in read_csv(path)[1:]}
    assert rows[first.name] == "ikke oppgitt"
    assert rows[second.name] == "2; siste halvdel dag 2"
