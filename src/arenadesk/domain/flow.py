"""A small maximum flow (Edmonds–Karp) on named nodes, started from a given flow.

Placement asks "can these people fill these seats without any group passing 70 %?" on
graphs of a few hundred nodes; breadth-first augmenting paths from a greedy start answer
in milliseconds and always in the same way (nodes and edges are visited in insertion
order), which keeps placement deterministic.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable


class FlowNetwork:
    def __init__(self) -> None:
        self._residual: dict[Hashable, dict[Hashable, int]] = {}

    def add_edge(self, tail: Hashable, head: Hashable, capacity: int) -> None:
        self._residual.setdefault(tail, {})
        self._residual.setdefault(head, {})
        self._residual[tail][head] = self._residual[tail].get(head, 0) + max(0, capacity)
        self._residual[head].setdefault(tail, 0)

    def capacity(self, tail: Hashable, head: Hashable) -> int:
        """What can still be pushed along the edge."""
        return self._residual.get(tail, {}).get(head, 0)

    def push(self, tail: Hashable, head: Hashable, amount: int) -> None:
        self._residual[tail][head] -= amount
        self._residual[head][tail] += amount

    def push_path(self, path: list[Hashable], amount: int) -> None:
        for tail, head in zip(path, path[1:], strict=False):
            self.push(tail, head, amount)

    def augment(self, source: Hashable, sink: Hashable) -> int:
        """Push along shortest augmenting paths until none is left; the flow added."""
        added = 0
        if source not in self._residual or sink not in self._residual:
            return 0
        while True:
            parents: dict[Hashable, Hashable] = {source: source}
            queue = deque([source])
            while queue and sink not in parents:
                node = queue.popleft()
                for head, room in self._residual[node].items():
                    if room > 0 and head not in parents:
                        parents[head] = node
                        queue.append(head)
            if sink not in parents:
                return added
            path = [sink]
            while path[-1] != source:
                path.append(parents[path[-1]])
            path.reverse()
            amount = min(self.capacity(a, b) for a, b in zip(path, path[1:], strict=False))
            self.push_path(path, amount)
            added += amount

    def flow(self, tail: Hashable, head: Hashable) -> int:
        """The flow along an edge (the graphs here have no edges in both directions)."""
        return self._residual.get(head, {}).get(tail, 0)
