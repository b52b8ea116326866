"""A photo edit turned a quarter: the marked corners and the crop follow the picture.

Plain arithmetic on fractions, so the editor keeps what the person marked when they
rotate afterwards. A point (x, y) of a picture turned clockwise is (1 - y, x).
"""

from __future__ import annotations

from arenadesk.domain.photos import PhotoEdit

Point = tuple[float, float]
FULL = (0.0, 0.0, 1.0, 1.0)


def _clockwise(point: Point) -> Point:
    return (1.0 - point[1], point[0])


def _counter(point: Point) -> Point:
    return (point[1], 1.0 - point[0])


def turned(edit: PhotoEdit, clockwise: bool) -> PhotoEdit:
    """`edit` with the picture turned a quarter more (clockwise or counter-clockwise)."""
    turns = (edit.quarter_turns + (1 if clockwise else -1)) % 4
    corners = edit.corners
    if corners is not None:
        if clockwise:  # the old bottom-left corner is the new top-left
            order = (corners[3], corners[0], corners[1], corners[2])
            corners = tuple(_clockwise(p) for p in order)
        else:
            order = (corners[1], corners[2], corners[3], corners[0])
            corners = tuple(_counter(p) for p in order)
    crop = edit.crop
    if crop is not None:
        left, top, right, bottom = crop
        crop = (
            (1.0 - bottom, left, 1.0 - top, right)
            if clockwise
            else (top, 1.0 - right, bottom, 1.0 - left)
        )
    return PhotoEdit(turns, corners, crop)


def cleaned(edit: PhotoEdit, digits: int = 4) -> PhotoEdit:
    """Fractions rounded and kept within 0..1; a crop of (nearly) the whole picture is none."""

    def fraction(value: float) -> float:
        return round(min(max(value, 0.0), 1.0), digits)

    corners = edit.corners
    if corners is not None:
        corners = tuple((fraction(x), fraction(y)) for x, y in corners)
    crop = edit.crop
    if crop is not None:
        crop = (fraction(crop[0]), fraction(crop[1]), fraction(crop[2]), fraction(crop[3]))
        if all(abs(a - b) < 0.002 for a, b in zip(crop, FULL, strict=True)):
            crop = None
    return PhotoEdit(edit.quarter_turns % 4, corners, crop)
