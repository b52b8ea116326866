"""Plane geometry for boards: rectangles, zone regions (rect, ellipse, polygon), paths."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def corners(self) -> tuple[Point, Point, Point, Point]:
        return (
            (self.x, self.y),
            (self.right, self.y),
            (self.right, self.bottom),
            (self.x, self.bottom),
        )

    def intersects(self, other: Rect, gap: float = 0.0) -> bool:
        """True when the two overlap, or come closer than `gap`."""
        return (
            self.x < other.right + gap
            and other.x < self.right + gap
            and self.y < other.bottom + gap
            and other.y < self.bottom + gap
        )

    def contains_point(self, point: Point) -> bool:
        return self.x <= point[0] <= self.right and self.y <= point[1] <= self.bottom

    def contains_rect(self, other: Rect) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def distance_to(self, point: Point) -> float:
        dx = max(self.x - point[0], 0.0, point[0] - self.right)
        dy = max(self.y - point[1], 0.0, point[1] - self.bottom)
        return math.hypot(dx, dy)


@dataclass(frozen=True)
class Region:
    """Where a zone is: a rectangle (optionally drawn rounded), an ellipse or a polygon."""

    kind: str  # "rect" | "ellipse" | "polygon"
    bounds: Rect
    points: tuple[Point, ...] = ()  # polygon only
    radius: float = 0.0  # rect only: corner rounding when drawn

    @classmethod
    def rect(cls, x: float, y: float, w: float, h: float, radius: float = 0.0) -> Region:
        return cls("rect", Rect(x, y, w, h), radius=radius)

    @classmethod
    def ellipse(cls, cx: float, cy: float, rx: float, ry: float) -> Region:
        return cls("ellipse", Rect(cx - rx, cy - ry, 2 * rx, 2 * ry))

    @classmethod
    def polygon(cls, points: tuple[Point, ...]) -> Region:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        return cls("polygon", box, points=tuple(points))

    def contains(self, point: Point) -> bool:
        if not self.bounds.contains_point(point):
            return False
        if self.kind == "ellipse":
            cx, cy = self.bounds.centre
            rx, ry = self.bounds.w / 2, self.bounds.h / 2
            return ((point[0] - cx) / rx) ** 2 + ((point[1] - cy) / ry) ** 2 <= 1.0
        if self.kind == "polygon":
            return _in_polygon(point, self.points)
        return True

    def contains_rect(self, rect: Rect) -> bool:
        """The whole rectangle lies inside the region."""
        if not self.bounds.contains_rect(rect):
            return False
        if self.kind == "rect":
            return True
        if not all(self.contains(corner) for corner in rect.corners()):
            return False
        if self.kind == "polygon":
            # Corners inside are not enough for a concave polygon: no vertex may poke in.
            return not any(
                rect.x < px < rect.right and rect.y < py < rect.bottom for px, py in self.points
            )
        return True  # an ellipse is convex

    def distance_to(self, point: Point) -> float:
        if self.contains(point):
            return 0.0
        if self.kind == "polygon":
            pts = self.points
            return min(
                _segment_distance(point, pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))
            )
        return self.bounds.distance_to(point)


def _in_polygon(point: Point, polygon: tuple[Point, ...]) -> bool:
    """Even-odd ray casting."""
    x, y = point
    inside = False
    j = len(polygon) - 1
    for i in range(len(polygon)):
        xi, yi = polygon[i]
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


# --- paths: the SVG subset templates use -----------------------------------------------

PathCommand = tuple[float | str, ...]  # ("M", x, y) ("L", x, y) ("C", x1, y1, x2, y2, x, y) ("Z",)

_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}
_TOKEN = re.compile(r"[MLCQZmlcqz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(d: str) -> tuple[PathCommand, ...]:
    """Absolute M, L, C, Q and Z (as in SVG). Q is turned into C, which every renderer has.

    Raises ValueError with a short reason on anything else."""
    tokens = _TOKEN.findall(d)
    if "".join(tokens).replace(" ", "") != re.sub(r"[\s,]+", "", d):
        raise ValueError("only the absolute commands M, L, C, Q and Z with numbers are allowed")
    commands: list[PathCommand] = []
    current: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    i = 0
    op = ""
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            op = token
            if op.islower():
                raise ValueError(f"relative command '{op}' is not supported; use '{op.upper()}'")
            i += 1
        elif not op or op == "Z":
            raise ValueError("a path must start with M")
        arity = _ARITY[op]
        numbers = tokens[i : i + arity]
        if len(numbers) < arity or any(v.isalpha() for v in numbers):
            raise ValueError(f"'{op}' needs {arity} numbers")
        values = [float(v) for v in numbers]
        i += arity
        if op == "M":
            current = start = (values[0], values[1])
            commands.append(("M", *values))
            op = "L"  # numbers after an M continue as lines, as in SVG
        elif op == "L":
            current = (values[0], values[1])
            commands.append(("L", *values))
        elif op == "C":
            current = (values[4], values[5])
            commands.append(("C", *values))
        elif op == "Q":
            (qx, qy, x, y), (cx, cy) = values, current
            commands.append(
                (
                    "C",
                    cx + 2 / 3 * (qx - cx),
                    cy + 2 / 3 * (qy - cy),
                    x + 2 / 3 * (qx - x),
                    y + 2 / 3 * (qy - y),
                    x,
                    y,
                )
            )
            current = (x, y)
        else:  # Z
            commands.append(("Z",))
            current = start
    if not commands or commands[0][0] != "M":
        raise ValueError("a path must start with M")
    return tuple(commands)
