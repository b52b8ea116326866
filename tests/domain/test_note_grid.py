"""The grid that finds the notes in a part of the board: the same notes as asking each."""

from __future__ import annotations

import random

from arenadesk.domain.note_grid import NoteGrid


def _meets(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_the_notes_in_a_rectangle_are_those_that_meet_it() -> None:
    rng = random.Random(11)
    grid: NoteGrid[int] = NoteGrid()
    rects = {}
    for key in range(3000):
        # Notes of every size, some off the board's edge (negative) and some huge.
        rect = (rng.uniform(-50, 1900), rng.uniform(-50, 1050), rng.uniform(1, 600), 110.0)
        rects[key] = rect
        grid.put(key, *rect)
    for key in range(0, 3000, 3):  # moved, as a drag or an undo does
        rect = (rng.uniform(0, 1700), rng.uniform(0, 900), 200.0, rng.uniform(1, 300))
        rects[key] = rect
        grid.put(key, *rect)
    for key in range(1, 3000, 7):
        del rects[key]
        grid.drop(key)
    grid.drop(99_999)  # not there: nothing happens
    assert len(grid) == len(rects)
    for _ in range(200):
        query = (rng.uniform(-100, 1900), rng.uniform(-100, 1000), rng.uniform(0.5, 800), 30.0)
        expected = sorted(k for k, r in rects.items() if _meets(r, query))
        assert sorted(grid.within(*query)) == expected
    assert grid.rect(0) == rects[0]
    grid.clear()
    assert len(grid) == 0 and grid.within(0, 0, 2000, 2000) == []


def test_notes_added_at_once_are_found_as_if_put_one_by_one() -> None:
    rng = random.Random(5)
    rects = {k: (rng.uniform(0, 1800), rng.uniform(0, 1000), 200.0, 110.0) for k in range(500)}
    one, many = NoteGrid[int](), NoteGrid[int]()
    for key, rect in rects.items():
        one.put(key, *rect)
    many.put_new((key, *rect) for key, rect in rects.items())
    for _ in range(50):
        query = (rng.uniform(0, 1800), rng.uniform(0, 1000), rng.uniform(1, 600), 40.0)
        assert sorted(many.within(*query)) == sorted(one.within(*query))
    many.drop(3)
    assert 3 not in many.within(*rects[3])
