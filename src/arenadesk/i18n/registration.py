"""Messages about registration sheets, group placement, printed lists and check-in.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

REGISTRATION_MESSAGES: dict[str, dict[str, str]] = {
    # --- reading the file ---------------------------------------------------------------
    "import.unreadable": {
        "nb": "Kan ikke lese «{path}» ({detail}). Ingenting er importert.",
        "en": "Cannot read “{path}” ({detail}). Nothing was imported.",
    },
    "import.empty": {
        "nb": "«{path}» er tom: fant ingen rader å importere. Ingenting er importert.",
        "en": "“{path}” is empty: there are no rows to import. Nothing was imported.",
    },
    "import.too_big": {
        "nb": "«{path}» er større enn {limit} MB og blir ikke lest. Ingenting er importert.",
        "en": "“{path}” is larger than {limit} MB and is not read. Nothing was imported.",
    },
    "import.password": {
        "nb": "«{path}» er beskyttet med passord. Åpne den i Excel, fjern passordet og lagre "
        "som .xlsx, eller lagre som CSV. Ingenting er importert.",
        "en": "“{path}” is protected by a password. Open it in Excel, remove the password and "
        "save as .xlsx, or save as CSV. Nothing was imported.",
    },
    "import.old_excel": {
        "nb": "«{path}» er i det gamle Excel-formatet (.xls). Lagre den som .xlsx eller CSV "
        "og prøv igjen. Ingenting er importert.",
        "en": "“{path}” is in the old Excel format (.xls). Save it as .xlsx or CSV and try "
        "again. Nothing was imported.",
    },
    "import.not_spreadsheet": {
        "nb": "«{path}» er ikke et regneark (.xlsx) eller en CSV-fil. Ingenting er importert.",
        "en": "“{path}” is not a spreadsheet (.xlsx) or a CSV file. Nothing was imported.",
    },
    "import.broken": {
        "nb": "«{path}» er skadet og kan ikke leses. Lagre eller eksporter regnearket på nytt. "
        "Ingenting er importert.",
        "en": "“{path}” is damaged and cannot be read. Save or export the spreadsheet again. "
        "Nothing was imported.",
    },
    "import.too_many_rows": {
        "nb": "«{path}» har mer enn {limit} rader. Det er mer enn en arena har deltakere; "
        "sjekk at det er riktig fil. Ingenting er importert.",
        "en": "“{path}” has more than {limit} rows. That is more people than an arena has; "
        "check that it is the right file. Nothing was imported.",
    },
    "import.too_many_columns": {
        "nb": "«{path}» har mer enn {limit} kolonner. Ingenting er importert.",
        "en": "“{path}” has more than {limit} columns. Nothing was imported.",
    },
    "import.no_name_column": {
        "nb": "Fant ingen kolonne med navn (Navn, eller Fornavn og Etternavn). Velg hvilken "
        "kolonne som har navnene. Ingenting er importert.",
        "en": "No column of names was found (Name, or First name and Last name). Choose the "
        "column that holds the names. Nothing was imported.",
    },
    # --- per row ----------------------------------------------------------------------
    "import.row_added": {"nb": "ny", "en": "new"},
    "import.row_updated": {"nb": "endret: {fields}", "en": "changed: {fields}"},
    "import.row_unchanged": {
        "nb": "finnes allerede, ingen endring",
        "en": "already there, no change",
    },
    "import.row_no_name": {"nb": "mangler navn", "en": "no name"},
    "import.row_too_long": {
        "nb": "{field} er lengre enn {limit} tegn",
        "en": "{field} is longer than {limit} characters",
    },
    "import.row_repeated": {
        "nb": "registrert på nytt i rad {row}, den teller",
        "en": "registered again in row {row}, which counts",
    },
    "import.note_bad_email": {
        "nb": "e-postadressen «{email}» er ikke gyldig og er utelatt",
        "en": "the e-mail address “{email}” is not valid and was left out",
    },
    # --- the CLI's summary --------------------------------------------------------------
    "cli.import_row": {"nb": "rad {row}: {name}: {text}", "en": "row {row}: {name}: {text}"},
    "cli.import_added": {"nb": "Lagt til", "en": "Added"},
    "cli.import_updated": {"nb": "Endret", "en": "Updated"},
    "cli.import_skipped": {"nb": "Hoppet over", "en": "Skipped"},
    "cli.import_ignored": {
        "nb": "Kolonner som ikke er brukt: {columns}",
        "en": "Columns not used: {columns}",
    },
    "cli.import_columns": {
        "nb": "Kolonner: {columns}",
        "en": "Columns: {columns}",
    },
    "cli.import_unmapped": {
        "nb": "Perspektiv ikke oppgitt eller ikke gjenkjent ({count}), sjekk disse:",
        "en": "Perspective not given or not recognised ({count}), review these:",
    },
    "cli.import_unmapped_row": {
        "nb": "rad {row}: {name}: «{text}»",
        "en": "row {row}: {name}: “{text}”",
    },
    "cli.import_long_cell": {
        "nb": "rad {row}: teksten i «{column}» var for lang og er kortet ned",
        "en": "row {row}: the text in “{column}” was too long and was cut",
    },
    "cli.import_summary": {
        "nb": "{added} lagt til, {updated} endret, {skipped} hoppet over.",
        "en": "{added} added, {updated} updated, {skipped} skipped.",
    },
    "cli.import_dry_run": {
        "nb": "Prøvekjøring: ingenting er lagret.",
        "en": "Dry run: nothing was saved.",
    },
    # --- placement ----------------------------------------------------------------------
    "place.no_groups": {
        "nb": "Arenaen har ingen grupper å plassere folk i. Opprett gruppene først.",
        "en": "The arena has no groups to place people in. Create the groups first.",
    },
    "place.nobody": {
        "nb": "Alle deltakere er allerede i en gruppe; ingen å plassere.",
        "en": "Everyone is already in a group; nobody to place.",
    },
    "place.placed": {
        "nb": "{name} → {code}",
        "en": "{name} → {code}",
    },
    "place.summary": {
        "nb": "{count} plassert i {groups}.",
        "en": "{count} placed in {groups}.",
    },
    "place.group_mix": {
        "nb": "{code}: {total} deltakere, størst andel {perspective} {share} %",
        "en": "{code}: {total} participants, largest share {perspective} {share} %",
    },
    "place.over_limit": {
        "nb": "{code} har {share} % {perspective} (over 70 %): {why}",
        "en": "{code} has {share} % {perspective} (over 70 %): {why}",
    },
    "place.why_fixed": {
        "nb": "de som alt er i gruppen gir for mange av samme perspektiv",
        "en": "the people already in the group hold too many of one perspective",
    },
    "place.why_mix": {
        "nb": "det er for få deltakere med andre perspektiver til å blande alle gruppene",
        "en": "there are too few people of other perspectives to mix every group",
    },
    "place.wish_missed": {
        "nb": "{name} ønsket «{wish}», men er plassert i {code} for å holde 70 %-regelen "
        "eller gruppestørrelsen",
        "en": "{name} wished for “{wish}” but is placed in {code} to keep the 70 % rule or "
        "the group sizes",
    },
    "place.dry_run": {
        "nb": "Prøvekjøring: ingenting er lagret.",
        "en": "Dry run: nothing was saved.",
    },
    # --- printing -----------------------------------------------------------------------
    "print.written": {
        "nb": "Skrev {what} ({count}) til {path}.",
        "en": "Wrote {what} ({count}) to {path}.",
    },
    "print.what_badges": {"nb": "navneskilt", "en": "name badges"},
    "print.what_lists": {"nb": "deltakerlister", "en": "member lists"},
    "print.what_attendance": {"nb": "oppmøtelister", "en": "attendance lists"},
    "print.what_signs": {"nb": "dørskilt", "en": "door signs"},
    "print.nobody": {
        "nb": "Ingen deltakere å skrive ut.",
        "en": "No participants to print.",
    },
    "print.out_pdf": {
        "nb": "--out må være en .pdf-fil («{path}»).",
        "en": "--out must be a .pdf file (“{path}”).",
    },
    # --- check-in -----------------------------------------------------------------------
    "checkin.no_day": {
        "nb": "Arenaen har ingen dag {day}.",
        "en": "The arena has no day {day}.",
    },
}
