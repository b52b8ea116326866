"""Photos of the paper (flip-charts, posters, input sheets): what a photo is and how it may
be edited, as plain values. The pixels are handled in `arenadesk.images`."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass

# The stored (report-size) image: at most this many pixels on the long edge.
REPORT_LONG_EDGE = 2400
REPORT_QUALITY = 85
# ...and at most this many bytes: a noisier photo is saved at a lower quality, then
# smaller, so that 30 photos fit in a package that e-mail takes (25 MB).
REPORT_MAX_BYTES = 800 * 1024
# What a package shrinks its photos to when it passes what e-mail takes.
SHRINK_LONG_EDGE = 1600
SHRINK_QUALITY = 80
# A kept original: full size up to this long edge, upright, without metadata.
ORIGINAL_LONG_EDGE = 8000
ORIGINAL_QUALITY = 95

# What a stored image may be (a package's rows are checked against these).
MIMES = ("image/jpeg", "image/png")
MAX_STORED_BYTES = 12 * 1024 * 1024  # one report-size image
MAX_ORIGINAL_BYTES = 60 * 1024 * 1024  # one kept original
MAX_CAPTION = 500

# A cropped or straightened image keeps at least this much of each side (a fraction).
MIN_FRACTION = 0.02


@dataclass(frozen=True)
class PhotoEdit:
    """Rotate, straighten and crop, in that order.

    `quarter_turns`: clockwise, 0..3. `corners`: four points (top-left, top-right,
    bottom-right, bottom-left) as fractions (0..1) of the image after rotation; the poster
    they mark is straightened to a rectangle. `crop`: left, top, right, bottom fractions of
    the image after straightening, applied last."""

    quarter_turns: int = 0
    corners: tuple[tuple[float, float], ...] | None = None
    crop: tuple[float, float, float, float] | None = None

    @property
    def is_identity(self) -> bool:
        return self.quarter_turns % 4 == 0 and self.corners is None and self.crop is None


@dataclass(frozen=True)
class PhotoRow:
    id: uuid.UUID
    group_id: uuid.UUID | None
    board_id: uuid.UUID | None
    conversation_id: uuid.UUID | None  # an Open Space input (conversation)
    caption: str
    position: int  # order within its owner
    sha256: str  # of the stored report-size image bytes
    width: int
    height: int
    byte_size: int
    created_at: dt.datetime
    mime: str = "image/jpeg"
    has_original: bool = False


def edit_problem(edit: PhotoEdit) -> str | None:
    """Why an edit cannot be applied (a message key), or None when it can."""
    if isinstance(edit.quarter_turns, bool) or not isinstance(edit.quarter_turns, int):
        return "photo.bad_edit"
    if edit.corners is not None:
        if len(edit.corners) != 4 or not all(_point(p) for p in edit.corners):
            return "photo.bad_corners"
        if not _convex(edit.corners):
            return "photo.bad_corners"
        width = max(_distance(edit.corners[0], edit.corners[1]), 0)
        height = max(_distance(edit.corners[0], edit.corners[3]), 0)
        if width < MIN_FRACTION or height < MIN_FRACTION:
            return "photo.bad_corners"
    if edit.crop is not None:
        if len(edit.crop) != 4 or not all(_fraction(v) for v in edit.crop):
            return "photo.bad_crop"
        left, top, right, bottom = edit.crop
        if right - left < MIN_FRACTION or bottom - top < MIN_FRACTION:
            return "photo.bad_crop"
    return None


def _fraction(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0.0 <= value <= 1.0
    )


def _point(point: object) -> bool:
    return isinstance(point, tuple) and len(point) == 2 and all(_fraction(v) for v in point)


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _convex(points: tuple[tuple[float, float], ...]) -> bool:
    """The four points, in order, make a convex quadrilateral turning one way, with area."""
    signs = []
    for i in range(4):
        ax, ay = points[i]
        bx, by = points[(i + 1) % 4]
        cx, cy = points[(i + 2) % 4]
        cross = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
        if abs(cross) < 1e-9:
            return False
        signs.append(cross > 0)
    return all(signs) or not any(signs)


def straightened_size(
    corners: tuple[tuple[float, float], ...], width: int, height: int
) -> tuple[int, int]:
    """The rectangle a marked poster becomes, in pixels: its longer opposite sides."""
    px = [(x * width, y * height) for x, y in corners]
    top, bottom = _distance(px[0], px[1]), _distance(px[3], px[2])
    left, right = _distance(px[0], px[3]), _distance(px[1], px[2])
    return max(1, round(max(top, bottom))), max(1, round(max(left, right)))


def perspective_coefficients(
    corners: tuple[tuple[float, float], ...], width: int, height: int, size: tuple[int, int]
) -> tuple[float, ...]:
    """The eight coefficients (a..h) that map each point (x, y) of the straightened image
    of `size` to the photo's ((a x + b y + c) / (g x + h y + 1), (d x + e y + f) / (...)),
    the form Pillow's PERSPECTIVE transform takes."""
    out_w, out_h = size
    targets = [(0.0, 0.0), (float(out_w), 0.0), (float(out_w), float(out_h)), (0.0, float(out_h))]
    sources = [(x * width, y * height) for x, y in corners]
    matrix: list[list[float]] = []
    for (x, y), (u, v) in zip(targets, sources, strict=True):
        matrix.append([x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u])
        matrix.append([0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v])
    return tuple(_solve(matrix))


def _solve(rows: list[list[float]]) -> list[float]:
    """Gaussian elimination with partial pivoting on an n × (n + 1) augmented matrix."""
    n = len(rows)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        if abs(rows[pivot][col]) < 1e-12:
            raise ValueError("degenerate corners")
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(n):
            if r != col:
                factor = rows[r][col] / rows[col][col]
                if factor:
                    rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][n] / rows[i][i] for i in range(n)]
