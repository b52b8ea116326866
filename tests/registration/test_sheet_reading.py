"""Reading registration files as untrusted data: encodings, separators, broken files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from arenadesk.domain.perspective_mapping import map_perspective
from arenadesk.domain.registration import Field, attends, days_named, guess_field, guess_mapping
from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError
from arenadesk.importers import spreadsheet
from arenadesk.importers.spreadsheet import read_sheet
from tests.registration.sheets import HEADERS, registrations, write_csv, write_xlsx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tjenesteyter (Nav)", Perspective.SERVICE_PROVIDER),
        ("Brukerrepresentant", Perspective.USER),
        ("bruker", Perspective.USER),
        ("Forsker ved OsloMet", Perspective.RESEARCHER),
        ("Arbeids- og velferdsdirektoratet", Perspective.AUTHORITY),
        ("Arbeidsgiver / HR", Perspective.EMPLOYER),
        ("Pårørende", Perspective.USER),
        ("Annet", Perspective.OTHER),
        ("myndighet", Perspective.AUTHORITY),
        ("", None),
        ("Vet ikke helt", None),
        ("Bruker og forsker", None),  # two perspectives: not guessed
        ("Navn", None),  # "nav" only as a whole word
    ],
)
def test_free_text_perspectives(text: str, expected: Perspective | None) -> None:
    assert map_perspective(text) is expected


def test_headers_in_bokmal_nynorsk_and_english() -> None:
    assert guess_field("Fornavn") is Field.FIRST_NAME
    assert guess_field("Etternamn") is Field.LAST_NAME
    assert guess_field("Navn") is Field.NAME
    assert guess_field("Full name") is Field.NAME
    assert guess_field("E-post:") is Field.EMAIL
    assert guess_field("Hva er e-postadressen din?") is Field.EMAIL
    assert guess_field("Stilling/Tittel") is Field.TITLE
    assert guess_field("Virksomhet") is Field.ORGANISATION
    assert guess_field("Hvilket perspektiv representerer du?") is Field.PERSPECTIVE
    assert guess_field("Rolle") is Field.PERSPECTIVE
    assert guess_field("Ønsket gruppe") is Field.GROUP
    assert guess_field("Dag 1") is Field.DAY_1
    assert guess_field("Deltar du dag 2?") is Field.DAY_2
    assert guess_field("Kommentar") is Field.COMMENT
    assert guess_field("Tidsstempel") is None
    assert guess_field("Timestamp") is None
    mapping = guess_mapping(HEADERS)
    assert mapping.ignored == ("Tidsstempel", "Jeg samtykker til lagring av opplysningene")


def test_day_cells() -> None:
    assert attends("Ja") is True
    assert attends("x") is True
    assert attends(dt.date(2026, 10, 1)) is True
    assert attends("Nei") is False
    assert attends(None) is False
    assert attends("kanskje") is None
    assert days_named("Dag 1 og 2", 2) == (1, 2)
    assert days_named("begge dagene", 2) == (1, 2)
    assert days_named("Bare dag 2", 2) == (2,)


def test_xlsx_with_dates_and_formulas(tmp_path: Path) -> None:
    path = tmp_path / "skjema.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Påmeldingsskjema Åpen arena 2026"])  # a title above the headers
    sheet.append(list(HEADERS))
    sheet.append(registrations(1)[0])
    sheet.append([dt.datetime(2026, 9, 2), "=A1", "Ødegård", "x@example.no"])
    workbook.save(path)
    read = read_sheet(path)
    assert read.headers == HEADERS
    assert read.row_numbers == (3, 4)
    assert isinstance(read.rows[0][0], dt.datetime)
    # A formula Excel never computed has no value: it is read as empty, never evaluated.
    assert read.rows[1][1] is None


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ";"), ("utf-16", "\t")],
)
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(
        tmp_path / "skjema.csv", registrations(20), encoding=encoding, delimiter=delimiter
    )
    read = read_sheet(path)
    assert read.headers == HEADERS
    assert len(read.rows) == 20
    assert read.rows[2][1] == "Åse"
    assert read.rows[9][1] == "Bjørg"


def _refused(path: Path) -> str:
    with pytest.raises(UserError) as caught:
        read_sheet(path)
    return caught.value.key


def test_broken_files_get_one_message(tmp_path: Path) -> None:
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    assert _refused(empty) == "import.empty"
    blank = tmp_path / "blank.csv"
    blank.write_text("\n;;\n", encoding="utf-8")
    assert _refused(blank) == "import.empty"
    picture = tmp_path / "bilde.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert _refused(picture) == "import.not_spreadsheet"
    binary = tmp_path / "data.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    assert _refused(binary) == "import.not_spreadsheet"
    good = write_xlsx(tmp_path / "god.xlsx", registrations(50))
    truncated = tmp_path / "avkortet.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert _refused(truncated) == "import.broken"
    not_excel = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(not_excel, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert _refused(not_excel) == "import.broken"


def test_password_protected_and_old_excel(tmp_path: Path) -> None:
    # An encrypted workbook is an OLE compound file with an EncryptionInfo stream.
    header = spreadsheet.OLE_MAGIC + b"\x00" * 504
    locked = tmp_path / "låst.xlsx"
    locked.write_bytes(header + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 1000)
    assert _refused(locked) == "import.password"
    old = tmp_path / "gammel.xls"
    old.write_bytes(header + "Workbook".encode("utf-16-le") + b"\x00" * 1000)
    assert _refused(old) == "import.old_excel"


def test_too_many_rows_refused(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    lines = ["Navn;E-post"] + [f"Person {i};p{i}@example.no" for i in range(10_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _refused(path) == "import.too_many_rows"


def test_long_cells_are_cut_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Navn;Kommentar\nKari;" + "x" * 9000 + "\n", encoding="utf-8")
    read = read_sheet(path)
    assert len(str(read.rows[0][1])) == spreadsheet.MAX_CELL_CHARS
    assert read.long_cells == ((2, "Kommentar"),)
