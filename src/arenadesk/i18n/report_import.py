"""Messages about reading a group's Word report and bringing it into the arena.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

REPORT_IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    # --- the file -----------------------------------------------------------------------
    "docx.unreadable": {
        "nb": "Kan ikke lese «{path}» ({detail}). Ingenting er importert.",
        "en": "Cannot read “{path}” ({detail}). Nothing was imported.",
    },
    "docx.not_word": {
        "nb": "«{path}» er ikke et Word-dokument (.docx). Ingenting er importert.",
        "en": "“{path}” is not a Word document (.docx). Nothing was imported.",
    },
    "docx.password_or_doc": {
        "nb": "«{path}» er passordbeskyttet eller i det gamle .doc-formatet. Åpne den i Word, "
        "fjern passordet eller lagre som .docx, og prøv igjen. Ingenting er importert.",
        "en": "“{path}” is password-protected or in the old .doc format. Open it in Word, "
        "remove the password or save it as .docx, and try again. Nothing was imported.",
    },
    "docx.broken": {
        "nb": "«{path}» er skadet og kan ikke leses som et Word-dokument. Ingenting er importert.",
        "en": "“{path}” is damaged and cannot be read as a Word document. Nothing was imported.",
    },
    "docx.too_big": {
        "nb": "«{path}» er for stor (over {limit} MB pakket ut, eller for mange deler) og blir "
        "ikke lest. Ingenting er importert.",
        "en": "“{path}” is too large (over {limit} MB unpacked, or too many parts) and is not "
        "read. Nothing was imported.",
    },
    "docx.no_code": {
        "nb": "Fant ingen gruppekode øverst i «{path}». Oppgi gruppa med --group KODE. "
        "Ingenting er importert.",
        "en": "Found no group code at the top of “{path}”. Name the group with --group CODE. "
        "Nothing was imported.",
    },
    "docx.code_taken": {
        "nb": "Gruppe {code} finnes allerede. Bruk --group {code} for å fylle den, og "
        "--replace for å erstatte det som står der. Ingenting er importert.",
        "en": "Group {code} already exists. Use --group {code} to fill it, and --replace to "
        "replace what it holds. Nothing was imported.",
    },
    # --- what went where ----------------------------------------------------------------
    "report_import.group_new": {
        "nb": "Ny gruppe {code} «{title}».",
        "en": "New group {code} “{title}”.",
    },
    "report_import.group_existing": {
        "nb": "Inn i gruppe {code} «{title}».",
        "en": "Into group {code} “{title}”.",
    },
    "report_import.section_filled": {
        "nb": "«{written}» → {section}",
        "en": "“{written}” → {section}",
    },
    "report_import.section_replaced": {
        "nb": "«{written}» → {section} (erstattet det som sto der)",
        "en": "“{written}” → {section} (replaced what was there)",
    },
    "report_import.section_kept": {
        "nb": "«{written}» → ikke importert: {section} er allerede fylt ut (bruk --replace)",
        "en": "“{written}” → not imported: {section} is already filled in (use --replace)",
    },
    "report_import.extra": {
        "nb": "«{written}» → ekstra seksjon «{heading}»",
        "en": "“{written}” → extra section “{heading}”",
    },
    "report_import.people": {
        "nb": "«{written}» → {matched} kjente og {new} nye deltakere ({already} var med fra før)",
        "en": "“{written}” → {matched} known and {new} new participants ({already} were "
        "already in the group)",
    },
    "report_import.empty": {
        "nb": "«{written}» → tom i dokumentet: ingenting å importere",
        "en": "“{written}” → empty in the document: nothing to import",
    },
    "report_import.boards": {
        "nb": "«{written}» → hoppet over: tavlene følger gruppa og skrives ut fra dem",
        "en": "“{written}” → skipped: the boards belong to the group and print from there",
    },
    "report_import.description": {
        "nb": "Teksten under tittelen → gruppas utfordring",
        "en": "The text under the title → the group's challenge",
    },
    "section.participants": {"nb": "Deltakere", "en": "Participants"},
    "section.problem": {"nb": "Beskriv problemet", "en": "Describe the problem"},
    "section.result": {"nb": "Resultat", "en": "Result"},
    "section.concretisation": {"nb": "Konkretisering", "en": "Concretisation"},
    "section.next_steps": {"nb": "Neste skritt", "en": "Next steps"},
    "section.next_meeting": {"nb": "Neste møte", "en": "Next meeting"},
    "section.caller": {"nb": "Innkalles av", "en": "Called by"},
    "section.web_use": {"nb": "Ønsket bruk av nettplassen", "en": "Wished use of the website"},
    "section.comments": {"nb": "Kommentarer fra gruppa", "en": "The group's comments"},
    "section.self_evaluation": {"nb": "Egenevaluering", "en": "Self-evaluation"},
}
