"""The compiled arena report's Norwegian wording, shared by the PDF and the DOCX builder.

Chapters follow the 2017 arena report: a summary, the groups (overview, then a page per
group with the 2017 headings), Vedlegg 1 with the groups' standard reports and Vedlegg 2
with their self-evaluations. Inside Vedlegg 1 the standard report keeps the 2015 headings
of `group_text`.
"""

from __future__ import annotations

from arenadesk.domain.arena_report import ArenaReport, GroupOverviewRow
from arenadesk.domain.report import GroupReport
from arenadesk.domain.vocabulary import ArenaFormat, Perspective
from arenadesk.reports import proceedings_text as p_text
from arenadesk.reports.group_text import clean

SUBTITLE = "Arenarapport"
CH_SUMMARY = "Oppsummering"
CH_OVERVIEW = "Oversikt over gruppene"
CH_GROUPS = "Gruppene på arenaen"
CH_REPORTS = "Vedlegg 1: Gruppenes standardrapporter"
CH_EVALUATIONS = "Vedlegg 2: Gruppenes egenevalueringer"
CHAPTERS = (CH_SUMMARY, CH_OVERVIEW, CH_GROUPS, CH_REPORTS, CH_EVALUATIONS)
# The running header's short names (the page header has one line).
SHORT = {
    CH_SUMMARY: "Oppsummering",
    CH_OVERVIEW: "Oversikt",
    CH_GROUPS: "Gruppene",
    CH_REPORTS: "Vedlegg 1",
    CH_EVALUATIONS: "Vedlegg 2",
}

# The 2017 report's headings on each group's page.
H_PROBLEM = "Beskrivelse av problemet"
H_RESULT = "Resultat fra gruppas arbeid"
H_NEXT_STEPS = "Videre arbeid med utfordringen"
H_BOARDS = "Visuelle maler"
H_PERSPECTIVES = "Deltakere etter perspektiv"

L_DATES = "Dato"
L_VENUE = "Sted"
L_THEME = "Tema"
L_ORGANISER = "Arrangør"
L_FORMAT = "Form"
L_GROUPS = "Utfordringsgrupper"
L_PARTICIPANTS = "Deltakere"
L_OWNER = "Eier:"
L_FACILITATORS = "Fasilitatorer:"
L_MEMBERS = "Deltakere:"

OVERVIEW_COLUMNS = ("Kode", "Tittel", "Eier", "Fasilitatorer")
PERSPECTIVE_COLUMNS = ("Perspektiv", "Antall", "Andel")
TOTAL = "Til sammen"
NO_GROUPS = "Arenaen har ingen grupper ennå."
NO_EVALUATIONS = "Ingen av gruppene har levert egenevaluering."
NOT_SET = "Ikke satt"

PERSPECTIVES = {
    Perspective.USER: "Bruker",
    Perspective.SERVICE_PROVIDER: "Tjenesteyter",
    Perspective.RESEARCHER: "Forsker",
    Perspective.AUTHORITY: "Myndighet",
    Perspective.EMPLOYER: "Arbeidsgiver",
    Perspective.OTHER: "Annet",
    Perspective.UNKNOWN: "Ikke oppgitt",
}
FORMATS = {
    ArenaFormat.FACILITATED: "Fasiliterte grupper",
    ArenaFormat.OPEN_SPACE: "Open Space",
    ArenaFormat.BOTH: "Fasiliterte grupper og Open Space",
}


def arena_title(report: ArenaReport) -> str:
    return clean(report.arena_name.strip()) or SUBTITLE


def document_title(report: ArenaReport) -> str:
    return f"{arena_title(report)} – {SUBTITLE.lower()}"


def document_subject(report: ArenaReport) -> str:
    when = f", {report.arena_dates}" if report.arena_dates else ""
    return clean(f"Rapport fra {report.arena_name.strip()}{when}".strip())


def document_author(report: ArenaReport) -> str:
    return clean(report.organiser.strip()) or "ArenaDesk"


def header_line(report: ArenaReport) -> str:
    return clean(" · ".join(part for part in (report.arena_name, report.arena_dates) if part))


def group_heading(code: str, title: str) -> str:
    """'Gruppe 1A: Jobbmotor Nord', as the 2017 report names its groups."""
    return clean(f"Gruppe {code}: {title}".strip().rstrip(":"))


def group_label(report: GroupReport) -> str:
    """'1A Jobbmotor Nord': the outline's and Vedlegg's name for a group."""
    return clean(f"{report.code} {report.title}".strip())


def names(people: tuple[str, ...] | list[str]) -> str:
    """'A', 'A og B', 'A, B og C'."""
    items = [clean(name) for name in people if name.strip()]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} og {items[-1]}"


def count_text(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def summary_lead(report: ArenaReport) -> str:
    """The summary's opening sentence, in the manner of the 2017 report."""
    when = f" {report.arena_dates}" if report.arena_dates else ""
    where = f" på {report.venue.strip()}" if report.venue.strip() else ""
    people = count_text(report.participant_count, "deltaker", "deltakere")
    groups = count_text(report.group_count, "utfordringsgruppe", "utfordringsgrupper")
    if when or where:
        first = f"{arena_title(report)} fant sted{when}{where}."
    else:
        first = f"{arena_title(report)}."
    if not chapters(report).groups:  # Open Space only: no groups to share out among
        return clean(f"{first} {people} var med og laget innspill i Open Space.")
    return clean(f"{first} {people} var med, fordelt på {groups}.")


def chapters(report: ArenaReport) -> p_text.ArenaChapters:
    """Which chapters the report has: the groups', the Open Space ones, or both."""
    return p_text.arena_chapters(report.open_space, report.format, report.group_count)


def summary_rows(report: ArenaReport) -> list[tuple[str, str]]:
    """The summary's facts as label/value pairs; unset ones say so."""
    rows = [
        (L_DATES, report.arena_dates or NOT_SET),
        (L_VENUE, clean(report.venue.strip()) or NOT_SET),
        (L_ORGANISER, clean(report.organiser.strip()) or NOT_SET),
        (L_FORMAT, FORMATS[report.format]),
        (L_THEME, clean(report.theme.strip()) or NOT_SET),
        (L_GROUPS, str(report.group_count)),
        (L_PARTICIPANTS, str(report.participant_count)),
    ]
    plan = chapters(report)
    if not plan.groups:
        rows.remove((L_GROUPS, str(report.group_count)))
    if plan.open_space is not None:
        rows += p_text.summary_rows(plan.open_space)
    return rows


def perspective_rows(report: ArenaReport) -> list[tuple[str, str, str]]:
    rows = [
        (PERSPECTIVES[p.perspective], str(p.count), percent(p.share)) for p in report.perspectives
    ]
    rows.append(
        (TOTAL, str(report.participant_count), percent(1.0 if report.participant_count else 0.0))
    )
    return rows


def percent(share: float) -> str:
    """0.186 -> '19 %' (Norwegian writes a space before the sign)."""
    return f"{round(share * 100)} %"


def evaluation_line(report: ArenaReport) -> str:
    done = len(report.evaluated_groups())
    return (
        f"{done} av {report.group_count} grupper har fylt ut egenevalueringen "
        "(se vedlegg 2); gruppenes standardrapporter står i vedlegg 1."
    )


def overview_cells(row: GroupOverviewRow) -> tuple[str, str, str, str]:
    return (
        clean(row.code),
        clean(row.title),
        clean(row.owner) or "–",
        names(row.facilitators) or "–",
    )


def group_facts(row: GroupOverviewRow) -> list[tuple[str, str]]:
    """Owner, facilitators and the number of members, for the top of a group's page."""
    return [
        (L_OWNER, clean(row.owner) or "–"),
        (L_FACILITATORS, names(row.facilitators) or "–"),
        (L_MEMBERS, str(row.member_count)),
    ]


def group_page_sections(group: GroupReport) -> list[tuple[str, str]]:
    """(key, heading) of the group page's sections (problem, result, next steps, in the
    2017 report's wording) that the arena's template has and the group filled in."""
    headings = (("problem", H_PROBLEM), ("result", H_RESULT), ("next_steps", H_NEXT_STEPS))
    return [
        (key, title)
        for key, title in headings
        if group.template.has(key) and group.section_filled(key)
    ]


def evaluated_groups(report: ArenaReport) -> list[GroupReport]:
    """The groups whose self-evaluation has something in it, in the report's order."""
    return [group for group in report.reports if not group.self_evaluation.is_empty]
