"""The column-at-a-time check of a chunk never lets through a row the row rules refuse.

`chunk_passes` is the fast path of the one checking pass (a merge checks every incoming
row with it); whenever it says yes, `row_problems` must find nothing in any row. Rows are
drawn from values near every rule's edge: the right and the wrong type, ends of ranges,
control characters, NaN and infinity, bools for numbers, UUID objects, unknown colours.
"""

from __future__ import annotations

import math
import time
import uuid
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from arenadesk.store.db.row_rules import StampWindow, chunk_passes, row_problems

NOW = int(time.time() * 1_000_000)
WINDOW = StampWindow.around_now(NOW)
NAMES = (
    "board_id", "zone_key", "text", "colour", "x", "y", "w", "h", "z",
    "id", "created_at", "updated_at", "device_id", "deleted",
)  # fmt: skip
GOOD = (uuid.uuid4().hex, "goal", "Alle får et tilbud", "yellow", 10.0, 20.0, 160.0, 90.0, 1,
        uuid.uuid4().hex, NOW - 5, NOW, "pc-1", 0)  # fmt: skip

_odd: list[Any] = [
    None, "", "x", "Ola\x00", "\x1b[31m", "\ud800", "a" * 4001, b"\x00\xff", 0, 1, -1, True,
    False, 2, 2**63, -(2**63), 1e300, -1e300, math.nan, math.inf, 0.5, 100_000.0,
    100_000.5, 0.0, 1.0, "yellow", "purple", "YELLOW", uuid.uuid4(), uuid.uuid4().hex,
    uuid.uuid4().hex.upper(), "pc-1", "-pc", "p" * 37, NOW + 2 * 86_400_000_000, 1000,
    NOW, "1", "[1]", [1],
]  # fmt: skip


def _row(changes: dict[int, Any]) -> tuple[Any, ...]:
    return tuple(changes.get(i, value) for i, value in enumerate(GOOD))


rows = st.lists(
    st.dictionaries(st.integers(0, len(NAMES) - 1), st.sampled_from(_odd), max_size=3).map(_row),
    min_size=1,
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(rows)
def test_a_chunk_that_passes_has_no_row_with_a_problem(chunk: list[tuple[Any, ...]]) -> None:
    if chunk_passes("note", NAMES, chunk, WINDOW):
        for row in chunk:
            assert list(row_problems("note", dict(zip(NAMES, row, strict=True)), WINDOW)) == []


def test_good_rows_pass_a_column_at_a_time() -> None:
    other = _row({9: uuid.uuid4().hex, 2: "Linje én\nLinje to\ttab", 6: 1, 13: 1})
    assert chunk_passes("note", NAMES, [GOOD, other], WINDOW)
    # The columns may come in any order; a missing optional column is no problem.
    order = list(reversed(NAMES))
    assert chunk_passes("note", order, [tuple(reversed(GOOD))], WINDOW)


def test_one_bad_value_sends_the_chunk_to_the_row_by_row_check() -> None:
    for column, bad in ((2, "Ola\x00"), (4, math.inf), (13, 2), (11, NOW + 3 * 86_400_000_000)):
        chunk = [GOOD, _row({column: bad})]
        assert not chunk_passes("note", NAMES, chunk, WINDOW)
        assert list(row_problems("note", dict(zip(NAMES, chunk[1], strict=True)), WINDOW))
    assert not chunk_passes("note", NAMES[:-1], [GOOD[:-1]], WINDOW)  # required column missing
