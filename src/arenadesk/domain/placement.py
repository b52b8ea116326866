"""Placing registered people into the arena's groups within the 70 % rule.

Everyone without a group is placed; the people already in a group (owners, facilitators,
anyone placed by hand) stay and count in the group's mix. Sizes are as balanced as the rule
allows: the seats are first shared out evenly, and only when that makes the rule
impossible are seats moved between groups. A group's size decides how many of one
perspective it may hold (at most 70 %, so 4 of 7, 7 of 10), and the question "can these
people fill these seats within those limits?" is a maximum flow: perspectives to groups,
at most the limit along each pair, the group's free seats into the sink. Wishes are
honoured first and given up only where the flow must reroute someone. The rule is taken
over known perspectives, as in the diversity figures: people whose perspective is not
given ("ikke oppgitt") weigh nothing in it, so they are placed last, to even out sizes.

Deterministic: the same people and groups give the same proposal, whatever order they
come in (people are sorted by name, then key; groups keep the order given).
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeGuard

from arenadesk.domain.codes import code_key
from arenadesk.domain.flow import FlowNetwork
from arenadesk.domain.perspective_mapping import normalise
from arenadesk.domain.vocabulary import Perspective

# Exhaustive search over group sizes while there are at most this many ways to size them.
EXHAUSTIVE_LIMIT = 3_000
SOURCE, SINK = "source", "sink"


@dataclass(frozen=True)
class GroupSeat:
    key: str
    code: str
    title: str
    fixed: tuple[Perspective | None, ...] = ()  # who is already in the group


@dataclass(frozen=True)
class Candidate:
    key: str
    name: str
    perspective: Perspective | None
    wish: str = ""


@dataclass(frozen=True)
class Problem:
    """A group left over 70 % of one perspective, and why."""

    group: str  # the group's key
    code: str
    perspective: Perspective
    share: float
    reason: str  # "fixed": its own members already are; "mix": too few of the others


@dataclass(frozen=True)
class Proposal:
    assignment: tuple[tuple[str, str], ...]  # (candidate key, group key), by candidate order
    problems: tuple[Problem, ...]
    missed_wishes: tuple[str, ...]  # candidates placed elsewhere than a group they named
    sizes: tuple[tuple[str, int], ...]  # (group key, members after placement)

    def as_dict(self) -> dict[str, str]:
        return dict(self.assignment)


def limit(perspective: Perspective | None, size: int) -> int:
    """How many of one perspective a group of `size` holds within 70 % (no limit for unknown)."""
    return size if perspective is None else (7 * size) // 10


def wished_group(wish: str, groups: Sequence[GroupSeat]) -> int | None:
    """The group a wish names: its code ("4F", "gruppe 4F") or its title."""
    text = normalise(wish)
    if not text:
        return None
    for index, group in enumerate(groups):
        if code_key(wish) == code_key(group.code):
            return index
    for index, group in enumerate(groups):
        code = re.escape(group.code.casefold())
        if re.search(r"(?<![\w-])" + code + r"(?![\w-])", text):
            return index
    for index, group in enumerate(groups):
        title = normalise(group.title)
        if title and (text == title or (len(text) >= 5 and text in title)):
            return index
    return None


def balanced_sizes(fixed: Sequence[int], placing: int) -> list[int]:
    """Hand out `placing` seats one at a time to the currently smallest group."""
    sizes = list(fixed)
    heap = [(size, index) for index, size in enumerate(sizes)]
    heapq.heapify(heap)
    for _ in range(placing):
        size, index = heapq.heappop(heap)
        sizes[index] = size + 1
        heapq.heappush(heap, (size + 1, index))
    return sizes


def known(perspective: Perspective | None) -> TypeGuard[Perspective]:
    return perspective is not None and perspective is not Perspective.UNKNOWN


class _Instance:
    """The people with a known perspective and the groups' known members: the 70 % rule
    is taken over known perspectives, so `sizes` here count known people only."""

    def __init__(self, groups: Sequence[GroupSeat], people: Sequence[Candidate]) -> None:
        self.groups = list(groups)
        self.people = sorted(
            (c for c in people if known(c.perspective)), key=lambda c: (c.name.casefold(), c.key)
        )
        self.fixed: list[Counter[Perspective | None]] = [
            Counter(p for p in g.fixed if known(p)) for g in self.groups
        ]
        self.fixed_sizes = [sum(counter.values()) for counter in self.fixed]
        self.counts = Counter(c.perspective for c in self.people)
        order = list(Perspective)
        self.perspectives: list[Perspective | None] = sorted(
            self.counts, key=lambda p: len(order) if p is None else order.index(p)
        )

    def room(self, p: Perspective | None, g: int, sizes: Sequence[int]) -> int:
        return max(0, limit(p, sizes[g]) - self.fixed[g][p])

    def fixed_excess(self, sizes: Sequence[int]) -> int:
        return sum(
            max(0, n - limit(p, sizes[g]))
            for g, counter in enumerate(self.fixed)
            for p, n in counter.items()
        )

    def score(self, sizes: Sequence[int]) -> int:
        """People placed within the limits, less any group its own members push over."""
        network = FlowNetwork()
        for p in self.perspectives:
            network.add_edge(SOURCE, ("p", p), self.counts[p])
            for g in range(len(self.groups)):
                network.add_edge(("p", p), ("g", g), self.room(p, g, sizes))
        for g in range(len(self.groups)):
            network.add_edge(("g", g), SINK, sizes[g] - self.fixed_sizes[g])
        return network.augment(SOURCE, SINK) - self.fixed_excess(sizes)


def _size_vectors(fixed: Sequence[int], placing: int) -> Iterator[list[int]]:
    """Every way to hand out `placing` seats (stars and bars)."""
    groups = len(fixed)
    for bars in itertools.combinations(range(placing + groups - 1), groups - 1):
        extra, previous = [], -1
        for bar in (*bars, placing + groups - 1):
            extra.append(bar - previous - 1)
            previous = bar
        yield [f + e for f, e in zip(fixed, extra, strict=True)]


def _ways(groups: int, placing: int) -> int:
    return 1 if groups <= 1 else _binomial(placing + groups - 1, groups - 1)


def _binomial(n: int, k: int) -> int:
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
        if result > EXHAUSTIVE_LIMIT:
            return result
    return result


def choose_sizes(instance: _Instance) -> list[int]:
    """The most balanced sizes under which everyone fits within the rule (or the best)."""
    placing = len(instance.people)
    sizes = balanced_sizes(instance.fixed_sizes, placing)
    if instance.score(sizes) == placing:
        return sizes
    if _ways(len(sizes), placing) <= EXHAUSTIVE_LIMIT:
        return _exhaustive(instance, sizes)
    for weight in (1.0, 4.0, 16.0):
        trial = _sizes_for_room(instance, weight)
        if trial is not None and instance.score(trial) == placing:
            return trial
    return _improve(instance, sizes)


def _sizes_for_room(instance: _Instance, weight: float) -> list[int] | None:
    """Sizes that trade balance for room for the largest perspective: a dynamic programme
    over groups minimising (size − mean)² − weight × that perspective's room."""
    present = [p for p in instance.perspectives if p is not None]
    if not present:
        return None
    dominant = max(present, key=lambda p: instance.counts[p])
    total = sum(instance.fixed_sizes) + len(instance.people)
    mean = total / len(instance.groups)
    narrowest, widest = int(mean / 2), int(mean * 1.6) + 2
    # best[seats] = (cost, sizes so far) over the groups seen
    best: dict[int, tuple[float, tuple[int, ...]]] = {0: (0.0, ())}
    for g, fixed in enumerate(instance.fixed_sizes):
        following: dict[int, tuple[float, tuple[int, ...]]] = {}
        for used, (cost, chosen) in best.items():
            for size in range(max(fixed, narrowest), max(fixed, widest) + 1):
                seats = used + size
                if seats > total:
                    break
                room = max(0, limit(dominant, size) - instance.fixed[g][dominant])
                value = cost + (size - mean) ** 2 - weight * room
                if seats not in following or value < following[seats][0]:
                    following[seats] = (value, (*chosen, size))
        best = following
    return list(best[total][1]) if total in best else None


def _spread(sizes: Sequence[int], target: Sequence[int]) -> tuple[int, int]:
    return max(sizes) - min(sizes), sum(abs(a - b) for a, b in zip(sizes, target, strict=True))


def _exhaustive(instance: _Instance, balanced: list[int]) -> list[int]:
    placing = len(instance.people)
    best, best_key = (
        balanced,
        (instance.score(balanced), *(-x for x in _spread(balanced, balanced))),
    )
    for sizes in sorted(
        _size_vectors(instance.fixed_sizes, placing), key=lambda s: (_spread(s, balanced), s)
    ):
        score = instance.score(sizes)
        if score == placing:
            return sizes
        key = (score, *(-x for x in _spread(sizes, balanced)))
        if key > best_key:
            best, best_key = sizes, key
    return best


def _improve(instance: _Instance, sizes: list[int], rounds: int = 200) -> list[int]:
    """Move one seat at a time from a group that loses no room to one that gains some."""
    placing = len(instance.people)
    score = instance.score(sizes)
    for _ in range(rounds):
        if score == placing:
            break
        gainers = sorted(
            (
                g
                for g in range(len(sizes))
                if limit(Perspective.USER, sizes[g] + 1) > limit(Perspective.USER, sizes[g])
            ),
            key=lambda g: (sizes[g], g),
        )
        givers = sorted(
            (g for g in range(len(sizes)) if sizes[g] > instance.fixed_sizes[g]),
            key=lambda g: (-sizes[g], g),
        )
        moved = False
        for a, b in itertools.islice(((a, b) for b in gainers for a in givers if a != b), 60):
            trial = list(sizes)
            trial[a] -= 1
            trial[b] += 1
            trial_score = instance.score(trial)
            if trial_score > score:
                sizes, score, moved = trial, trial_score, True
                break
        if not moved:
            break
    return sizes


def _assign(instance: _Instance, sizes: list[int]) -> dict[int, int]:
    """Candidate index → group index: wishes first, then spread out, then a maximum flow."""
    groups = range(len(instance.groups))
    wishes = [wished_group(c.wish, instance.groups) for c in instance.people]
    classes: dict[tuple[Perspective | None, int | None], list[int]] = {}
    for index, person in enumerate(instance.people):
        classes.setdefault((person.perspective, wishes[index]), []).append(index)
    network = FlowNetwork()
    for key, members in classes.items():
        p = key[0]
        network.add_edge(SOURCE, ("k", key), len(members))
        for g in groups:
            network.add_edge(("k", key), ("c", p, g), len(members))
    for p in instance.perspectives:
        for g in groups:
            network.add_edge(("c", p, g), ("g", g), instance.room(p, g, sizes))
    for g in groups:
        network.add_edge(("g", g), SINK, sizes[g] - instance.fixed_sizes[g])

    def push_to(key: tuple[Perspective | None, int | None], g: int, wanted: int) -> int:
        path: list[Hashable] = [SOURCE, ("k", key), ("c", key[0], g), ("g", g), SINK]
        amount = min([wanted, *(network.capacity(a, b) for a, b in itertools.pairwise(path))])
        if amount > 0:
            network.push_path(path, amount)
        return amount

    for key, members in classes.items():  # wishes first
        if key[1] is not None:
            push_to(key, key[1], len(members))
    # The scarcest perspectives spread first, each to the groups with most free seats.
    pressure = sorted(classes, key=lambda k: (-instance.counts[k[0]], str(k[0]), str(k[1])))
    for key in pressure:
        while (left := network.capacity(SOURCE, ("k", key))) > 0:
            free = [
                g
                for g in groups
                if network.capacity(("c", key[0], g), ("g", g)) > 0
                and network.capacity(("g", g), SINK) > 0
            ]
            if not free:
                break
            g = max(free, key=lambda g: (network.capacity(("g", g), SINK), -g))
            push_to(key, g, 1 if left > 0 else 0)
    network.augment(SOURCE, SINK)
    result: dict[int, int] = {}
    for key, members in classes.items():
        queue = list(members)
        order = [key[1]] if key[1] is not None else []
        order += [g for g in groups if g != key[1]]
        for g in order:
            for _ in range(network.flow(("k", key), ("c", key[0], g))):
                result[queue.pop(0)] = g
    return result


def propose(groups: Sequence[GroupSeat], people: Sequence[Candidate]) -> Proposal:
    """Place every candidate; see the module's text for the rules."""
    if not groups:
        return Proposal((), (), tuple(c.key for c in people if c.wish), ())
    instance = _Instance(groups, people)
    sizes = choose_sizes(instance)
    placed = _assign(instance, sizes)
    members = [Counter(counter) for counter in instance.fixed]
    for index, g in placed.items():
        members[g][instance.people[index].perspective] += 1
    # Whoever the limits could not take goes where the mix suffers least.
    for index, person in enumerate(instance.people):
        if index in placed:
            continue
        free = [g for g in range(len(groups)) if sum(members[g].values()) < sizes[g]]
        candidates = free or list(range(len(groups)))

        def after(g: int, p: Perspective | None = person.perspective) -> tuple[float, int]:
            total = sum(members[g].values()) + 1
            return ((members[g][p] + 1) / total, g)

        g = min(candidates, key=after)
        placed[index] = g
        members[g][person.perspective] += 1
    assignment = {instance.people[i].key: g for i, g in placed.items()}
    totals = [
        len(g.fixed) + sum(members[i].values()) - instance.fixed_sizes[i]
        for i, g in enumerate(groups)
    ]
    # Unknown perspectives weigh nothing in the rule: they even out the sizes, and go to
    # the group they wished for while it stays within the largest size the balance needs.
    unknown = sorted(
        (c for c in people if not known(c.perspective)), key=lambda c: (c.name.casefold(), c.key)
    )
    ceiling = max(max(totals), -(-(sum(totals) + len(unknown)) // len(groups)))
    for person in unknown:
        wish = wished_group(person.wish, groups)
        g = min(range(len(groups)), key=lambda i: (totals[i], i))
        if wish is not None and totals[wish] < ceiling:
            g = wish
        assignment[person.key] = g
        totals[g] += 1
    ordered = sorted(people, key=lambda c: (c.name.casefold(), c.key))
    return Proposal(
        tuple((c.key, groups[assignment[c.key]].key) for c in ordered),
        _problems(instance, members),
        tuple(
            c.key
            for c in ordered
            if (wish := wished_group(c.wish, groups)) is not None and wish != assignment[c.key]
        ),
        tuple((g.key, totals[i]) for i, g in enumerate(groups)),
    )


def _problems(
    instance: _Instance, members: list[Counter[Perspective | None]]
) -> tuple[Problem, ...]:
    problems = []
    for g, group in enumerate(instance.groups):
        total = sum(members[g].values())
        for p, n in sorted(members[g].items(), key=lambda item: -item[1]):
            if not known(p) or n <= limit(p, total):
                continue
            reason = "fixed" if instance.fixed[g][p] > limit(p, total) else "mix"
            problems.append(Problem(group.key, group.code, p, n / total, reason))
    return tuple(problems)
