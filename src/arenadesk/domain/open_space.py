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

from arenadesk.i18n.messages import message


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

# --- the projector screens (the arena's own words; the 2020 report is their source) ----


def principles(language: str) -> tuple[str, ...]:
    return tuple(message(f"principle.{number}", language) for number in range(1, 5))


def input_type_label(input_type: InputType, language: str) -> str:
    """How the projector names a type before inputs have numbers ("… dag 1")."""
    return message(f"input_type.label.{input_type.name.lower()}", language)


def describe_input_type(
    input_type: InputType | None, reference_number: str | None, language: str = "nb"
) -> str:
    """ "Fordypning til innspill nr. 1.4", or "" for a day-1 input that has no type."""
    if input_type is None:
        return ""
    key = f"input_type.reference.{input_type.name.lower()}"
    return message(key, language, number=reference_number or "?")


@dataclass(frozen=True)
class ParticipantLine:
    person_id: uuid.UUID
    name: str
    organisation: str


@dataclass(frozen=True)
class ConversationRow:
    """A topic and its documentation, as the form, the lists and the reports show it."""

    topic_id: uuid.UUID
    conversation_id: uuid.UUID | None  # None while nothing is documented
    number: str | None
    slot_number: int | None
    day: int | None
    space_name: str
    topic_title: str
    convener: str
    input_type: InputType | None
    reference_id: uuid.UUID | None
    reference_number: str | None
    input_title: str
    input_text: str
    discussion: str
    next_steps: str
    documented_by: str
    participants: tuple[ParticipantLine, ...]

    @property
    def title(self) -> str:
        """The input's line in the list: its own title, else the topic's."""
        return self.input_title or self.topic_title

    @property
    def has_input(self) -> bool:
        return bool(self.input_title or self.input_text)

    @property
    def next_step_lines(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.next_steps.splitlines() if line.strip(" -•\t")]

    def type_text(self, language: str = "nb") -> str:
        return describe_input_type(self.input_type, self.reference_number, language)
