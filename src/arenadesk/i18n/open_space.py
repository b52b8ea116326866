"""Messages about Open Space: the program wall, documented conversations and the proceedings.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

OPEN_SPACE_MESSAGES: dict[str, dict[str, str]] = {
    "field.topic_title": {"nb": "Emne", "en": "Topic"},
    "field.convener": {"nb": "Innkaller", "en": "Convener"},
    "field.space_name": {"nb": "Rom", "en": "Space"},
    "field.slot_day": {"nb": "Dag", "en": "Day"},
    "field.slot_times": {"nb": "Tid", "en": "Time"},
    "field.reference": {"nb": "Innspill nr.", "en": "Input no."},
    "field.input_title": {"nb": "Innspillets tittel", "en": "Title of the input"},
    "field.input_text": {"nb": "Innspill", "en": "Input"},
    "field.discussion": {"nb": "Samtalen", "en": "The conversation"},
    "field.next_steps": {"nb": "Neste skritt", "en": "Next steps"},
    "field.documented_by": {"nb": "Dokumentert av", "en": "Documented by"},
    "open_space.slot_times": {
        "nb": "Økta må slutte etter at den starter.",
        "en": "The økt must end after it starts.",
    },
    "open_space.slot_day": {
        "nb": "Dagen må være et tall fra 1 til {limit}.",
        "en": "The day must be a number from 1 to {limit}.",
    },
    "open_space.slot_day_order": {
        "nb": "En ny økt kan ikke ligge på en tidligere dag enn den siste økta.",
        "en": "A new økt cannot be on an earlier day than the last økt.",
    },
    "open_space.too_many_slots": {
        "nb": "Programveggen kan ha høyst {limit} økter.",
        "en": "The program wall can have at most {limit} økter.",
    },
    "open_space.too_many_spaces": {
        "nb": "Programveggen kan ha høyst {limit} rom.",
        "en": "The program wall can have at most {limit} spaces.",
    },
    "open_space.reference_needed": {
        "nb": "Velg hvilket innspill fra en tidligere dag dette bygger på.",
        "en": "Choose which input from an earlier day this builds on.",
    },
    "open_space.reference_not_earlier": {
        "nb": "Innspillet det bygges på må være dokumentert på en tidligere dag.",
        "en": "The input it builds on must have been documented on an earlier day.",
    },
    "cli.demo_open_space_created": {
        "nb": "Open Space-demoarenaen «{name}» er laget i {path}: {people} deltakere, "
        "{slots} økter × {spaces} rom, {topics} emner og {conversations} dokumenterte samtaler.",
        "en": "The Open Space demo arena “{name}” was created in {path}: {people} people, "
        "{slots} økter × {spaces} spaces, {topics} topics and {conversations} documented "
        "conversations.",
    },
}
