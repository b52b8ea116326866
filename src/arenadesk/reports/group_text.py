"""The group report's Norwegian wording, shared by the PDF and the DOCX builder.

Both documents take their headings, labels and cell texts from here, so a facilitator
who prints the PDF and edits the DOCX reads the same report in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import cast

from arenadesk.domain.boards import BoardTemplate
from arenadesk.domain.note_layout import BoardNote, transcribe
from arenadesk.domain.report import STRENGTH_LEVELS, STRENGTH_REASONS, GroupReport, ParticipantLine
from arenadesk.domain.vocabulary import Role

# The 2015 reports' headings, in the order they print.
H_PARTICIPANTS = "Deltakere og aktørroller i gruppa"
H_PROBLEM = "Beskriv problemet"
H_RESULT = "Resultat (fra gruppas arbeid)"
H_CONCRETISATION = "Konkretisering av resultatet"
H_NEXT_STEPS = "Videre arbeid med utfordringen (neste skritt)"
H_WEB_USE = "Ønsket bruk av nettplassen"
H_COMMENTS = "Kommentarer fra gruppa"
H_BOARDS = "Visuelle maler"
H_SELF_EVALUATION = "Egenevaluering"
H_RESULTS_ACHIEVED = "Konkrete resultater oppnådd"
H_STRENGTH = "Gjennomføringskraft"
H_TIPS = "Tips og kommentarer til arrangørene"

EMPTY = "Ikke fylt ut."
NOT_RATED = "Ikke vurdert"
NO_PICTURE = "Bildet av tavla finnes i PDF-versjonen."
PICTURE_ELSEWHERE = "Bildet av tavla står på gruppas side foran i rapporten."
STRENGTH_LEAD = "Gruppas vurdering:"
REASONS_LEAD = "Hvorfor gruppa vurderer det slik:"
PARTICIPANT_COLUMNS = ("Navn", "Stilling/rolle", "Organisasjon", "Dag")
ACTION_COLUMNS = ("Hva", "Hvem har ansvar", "Når")
ZONE_COLUMNS = ("Felt", "Lapper")
TICKED, UNTICKED = "☑", "☐"  # both in DejaVu Sans (and in Word's Segoe UI Symbol)
NO_VALUE = "–"
NOT_GIVEN = "Ikke oppgitt"

_ROLE_MARKS = {Role.FACILITATOR: "fasilitator", Role.OWNER: "eier", Role.RESOURCE: "ressursperson"}
# XML 1.0 forbids these; reportlab and python-docx both choke on them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """User text without the control characters no XML document may hold."""
    return _NOT_XML.sub("", text)


def title_line(report: GroupReport) -> str:
    return clean(f"{report.code} {report.title}".strip())


def document_title(report: GroupReport) -> str:
    return f"{title_line(report)} – standardrapport"


def document_subject(report: GroupReport) -> str:
    return clean(f"Standardrapport fra {report.arena_name}".strip())


def document_author(report: GroupReport) -> str:
    return clean(report.organiser.strip()) or "ArenaDesk"


def header_line(report: GroupReport) -> str:
    """Arena name and dates, as in the page header."""
    return clean(" · ".join(part for part in (report.arena_name, report.arena_dates) if part))


def role_mark(role: Role) -> str:
    """'fasilitator', 'eier', 'ressursperson'; empty for an ordinary participant."""
    return _ROLE_MARKS.get(role, "")


def days_text(days: Iterable[int]) -> str:
    """(1,) -> 'Dag 1', (1, 2) -> 'Dag 1 og 2'; days not given -> 'Ikke oppgitt'."""
    numbers = [str(day) for day in sorted(set(days))]
    if not numbers:
        return NOT_GIVEN
    if len(numbers) == 1:
        return f"Dag {numbers[0]}"
    return f"Dag {', '.join(numbers[:-1])} og {numbers[-1]}"


def strength_text(level: int | None) -> str:
    """'Stor (4 av 5)', or 'Ikke vurdert' when the group gave no level."""
    if level not in STRENGTH_LEVELS:
        return NOT_RATED
    return f"{STRENGTH_LEVELS[level]} ({level} av {max(STRENGTH_LEVELS)})"


def reason_lines(ticked: Iterable[str]) -> list[tuple[bool, str]]:
    """All six reasons in their fixed order, each with whether the group ticked it."""
    chosen = set(ticked)
    return [(key in chosen, text) for key, text in STRENGTH_REASONS.items()]


def attendance_lines(person: ParticipantLine) -> list[str]:
    """The days cell: 'Dag 2' and the note as written on its own line ('siste halvdel dag
    2'); only the note when the days are not given; 'Ikke oppgitt' when neither is."""
    note = clean(person.attendance_note.strip())
    if note and not person.days:
        return [note]
    return [days_text(person.days), *([note] if note else [])]


def ordered_participants(participants: Sequence[ParticipantLine]) -> list[ParticipantLine]:
    """In the order the group's list has (the facilitator's, or facilitators, owner, then
    entry order): the report never reorders people."""
    return list(participants)


def meeting_lines(report: GroupReport) -> list[tuple[str, str]]:
    """('Neste møte:', …) and ('Innkalles av:', …), each only when set."""
    lines = [("Neste møte:", report.next_meeting), ("Innkalles av:", report.next_meeting_caller)]
    return [(label, clean(value.strip())) for label, value in lines if value.strip()]


def zone_rows(
    template: BoardTemplate, notes: Sequence[object], language: str = "nb"
) -> list[tuple[str, list[str]]]:
    """Each zone in the template's order with its notes' texts in reading order."""
    board_notes = cast(Sequence[BoardNote], notes)  # BoardFigure keeps them untyped
    return [
        (clean(name.text(language) if name else key), [clean(n.text) for n in zone_notes])
        for key, name, zone_notes in transcribe(template, board_notes)
    ]
