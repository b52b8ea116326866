"""The Open Space proceedings' Norwegian wording, shared by the PDF, the DOCX and the
compiled arena report.

The 2020 report is the model: a list of all inputs ("Vedlegg 1 Innspill", numbered by
økt) and the working reports of the conversation groups with who took part ("Vedlegg 2").
With the arena format BOTH the conversations were knowledge meetings, and the 2017
report's wording is used ("Rapporter fra kunnskapsmøtene").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from arenadesk.domain.open_space import ConversationRow
from arenadesk.domain.proceedings import Proceedings, SessionInfo
from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.reports.group_text import clean

TITLE = "Innspill og arbeidsrapporter"
TITLE_KNOWLEDGE = "Kunnskapsmøter i Open Space"
INPUTS = "Innspill"
INPUTS_KNOWLEDGE = "Innspill fra kunnskapsmøtene"
REPORTS = "Arbeidsrapporter"
REPORTS_KNOWLEDGE = "Rapporter fra kunnskapsmøtene"
CH_INPUT_OVERVIEW = "Oversikt over innspillene"

L_CONVENER = "Innkaller:"
L_WHEN = "Økt og rom:"
L_DOCUMENTED_BY = "Dokumentert av:"
L_RESULT = "Resultat:"
H_PARTICIPANTS = "Deltakere"
H_INPUT = "Innspill"
H_DISCUSSION = "Samtalen: ideer og refleksjoner"
H_NEXT_STEPS = "Neste skritt"
PARTICIPANT_COLUMNS = ("Navn", "Organisasjon")
OVERVIEW_COLUMNS = ("Nr.", "Innspill")
UNPLACED = "Ikke plassert på programveggen"
NO_NUMBER = "–"
NO_INPUTS = "Ingen innspill er dokumentert ennå."
NO_REPORTS = "Ingen arbeidsrapporter er skrevet ennå."
REPORTS_LEAD = (
    "Rapportene inneholder ideer og refleksjoner fra samtalene, og noen har forslag til "
    "videre handlinger (neste skritt). Av rapportene fremgår også hvilke personer som var "
    "med i de forskjellige samtalegruppene – en mulighet for inspirasjon til videre "
    "nettverking."
)


def title(p: Proceedings) -> str:
    return TITLE_KNOWLEDGE if p.knowledge_meetings else TITLE


def inputs_name(p: Proceedings) -> str:
    return INPUTS_KNOWLEDGE if p.knowledge_meetings else INPUTS


def reports_name(p: Proceedings) -> str:
    return REPORTS_KNOWLEDGE if p.knowledge_meetings else REPORTS


def appendix(number: int, name: str) -> str:
    """'Vedlegg 1: Innspill'."""
    return f"Vedlegg {number}: {name}"


def appendix_short(number: int) -> str:
    return f"Vedlegg {number}"


def arena_title(p: Proceedings) -> str:
    return clean(p.arena_name.strip()) or "ArenaDesk"


def document_title(p: Proceedings) -> str:
    return f"{arena_title(p)} – {title(p).lower()}"


def document_subject(p: Proceedings) -> str:
    when = f", {p.arena_dates}" if p.arena_dates else ""
    return clean(f"{title(p)} fra {p.arena_name.strip()}{when}")


def document_author(p: Proceedings) -> str:
    return clean(p.organiser.strip()) or "ArenaDesk"


def header_line(p: Proceedings) -> str:
    return clean(" · ".join(part for part in (p.arena_name, p.arena_dates) if part))


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def result_line(p: Proceedings) -> str:
    """'Resultat: 49 innspill', as the 2020 report says it."""
    return f"{L_RESULT} {count(len(p.inputs), 'innspill', 'innspill')}"


def lead(p: Proceedings) -> str:
    """The opening sentence of the proceedings document."""
    what = "kunnskapsmøtene" if p.knowledge_meetings else "samtalegruppene i Open Space"
    when = f" {p.arena_dates}" if p.arena_dates else ""
    where = f" på {clean(p.venue.strip())}" if p.venue.strip() else ""
    reports = count(len(p.reports), "arbeidsrapport", "arbeidsrapporter")
    people = count(p.participant_count, "deltaker", "deltakere")
    return clean(
        f"Her er alle innspill og arbeidsrapporter fra {what} på {arena_title(p)}{when}"
        f"{where}: {count(len(p.inputs), 'innspill', 'innspill')} og {reports}, "
        f"med {people} i samtalene."
    )


def overview_lead(p: Proceedings, inputs_appendix: int, reports_appendix: int) -> str:
    """The 2020 report's 'Under er en oversikt over de 49 innspillene …'."""
    n, m = len(p.inputs), len(p.reports)
    inputs = f"de {n} innspillene" if n != 1 else "det ene innspillet"
    return clean(
        f"Under er en oversikt over {inputs} fra {arena_title(p)}. Se vedlegg "
        f"{inputs_appendix} for dokumentasjon fra alle {count(n, 'innspill', 'innspill')} og "
        f"vedlegg {reports_appendix} for alle {count(m, 'arbeidsrapport', 'arbeidsrapporter')} "
        "fra gruppene."
    )


def knowledge_lead(p: Proceedings, reports_appendix: int) -> str:
    """The 2017 report's 'Kunnskapsmøter i Open Space' paragraph."""
    return (
        "For at deltakerne skal kunne møtes på tvers av gruppene ble det holdt "
        "kunnskapsmøter i Open Space. Deltakerne brakte selv inn de temaene de ønsket å "
        f"snakke med andre om. De temaene som ble diskutert var ({len(p.conversations)}):"
        if p.conversations
        else "Ingen kunnskapsmøter er dokumentert ennå."
    ) + (
        f" Rapportene fra kunnskapsmøtene finnes i vedlegg {reports_appendix}." if p.reports else ""
    )


def summary_rows(p: Proceedings) -> list[tuple[str, str]]:
    """For the compiled report's summary table."""
    return [
        (INPUTS, str(len(p.inputs))),
        (REPORTS, str(len(p.reports))),
        ("Deltakere i samtalene", str(p.participant_count)),
    ]


def clock(time: dt.time | None) -> str:
    return time.strftime("%H:%M") if time else ""


def session_heading(session: SessionInfo | None) -> str:
    """'Økt 1 – dag 1 (10:30–12:00)', or the unplaced pile."""
    if session is None:
        return UNPLACED
    text = f"Økt {session.number} – dag {session.day}" if session.day else f"Økt {session.number}"
    times = "–".join(part for part in (clock(session.starts), clock(session.ends)) if part)
    return f"{text} ({times})" if times else text


def number_text(row: ConversationRow) -> str:
    return clean(row.number or NO_NUMBER)


def input_heading(row: ConversationRow) -> str:
    """'1.4 Ressursfokus frisklivsfaktorer'."""
    return clean(f"{row.number} {row.title}" if row.number else row.title)


def space_text(name: str) -> str:
    """A named room as named; a space known only by its number as 'rom 4'."""
    name = clean(name.strip())
    return f"rom {name}" if name.isdigit() else name


def when_text(p: Proceedings, row: ConversationRow) -> str:
    """'Økt 2, dag 1, 13:00–14:30, Biblioteket'."""
    if row.slot_number is None:
        return UNPLACED
    session = p.session(row.slot_number)
    parts = [f"Økt {row.slot_number}"]
    if row.day:
        parts.append(f"dag {row.day}")
    if session is not None and (session.starts or session.ends):
        parts.append("–".join(x for x in (clock(session.starts), clock(session.ends)) if x))
    if row.space_name:
        parts.append(space_text(row.space_name))
    return ", ".join(parts)


def type_line(row: ConversationRow) -> str:
    """'Fordypning til innspill nr. 1.4' (day-2 inputs), else ''."""
    return clean(row.type_text("nb"))


def participants_heading(row: ConversationRow) -> str:
    return f"{H_PARTICIPANTS} ({len(row.participants)})" if row.participants else H_PARTICIPANTS


# --- the Open Space chapters of the compiled arena report ------------------------------


@dataclass(frozen=True)
class ArenaChapters:
    """Which chapters the compiled arena report has, and how its appendices are numbered.

    Open Space only (2020): no group chapters when there are no groups; an overview of the
    inputs, then Vedlegg 1 Innspill and Vedlegg 2 Arbeidsrapporter. Open Space beside
    groups (BOTH, 2017): the group report as before, a chapter on the knowledge meetings
    and their reports as a further Vedlegg.
    """

    groups: bool  # the facilitated groups' chapters and their two appendices
    open_space: Proceedings | None
    overview_title: str = ""  # the Open Space chapter after the groups'
    inputs_appendix: int = 0  # 0: none
    reports_appendix: int = 0

    def inputs_title(self) -> str:
        assert self.open_space is not None
        return appendix(self.inputs_appendix, inputs_name(self.open_space))

    def reports_title(self) -> str:
        assert self.open_space is not None
        return appendix(self.reports_appendix, reports_name(self.open_space))


def arena_chapters(
    open_space: Proceedings | None, format: ArenaFormat, group_count: int
) -> ArenaChapters:
    if open_space is None or open_space.is_empty:
        return ArenaChapters(groups=True, open_space=None)
    groups = bool(group_count) or format is not ArenaFormat.OPEN_SPACE
    first = 3 if groups else 1  # after the standard reports and the self-evaluations
    if open_space.knowledge_meetings:
        return ArenaChapters(groups, open_space, TITLE_KNOWLEDGE, 0, first)
    return ArenaChapters(groups, open_space, CH_INPUT_OVERVIEW, first, first + 1)
