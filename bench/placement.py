"""Placement benchmark: 200 registered people into 29 groups within the 70 % rule.

Budget (issue #17): under one second. The floor, measured in the same run, is what an
organiser does by hand: sort the people by perspective and deal them out round-robin (no
rule checked, no wishes). Also measured: a mix where balanced sizes cannot
hold the rule (64 % users, no owner or facilitator yet), so seats must move between
groups, and growth with size (people and groups together, 7 people a group).

    .venv/bin/python bench/placement.py [--runs 5] [--json FILE]

Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BUDGET_S = 1.0


def arena(
    people: int, groups: int, user_share: float, seed: int = 17, *, leaders: bool = True
) -> tuple[Any, Any]:
    from arenadesk.domain.placement import Candidate, GroupSeat
    from arenadesk.domain.vocabulary import Perspective

    rng = random.Random(seed)
    others = [p for p in Perspective if p is not Perspective.USER]
    seats = [
        GroupSeat(
            f"g{i}",
            f"{i // 4 + 1}{'ABCD'[i % 4]}",
            f"Gruppe {i}",
            (Perspective.SERVICE_PROVIDER, rng.choice(others)) if leaders else (),
        )
        for i in range(groups)
    ]
    codes = [s.code for s in seats]
    candidates = []
    for i in range(people):
        perspective = Perspective.USER if rng.random() < user_share else rng.choice(others)
        wish = rng.choice(codes) if rng.random() < 0.4 else ""
        candidates.append(Candidate(f"p{i}", f"Deltaker {i}", perspective, wish))
    return seats, candidates


def deal_round_robin(groups: Any, people: Any) -> dict[str, str]:
    ordered = sorted(people, key=lambda c: (str(c.perspective), c.name))
    return {c.key: groups[i % len(groups)].key for i, c in enumerate(ordered)}


def best_of(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from arenadesk.domain.placement import propose

    results: dict[str, Any] = {}
    for label, people, groups, share, leaders in (
        ("typical (30 % users, owner and facilitator in each group)", 200, 29, 0.3, True),
        ("many users (64 %, empty groups: seats must move)", 200, 29, 0.64, False),
    ):
        seats, candidates = arena(people, groups, share, leaders=leaders)
        placed_s, proposal = best_of(args.runs, lambda s=seats, c=candidates: propose(s, c))
        floor_s, _ = best_of(args.runs, lambda s=seats, c=candidates: deal_round_robin(s, c))
        problems = len(proposal.problems)  # type: ignore[attr-defined]
        sizes = [n for _, n in proposal.sizes]  # type: ignore[attr-defined]
        print(
            f"{label}: {people} people into {groups} groups in {placed_s * 1000:.0f} ms "
            f"(budget {BUDGET_S * 1000:.0f} ms), {placed_s / floor_s:.0f}× dealing round-robin "
            f"({floor_s * 1000:.2f} ms); groups over 70 %: {problems}; sizes "
            f"{min(sizes)}–{max(sizes)}; wishes not met: "
            f"{len(proposal.missed_wishes)}"  # type: ignore[attr-defined]
        )
        results[label] = {"seconds": placed_s, "floor_seconds": floor_s, "problems": problems}
    growth = []
    for people in (50, 100, 200, 400, 800):
        seats, candidates = arena(people, max(2, people // 7), 0.3)
        seconds, _ = best_of(max(1, args.runs // 2), lambda s=seats, c=candidates: propose(s, c))
        growth.append((people, seconds))
    print("growth (7 per group): " + ", ".join(f"{n}: {s * 1000:.0f} ms" for n, s in growth))
    results["growth"] = growth
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
