"""Open Space vocabulary: input types, input numbers, and the texts of the projector screens.

An input's number is its wall cell: økt number, then space number (the 2020 arena's
"4.16" is økt 4, space 16). Numbers are therefore the same on every laptop and have gaps
where a conversation left no input, as the 2020 report's list has.
"""

from __future__ import annotations

import string
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum


class InputType(IntEnum):
    """The day-2 input types (innspillstyper) of the 2020 arena."""

    NEW = 1  # ny idé eller nytt emne
    DEEPENING = 2  # fordypning til innspill nr. N
    IMPLEMENTATION = 3  # iverksettingsforslag til innspill nr. N

    @property
    def needs_reference(self) -> bool:
        return self is not InputType.NEW


def cell_number(slot_number: int, space_number: int) -> str:
    return f"{slot_number}.{space_number}"


def number_sort_key(number: str | None) -> tuple[int, int, str]:
    """Orders "1.2" before "1.10" and unnumbered inputs last."""
    if not number:
        return (10**9, 0, "")
    head, _, tail = number.partition(".")
    digits = "".join(ch for ch in tail if ch.isdigit())
    suffix = tail[len(digits) :]
    return (int(head), int(digits or 0), suffix)


@dataclass(frozen=True)
class Placed:
    """A topic in a wall cell, as numbering needs it."""

    topic_id: uuid.UUID
    slot_number: int
    space_number: int
    created_at: int


def assign_numbers(placed: Iterable[Placed]) -> dict[uuid.UUID, str]:
    """Each placed topic's input number. Two topics sharing one cell (after two laptops
    both filled it) keep distinct numbers: the first-created has the plain cell number,
    the next ones a letter ("2.5", "2.5b"), until someone moves one; the wall flags them."""
    by_cell: dict[tuple[int, int], list[Placed]] = defaultdict(list)
    for item in placed:
        by_cell[(item.slot_number, item.space_number)].append(item)
    numbers: dict[uuid.UUID, str] = {}
    for (slot, space), items in by_cell.items():
        items.sort(key=lambda p: (p.created_at, str(p.topic_id)))
        for index, item in enumerate(items):
            suffix = "" if index == 0 else string.ascii_lowercase[min(index, 25)]
            numbers[item.topic_id] = cell_number(slot, space) + suffix
    return numbers


# --- the projector screens (the arena's own words; the 2020 report is their source) ----

PRINCIPLES = {
    "nb": (
        "Uansett hvem som kommer, er det de rette personene.",
        "Uansett når det starter, er det den rette tiden.",
        "Det som skjer, er det som skjer.",
        "Når det er over, er det over.",
    ),
    "en": (
        "Whoever comes are the right people.",
        "Whenever it starts is the right time.",
        "Whatever happens is the only thing that could have.",
        "When it's over, it's over.",
    ),
}

PRINCIPLES_TITLE = {"nb": "De fire prinsippene", "en": "The four principles"}

LAW_OF_TWO_FEET_TITLE = {"nb": "Loven om to føtter", "en": "The law of two feet"}

LAW_OF_TWO_FEET = {
    "nb": "Hvis du verken lærer noe eller bidrar med noe der du er, "
    "bruk føttene og gå dit du kan gjøre det.",
    "en": "If you are neither learning nor contributing where you are, "
    "use your feet and go where you can.",
}

INPUT_TYPES_TITLE = {"nb": "Dagens tre innspillstyper", "en": "Today's three input types"}

INPUT_TYPE_LABELS = {
    "nb": {
        InputType.NEW: "Ny idé eller nytt emne",
        InputType.DEEPENING: "Fordypning til innspill nr. … dag 1",
        InputType.IMPLEMENTATION: "Iverksettingsforslag til innspill nr. … dag 1",
    },
    "en": {
        InputType.NEW: "New idea or topic",
        InputType.DEEPENING: "Deepening of input no. … from day 1",
        InputType.IMPLEMENTATION: "Implementation proposal for input no. … from day 1",
    },
}

# How a typed input refers to its day-1 input in lists and reports ("Fordypning til 1.4").
INPUT_TYPE_WITH_REFERENCE = {
    "nb": {
        InputType.NEW: "Ny idé eller nytt emne",
        InputType.DEEPENING: "Fordypning til innspill nr. {number}",
        InputType.IMPLEMENTATION: "Iverksettingsforslag til innspill nr. {number}",
    },
    "en": {
        InputType.NEW: "New idea or topic",
        InputType.DEEPENING: "Deepening of input no. {number}",
        InputType.IMPLEMENTATION: "Implementation proposal for input no. {number}",
    },
}


def describe_input_type(
    input_type: InputType | None, reference_number: str | None, language: str = "nb"
) -> str:
    """ "Fordypning til innspill nr. 1.4", or "" for a day-1 input that has no type."""
    if input_type is None:
        return ""
    texts = INPUT_TYPE_WITH_REFERENCE.get(language, INPUT_TYPE_WITH_REFERENCE["nb"])
    return texts[input_type].format(number=reference_number or "?")
