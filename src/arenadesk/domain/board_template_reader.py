"""A board template's JSON data checked field by field and built into a `BoardTemplate`.

The format is described in resources/boards/README.md. The first problem found becomes
one message naming the file and the field (``board.template_field``); a newer format
version gets its own message.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from arenadesk.domain.board_geometry import Point, Rect, Region, parse_path
from arenadesk.domain.boards import BoardTemplate, LocalText, Shape, Zone
from arenadesk.domain.note_layout import NOTE_COLOURS
from arenadesk.i18n.messages import UserError

FORMAT_VERSION = 1
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SHAPE_KINDS = ("rect", "ellipse", "polygon", "polyline", "path", "text")


def parse_template(data: object, source: str = "<data>") -> BoardTemplate:
    return _Reader(source).template(data)


class _Bad(Exception):
    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


class _Reader:
    """Checks one template's data; the first problem becomes a message naming the file."""

    def __init__(self, source: str) -> None:
        self.source = source

    def template(self, data: object) -> BoardTemplate:
        try:
            return self._template(data)
        except _Bad as bad:
            raise UserError("board.template_field", file=self.source, where=bad.where) from None

    def _template(self, data: object) -> BoardTemplate:
        top = self._object(data, "(top)")
        version = top.get("format")
        if version != FORMAT_VERSION:
            if isinstance(version, int) and version > FORMAT_VERSION:
                raise UserError("board.template_version", file=self.source, version=version)
            raise _Bad("format")
        key = self._string(top, "key", "key")
        if not _KEY.match(key):
            raise _Bad("key")
        width, height = self._size(top)
        zones = tuple(
            self._zone(z, f"zones[{i}]") for i, z in enumerate(self._list(top, "zones", "zones"))
        )
        if not zones:
            raise _Bad("zones")
        seen: set[str] = set()
        for zone in zones:
            if zone.key in seen:
                raise UserError("board.template_duplicate_zone", file=self.source, zone=zone.key)
            seen.add(zone.key)
        shapes = tuple(
            self._shape(s, f"shapes[{i}]")
            for i, s in enumerate(self._list(top, "shapes", "shapes", required=False))
        )
        return BoardTemplate(
            key=key,
            name=self._local(top, "name", "name"),
            description=self._local(top, "description", "description", required=False),
            width=width,
            height=height,
            background=self._colour(top, "background", "background", default="#ffffff") or "",
            shapes=shapes,
            zones=zones,
            order=int(self._number(top, "order", "order", default=100)),
            source=self.source,
        )

    # --- parts ---------------------------------------------------------------------------

    def _size(self, top: Mapping[str, Any]) -> tuple[float, float]:
        size = top.get("size")
        if (
            not isinstance(size, list)
            or len(size) != 2
            or not all(_is_number(v) and 100 <= v <= 10_000 for v in size)
        ):
            raise _Bad("size")
        return float(size[0]), float(size[1])

    def _zone(self, data: object, where: str) -> Zone:
        zone = self._object(data, where)
        key = self._string(zone, "key", f"{where}.key")
        if not _KEY.match(key):
            raise _Bad(f"{where}.key")
        region = self._region(zone.get("region"), f"{where}.region")
        note_colour = zone.get("note_colour", "yellow")
        if note_colour not in NOTE_COLOURS:
            raise _Bad(f"{where}.note_colour")
        label = zone.get("label")
        label_at = (
            self._point(label, f"{where}.label")
            if label is not None
            else (region.bounds.x + 12, region.bounds.y + 10)
        )
        return Zone(
            key=key,
            name=self._local(zone, "name", f"{where}.name"),
            region=region,
            colour=self._colour(zone, "colour", f"{where}.colour", default="#5b7083") or "",
            note_colour=str(note_colour),
            label=label_at,
            hint=self._local(zone, "hint", f"{where}.hint", required=False),
        )

    def _region(self, data: object, where: str) -> Region:
        region = self._object(data, where)
        if "rect" in region:
            x, y, w, h = self._numbers(region["rect"], 4, f"{where}.rect")
            if w <= 0 or h <= 0:
                raise _Bad(f"{where}.rect")
            return Region.rect(x, y, w, h, self._number(region, "radius", f"{where}.radius", 0))
        if "ellipse" in region:
            cx, cy, rx, ry = self._numbers(region["ellipse"], 4, f"{where}.ellipse")
            if rx <= 0 or ry <= 0:
                raise _Bad(f"{where}.ellipse")
            return Region.ellipse(cx, cy, rx, ry)
        if "polygon" in region:
            points = self._points(region["polygon"], f"{where}.polygon", minimum=3)
            return Region.polygon(points)
        raise _Bad(where)

    def _shape(self, data: object, where: str) -> Shape:
        shape = self._object(data, where)
        kind = shape.get("type")
        if kind not in SHAPE_KINDS:
            raise _Bad(f"{where}.type")
        style: dict[str, Any] = {
            "fill": self._colour(shape, "fill", f"{where}.fill"),
            "stroke": self._colour(shape, "stroke", f"{where}.stroke"),
            "width": self._number(shape, "width", f"{where}.width", 2.0),
            "opacity": self._number(shape, "opacity", f"{where}.opacity", 1.0),
        }
        if not 0 <= style["opacity"] <= 1 or style["width"] < 0:
            raise _Bad(f"{where}.opacity")
        dash = shape.get("dash", [])
        if not isinstance(dash, list) or not all(_is_number(v) and v > 0 for v in dash):
            raise _Bad(f"{where}.dash")
        style["dash"] = tuple(float(v) for v in dash)
        if kind == "rect":
            x, y, w, h = self._numbers(shape.get("rect"), 4, f"{where}.rect")
            radius = self._number(shape, "radius", f"{where}.radius", 0.0)
            return Shape("rect", rect=Rect(x, y, w, h), radius=radius, **style)
        if kind == "ellipse":
            cx, cy, rx, ry = self._numbers(shape.get("ellipse"), 4, f"{where}.ellipse")
            return Shape("ellipse", rect=Rect(cx - rx, cy - ry, 2 * rx, 2 * ry), **style)
        if kind in ("polygon", "polyline"):
            points = self._points(shape.get("points"), f"{where}.points", minimum=2)
            return Shape(kind, points=points, **style)
        if kind == "path":
            d = shape.get("d")
            if not isinstance(d, str):
                raise _Bad(f"{where}.d")
            try:
                path = parse_path(d)
            except ValueError:
                raise _Bad(f"{where}.d") from None
            return Shape("path", path=path, **style)
        anchor = shape.get("anchor", "start")
        if anchor not in ("start", "middle", "end"):
            raise _Bad(f"{where}.anchor")
        if style["fill"] is None:
            style["fill"] = "#333333"
        return Shape(
            "text",
            text=self._local(shape, "text", f"{where}.text"),
            at=self._point(shape.get("at"), f"{where}.at"),
            size=self._number(shape, "size", f"{where}.size", 20.0),
            bold=bool(shape.get("bold", False)),
            anchor=str(anchor),
            **style,
        )

    # --- values --------------------------------------------------------------------------

    def _object(self, data: object, where: str) -> Mapping[str, Any]:
        if not isinstance(data, dict):
            raise _Bad(where)
        return data

    def _list(
        self, data: Mapping[str, Any], key: str, where: str, required: bool = True
    ) -> list[Any]:
        value = data.get(key, None if required else [])
        if not isinstance(value, list):
            raise _Bad(where)
        return value

    def _string(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise _Bad(where)
        return value.strip()

    def _local(
        self, data: Mapping[str, Any], key: str, where: str, required: bool = True
    ) -> LocalText:
        value = data.get(key)
        if value is None and not required:
            return LocalText("")
        if isinstance(value, str) and value.strip():
            return LocalText(value.strip())
        if isinstance(value, dict):
            nb, en = value.get("nb"), value.get("en", "")
            if isinstance(nb, str) and nb.strip() and isinstance(en, str):
                return LocalText(nb.strip(), en.strip())
        raise _Bad(where)

    def _colour(
        self, data: Mapping[str, Any], key: str, where: str, default: str | None = None
    ) -> str | None:
        value = data.get(key, default)
        if value is None or value == "none":
            return None
        if not isinstance(value, str) or not _COLOUR.match(value):
            raise _Bad(where)
        return value.lower()

    def _number(self, data: Mapping[str, Any], key: str, where: str, default: float) -> float:
        value = data.get(key, default)
        if not _is_number(value):
            raise _Bad(where)
        return float(value)

    def _numbers(self, value: object, count: int, where: str) -> tuple[float, ...]:
        if not isinstance(value, list) or len(value) != count or not all(map(_is_number, value)):
            raise _Bad(where)
        return tuple(float(v) for v in value)

    def _point(self, value: object, where: str) -> Point:
        x, y = self._numbers(value, 2, where)
        return (x, y)

    def _points(self, value: object, where: str, minimum: int) -> tuple[Point, ...]:
        if not isinstance(value, list) or len(value) < minimum:
            raise _Bad(where)
        return tuple(self._point(p, f"{where}[{i}]") for i, p in enumerate(value))


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and abs(value) <= 100_000
    )
