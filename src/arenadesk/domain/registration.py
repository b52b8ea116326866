"""A registration sheet's columns: which field each holds, recognised by its header.

Sign-up forms (Nettskjema, Questback, Forms, Excel) name their columns as the organiser
wrote the questions: "Fornavn", "E-postadresse", "Hvilket perspektiv representerer du?".
A header is recognised when it is, or contains, one of the words below (bokmål, nynorsk,
English); each field is taken by the first column that names it, and every other column
(a timestamp, a consent box) is ignored and listed. A mapping is keyed by the set of
headers, so the organiser's corrections are remembered for the next export of that form.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from arenadesk.domain.perspective_mapping import normalise


class Field(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    TITLE = "title"
    ORGANISATION = "organisation"
    EMAIL = "email"
    PERSPECTIVE = "perspective"
    GROUP = "group"
    DAY_1 = "day_1"
    DAY_2 = "day_2"
    DAYS = "days"
    COMMENT = "comment"


# Checked in this order, so "Etternavn" is a last name before "navn" makes it a name, and
# "Ønsket gruppe" is a group wish. Exact names first, then words contained in the header.
_EXACT: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "navn",
        "namn",
        "name",
        "fullt navn",
        "fullt namn",
        "full name",
        "deltaker",
        "deltakar",
        "participant",
    ),
    Field.FIRST_NAME: ("fornavn", "førenamn", "fornamn", "first name", "given name", "firstname"),
    Field.LAST_NAME: ("etternavn", "etternamn", "last name", "surname", "family name", "lastname"),
    Field.TITLE: ("stilling", "tittel", "title", "job title", "stillingstittel", "position"),
    Field.ORGANISATION: (
        "organisasjon",
        "arbeidssted",
        "arbeidsstad",
        "virksomhet",
        "verksemd",
        "organisation",
        "organization",
        "company",
        "institution",
        "institusjon",
        "employer organisation",
    ),
    Field.EMAIL: (
        "e-post",
        "epost",
        "e-postadresse",
        "epostadresse",
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "mail",
    ),
    Field.PERSPECTIVE: ("perspektiv", "rolle", "role", "perspective", "aktørrolle"),
    Field.GROUP: (
        "ønsket gruppe",
        "ynskt gruppe",
        "gruppe",
        "group",
        "preferred group",
        "utfordringsgruppe",
        "gruppeønske",
    ),
    Field.DAY_1: ("dag 1", "day 1", "dag1", "day1"),
    Field.DAY_2: ("dag 2", "day 2", "dag2", "day2"),
    Field.DAYS: ("dager", "dagar", "days", "deltakelse", "deltaking", "attendance"),
    Field.COMMENT: (
        "kommentar",
        "kommentarar",
        "kommentarer",
        "comment",
        "comments",
        "merknad",
        "merknader",
        "note",
        "notes",
    ),
}

_CONTAINS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.EMAIL, ("e-post", "epost", "e-mail", "email")),
    (Field.FIRST_NAME, ("fornavn", "førenamn", "first name")),
    (Field.LAST_NAME, ("etternavn", "etternamn", "last name", "surname")),
    (Field.DAY_1, ("dag 1", "day 1")),
    (Field.DAY_2, ("dag 2", "day 2")),
    (Field.GROUP, ("gruppe", "group")),
    (Field.PERSPECTIVE, ("perspektiv", "perspective", "rolle", "role")),
    (
        Field.ORGANISATION,
        (
            "organisasjon",
            "arbeidssted",
            "arbeidsstad",
            "virksomhet",
            "verksemd",
            "organisation",
            "organization",
            "arbeidsplass",
        ),
    ),
    (Field.TITLE, ("stilling", "tittel", "job title")),
    (Field.COMMENT, ("kommentar", "comment", "merknad")),
    (Field.NAME, ("navn", "namn", "name")),
    (Field.DAYS, ("hvilke dager", "kva dagar", "which days")),
)


def guess_field(header: str) -> Field | None:
    """The field a header names, or None (a timestamp, a consent box, an empty header)."""
    text = normalise(header).replace("–", "-")
    if not text:
        return None
    for field, names in _EXACT.items():
        if text in names:
            return field
    for field, words in _CONTAINS:
        # At the start of a word: "e-postadressen", "fornavnet" count.
        if any(re.search(r"(?<!\w)" + re.escape(w), text) for w in words):
            return field
    return None


@dataclass(frozen=True)
class Mapping:
    """Which field each column holds (None: ignored)."""

    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]

    def column(self, field: Field) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    @property
    def ignored(self) -> tuple[str, ...]:
        return tuple(h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h)

    @property
    def has_name(self) -> bool:
        return Field.NAME in self.fields or (
            Field.FIRST_NAME in self.fields or Field.LAST_NAME in self.fields
        )

    def with_field(self, column: int, field: Field | None) -> Mapping:
        """The mapping with `column` set to `field` (taken from any other column)."""
        fields = [None if (f == field and field is not None) else f for f in self.fields]
        fields[column] = field
        return Mapping(self.headers, tuple(fields))

    def to_json(self) -> list[str | None]:
        return [f.value if f else None for f in self.fields]

    @classmethod
    def from_json(cls, headers: Sequence[str], data: object) -> Mapping | None:
        """A remembered mapping, or None when it does not fit these headers."""
        if not isinstance(data, list) or len(data) != len(headers):
            return None
        values = {f.value for f in Field}
        if any(v is not None and v not in values for v in data):
            return None
        fields = tuple(Field(v) if v else None for v in data)
        taken = [f for f in fields if f]
        if len(taken) != len(set(taken)):
            return None
        return cls(tuple(headers), fields)


def guess_mapping(headers: Sequence[str]) -> Mapping:
    fields: list[Field | None] = []
    for header in headers:
        field = guess_field(header)
        fields.append(None if field in fields else field)
    return Mapping(tuple(headers), tuple(fields))


def headers_key(headers: Sequence[str]) -> str:
    """A stable key for a set of headers (order and case do not matter)."""
    joined = "\n".join(sorted(normalise(h) for h in headers))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


# --- values ----------------------------------------------------------------------------

Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None

_YES = {"ja", "j", "x", "yes", "y", "1", "true", "sann", "deltar", "deltek", "kommer", "✓", "✔"}
_NO = {"nei", "n", "no", "0", "false", "usann", "-", "kommer ikke", "kjem ikkje", ""}
_BOTH = ("begge", "både", "alle", "both", "all")


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees: dates as dd.mm.yyyy, whole numbers without .0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def attends(value: Cell) -> bool | None:
    """A "Dag 1" cell: True (ja, x, a date), False (nei, empty), None (cannot tell)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    if isinstance(value, bool):
        return value
    text = normalise(cell_text(value))
    if text in _YES or text.startswith(("ja ", "yes ")):
        return True
    if text in _NO or text.startswith(("nei ", "no ")):
        return False
    return None


def days_named(value: Cell, day_count: int) -> tuple[int, ...] | None:
    """A "Dager" cell ("Dag 1 og 2", "begge", "2"): the day numbers, or None if unclear."""
    text = normalise(cell_text(value))
    if not text:
        return None
    if any(re.search(r"(?<!\w)" + word, text) for word in _BOTH):
        return tuple(range(1, day_count + 1))
    numbers = sorted({int(n) for n in re.findall(r"\d+", text) if 1 <= int(n) <= day_count})
    return tuple(numbers) or None
