"""What a use case changed: the kinds of thing and the ids of the rows, as one frozen value.

Every service function that writes returns a `ChangeSet`; the UI announces it once
(`AppSignals.announce`) and each screen refreshes only when a kind it shows is in it.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass


class Kind(enum.Enum):
    ARENA = "arena"  # the arena's own fields (name, format, days…)
    GROUPS = "groups"  # challenge groups
    PEOPLE = "people"  # participants
    MEMBERSHIPS = "memberships"  # who is in which group, with role and days
    PLANS = "plans"  # støttemal and the groups' plans
    RUNS = "runs"  # an økt being run
    BOARDS = "boards"  # boards and their notes
    REPORTS = "reports"  # a group report's texts, next steps or self-evaluation
    WALL = "wall"  # the Open Space program wall: økter, spaces or topics
    CONVERSATIONS = "conversations"  # an Open Space conversation's documentation
    PHOTOS = "photos"  # photos of the paper: added, captioned, moved, edited, removed


@dataclass(frozen=True)
class ChangeSet:
    """The kinds that changed and, per kind, the ids of the rows that did (possibly none,
    when a whole kind changed, as after a merge)."""

    kinds: frozenset[Kind] = frozenset()
    touched: frozenset[tuple[Kind, uuid.UUID]] = frozenset()

    @classmethod
    def of(cls, kind: Kind, *ids: uuid.UUID | None) -> ChangeSet:
        """One kind, with the ids of the rows that changed (None ids are left out)."""
        return cls(frozenset({kind}), frozenset((kind, i) for i in ids if i is not None))

    @classmethod
    def kinds_of(cls, *kinds: Kind) -> ChangeSet:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> ChangeSet:
        """A merge, an import or a restore can touch anything."""
        return cls(frozenset(Kind))

    def merge(self, *others: ChangeSet) -> ChangeSet:
        kinds, touched = set(self.kinds), set(self.touched)
        for other in others:
            kinds |= other.kinds
            touched |= other.touched
        return ChangeSet(frozenset(kinds), frozenset(touched))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return self.merge(other)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def affects(self, *kinds: Kind) -> bool:
        """True when any of these kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: Kind) -> frozenset[uuid.UUID]:
        return frozenset(i for k, i in self.touched if k is kind)


NOTHING = ChangeSet()


@dataclass(frozen=True)
class Created:
    """A use case that made a row: its id, and what changed."""

    id: uuid.UUID
    changes: ChangeSet


def merge_all(changes: Iterable[ChangeSet]) -> ChangeSet:
    return NOTHING.merge(*changes)
