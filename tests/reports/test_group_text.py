"""The report's shared wording: days, roles, levels, reasons, cleaning."""

from __future__ import annotations

from arenadesk.domain.report import STRENGTH_REASONS, GroupReport, ParticipantLine
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.reports import group_text as t
from tests.reports.samples import participants


def test_days() -> None:
    assert t.days_text((1,)) == "Dag 1"
    assert t.days_text((2,)) == "Dag 2"
    assert t.days_text((2, 1)) == "Dag 1 og 2"
    assert t.days_text((1, 2, 3)) == "Dag 1, 2 og 3"
    assert t.days_text(()) == "Ikke oppgitt"  # not given, shown as such


def test_attendance_cell_keeps_the_note_as_written() -> None:
    def line(days: tuple[int, ...], note: str) -> ParticipantLine:
        return ParticipantLine("Ela", "", "", Role.PARTICIPANT, days, Perspective.UNKNOWN, note)

    assert t.attendance_lines(line((2,), "siste halvdel dag 2")) == ["Dag 2", "siste halvdel dag 2"]
    assert t.attendance_lines(line((), "siste halvdel dag 2")) == ["siste halvdel dag 2"]
    assert t.attendance_lines(line((), "")) == ["Ikke oppgitt"]


def test_strength_levels() -> None:
    assert t.strength_text(4) == "Stor (4 av 5)"
    assert t.strength_text(1) == "Svært liten (1 av 5)"
    assert t.strength_text(None) == "Ikke vurdert"
    assert t.strength_text(0) == "Ikke vurdert"


def test_reasons_keep_their_order_and_ignore_unknown_keys() -> None:
    lines = t.reason_lines(["ownership", "gone", "new_tools"])
    assert [text for _, text in lines] == list(STRENGTH_REASONS.values())
    assert [ticked for ticked, _ in lines] == [True, False, False, False, False, True]


def test_roles_in_the_lists_order_and_marked() -> None:
    """The report keeps the order the group's list has (the facilitator controls it)."""
    people = participants()
    assert t.ordered_participants(people[::-1]) == people[::-1]
    assert t.role_mark(Role.FACILITATOR) == "fasilitator"
    assert t.role_mark(Role.OWNER) == "eier"
    assert t.role_mark(Role.RESOURCE) == "ressursperson"
    assert t.role_mark(Role.PARTICIPANT) == ""


def test_titles_and_cleaning() -> None:
    report = GroupReport("Åpen arena\x00 2027", "9.–10. mars", "1C", "Tittel\x07", organiser=" ")
    assert t.title_line(report) == "1C Tittel"
    assert t.document_title(report) == "1C Tittel – standardrapport"
    assert t.document_subject(report) == "Standardrapport fra Åpen arena 2027"
    assert t.document_author(report) == "ArenaDesk"
    assert t.header_line(report) == "Åpen arena 2027 · 9.–10. mars"
    assert t.clean("a\tb\nc\x0bd\ufffe") == "a\tb\ncd"
