"""Messages about the compiled arena report and spreadsheets (reports/arena_*, reports/sheets.py).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

ARENA_MESSAGES: dict[str, dict[str, str]] = {
    "arena_report.kind": {
        "nb": "Arenarapporten kan skrives som .pdf eller .docx, ikke «{path}».",
        "en": "The arena report can be written as .pdf or .docx, not “{path}”.",
    },
    "arena_report.cannot_save": {
        "nb": "Kunne ikke lagre arenarapporten «{path}» ({detail}). Ingen fil er endret.",
        "en": "Could not save the arena report “{path}” ({detail}). No file was changed.",
    },
    "arena_report.written": {
        "nb": "Arenarapporten for «{name}» ({groups}) er skrevet til {path}.",
        "en": "The arena report for “{name}” ({groups}) was written to {path}.",
    },
    "arena_report.written_open_space": {
        "nb": "Arenarapporten for «{name}» ({inputs}) er skrevet til {path}.",
        "en": "The arena report for “{name}” ({inputs}) was written to {path}.",
    },
    "sheets.kind": {
        "nb": "Regnearket kan skrives som .xlsx eller .csv, ikke «{path}».",
        "en": "The spreadsheet can be written as .xlsx or .csv, not “{path}”.",
    },
    "sheets.unknown": {
        "nb": "Det finnes ikke noe ark som heter «{sheet}». Velg ett av: {sheets}.",
        "en": "There is no sheet called “{sheet}”. Choose one of: {sheets}.",
    },
    "sheets.sheet_needs_csv": {
        "nb": "--sheet gjelder bare .csv-filer; en .xlsx-fil får alle tre arkene.",
        "en": "--sheet applies to .csv files only; an .xlsx file gets all three sheets.",
    },
    "sheets.cannot_save": {
        "nb": "Kunne ikke lagre «{path}» ({detail}). Ingen fil er endret.",
        "en": "Could not save “{path}” ({detail}). No file was changed.",
    },
    "sheets.written": {
        "nb": "Skrevet: {path}",
        "en": "Written: {path}",
    },
}
