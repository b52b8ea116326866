"""Suggestions for the report from the group's boards: the goal becomes the result, the
road becomes next steps, the mountains become the problem. Typed text is never replaced:
suggestions are only added, as bullet lines the text does not already have."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# (template key, zone key) -> the report section its notes suggest.
ZONE_SECTIONS: dict[tuple[str, str], str] = {
    ("toppen-av-fjellet", "malet"): "result",
    ("toppen-av-fjellet", "visjonen"): "result",
    ("toppen-av-fjellet", "utfordringer"): "problem",
    ("toppen-av-fjellet", "veien"): "action_items",
    ("gap-analyse", "framtid"): "result",
    ("gap-analyse", "hindringer"): "problem",
    ("gap-analyse", "tiltak"): "action_items",
    ("veien-videre", "hindringer"): "problem",
    ("veien-videre", "skritt"): "action_items",
    ("huset-pa-asen", "visjonen"): "result",
    ("huset-pa-asen", "begrensninger"): "problem",
}
SECTIONS = ("problem", "result", "action_items")


@dataclass
class Suggestions:
    problem: list[str] = field(default_factory=list)
    result: list[str] = field(default_factory=list)
    action_items: list[str] = field(default_factory=list)

    def for_section(self, section: str) -> list[str]:
        return list(getattr(self, section))

    @property
    def is_empty(self) -> bool:
        return not (self.problem or self.result or self.action_items)


def suggest(boards: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> Suggestions:
    """`boards`: (template key, [(zone key, note text), ...]) in the order to suggest."""
    found = Suggestions()
    for template_key, notes in boards:
        for zone_key, text in notes:
            section = ZONE_SECTIONS.get((template_key, zone_key))
            line = " ".join(text.split())
            if section and line and line not in getattr(found, section):
                getattr(found, section).append(line)
    return found


def _normalised(line: str) -> str:
    return " ".join(line.lstrip("-•* ").split()).casefold()


def missing_lines(existing: str, lines: Iterable[str]) -> list[str]:
    """The suggested lines the text does not already contain (as a line or a bullet)."""
    have = {_normalised(line) for line in existing.splitlines() if line.strip()}
    return [line for line in lines if _normalised(line) not in have]


def with_suggestions(existing: str, lines: Iterable[str]) -> str:
    """The typed text, unchanged, followed by the missing suggestions as bullet lines."""
    new = missing_lines(existing, lines)
    if not new:
        return existing
    bullets = "\n".join(f"- {line}" for line in new)
    return f"{existing.rstrip()}\n\n{bullets}" if existing.strip() else bullets
