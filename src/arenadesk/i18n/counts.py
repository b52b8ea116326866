"""Counts with their nouns, one template per plural form; messages.py merges them into
one catalogue as PLURALS.

Bokmål and English both have two forms: the first for exactly 1, the second for every
other count (0 included: "0 grupper", "0 groups"). `{n}` is the count.
"""

from __future__ import annotations

COUNTS: dict[str, dict[str, tuple[str, ...]]] = {
    "count.bytes": {"nb": ("{n} byte", "{n} byte"), "en": ("{n} byte", "{n} bytes")},
    "count.groups": {"nb": ("{n} gruppe", "{n} grupper"), "en": ("{n} group", "{n} groups")},
    "count.people": {
        "nb": ("{n} deltaker", "{n} deltakere"),
        "en": ("{n} person", "{n} people"),
    },
    "count.sessions": {"nb": ("{n} økt", "{n} økter"), "en": ("{n} økt", "{n} økter")},
    "count.steps": {"nb": ("{n} steg", "{n} steg"), "en": ("{n} step", "{n} steps")},
    "count.inputs": {"nb": ("{n} innspill", "{n} innspill"), "en": ("{n} input", "{n} inputs")},
    "count.working_reports": {
        "nb": ("{n} arbeidsrapport", "{n} arbeidsrapporter"),
        "en": ("{n} working report", "{n} working reports"),
    },
    "count.photos": {"nb": ("{n} bilde", "{n} bilder"), "en": ("{n} photo", "{n} photos")},
    "count.packages": {"nb": ("{n} pakke", "{n} pakker"), "en": ("{n} package", "{n} packages")},
    "count.added": {"nb": ("{n} ny", "{n} nye"), "en": ("{n} added", "{n} added")},
    "count.conflicts": {
        "nb": ("{n} konflikt", "{n} konflikter"),
        "en": ("{n} conflict", "{n} conflicts"),
    },
}
