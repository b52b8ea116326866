"""The group's standard report (standardrapport) and self-evaluation as plain data.

The PDF and DOCX builders take a `GroupReport`; the store assembles one from the
database. Section texts are free text (`domain.richtext`); which sections print, with
which headings and in which order, is the arena's `ReportTemplate`: a section with
nothing in it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from arenadesk.domain.report_template import DEFAULT as DEFAULT_TEMPLATE
from arenadesk.domain.report_template import TEXT_SECTIONS, ReportTemplate, TemplateSection
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import message

if TYPE_CHECKING:  # the row rules read this module's vocabularies as a file opens
    from arenadesk.domain.boards import BoardTemplate

# The 2017 report's reasons for a strong gjennomføringskraft, to tick (key -> bokmål).
STRENGTH_REASONS: dict[str, str] = {
    key: message(f"strength.reason.{key}", "nb")
    for key in (
        "new_tools",
        "right_people",
        "energy",
        "realistic_plans",
        "existing_decisions",
        "ownership",
    )
}
# Gjennomføringskraft on a five-step scale (1 = very weak … 5 = very strong), in bokmål.
STRENGTH_LEVELS: dict[int, str] = {
    level: message(f"strength.level.{level}", "nb") for level in range(1, 6)
}


def strength_level(level: int, language: str) -> str:
    """'Stor' / 'Strong'; '' for a level outside the scale."""
    return message(f"strength.level.{level}", language) if level in STRENGTH_LEVELS else ""


def strength_reason(key: str, language: str) -> str:
    return message(f"strength.reason.{key}", language)


OPTIONAL_SECTIONS = ("boards", "web_use")


@dataclass(frozen=True)
class ParticipantLine:
    name: str
    title: str
    organisation: str
    role: Role
    days: tuple[int, ...]  # empty: not given
    perspective: Perspective
    attendance_note: str = ""  # partial attendance as written ("siste halvdel dag 2")


@dataclass(frozen=True)
class ActionItem:
    """One next step: what, who is responsible, by when."""

    what: str
    who: str = ""
    when: str = ""


@dataclass(frozen=True)
class SelfEvaluation:
    results: str = ""  # concrete results achieved
    strength: int | None = None  # 1–5, see STRENGTH_LEVELS
    reasons: tuple[str, ...] = ()  # keys of STRENGTH_REASONS
    reasons_text: str = ""  # the group's own words on why
    tips: str = ""  # tips and comments to the organisers

    @property
    def is_empty(self) -> bool:
        return not (self.results or self.strength or self.reasons or self.reasons_text or self.tips)


@dataclass(frozen=True)
class ReportPhoto:
    """A photo as the reports print it: the stored report-size image (JPEG or PNG, already
    turned, straightened and cropped) with its caption and its size in pixels."""

    caption: str
    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class BoardFigure:
    """A board for the report: its picture and its zone table come from the same data."""

    title: str
    template: BoardTemplate
    notes: tuple[object, ...]  # store.notes.NoteRow, kept plain for the builders
    photos: tuple[ReportPhoto, ...] = ()  # photos of the paper board, printed beside it


@dataclass
class GroupReport:
    arena_name: str
    arena_dates: str  # as printed in the header, e.g. "9.–10. mars 2027"
    code: str
    title: str
    participants: list[ParticipantLine] = field(default_factory=list)
    problem: str = ""  # Beskriv problemet
    result: str = ""  # Resultat (fra gruppas arbeid)
    concretisation: str = ""  # Konkretisering av resultatet
    action_items: list[ActionItem] = field(default_factory=list)  # neste skritt
    next_meeting: str = ""  # when and where
    next_meeting_caller: str = ""  # who calls it
    web_use: str = ""  # Ønsket bruk av nettplassen (optional)
    comments: str = ""  # Kommentarer fra gruppa
    boards: list[BoardFigure] = field(default_factory=list)
    self_evaluation: SelfEvaluation = field(default_factory=SelfEvaluation)
    organiser: str = ""
    template: ReportTemplate = DEFAULT_TEMPLATE  # the arena's sections, headings and order
    extras: dict[str, str] = field(default_factory=dict)  # extra sections' texts by key
    photos: list[ReportPhoto] = field(default_factory=list)  # the group's "Bilder", in order

    def section_filled(self, key: str) -> bool:
        """Whether a section of the template has anything to print."""
        if key == "participants":
            return bool(self.participants)
        if key == "next_steps":
            return bool(
                self.action_items or self.next_meeting.strip() or self.next_meeting_caller.strip()
            )
        if key == "boards":
            return bool(self.boards)
        if key == "self_evaluation":
            return not self.self_evaluation.is_empty
        from arenadesk.domain.richtext import is_blank  # with the first report, not at start

        if key in TEXT_SECTIONS:
            return not is_blank(getattr(self, key))
        return not is_blank(self.extras.get(key, ""))

    def printed_sections(self) -> list[TemplateSection]:
        """The template's sections that have content, in order: what the report prints."""
        return [s for s in self.template.sections if self.section_filled(s.key)]

    def empty_sections(self) -> list[TemplateSection]:
        """The template's sections still empty, for the completeness check (the boards
        and the web-use wish are not asked for)."""
        return [
            s
            for s in self.template.sections
            if s.key not in OPTIONAL_SECTIONS and not self.section_filled(s.key)
        ]


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def report_file_name(code: str, title: str, extension: str, limit: int = 80) -> str:
    """'4F Tidlig oppfølging.pdf': safe on Windows, macOS and Linux (æøå kept)."""
    stem = _UNSAFE.sub(" ", f"{code} {title}".strip())
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:limit].rstrip(" .")
    if not stem or stem.split(".")[0].upper() in _RESERVED:
        stem = f"Rapport {stem}".strip()
    return f"{stem}.{extension.lstrip('.')}"
