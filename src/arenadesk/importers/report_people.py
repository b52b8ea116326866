"""Participant lines as groups write them in their Word reports, read into people.

"Sissel Kleven, Prosjektleder/rådgiver, Utviklingsavdelingen i Buskerud fylkeskommune",
"Fasilitator: Toril Dale, Leder Innovasjon og nettverk, AiR", "Håvard Jakobsen Ofte,
Forskningsformidler, NK ARR (fasilitator)", "Mats Bediksen. Vernepleier. Gruppemedlem",
"Janne Ursin, Arbeids- og velferdsdirektoratet", a table row (name, job title,
organisation, days). What a line does not say stays empty: no days, no perspective, no
split of a job title from an organisation the line did not separate. A line that does
not start with a name ("Elev ved Arbeidsinstituttet") is not a person; the caller keeps
it as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arenadesk.domain import people_paste
from arenadesk.domain.vocabulary import Role

MAX_LINE = 400


@dataclass(frozen=True)
class ImportedPerson:
    name: str
    title: str = ""
    organisation: str = ""
    role: Role = Role.PARTICIPANT
    days: tuple[int, ...] = ()
    note: str = ""  # partial attendance as written


_ROLE_WORDS = {
    "fasilitator": Role.FACILITATOR,
    "facilitator": Role.FACILITATOR,
    "eier": Role.OWNER,
    "problemeier": Role.OWNER,
    "utfordringseier": Role.OWNER,
    "ressursperson": Role.RESOURCE,
    "gruppemedlem": Role.PARTICIPANT,
    "deltaker": Role.PARTICIPANT,
    "deltager": Role.PARTICIPANT,
}
_ROLE_ALT = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))
_PREFIX = re.compile(rf"^\s*({_ROLE_ALT})\s*:\s*", re.IGNORECASE)
_SUFFIX_PAREN = re.compile(rf"\s*\(\s*({_ROLE_ALT})\s*\)\s*\.?\s*$", re.IGNORECASE)
_SUFFIX_WORD = re.compile(rf"[\s.,]+({_ROLE_ALT})\s*\.?\s*$", re.IGNORECASE)
# Words that begin a job title: where a name written without a comma ends.
_TITLE_WORDS = {
    "leder",
    "seniorrådgiver",
    "rådgiver",
    "direktør",
    "prosjektleder",
    "veileder",
    "daglig",
    "hotellsjef",
    "resepsjonssjef",
    "forsker",
    "seniorforsker",
    "overlege",
    "lege",
    "avdelingsleder",
    "avdelingsoverlege",
    "enhetsleder",
    "konsulent",
    "seksjonssjef",
    "spesialrådgiver",
    "politisk",
    "fagansvarlig",
    "sjef",
    "professor",
    "førsteamanuensis",
    "vernepleier",
    "ergoterapeut",
    "sykepleier",
    "psykolog",
    "fylkeskoordinator",
    "skolefaglig",
    "forskningsformidler",
    "spesialist",
    "spes",
    "nestleder",
    "koordinator",
    "saksbehandler",
    "student",
    "elev",
}


def _is_title(segment: str) -> bool:
    """'Prosjektleder/rådgiver', 'Spes.i arbeidsmedisin lege', 'ergoterapeut': a job
    title rather than an organisation (an organisation is the default)."""
    words = [w.casefold().strip(".,;:") for w in re.split(r"[\s/.]+", segment) if w]
    if not words:
        return False
    if segment[:1].islower():
        return True
    return any(
        word == title or (len(title) >= 5 and word.startswith(title))
        for word in words[:4]
        for title in _TITLE_WORDS
    )


_DAYS = re.compile(r"^dag(?:er)?\s+(\d+(?:\s*(?:,|og|&|-)\s*\d+)*)\s*$", re.IGNORECASE)
NOT_GIVEN = {"ikke oppgitt", "–", "-", ""}


def role_of(text: str) -> tuple[str, Role | None]:
    """The line without its role marker, and the role it names (None: not said)."""
    for pattern in (_PREFIX, _SUFFIX_PAREN, _SUFFIX_WORD):
        match = pattern.search(text)
        if match:
            role = _ROLE_WORDS[match.group(1).casefold()]
            return (text[: match.start()] + text[match.end() :]).strip(" ,."), role
    return text.strip(), None


def _name_words(segment: str) -> tuple[str, str]:
    """'Karine Hammerstad Aas Veileder' -> ('Karine Hammerstad Aas', 'Veileder')."""
    words = segment.split()
    taken: list[str] = []
    for word in words:
        bare = word.strip(".,;")
        if not bare or not bare[0].isupper() or any(ch.isdigit() for ch in bare):
            break
        if len(taken) >= 2 and bare.casefold() in _TITLE_WORDS:
            break
        if len(taken) >= 4:
            break
        taken.append(word)
    rest = " ".join(words[len(taken) :])
    return " ".join(taken).strip(" ,."), rest.strip(" ,.")


def looks_like_name(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= 6
        and len(name) <= 120
        and all(w[0].isupper() for w in words if w[0].isalpha())
        and not any(ch.isdigit() for ch in name)
        and words[0][0].isalpha()
    )


def parse_line(line: str) -> ImportedPerson | None:
    """One participant line; None when it does not start with a name."""
    text = " ".join(line.split())[:MAX_LINE]
    text = re.sub(r"^[-•*\u2013\uf0b7·o]\s+", "", text)  # a typed bullet
    text, role = role_of(text)
    if not text:
        return None
    if "," in text:
        segments = [s.strip() for s in text.split(",") if s.strip()]
    elif re.search(r"\.\s", text):
        segments = [s.strip() for s in re.split(r"\.\s+", text) if s.strip(" .")]
    else:
        segments = [text]
    if segments[0].split()[0].casefold().strip(".,") in _TITLE_WORDS:
        return None  # a job title, not a name: "Direktør Nasjonal kompetanseenhet…"
    name, rest = _name_words(segments[0])
    if not name or not looks_like_name(name):
        return None
    if len(name.split()) < 2 and (rest or len(segments) == 1):
        return None  # one capitalised word and more text: not a name one can trust
    if len(segments) == 1 and len(segments[0].split()) <= 4 and not rest:
        return ImportedPerson(name, role=role or Role.PARTICIPANT)
    others = segments[1:]
    title_parts = [rest] if rest else []
    if not rest and others and _is_title(others[0]):
        title_parts.append(others.pop(0))
    organisation = ", ".join(others)
    return ImportedPerson(
        name, " ".join(title_parts).strip(), organisation.strip(), role or Role.PARTICIPANT
    )


def parse_days(cell: str) -> tuple[tuple[int, ...], str]:
    """A days cell: 'Dag 1 og 2' -> (1, 2); 'Ikke oppgitt' -> (); anything else is a note
    kept as written. A second line is the note ('Dag 2' / 'siste halvdel dag 2')."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if not lines:
        return (), ""
    first = lines[0]
    match = _DAYS.match(first)
    if match:
        days = tuple(
            sorted({int(n) for n in re.findall(r"\d+", match.group(1)) if 0 < int(n) < 32})
        )
        return days, " ".join(lines[1:])
    if first.casefold() in NOT_GIVEN and len(lines) == 1:
        return (), ""
    if first.casefold() in ("begge dager", "begge dagene", "both days"):
        return (1, 2), " ".join(lines[1:])
    return (), " ".join(lines)


def parse_row(cells: tuple[str, ...], columns: dict[str, int]) -> ImportedPerson | None:
    """A table row, its columns found from the header (name, title, organisation, days)."""

    def cell(key: str) -> str:
        index = columns.get(key)
        return " ".join(cells[index].split()) if index is not None and index < len(cells) else ""

    name_cell, role = role_of(cell("name"))
    if not name_cell:
        return None
    if not looks_like_name(name_cell):
        person = parse_line(name_cell)
        if person is None:
            return None
        name_cell = person.name
    days, note = parse_days(cells[columns["days"]]) if "days" in columns else ((), "")
    return ImportedPerson(
        name_cell, cell("title"), cell("organisation"), role or Role.PARTICIPANT, days, note
    )


_HEADERS = {
    "name": re.compile(r"^(navn|name|deltaker|deltager)$"),
    "title": re.compile(r"^(stilling(/rolle)?|tittel|job title|rolle)$"),
    "organisation": re.compile(r"^(organisasjon|virksomhet|arbeidssted|organisation)$"),
    "days": re.compile(r"^(dag|dager|days?|til stede)$"),
}


def header_columns(row: tuple[str, ...]) -> dict[str, int] | None:
    """Columns of a participant table's header row, or None when it is no header."""
    return people_paste.header_columns(row, _HEADERS)
