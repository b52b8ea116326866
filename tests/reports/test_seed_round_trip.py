"""The seven 2015 seed reports round-trip through Word: imported from the groups' own
documents, written by ArenaDesk's Word export, and imported again into another arena,
they are the same report (participants, texts, lists, next steps, extra sections)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from arenadesk.domain.richtext import parse
from arenadesk.importers.docx_blocks import read_docx
from arenadesk.importers.docx_report import read_report
from arenadesk.reports.saving import save_group_report
from arenadesk.services.report_import import apply_import, plan_import
from arenadesk.store import report_template
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.reports import assemble_group_report
from tests.reports.seed_reports import CODES, write_all


def _import(db: Database, arena: uuid.UUID, path: Path) -> uuid.UUID:
    extras = {s.heading: s.key for s in report_template.get_template(db, arena).extras()}
    report = read_report(read_docx(path), extras)
    group_id, _ = apply_import(db, arena, plan_import(db, arena, report, path=path))
    return group_id


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_all(tmp_path_factory.mktemp("seeds"))


@pytest.mark.parametrize("code", CODES)
def test_a_seed_report_round_trips_through_word(
    db: Database, device: Device, seed_files: dict[str, Path], tmp_path: Path, code: str
) -> None:
    arena = create_arena(db, "Åpen arena 2015")
    before = assemble_group_report(db, _import(db, arena, seed_files[code]), boards=False)
    exported = tmp_path / "eksport.docx"
    save_group_report(before, exported)
    other = open_database(tmp_path / "other.sqlite", device)
    try:
        other_arena = create_arena(other, "Åpen arena 2015")
        group_id = _import(other, other_arena, exported)
        after = assemble_group_report(other, group_id, boards=False)
        group = find_group_by_code(other, other_arena, code)
        assert group is not None and group.id == group_id and group.code == code
        before_extras = {before.template.heading(k): v for k, v in before.extras.items()}
        after_extras = {after.template.heading(k): v for k, v in after.extras.items()}
    finally:
        other.close()
    assert (after.code, after.title) == (before.code, before.title)
    assert [
        (p.name, p.title, p.organisation, p.role, p.days, p.attendance_note)
        for p in after.participants
    ] == [
        (p.name, p.title, p.organisation, p.role, p.days, p.attendance_note)
        for p in before.participants
    ]
    for name in ("problem", "result", "concretisation", "web_use", "comments"):
        assert parse(getattr(after, name)) == parse(getattr(before, name)), name
    assert [parse(i.what) for i in after.action_items] == [
        parse(i.what) for i in before.action_items
    ]
    assert [(i.who, i.when) for i in after.action_items] == [
        (i.who, i.when) for i in before.action_items
    ]
    assert (after.next_meeting, after.next_meeting_caller) == (
        before.next_meeting,
        before.next_meeting_caller,
    )
    assert {k: parse(v) for k, v in after_extras.items() if v.strip()} == {
        k: parse(v) for k, v in before_extras.items() if v.strip()
    }
