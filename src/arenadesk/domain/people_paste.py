"""A list of people pasted into a group: names one per line, "Name, title, organisation"
lines, or cells copied from Excel (tab-separated, with or without a header row).

Only what the text says is kept: a name alone stays a name with no title, organisation,
days or perspective. Bullets and numbering typed or pasted from Word are stripped, a role
written with the name ("(fasilitator)", "Fasilitator: …") is read, a line that repeats
an earlier name is left out, and every line that is not a person is given back as
skipped so the preview can show it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from arenadesk.domain.vocabulary import Role

MAX_PASTE_CHARS = 200_000
MAX_PEOPLE = 500
MAX_FIELD = 200

_BULLET = re.compile(r"^\s*(?:[-•*\u2013\u2022\uf0b7·o]|\d{1,3}[.)])\s+")
_ROLE_WORDS = {
    "fasilitator": Role.FACILITATOR,
    "eier": Role.OWNER,
    "ressursperson": Role.RESOURCE,
    "deltaker": Role.PARTICIPANT,
    "deltager": Role.PARTICIPANT,
    "gruppemedlem": Role.PARTICIPANT,
}
_ALT = "|".join(_ROLE_WORDS)
_ROLE_PREFIX = re.compile(rf"^({_ALT})\s*:\s*", re.IGNORECASE)
_ROLE_SUFFIX = re.compile(rf"\s*\(\s*({_ALT})\s*\)\s*$", re.IGNORECASE)
_HEADER = {
    "name": re.compile(r"^(navn|name|fullt navn|deltaker|deltager)$"),
    "title": re.compile(r"^(stilling|tittel|job title|title|stilling/rolle)$"),
    "organisation": re.compile(r"^(organisasjon|virksomhet|arbeidssted|organisation|org)$"),
}


@dataclass(frozen=True)
class PastedPerson:
    name: str
    title: str = ""
    organisation: str = ""
    role: Role | None = None  # None: the paste does not say


@dataclass(frozen=True)
class Pasted:
    people: tuple[PastedPerson, ...]
    skipped: tuple[str, ...]  # lines that named no one, or repeated a name


def name_key(name: str) -> str:
    """How two written names are compared: one Unicode form, case and spaces ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_FIELD]


def _role(name: str) -> tuple[str, Role | None]:
    for pattern in (_ROLE_PREFIX, _ROLE_SUFFIX):
        match = pattern.search(name)
        if match:
            return (name[: match.start()] + name[match.end() :]).strip(), _ROLE_WORDS[
                match.group(1).casefold()
            ]
    return name, None


def header_columns(
    cells: Sequence[str], patterns: dict[str, re.Pattern[str]] = _HEADER
) -> dict[str, int] | None:
    """Which column holds what, when this row is a header row naming a name column."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        label = " ".join(cell.casefold().split()).strip(" :")
        for key, pattern in patterns.items():
            if key not in found and pattern.match(label):
                found[key] = index
    return found if "name" in found else None


def parse_pasted(text: str) -> Pasted:
    """The people in a pasted text, in the order they were pasted."""
    lines = (text or "")[:MAX_PASTE_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [line for line in lines if line.strip()]
    tabbed = any("\t" in row for row in rows)
    columns = {"name": 0, "title": 1, "organisation": 2}
    if tabbed and rows:
        header = header_columns(rows[0].split("\t"))
        if header is not None:
            columns = header
            rows = rows[1:]
    people: list[PastedPerson] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for row in rows:
        if tabbed:
            cells = row.split("\t")
        else:
            cells = [c for c in row.split(",")]
            cells = [cells[0], cells[1] if len(cells) > 1 else "", ",".join(cells[2:])]

        def cell(key: str, cells: list[str] = cells) -> str:
            index = columns.get(key)
            return _clean(cells[index]) if index is not None and index < len(cells) else ""

        name, role = _role(_BULLET.sub("", cell("name")))
        name = _clean(name)
        if not name or not any(ch.isalpha() for ch in name):
            skipped.append(_clean(row))
            continue
        if name_key(name) in seen or len(people) >= MAX_PEOPLE:
            skipped.append(_clean(row))
            continue
        seen.add(name_key(name))
        people.append(PastedPerson(name, cell("title"), cell("organisation"), role))
    return Pasted(tuple(people), tuple(skipped))
