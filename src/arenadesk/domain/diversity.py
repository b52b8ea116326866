"""The arena's 70 % homogeneity principle: perspective shares of a group or an arena.

People whose perspective is not given ("ikke oppgitt") are counted, as unknown, but the
70 % rule is taken over the people whose perspective is known: 5 researchers, 1 user and
4 unknown is 5 of 6 known (83 %), too homogeneous as far as anyone can tell. Shares for
display (`share`) are of everyone, so a bar of the mix adds up to the whole group.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES, Perspective

# A group is too homogeneous when one perspective makes up MORE than this share.
HOMOGENEITY_LIMIT = 0.70


@dataclass(frozen=True)
class DiversityMix:
    """How many people of each perspective, and what that means for the 70 % rule."""

    counts: dict[Perspective, int]

    @property
    def total(self) -> int:
        """Everyone counted, known perspective or not."""
        return sum(self.counts.values())

    @property
    def unknown(self) -> int:
        """People whose perspective is not given."""
        return self.counts.get(Perspective.UNKNOWN, 0)

    @property
    def known(self) -> int:
        return self.total - self.unknown

    def share(self, perspective: Perspective) -> float:
        """The share of everyone counted (for bars and legends)."""
        total = self.total
        return self.counts.get(perspective, 0) / total if total else 0.0

    def known_share(self, perspective: Perspective) -> float:
        """The share among people with a known perspective (what the 70 % rule uses)."""
        if perspective is Perspective.UNKNOWN or not self.known:
            return 0.0
        return self.counts.get(perspective, 0) / self.known

    @property
    def dominant(self) -> Perspective | None:
        """The most common known perspective (ties broken by the fixed enum order)."""
        present = [p for p in KNOWN_PERSPECTIVES if self.counts.get(p, 0)]
        if not present:
            return None
        order = list(Perspective)
        return max(present, key=lambda p: (self.counts[p], -order.index(p)))

    @property
    def dominant_share(self) -> float:
        """The dominant perspective's share among the known ones."""
        dominant = self.dominant
        return self.known_share(dominant) if dominant else 0.0

    @property
    def too_homogeneous(self) -> bool:
        return self.dominant_share > HOMOGENEITY_LIMIT

    def shares(self) -> list[tuple[Perspective, int, float]]:
        """Every perspective present, largest first, unknown last: (perspective, count,
        share of everyone)."""
        order = list(Perspective)
        present: list[Perspective] = sorted(
            (p for p, n in self.counts.items() if n and p is not Perspective.UNKNOWN),
            key=lambda p: (-self.counts[p], order.index(p)),
        )
        if self.unknown:
            present.append(Perspective.UNKNOWN)
        return [(p, self.counts[p], self.share(p)) for p in present]


def mix_of(perspectives: Iterable[Perspective | str]) -> DiversityMix:
    """Count perspectives; each person should be passed once."""
    counts: Counter[Perspective] = Counter(Perspective(p) for p in perspectives)
    return DiversityMix(dict(counts))
