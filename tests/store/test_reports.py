"""The standard report in the database: texts, next steps, self-evaluation, suggestions."""

from __future__ import annotations

import pytest

from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.domain.vocabulary import Role
from arenadesk.i18n.messages import ValidationError
from arenadesk.store import reports
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.models.reports import ActionItemRow


def _group(db: Database, code: str = "1A"):  # type: ignore[no-untyped-def]
    return find_group_by_code(db, require_arena_id(db), code)


def test_texts_are_saved_section_by_section(demo_db: Database) -> None:
    group = _group(demo_db)
    assert reports.get_texts(demo_db, group.id) == reports.ReportTexts()
    reports.save_text(
        demo_db, group.id, "problem", "Arbeidsgiver kommer for sent inn.\n\n- Lange avstander"
    )
    reports.save_text(demo_db, group.id, "next_meeting", "14. april, Nav Nordvik")
    texts = reports.get_texts(demo_db, group.id)
    assert texts.problem == "Arbeidsgiver kommer for sent inn.\n\n- Lange avstander"
    assert texts.next_meeting == "14. april, Nav Nordvik" and texts.result == ""


def test_control_characters_are_refused(demo_db: Database) -> None:
    group = _group(demo_db)
    with pytest.raises(ValidationError):
        reports.save_text(demo_db, group.id, "result", "skjult\x07tegn")
    assert reports.get_texts(demo_db, group.id).result == ""


def test_action_items_keep_their_order(demo_db: Database) -> None:
    group = _group(demo_db)
    first = reports.add_action_item(
        demo_db, group.id, ActionItem("Kartlegge arbeidsgivere", "Marit", "innen mars")
    )
    reports.add_action_item(demo_db, group.id, ActionItem("Pilot med to bedrifter", "Jonas"))
    reports.add_action_item(demo_db, group.id, ActionItem("Møte med Nav", "Åse", "14. april"))
    reports.delete_action_item(demo_db, first)
    items = reports.list_action_items(demo_db, group.id)
    assert [(i.what, i.who) for i in items] == [
        ("Pilot med to bedrifter", "Jonas"),
        ("Møte med Nav", "Åse"),
    ]
    reports.update_action_item(
        demo_db, items[0].id, ActionItem("Pilot med tre bedrifter", "Jonas", "mai")
    )
    assert reports.list_action_items(demo_db, group.id)[0].when == "mai"
    with pytest.raises(ValidationError):
        reports.add_action_item(demo_db, group.id, ActionItem("  "))
    with demo_db.read() as session:  # the deleted one is a tombstone
        assert session.get(ActionItemRow, first).deleted


def test_self_evaluation_round_trip_and_checks(demo_db: Database) -> None:
    group = _group(demo_db)
    evaluation = SelfEvaluation(
        "Et felles forslag til modell", 4, ("ownership", "right_people"), "Eieren er med", "Mer tid"
    )
    reports.save_self_evaluation(demo_db, group.id, evaluation)
    saved = reports.get_self_evaluation(demo_db, group.id)
    assert saved.strength == 4 and saved.reasons == ("right_people", "ownership")
    with pytest.raises(ValidationError):
        reports.save_self_evaluation(demo_db, group.id, SelfEvaluation(strength=6))
    with pytest.raises(ValidationError):
        reports.save_self_evaluation(demo_db, group.id, SelfEvaluation(reasons=("luck",)))
    assert reports.get_self_evaluation(demo_db, group.id) == saved


def test_assembled_report_has_everything(demo_db: Database) -> None:
    group = _group(demo_db)
    reports.save_text(demo_db, group.id, "comments", "Takk for to gode dager!")
    reports.add_action_item(demo_db, group.id, ActionItem("Neste møte", "Hilde"))
    report = reports.assemble_group_report(demo_db, group.id)
    assert (report.code, report.title) == ("1A", "Jobbmotor Nord")
    assert report.arena_name == "Åpen arena 2027" and report.arena_dates == "9.–10. mars 2027"
    assert len(report.participants) == 11
    assert {p.role for p in report.participants} >= {Role.OWNER, Role.FACILITATOR}
    assert [b.template.key for b in report.boards] == ["toppen-av-fjellet", "gap-analyse"]
    assert report.action_items[0].what == "Neste møte"
    empty = [section.key for section in report.empty_sections()]
    assert "problem" in empty and "comments" not in empty


def test_suggestions_from_boards_are_added_never_replacing(demo_db: Database) -> None:
    group = _group(demo_db)
    found = reports.board_suggestions(demo_db, group.id)
    assert found.result and found.problem and found.action_items
    reports.save_text(demo_db, group.id, "problem", "Vår egen beskrivelse.")
    reports.apply_suggestions(demo_db, group.id, {"problem", "result", "action_items"})
    texts = reports.get_texts(demo_db, group.id)
    assert texts.problem.startswith("Vår egen beskrivelse.\n\n- ")
    assert all(line in texts.problem for line in found.problem)
    items = [i.what for i in reports.list_action_items(demo_db, group.id)]
    assert items == found.action_items
    # Twice changes nothing: only missing lines are ever added.
    reports.apply_suggestions(demo_db, group.id, {"problem", "result", "action_items"})
    assert reports.get_texts(demo_db, group.id) == texts
    assert [i.what for i in reports.list_action_items(demo_db, group.id)] == items
