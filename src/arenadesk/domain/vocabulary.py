"""Closed vocabularies of an arena: perspectives, membership roles and arena formats."""

from __future__ import annotations

from enum import StrEnum


class Perspective(StrEnum):
    """The actor perspective a participant brings (perspektiv). Values are stored as-is."""

    USER = "bruker"
    SERVICE_PROVIDER = "tjenesteyter"
    RESEARCHER = "forsker"
    AUTHORITY = "myndighet"
    EMPLOYER = "arbeidsgiver"
    OTHER = "annet"
    # Not given ("ikke oppgitt"): the reports often name people without a perspective.
    # Counted apart in the diversity figures and never replaced by a guess.
    UNKNOWN = "ukjent"


# The perspectives a person can actually bring (every one but "not given").
KNOWN_PERSPECTIVES = tuple(p for p in Perspective if p is not Perspective.UNKNOWN)


class Role(StrEnum):
    """A person's role in one challenge group (aktørrolle)."""

    FACILITATOR = "facilitator"
    OWNER = "owner"
    PARTICIPANT = "participant"
    RESOURCE = "resource"


class ArenaFormat(StrEnum):
    """How an arena works: facilitated groups, Open Space, or both side by side."""

    FACILITATED = "facilitated"
    OPEN_SPACE = "open_space"
    BOTH = "both"


# Display order in tables and dialogs: the group's leaders first.
ROLE_ORDER = (Role.OWNER, Role.FACILITATOR, Role.RESOURCE, Role.PARTICIPANT)
