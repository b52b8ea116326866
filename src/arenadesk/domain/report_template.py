"""The organiser's report template: which sections a group report has, their headings and
order, extra sections, and whether the self-evaluation belongs to it.

API (Qt-free):

- ``ReportTemplate(preset, sections)``: ``sections`` is the report's sections in print
  order, each a ``TemplateSection(key, heading)``. A built-in section (``BUILT_IN``:
  participants, problem, result, concretisation, next_steps, web_use, comments, boards,
  self_evaluation) that is not listed is not part of the report. An extra section has a
  key starting with ``extra-`` (``new_extra_key()``), its own heading and its text per
  group (store: ``store.report_template``). ``template.heading(key)``,
  ``template.has(key)``, ``template.extras()``, ``template.includes_self_evaluation``.
- ``PRESETS``: "standard" (the 2015 sections, the boards and the 2017 self-evaluation:
  what ArenaDesk printed before templates), "2015" (the 2015 group reports' headings, with
  the web address) and "2017" (the 2017 report's group pages with the self-evaluation).
  ``DEFAULT`` is "standard": an arena without a template of its own uses it.
- ``to_json(template)`` / ``from_json(data)``: the stored form (one row per arena, synced);
  ``from_json`` checks every value and raises ``TemplateError`` on anything wrong.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

BUILT_IN = (
    "participants",
    "problem",
    "result",
    "concretisation",
    "next_steps",
    "web_use",
    "comments",
    "boards",
    "self_evaluation",
)
# Free-text built-ins: the sections whose content is one typed text.
TEXT_SECTIONS = ("problem", "result", "concretisation", "web_use", "comments")
EXTRA_PREFIX = "extra-"
HEADING_LIMIT = 200
MAX_SECTIONS = 40
_EXTRA_KEY = re.compile(r"^extra-[0-9a-f]{8}$")


class TemplateError(ValueError):
    """A template that cannot be used (the message names the problem, in English)."""


@dataclass(frozen=True)
class TemplateSection:
    key: str
    heading: str

    @property
    def is_extra(self) -> bool:
        return self.key.startswith(EXTRA_PREFIX)


@dataclass(frozen=True)
class ReportTemplate:
    preset: str  # the preset it started from ("standard", "2015", "2017")
    sections: tuple[TemplateSection, ...]

    def has(self, key: str) -> bool:
        return any(section.key == key for section in self.sections)

    def heading(self, key: str) -> str:
        for section in self.sections:
            if section.key == key:
                return section.heading
        return DEFAULT_HEADINGS.get(key, "")

    def extras(self) -> tuple[TemplateSection, ...]:
        return tuple(section for section in self.sections if section.is_extra)

    @property
    def includes_self_evaluation(self) -> bool:
        return self.has("self_evaluation")

    def with_sections(self, sections: Sequence[TemplateSection]) -> ReportTemplate:
        return replace(self, sections=tuple(sections))


# The headings ArenaDesk printed before templates (the 2015 reports' wording).
DEFAULT_HEADINGS: dict[str, str] = {
    "participants": "Deltakere og aktørroller i gruppa",
    "problem": "Beskriv problemet",
    "result": "Resultat (fra gruppas arbeid)",
    "concretisation": "Konkretisering av resultatet",
    "next_steps": "Videre arbeid med utfordringen (neste skritt)",
    "web_use": "Ønsket bruk av nettplassen",
    "comments": "Kommentarer fra gruppa",
    "boards": "Visuelle maler",
    "self_evaluation": "Egenevaluering",
}


def _sections(*pairs: tuple[str, str]) -> tuple[TemplateSection, ...]:
    return tuple(TemplateSection(key, heading) for key, heading in pairs)


PRESETS: dict[str, ReportTemplate] = {
    "standard": ReportTemplate(
        "standard", _sections(*((key, DEFAULT_HEADINGS[key]) for key in BUILT_IN))
    ),
    # The 2015 group reports (seeds: arena-2015-group-reports-part1.txt).
    "2015": ReportTemplate(
        "2015",
        _sections(
            ("participants", "Deltakere og aktørroller i gruppa"),
            ("problem", "Beskriv problemet"),
            ("result", "Resultat (fra gruppas arbeid)"),
            ("concretisation", "Konkretisering av resultatet"),
            ("next_steps", "Videre arbeid med utfordringen (neste skritt)"),
            ("web_use", "Ønsket bruk av nettplassen arena.arbeidoghelse.no"),
            ("comments", "Kommentarer fra gruppa"),
            ("boards", "Visuelle maler"),
        ),
    ),
    # The 2017 arena report's group pages and its self-evaluation (arena-2017-report.txt).
    "2017": ReportTemplate(
        "2017",
        _sections(
            ("participants", "Deltakere og aktørroller i gruppa"),
            ("problem", "Beskrivelse av problemet"),
            ("result", "Resultat fra gruppas arbeid"),
            ("next_steps", "Videre arbeid med utfordringen (neste skritt)"),
            ("boards", "Visuelle maler"),
            ("self_evaluation", "Egenevaluering"),
        ),
    ),
}
DEFAULT = PRESETS["standard"]


def new_extra_key() -> str:
    """A key for a new extra section, unique enough for two laptops adding one offline."""
    return EXTRA_PREFIX + uuid.uuid4().hex[:8]


def to_json(template: ReportTemplate) -> dict[str, Any]:
    return {
        "preset": template.preset,
        "sections": [{"key": s.key, "heading": s.heading} for s in template.sections],
    }


def from_json(data: Any) -> ReportTemplate:
    """A template from its stored form, every value checked."""
    if not isinstance(data, Mapping):
        raise TemplateError("a template is an object")
    preset = data.get("preset", "standard")
    if not isinstance(preset, str) or preset not in PRESETS and preset != "custom":
        raise TemplateError(f"unknown preset {preset!r}")
    raw = data.get("sections")
    if not isinstance(raw, list) or len(raw) > MAX_SECTIONS:
        raise TemplateError("sections must be a list of at most 40")
    sections: list[TemplateSection] = []
    for entry in raw:
        if not isinstance(entry, Mapping):
            raise TemplateError("a section is an object")
        key, heading = entry.get("key"), entry.get("heading")
        if not isinstance(key, str) or not (key in BUILT_IN or _EXTRA_KEY.match(key)):
            raise TemplateError(f"unknown section {key!r}")
        if not isinstance(heading, str):
            raise TemplateError("a heading is text")
        heading = " ".join(heading.split())
        if not heading or len(heading) > HEADING_LIMIT:
            raise TemplateError("a heading is 1 to 200 characters")
        if any(section.key == key for section in sections):
            raise TemplateError(f"section {key!r} twice")
        sections.append(TemplateSection(key, heading))
    return ReportTemplate(preset, tuple(sections))
