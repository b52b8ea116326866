"""The per-device sync clock: microsecond stamps that never go backwards."""

from __future__ import annotations

import time
from collections.abc import Callable


class SyncClock:
    """Wall-clock microseconds, bumped past the last stamp issued if the wall clock went back.

    A laptop whose clock is corrected backwards (or a file moved to a laptop whose clock is
    behind) must still stamp each edit later than the previous one, or a merge would
    prefer an older version of a row.
    """

    def __init__(self, wall: Callable[[], float] = time.time, last: int = 0) -> None:
        self._wall = wall
        self.last = last

    def stamp(self) -> int:
        now = int(self._wall() * 1_000_000)
        self.last = max(now, self.last + 1)
        return self.last

    def stamp_after(self, previous: int) -> int:
        """A stamp for a new version of a row: later than the clock's last and `previous`.
        A `previous` ahead of the clock (a row merged from a laptop whose clock runs ahead)
        does not move the clock itself."""
        stamp = self.stamp()
        return stamp if stamp > previous else previous + 1

    def observe(self, stamp: int) -> None:
        """Never issue a stamp at or below one already seen in this file."""
        self.last = max(self.last, stamp)
