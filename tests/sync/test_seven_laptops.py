"""The arena as it happens: seven facilitators' laptops, one package each, into the master.

Every laptop starts from the organiser's setup file and writes its own group's report and
notes. Laptop 3 renames a participant the organiser has renamed too (a conflict); laptop
7's package is cut short on the way (a rejection). Nothing that the six good packages hold
may be lost.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from arenadesk.domain.report import ActionItem
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board, list_boards
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.groups import find_group_by_code, list_groups
from arenadesk.store.models.reports import GroupReportText
from arenadesk.store.notes import NoteDraft, add_note, list_notes
from arenadesk.store.people import PersonDraft, list_people, update_person
from arenadesk.store.reports import add_action_item, get_texts, list_action_items, save_text
from arenadesk.sync.export import export_package
from arenadesk.sync.log import list_merge_log
from arenadesk.sync.merge import ALREADY, MERGE, REJECTED, merge_packages, preview_merge

from .conftest import laptop_device, started_working_files, synced_rows

CODES = ("1A", "1B", "1C", "2A", "3A", "4A", "4B-1")


def _group(db: Database, code: str):  # type: ignore[no-untyped-def]
    group = find_group_by_code(db, require_arena_id(db), code)
    assert group is not None
    return group


def test_seven_laptops_one_rejection_one_conflict_nothing_lost(
    master: Database, setup_file: Path, tmp_path: Path
) -> None:
    packages: list[Path] = []
    places = [(tmp_path / f"laptop-{n}", laptop_device(n)) for n in range(1, len(CODES) + 1)]
    files = started_working_files(setup_file, places)
    for number, (code, path) in enumerate(zip(CODES, files, strict=True), start=1):
        laptop = open_database(path, laptop_device(number))
        try:
            group = _group(laptop, code)
            save_text(laptop, group.id, "problem", f"Problemet slik gruppe {code} så det – æøå.")
            add_action_item(laptop, group.id, ActionItem(f"Neste skritt for {code}", "Eier", "mai"))
            board = create_board(laptop, group.id, "toppen-av-fjellet", f"Toppen {code}")
            add_note(laptop, board, NoteDraft("goal", f"Målet til {code}", 10, 10, 160, 90))
            if number == 3:
                person = next(p for p in list_people(laptop, require_arena_id(laptop)))
                update_person(laptop, person.id, PersonDraft("Navn fra laptop 3"))
                conflicting = person.id
            packages.append(export_package(laptop, tmp_path / "usb"))
        finally:
            laptop.close()
    # The organiser renames the same participant afterwards: the newer edit wins.
    update_person(master, conflicting, PersonDraft("Navn fra arrangøren"))
    whole = packages[6].read_bytes()
    packages[6].write_bytes(whole[: len(whole) // 2])  # damaged on the USB stick

    preview = preview_merge(master, packages)
    before = synced_rows(master)
    assert synced_rows(master) == before  # a preview writes nothing
    assert [o.status for o in preview.outcomes] == [MERGE] * 6 + [REJECTED]

    result = merge_packages(master, packages)

    statuses = [o.status for o in result.outcomes]
    assert statuses == [MERGE] * 6 + [REJECTED]
    rejected = result.outcomes[6]
    assert rejected.error is not None  # one clear rejection, naming the file
    assert packages[6].name in rejected.error.text("nb")
    assert result.total("conflicts") == 1
    conflicts = list_merge_log(master, conflicts_only=True)
    assert [(c.table_name, c.data["name"]) for c in conflicts] == [("person", "Navn fra laptop 3")]

    arena = require_arena_id(master)
    assert len(list_groups(master, arena)) == 7
    assert "Navn fra arrangøren" in {p.name for p in list_people(master, arena)}
    for code in CODES[:6]:  # everything the six good packages held
        group = _group(master, code)
        assert get_texts(master, group.id).problem == f"Problemet slik gruppe {code} så det – æøå."
        assert f"Neste skritt for {code}" in [i.what for i in list_action_items(master, group.id)]
        (board,) = [b for b in list_boards(master, group.id) if b.title == f"Toppen {code}"]
        assert [n.text for n in list_notes(master, board.id)] == [f"Målet til {code}"]
    assert not [b for b in list_boards(master, _group(master, "4B-1").id) if "Toppen" in b.title]

    # Laptop 7's file comes again, undamaged this time: it merges, and the six already
    # imported change nothing.
    packages[6].write_bytes(whole)
    again = merge_packages(master, packages)
    assert [o.status for o in again.outcomes] == [ALREADY] * 6 + [MERGE]
    (board,) = [b for b in list_boards(master, _group(master, "4B-1").id) if "Toppen" in b.title]
    assert [n.text for n in list_notes(master, board.id)] == ["Målet til 4B-1"]
    assert [(c.data["name"]) for c in list_merge_log(master, conflicts_only=True)] == [
        "Navn fra laptop 3"
    ]


def test_two_facilitators_writing_one_groups_report_give_a_visible_conflict(
    master: Database, setup_file: Path, tmp_path: Path
) -> None:
    """1A has two facilitators; each writes the result on their own laptop. The master must
    show one of them and keep the other as a conflict to restore, never a hidden twin."""
    packages = []
    files = started_working_files(
        setup_file, [(tmp_path / f"l{n}", laptop_device(n)) for n in (1, 2)]
    )
    for number, text in ((1, "Resultat skrevet av Torstein."), (2, "Resultat skrevet av Åse.")):
        laptop = open_database(files[number - 1], laptop_device(number))
        try:
            save_text(laptop, _group(laptop, "1A").id, "result", text)
            packages.append(export_package(laptop, tmp_path / "usb"))
        finally:
            laptop.close()

    merge_packages(master, packages)

    group = _group(master, "1A")
    assert get_texts(master, group.id).result == "Resultat skrevet av Åse."  # the newer
    logged = [e for e in list_merge_log(master) if e.table_name == "group_report"]
    assert [(e.kind, e.data["result"]) for e in logged] == [
        ("conflict", "Resultat skrevet av Torstein.")
    ]
    with master.read() as session:
        rows = session.scalar(select(func.count()).where(GroupReportText.group_id == group.id))
    assert rows == 1
