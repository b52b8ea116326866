"""Lists the organiser prints: each group's members for its facilitator, and an attendance
list per day to sign at the door. A4 portrait, the report typography, "side X av Y"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from arenadesk.domain.dates import span_text
from arenadesk.domain.printouts import PrintGroup, Printout, PrintPerson
from arenadesk.domain.vocabulary import Role
from arenadesk.reports.board_drawing import FONT
from arenadesk.reports.group_text import clean
from arenadesk.reports.pdf_style import (
    MARGIN,
    NumberedCanvas,
    data_table,
    fit_width,
    para,
    register_report_fonts,
)

PAGE = A4
WIDTH = PAGE[0] - 2 * MARGIN
ROLE_NAMES = {
    Role.OWNER: "eier",
    Role.FACILITATOR: "fasilitator",
    Role.RESOURCE: "ressursperson",
    Role.PARTICIPANT: "",
}
NOT_GIVEN = "ikke oppgitt"


def _perspective(person: PrintPerson) -> str:
    return person.perspective if person.perspective not in ("", "ukjent") else NOT_GIVEN


def _days(person: PrintPerson, day_count: int) -> str:
    if person.registered_days is None:
        return NOT_GIVEN
    if set(person.registered_days) >= set(range(1, day_count + 1)):
        return "alle" if day_count > 2 else "begge"
    return ", ".join(f"Dag {d}" for d in person.registered_days) or "–"


def member_list(group: PrintGroup, day_count: int) -> list[Flowable]:
    title = f"Gruppe {group.code} – {group.title}" if group.title else f"Gruppe {group.code}"
    out: list[Flowable] = [para(title, "title")]
    facts = [
        ("Rom", group.room),
        ("Eier", group.owner_org),
        ("Fasilitator", ", ".join(m.name for m in group.with_role(Role.FACILITATOR))),
    ]
    for label, value in facts:
        if value:
            out.append(para(f"{label}: {value}", "subtitle"))
    out.append(para(f"{len(group.members)} deltakere", "subtitle"))
    rows = [
        [
            para(str(number), "cell"),
            para(m.name, "cell"),
            para(" · ".join(p for p in (m.title, m.organisation) if p), "cell"),
            para(_perspective(m), "cell"),
            para(ROLE_NAMES.get(m.role, "") if m.role else "", "cell"),
            para(_days(m, day_count), "cell"),
        ]
        for number, m in enumerate(group.members, start=1)
    ]
    widths = [8 * mm, 40 * mm, 52 * mm, 25 * mm, 25 * mm, WIDTH - 150 * mm]
    header = ["", "Navn", "Stilling og organisasjon", "Perspektiv", "Rolle", "Dager"]
    out.append(data_table(header, rows, widths))
    return out


def attendance_list(printout: Printout, day: int) -> list[Flowable]:
    date = printout.days[day - 1] if day - 1 < len(printout.days) else None
    heading = f"Oppmøte dag {day}" + (f" – {span_text([date])}" if date else "")
    out: list[Flowable] = [para(heading, "title"), para(printout.arena_name, "subtitle")]
    people = printout.on_day(day)
    out.append(para(f"{len(people)} påmeldte. Signer ved ankomst.", "subtitle"))
    rows = [
        [
            para(str(n), "cell"),
            para(p.name, "cell"),
            para(p.organisation, "cell"),
            para(p.code, "cell"),
            para("", "cell"),
        ]
        for n, p in enumerate(people, start=1)
    ]
    widths = [9 * mm, 50 * mm, 50 * mm, 19 * mm, WIDTH - 128 * mm]
    table = data_table(["", "Navn", "Organisasjon", "Gruppe", "Signatur"], rows, widths)
    table.setStyle([("BOTTOMPADDING", (0, 1), (-1, -1), 9), ("TOPPADDING", (0, 1), (-1, -1), 7)])
    out.append(table)
    return out


def _build(
    printout: Printout, target: Path | BinaryIO, title: str, sections: Sequence[list[Flowable]]
) -> int:
    register_report_fonts()
    destination = str(target) if isinstance(target, Path) else target
    doc = BaseDocTemplate(
        destination,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title} – {clean(printout.arena_name)}",
        author="ArenaDesk",
        creator="ArenaDesk",
        lang="nb",
        initialFontName=FONT,
    )
    frame = Frame(MARGIN, MARGIN, WIDTH, PAGE[1] - 2 * MARGIN, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story += section
    if not story:
        story.append(para(f"{title}: ingen deltakere.", "body"))
    footer = fit_width(f"{title} · {clean(printout.arena_name)}", FONT, 8, WIDTH * 0.75)
    canvas_class = type("ListCanvas", (NumberedCanvas,), {"footer_left": footer})
    doc.build(story, canvasmaker=canvas_class)
    return int(doc.page)


def build_member_lists_pdf(printout: Printout, target: Path | BinaryIO) -> int:
    """A page (or more) per group; returns the number of pages."""
    register_report_fonts()  # before the first paragraph is made
    day_count = max(1, len(printout.days))
    sections = [member_list(g, day_count) for g in printout.groups]
    return _build(printout, target, "Deltakerlister", sections)


def build_attendance_pdf(printout: Printout, target: Path | BinaryIO) -> int:
    """An attendance list to sign for each day of the arena; returns the number of pages."""
    register_report_fonts()
    days = range(1, max(1, len(printout.days)) + 1)
    sections = [attendance_list(printout, day) for day in days]
    return _build(printout, target, "Oppmøtelister", sections)
