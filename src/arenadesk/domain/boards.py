"""Board templates (visuelle maler) as data: the drawn background and the named zones.

A template is a JSON file (format described in resources/boards/README.md). Loading checks
every field (`domain.board_template_reader`); a file that is not right is reported with its
name and the problem, and the other templates still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from arenadesk.domain.board_geometry import PathCommand, Point, Rect, Region
from arenadesk.i18n.messages import UserError

MAX_FILE_BYTES = 2_000_000  # a template is a drawing, not a photo
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
    # The reader builds this module's classes, so it is imported when a file is read.
    from arenadesk.domain.board_template_reader import parse_template

    return parse_template(data, name)


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
