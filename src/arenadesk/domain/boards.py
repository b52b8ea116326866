"""Board templates (visuelle maler) as data: the drawn background and the named zones.

A template is a JSON file (format described in resources/boards/README.md). Loading checks
every field; a file that is not right is reported with its name and the problem, and the
other templates still load.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from arenadesk.domain.board_geometry import PathCommand, Point, Rect, Region, parse_path
from arenadesk.domain.note_layout import NOTE_COLOURS
from arenadesk.i18n.messages import UserError

FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000  # a template is a drawing, not a photo
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SHAPE_KINDS = ("rect", "ellipse", "polygon", "polyline", "path", "text")
LABEL_SIZE = 24.0  # zone names, in board units


@dataclass(frozen=True)
class LocalText:
    """A text in bokmål and English; bokmål when a language is missing."""

    nb: str
    en: str = ""

    def text(self, language: str) -> str:
        return (self.en if language == "en" else self.nb) or self.nb


@dataclass(frozen=True)
class Shape:
    """One piece of the drawn background, drawn in file order."""

    kind: str
    fill: str | None = None
    stroke: str | None = None
    width: float = 2.0
    opacity: float = 1.0
    dash: tuple[float, ...] = ()
    rect: Rect | None = None  # rect and ellipse (its bounding box)
    radius: float = 0.0
    points: tuple[Point, ...] = ()  # polygon, polyline
    path: tuple[PathCommand, ...] = ()
    text: LocalText | None = None
    at: Point = (0.0, 0.0)  # text: the baseline point the anchor refers to
    size: float = 20.0
    bold: bool = False
    anchor: str = "start"  # "start" | "middle" | "end"


@dataclass(frozen=True)
class Zone:
    key: str
    name: LocalText
    region: Region
    colour: str  # the zone's tint and label colour
    note_colour: str  # a key of NOTE_COLOURS, for notes typed into this zone
    label: Point  # top-left of the label
    hint: LocalText = LocalText("")

    def label_rect(self) -> Rect:
        """A generous box around the label (either language), kept free of new notes."""
        longest = max(len(self.name.nb), len(self.name.en))
        return Rect(self.label[0], self.label[1], longest * LABEL_SIZE * 0.68 + 28, LABEL_SIZE + 16)


@dataclass(frozen=True)
class BoardTemplate:
    key: str
    name: LocalText
    description: LocalText
    width: float
    height: float
    background: str
    shapes: tuple[Shape, ...]
    zones: tuple[Zone, ...]
    order: int = 100
    source: str = ""

    def zone(self, key: str) -> Zone | None:
        return next((z for z in self.zones if z.key == key), None)

    @property
    def zone_keys(self) -> tuple[str, ...]:
        return tuple(z.key for z in self.zones)


@dataclass
class TemplateLibrary:
    """The templates that loaded, in menu order, and the problems of those that did not."""

    templates: dict[str, BoardTemplate] = field(default_factory=dict)
    problems: list[UserError] = field(default_factory=list)

    def get(self, key: str) -> BoardTemplate | None:
        return self.templates.get(key)

    def __iter__(self) -> Iterator[BoardTemplate]:
        return iter(self.templates.values())


def bundled_dir() -> Traversable:
    return files("arenadesk.resources").joinpath("boards")


def load_templates(extra_dirs: Iterable[Path | Traversable] = ()) -> TemplateLibrary:
    """The bundled templates, then any in `extra_dirs` (an organiser's own)."""
    library = TemplateLibrary()
    found: list[BoardTemplate] = []
    for folder in (bundled_dir(), *extra_dirs):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".json"):
                continue
            try:
                template = load_template(entry)
            except UserError as problem:
                library.problems.append(problem)
                continue
            if any(t.key == template.key for t in found):
                library.problems.append(
                    UserError("board.template_duplicate", file=entry.name, template=template.key)
                )
                continue
            found.append(template)
    for template in sorted(found, key=lambda t: (t.order, t.name.nb)):
        library.templates[template.key] = template
    return library


def load_template(entry: Path | Traversable) -> BoardTemplate:
    name = entry.name
    try:
        raw = entry.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            raise UserError("board.template_too_big", file=name, limit=MAX_FILE_BYTES // 1000)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("board.template_unreadable", file=name, detail=type(exc).__name__) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            "board.template_json", file=name, line=exc.lineno, column=exc.colno
        ) from exc
    return parse_template(data, name)


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


def placeholder_template(key: str, zone_keys: Iterable[str]) -> BoardTemplate:
    """For a board whose template is not on this laptop: plain columns, one per zone seen,
    so its notes still show and can be read and edited."""
    keys = list(dict.fromkeys(zone_keys)) or ["notater"]
    width, height = 1600.0, 1000.0
    column = (width - 40) / len(keys)
    zones = tuple(
        Zone(
            key=k,
            name=LocalText(k),
            region=Region.rect(20 + i * column, 20, column - 10, height - 40, radius=12),
            colour="#5b7083",
            note_colour="yellow",
            label=(32 + i * column, 30),
        )
        for i, k in enumerate(keys)
    )
    return BoardTemplate(
        key=key,
        name=LocalText(key),
        description=LocalText(""),
        width=width,
        height=height,
        background="#fafafa",
        shapes=(),
        zones=zones,
        source="",
    )
