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
