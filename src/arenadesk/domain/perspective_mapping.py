"""Free-text perspectives from a sign-up form mapped to the six of the arena.

Forms let people write what they like: "Tjenesteyter (Nav)", "Brukerrepresentant",
"Forsker ved OsloMet", "Arbeidsgiver / HR". A text maps to a perspective when it holds one
of the words below; a text that holds none, or words of two different perspectives
("bruker og forsker"), is not guessed at: it maps to None, shown as "ikke oppgitt" and
listed for the organiser to review.
"""

from __future__ import annotations

import re
import unicodedata

from arenadesk.domain.vocabulary import Perspective

# Word stems, matched at the start of a word (so "brukerrepresentant" and "brukarane" are
# users, "forskning" is research). Bokmål, nynorsk and English.
_STEMS: dict[Perspective, tuple[str, ...]] = {
    Perspective.USER: (
        "bruker",
        "brukar",
        "user",
        "pasient",
        "pårørende",
        "pårørande",
        "erfaringskonsulent",
        "erfaringskompetanse",
        "likeperson",
        "brukerorganisasjon",
        "interesseorganisasjon",
        "service user",
        "patient",
    ),
    Perspective.SERVICE_PROVIDER: (
        "tjenesteyter",
        "tenesteytar",
        "tjenesteytar",
        "service provider",
        "nav",
        "veileder",
        "rettleiar",
        "saksbehandler",
        "sakshandsamar",
        "helsetjeneste",
        "kommune",
        "fastlege",
        "behandler",
        "terapeut",
        "tiltaksarrangør",
        "attføring",
    ),
    Perspective.RESEARCHER: (
        "forsker",
        "forskar",
        "forskning",
        "forsking",
        "research",
        "universitet",
        "høgskole",
        "høgskule",
        "stipendiat",
        "professor",
        "akademi",
    ),
    Perspective.AUTHORITY: (
        "myndighet",
        "myndigheit",
        "authorit",
        "departement",
        "direktorat",
        "ministry",
        "directorate",
        "government",
        "forvaltning",
        "stat",
        "politiker",
        "politikar",
    ),
    Perspective.EMPLOYER: (
        "arbeidsgiver",
        "arbeidsgjevar",
        "arbeidsgivar",
        "employer",
        "næringsliv",
        "bedrift",
        "hr",
        "business",
    ),
    Perspective.OTHER: ("annet", "anna", "other", "andre", "partene i arbeidslivet"),
}

# The exact values (and the English and Norwegian labels) are always recognised.
_EXACT: dict[str, Perspective] = {p.value: p for p in Perspective if p.value != "ukjent"}
_EXACT.update(
    {
        "service provider": Perspective.SERVICE_PROVIDER,
        "researcher": Perspective.RESEARCHER,
        "authority": Perspective.AUTHORITY,
        "employer": Perspective.EMPLOYER,
        "user": Perspective.USER,
        "other": Perspective.OTHER,
    }
)

# Texts that say plainly that nothing was given.
_NOT_GIVEN = (
    "",
    "-",
    "–",
    "ikke oppgitt",
    "ikkje oppgitt",
    "not given",
    "unknown",
    "ukjent",
    "vet ikke",
)


def normalise(text: str) -> str:
    """Lower case, one Unicode form, punctuation to spaces, single spaces."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w\s-]", " ", folded).replace("_", " ").split())


# Short words that would otherwise start unrelated words ("navn", "statistikk").
_WHOLE_WORDS = frozenset({"nav", "hr", "stat", "other", "andre", "anna"})


# Stems found inside compounds too ("velferdsdirektoratet", "helseforsker").
_IN_COMPOUNDS = frozenset(
    {
        "direktorat",
        "departement",
        "forsker",
        "forskar",
        "forskning",
        "universitet",
        "tjenesteyter",
        "myndighet",
        "arbeidsgiver",
    }
)


def _pattern(stem: str) -> re.Pattern[str]:
    start = "" if stem in _IN_COMPOUNDS else r"(?<!\w)"
    end = r"(?!\w)" if stem in _WHOLE_WORDS else ""
    return re.compile(start + re.escape(stem) + end)


_PATTERNS = {p: tuple(_pattern(s) for s in stems) for p, stems in _STEMS.items()}


def map_perspective(text: str | None) -> Perspective | None:
    """The perspective a free text names, or None when it names none or more than one."""
    cleaned = normalise(text or "")
    if cleaned in _NOT_GIVEN:
        return None
    if cleaned in _EXACT:
        return _EXACT[cleaned]
    found = {p for p, patterns in _PATTERNS.items() if any(x.search(cleaned) for x in patterns)}
    # "Annet" beside a real perspective ("annet: forsker") is not a second perspective.
    if len(found) > 1:
        found.discard(Perspective.OTHER)
    return found.pop() if len(found) == 1 else None
