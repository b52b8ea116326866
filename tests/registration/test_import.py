"""Importing a 200-row sign-up sheet: once, again (nothing added), updated, undone."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.demo.arena import create_demo_arena
from arenadesk.domain.registration import guess_mapping
from arenadesk.i18n.messages import UserError
from arenadesk.importers.spreadsheet import read_sheet
from arenadesk.services.people_import import import_people, redo_import, undo_import
from arenadesk.store.db.database import Database
from arenadesk.store.people import list_people
from tests.registration.sheets import HEADERS, registrations, write_csv, write_xlsx


def _import(db: Database, path: Path, **kwargs: bool):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path)
    return import_people(db, _arena(db), sheet, guess_mapping(sheet.headers), **kwargs)


def _arena(db: Database):  # type: ignore[no-untyped-def]
    from arenadesk.store.arenas import require_arena_id

    return require_arena_id(db)


@pytest.fixture
def arena_db(db: Database) -> Database:
    create_demo_arena(db)
    return db


def test_same_sheet_twice_adds_nothing(arena_db: Database, tmp_path: Path) -> None:
    before = len(list_people(arena_db, _arena(arena_db)))
    rows = registrations(200)
    report = _import(arena_db, write_xlsx(tmp_path / "påmelding.xlsx", rows))
    assert report.count("added") == 200
    people = list_people(arena_db, _arena(arena_db))
    assert len(people) == before + 200
    assert {"Åse", "Øystein", "Ærlend"} <= {p.name.split()[0] for p in people}
    assert report.ignored_columns == ("Tidsstempel", "Jeg samtykker til lagring av opplysningene")
    # Unmapped perspectives are listed for review ("", "Vet ikke helt", "Leder").
    assert {text for _, _, text in report.unmapped} == {"", "Vet ikke helt", "Leder"}
    # The same people exported again as CSV (Windows-1252) change nothing.
    again = _import(arena_db, write_csv(tmp_path / "igjen.csv", rows, encoding="cp1252"))
    assert again.count("added") == 0 and again.count("updated") == 0
    assert again.count("skipped") == 200
    assert all(o.reason == "import.row_unchanged" for o in again.outcomes)
    assert not again.written
    assert len(list_people(arena_db, _arena(arena_db))) == before + 200


def test_updated_sheet_updates_and_adds_only_new(arena_db: Database, tmp_path: Path) -> None:
    rows = registrations(200)
    _import(arena_db, write_xlsx(tmp_path / "v1.xlsx", rows))
    count = len(list_people(arena_db, _arena(arena_db)))
    updated = [list(r) for r in rows]
    updated[3][5] = "Helse Vest RHF"  # a new workplace (matched by e-mail)
    updated[4][4] = "Seniorrådgiver"  # a new job title
    updated += [list(r) for r in registrations(205, seed=3)[200:]]  # five late sign-ups
    for extra in updated[200:]:
        extra[3] = f"ny.{extra[3] or 'person'}{len(extra[2])}@example.no"
        extra[2] = extra[2] + " Ny"
    report = _import(arena_db, write_xlsx(tmp_path / "v2.xlsx", updated))
    assert report.count("added") == 5
    assert report.count("updated") == 2
    assert {o.row for o in report.outcomes if o.action == "updated"} == {5, 6}
    assert len(list_people(arena_db, _arena(arena_db))) == count + 5
    # One undoable change: undo takes all of it back, redo brings the same rows back.
    undo_import(arena_db, report)
    people = list_people(arena_db, _arena(arena_db))
    assert len(people) == count
    assert "Helse Vest RHF" not in {p.organisation for p in people}
    redo_import(arena_db, report)
    people = list_people(arena_db, _arena(arena_db))
    assert len(people) == count + 5
    assert "Helse Vest RHF" in {p.organisation for p in people}


def test_rows_without_email_match_by_name_and_organisation(
    arena_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "enkel.csv"
    path.write_text(
        "Navn;Arbeidssted;Perspektiv\nKari Nordmann;NAV Oslo;Tjenesteyter (Nav)\n"
        "Ola Hansen;Fretex;Arbeidsgiver\n",
        encoding="utf-8",
    )
    assert _import(arena_db, path).count("added") == 2
    path.write_text(
        "Navn;Arbeidssted;Perspektiv;E-post\n"
        "kari  nordmann;NAV Oslo;;kari@nav.no\nOla Hansen;Fretex;Arbeidsgiver;\n",
        encoding="utf-8",
    )
    report = _import(arena_db, path)
    assert [o.action for o in report.outcomes] == ["updated", "skipped"]
    assert "email" in report.outcomes[0].text("en")


def test_bad_rows_get_a_reason_and_a_refused_file_writes_nothing(
    arena_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "rot.csv"
    long_name = "Kari " + "Nordmann" * 40
    path.write_text(
        "Fornavn;Etternavn;E-post\n;;\n"  # an empty row is no row
        f"{long_name};X;a@b.no\n;;c@d.no\nKari;Nordmann;ikke-en-adresse\n"
        "Per;Hansen;per@example.no\nPer;Hansen;per@example.no\n",
        encoding="utf-8",
    )
    report = _import(arena_db, path)
    reasons = {o.row: o.reason for o in report.outcomes}
    assert reasons == {
        3: "import.row_too_long",
        4: "import.row_no_name",
        5: "import.row_added",
        6: "import.row_repeated",
        7: "import.row_added",
    }
    bad_email = next(o for o in report.outcomes if o.row == 5)
    assert "ikke-en-adresse" in bad_email.text("nb")
    no_names = tmp_path / "uten-navn.csv"
    no_names.write_text("Tidsstempel;E-post\n01.09.2026;a@b.no\n", encoding="utf-8")
    file = Path(arena_db.location)
    before = hashlib.sha256(file.read_bytes()).hexdigest()
    with pytest.raises(UserError) as caught:
        _import(arena_db, no_names)
    assert caught.value.key == "import.no_name_column"
    assert hashlib.sha256(file.read_bytes()).hexdigest() == before


def test_dry_run_writes_nothing(arena_db: Database, tmp_path: Path) -> None:
    before = len(list_people(arena_db, _arena(arena_db)))
    report = _import(arena_db, write_xlsx(tmp_path / "p.xlsx", registrations(30)), dry_run=True)
    assert report.count("added") == 30 and not report.written
    assert len(list_people(arena_db, _arena(arena_db))) == before


def test_cli_import_prints_rows_and_reasons(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_xlsx(tmp_path / "påmelding.xlsx", registrations(150))
    assert (
        main(["people", "import", str(sheet), "--db", str(demo_path), "--dry-run", "--lang", "en"])
        == 0
    )
    out = capsys.readouterr().out
    assert "150 added, 0 updated, 0 skipped." in out and "Dry run" in out
    assert "Columns not used: Tidsstempel" in out
    assert main(["people", "import", str(sheet), "--db", str(demo_path)]) == 0
    assert "150 lagt til" in capsys.readouterr().out
    assert main(["people", "import", str(sheet), "--db", str(demo_path)]) == 0
    assert "0 lagt til, 0 endret, 150 hoppet over." in capsys.readouterr().out
    truncated = tmp_path / "avkortet.xlsx"
    truncated.write_bytes(sheet.read_bytes()[:3000])
    digest = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["people", "import", str(truncated), "--db", str(demo_path)]) == 1
    assert "skadet" in capsys.readouterr().err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == digest


def test_headers_listed_in_the_sheet_module_are_all_known() -> None:
    mapping = guess_mapping(HEADERS)
    assert mapping.has_name
    assert sum(1 for f in mapping.fields if f) == len(HEADERS) - 2
