"""What a registration sheet brings (e-mail, wish, comment) is erased and anonymised too."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from arenadesk.domain.registration import guess_mapping
from arenadesk.importers.spreadsheet import read_sheet
from arenadesk.services.people_import import import_people
from arenadesk.store.anonymise import export_anonymised
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.erase import erase_person
from tests.registration.sheets import registrations, write_xlsx


def test_erase_and_anonymise_blank_registration_details(demo_db: Database, tmp_path: Path) -> None:
    sheet = read_sheet(write_xlsx(tmp_path / "p.xlsx", registrations(14)))
    report = import_people(demo_db, require_arena_id(demo_db), sheet, guess_mapping(sheet.headers))
    first = report.changes[0].person_id
    erase_person(demo_db, first, backups_root=tmp_path / "backups")
    assert b"kari.nordmann0@example.no" not in Path(str(demo_db.path)).read_bytes()
    target = export_anonymised(demo_db, tmp_path / "anonym.sqlite")
    data = target.read_bytes()
    assert b"@example.no" not in data and b"Glutenfri" not in data
    with contextlib.closing(sqlite3.connect(target)) as connection:
        rows = connection.execute("SELECT DISTINCT email || group_wish || note FROM person")
        assert rows.fetchall() == [("",)]
