"""The arena read for the compiled report: the same group reports, in a few queries."""

from __future__ import annotations

from sqlalchemy import event

from arenadesk.demo.arena import create_large_arena
from arenadesk.domain.vocabulary import Perspective
from arenadesk.store.arena_report import assemble_arena_report
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import delete_group, list_groups
from arenadesk.store.reports import assemble_group_report, save_text
from tests.reports.arena_samples import fill_demo_reports


def test_each_group_report_is_what_the_group_report_reads(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    fill_demo_reports(demo_db, arena_id)
    report = assemble_arena_report(demo_db, arena_id)
    groups = list_groups(demo_db, arena_id)
    assert [r.code for r in report.reports] == [g.code for g in groups]
    for group, compiled in zip(groups, report.reports, strict=True):
        assert compiled == assemble_group_report(demo_db, group.id)
    assert len(report.reports[0].boards) == 2 and report.reports[0].action_items


def test_summary_overview_and_perspectives(demo_db: Database) -> None:
    report = assemble_arena_report(demo_db, require_arena_id(demo_db))
    assert report.arena_name == "Åpen arena 2027"
    assert report.arena_dates == "9.–10. mars 2027"
    assert report.venue == "Møtestedet Akerselva, Oslo"
    assert report.group_count == 7 and report.participant_count == 70
    assert [p.perspective for p in report.perspectives] == list(Perspective)
    assert sum(p.count for p in report.perspectives) == 70
    assert abs(sum(p.share for p in report.perspectives) - 1.0) < 1e-9
    first = report.groups[0]
    assert (first.code, first.title, first.owner) == (
        "1A",
        "Jobbmotor Nord",
        "Nordvik helsesportssenter",
    )
    assert first.facilitators == ("Torstein Hågensen", "Åse Kjærstad")


def test_deleted_groups_and_their_reports_are_left_out(demo_db: Database) -> None:
    arena_id = require_arena_id(demo_db)
    groups = {g.code: g.id for g in list_groups(demo_db, arena_id)}
    save_text(demo_db, groups["1B"], "problem", "Slettet gruppe")
    delete_group(demo_db, groups["1B"])
    report = assemble_arena_report(demo_db, arena_id)
    assert "1B" not in [row.code for row in report.groups]
    assert all(r.problem != "Slettet gruppe" for r in report.reports)


def test_an_arena_without_groups(db: Database) -> None:
    arena_id = create_arena(db, "Tom arena")
    report = assemble_arena_report(db, arena_id)
    assert (report.group_count, report.participant_count, report.arena_dates) == (0, 0, "")
    assert report.reports == [] and all(p.count == 0 for p in report.perspectives)


def test_queries_do_not_grow_with_the_number_of_groups(db: Database) -> None:
    arena_id = create_large_arena(db)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        report = assemble_arena_report(db, arena_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert report.group_count == 29
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # A fixed handful, not one per group (two of them the report template and the
    # groups' extra sections).
    assert 5 <= len(selects) <= 14, selects
