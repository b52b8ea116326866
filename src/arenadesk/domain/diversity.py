"""The arena's 70 % homogeneity principle: perspective shares of a group or an arena."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from arenadesk.domain.vocabulary import Perspective

# A group is too homogeneous when one perspective makes up MORE than this share.
HOMOGENEITY_LIMIT = 0.70


@dataclass(frozen=True)
class DiversityMix:
    """How many people of each perspective, and what that means for the 70 % rule."""

    counts: dict[Perspective, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, perspective: Perspective) -> float:
        total = self.total
        return self.counts.get(perspective, 0) / total if total else 0.0

    @property
    def dominant(self) -> Perspective | None:
        """The most common perspective (ties broken by the fixed enum order)."""
        if not self.total:
            return None
        order = list(Perspective)
        return max(self.counts, key=lambda p: (self.counts[p], -order.index(p)))

    @property
    def dominant_share(self) -> float:
        dominant = self.dominant
        return self.share(dominant) if dominant else 0.0

    @property
    def too_homogeneous(self) -> bool:
        return self.dominant_share > HOMOGENEITY_LIMIT

    def shares(self) -> list[tuple[Perspective, int, float]]:
        """Every perspective present, largest first: (perspective, count, share)."""
        order = list(Perspective)
        present = sorted(
            (p for p, n in self.counts.items() if n),
            key=lambda p: (-self.counts[p], order.index(p)),
        )
        return [(p, self.counts[p], self.share(p)) for p in present]


def mix_of(perspectives: Iterable[Perspective | str]) -> DiversityMix:
    """Count perspectives; each person should be passed once."""
    counts: Counter[Perspective] = Counter(Perspective(p) for p in perspectives)
    return DiversityMix(dict(counts))
