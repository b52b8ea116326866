"""Messages about the Open Space proceedings; messages.py merges them into one catalogue."""

from __future__ import annotations

PROCEEDINGS_MESSAGES: dict[str, dict[str, str]] = {
    "proceedings.kind": {
        "nb": "Innspillene kan skrives som .pdf, .docx, .xlsx eller .csv, ikke «{path}».",
        "en": "The inputs can be written as .pdf, .docx, .xlsx or .csv, not “{path}”.",
    },
    "proceedings.no_inputs": {
        "nb": "«{name}» har ingen dokumenterte innspill fra Open Space ennå.",
        "en": "“{name}” has no documented Open Space inputs yet.",
    },
    "proceedings.cannot_save": {
        "nb": "Kunne ikke lagre «{path}» ({detail}). Ingen fil er endret.",
        "en": "Could not save “{path}” ({detail}). No file was changed.",
    },
    "proceedings.written": {
        "nb": "{inputs} og {reports} fra «{name}» er skrevet til {path}.",
        "en": "{inputs} and {reports} from “{name}” were written to {path}.",
    },
}
