"""Invented demo data for an Åpen arena run as Open Space: the wall and the fifty inputs.

Modelled on the 2020 arena (two days, four økter, 49 inputs numbered by wall cell). All
names, organisations and venues are invented; the texts are written for the demo. The
tables are in resources/demo/open-space.json (described in resources/demo/README.md); this
module reads them once, checks every record, and gives them their Python types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from arenadesk.demo.records import read_demo_file, texts

SEED = 2027


@dataclass(frozen=True)
class DemoInput:
    """One topic on the wall and the documentation of its conversation."""

    cell: str  # "økt.space", the input's number
    title: str
    input_title: str
    input_text: str
    discussion: str
    next_steps: tuple[str, ...] = ()
    input_type: int | None = None  # day 2 only: 1 new, 2 deepening, 3 implementation
    reference: str | None = None  # the day-1 cell a 2 or 3 builds on


_file = read_demo_file("open-space.json")
_top = _file.top(
    arena=dict,
    slots=list,
    spaces=list,
    support_facilitators=list,
    first_names=list,
    last_names=list,
    perspectives=dict,
    inputs=list,
)

ARENA: dict[str, object] = _file.arena(_top["arena"])
ORGANISER: str = str(ARENA["organiser"])

# (day, starts, ends) of the four økter.
SLOTS: list[tuple[int, dt.time, dt.time]] = [
    (day, _file.time(starts, f"{where}[1]"), _file.time(ends, f"{where}[2]"))
    for where, slot in _file.each(_top["slots"], "slots")
    for day, starts, ends in [_file.row(slot, where, int, str, str)]
]

SPACES: list[str] = _file.items(_top["spaces"], "spaces", str)

# The støttefasilitatorer who document the conversations (they are among the people).
SUPPORT_FACILITATORS: list[str] = _file.items(
    _top["support_facilitators"], "support_facilitators", str
)

FIRST_NAMES: list[str] = _file.items(_top["first_names"], "first_names", str)

LAST_NAMES: list[str] = _file.items(_top["last_names"], "last_names", str)


def _perspective(value: object, where: str) -> tuple[int, list[tuple[str, str]]]:
    record = _file.record(value, where, {"count": int, "roles": list})
    roles = [
        _file.row(role, w, str, str) for w, role in _file.each(record["roles"], f"{where}.roles")
    ]
    return record["count"], roles


# Perspective → how many people, and the (title, organisation) pairs they come with.
PERSPECTIVES: dict[str, tuple[int, list[tuple[str, str]]]] = {
    name: _perspective(value, f"perspectives.{name}")
    for name, value in _top["perspectives"].items()
}


def _input(value: object, where: str) -> DemoInput:
    record: dict[str, Any] = _file.record(
        value,
        where,
        texts("cell", "title", "input_text", "discussion"),
        {"input_title": str, "next_steps": list, "input_type": int, "reference": str},
    )
    steps = _file.items(record.get("next_steps", []), f"{where}.next_steps", str)
    return DemoInput(
        cell=record["cell"],
        title=record["title"],
        input_title=record.get("input_title", record["title"]),
        input_text=record["input_text"],
        discussion=record["discussion"],
        next_steps=tuple(steps),
        input_type=record.get("input_type"),
        reference=record.get("reference"),
    )


INPUTS: list[DemoInput] = [
    _input(value, where) for where, value in _file.each(_top["inputs"], "inputs")
]


def _check_references() -> None:
    """Every input in a cell of the wall, once; every reference to a day-1 input."""
    cells = [item.cell for item in INPUTS]
    _file.check(len(set(cells)) == len(cells), "inputs", "a cell is used twice")
    for index, item in enumerate(INPUTS):
        slot, _, space = item.cell.partition(".")
        where = f"inputs[{index}].cell"
        _file.check(slot.isdigit() and space.isdigit(), where, "expected økt.space")
        _file.check(1 <= int(slot) <= len(SLOTS), where, "no such økt")
        _file.check(1 <= int(space) <= len(SPACES), where, "no such space")
        if item.reference is not None:
            where = f"inputs[{index}].reference"
            _file.check(item.reference in cells, where, "no input in that cell")
            day = SLOTS[int(item.reference.partition(".")[0]) - 1][0]
            _file.check(day == 1, where, "not a day-1 input")


_check_references()
