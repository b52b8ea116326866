"""Messages about the template files people exchange: støttemaler and board templates.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

FORMAT_MESSAGES: dict[str, dict[str, str]] = {
    # --- støttemal files (domain/plan_io.py) ---------------------------------------------
    "plan.not_found": {
        "nb": "Finner ikke støttemalfilen «{path}».",
        "en": "The support template file “{path}” does not exist.",
    },
    "plan.is_folder": {
        "nb": "«{path}» er en mappe, ikke en støttemalfil. Velg en fil.",
        "en": "“{path}” is a folder, not a support template file. Choose a file.",
    },
    "plan.unreadable": {
        "nb": "Kunne ikke lese støttemalfilen «{path}» ({detail}).",
        "en": "Could not read the support template file “{path}” ({detail}).",
    },
    "plan.too_large": {
        "nb": "«{path}» er større enn {limit} MB og kan ikke være en støttemal. Filen er ikke "
        "lest eller endret.",
        "en": "“{path}” is larger than {limit} MB and cannot be a support template. The file "
        "was not read or changed.",
    },
    "plan.empty": {
        "nb": "«{path}» er tom og er ikke en støttemal. Filen er ikke endret.",
        "en": "“{path}” is empty and is not a support template. The file was not changed.",
    },
    "plan.not_utf8": {
        "nb": "«{path}» er ikke en tekstfil i UTF-8 og kan ikke være en støttemal. Filen er "
        "ikke endret.",
        "en": "“{path}” is not a UTF-8 text file and cannot be a support template. The file "
        "was not changed.",
    },
    "plan.not_json": {
        "nb": "«{path}» er ikke en gyldig støttemalfil: JSON-teksten har en feil på linje {line}, "
        "kolonne {column}. Filen er ikke endret.",
        "en": "“{path}” is not a valid support template file: the JSON text has an error at "
        "line {line}, column {column}. The file was not changed.",
    },
    "plan.unusable_json": {
        "nb": "«{path}» inneholder verdier ArenaDesk ikke kan lese (ugyldige tall eller for dyp "
        "nøsting) og kan ikke brukes som støttemal. Filen er ikke endret.",
        "en": "“{path}” contains values ArenaDesk cannot read (invalid numbers or too deep "
        "nesting) and cannot be used as a support template. The file was not changed.",
    },
    "plan.wrong_format": {
        "nb": "«{path}» er ikke en støttemal fra ArenaDesk. Det kan være en annen type fil, for "
        "eksempel en visuell mal eller en fil fra et annet program. Filen er ikke endret.",
        "en": "“{path}” is not an ArenaDesk support template. It may be another kind of file, "
        "for example a board template or a file from another program. The file was not changed.",
    },
    "plan.newer_version": {
        "nb": "«{path}» er laget med en nyere versjon av ArenaDesk (filformat {version}). "
        "Oppdater ArenaDesk for å bruke den. Filen er ikke endret.",
        "en": "“{path}” was made by a newer version of ArenaDesk (file format {version}). "
        "Update ArenaDesk to use it. The file was not changed.",
    },
    "plan.invalid": {
        "nb": "«{path}» kan ikke brukes som støttemal. {problem}. Filen er ikke endret.",
        "en": "“{path}” cannot be used as a support template. {problem}. The file was not changed.",
    },
    "plan.not_saved": {
        "nb": "Støttemalen ble ikke lagret i «{path}». {problem}. Ingenting er skrevet.",
        "en": "The support template was not saved to “{path}”. {problem}. Nothing was written.",
    },
    "plan.cannot_save": {
        "nb": "Kunne ikke lagre støttemalen i «{path}» ({detail}). Ingenting er skrevet.",
        "en": "Could not save the support template to “{path}” ({detail}). Nothing was written.",
    },
    # where in a støttemal a problem is (rendered inside the problems below)
    "plan.where.plan": {"nb": "Malen", "en": "The template"},
    "plan.where.session": {"nb": "Økt {number}", "en": "Session {number}"},
    "plan.where.session_at": {
        "nb": "Økt nr. {position} i lista",
        "en": "Session no. {position} in the list",
    },
    "plan.where.step": {"nb": "{session}, steg {position}", "en": "{session}, step {position}"},
    # what is wrong in a støttemal (the {problem} of plan.invalid and plan.not_saved)
    "plan.problem.missing": {
        "nb": "{where}: feltet «{field}» mangler",
        "en": "{where}: the field “{field}” is missing",
    },
    "plan.problem.not_text": {
        "nb": "{where}: «{field}» må være tekst",
        "en": "{where}: “{field}” must be text",
    },
    "plan.problem.not_list": {
        "nb": "{where}: «{field}» må være en liste",
        "en": "{where}: “{field}” must be a list",
    },
    "plan.problem.not_object": {
        "nb": "{where}: må være et objekt med felter",
        "en": "{where}: must be an object with fields",
    },
    "plan.problem.empty_text": {
        "nb": "{where}: «{field}» må fylles ut",
        "en": "{where}: “{field}” must be filled in",
    },
    "plan.problem.too_long": {
        "nb": "{where}: «{field}» kan ha høyst {limit} tegn",
        "en": "{where}: “{field}” can have at most {limit} characters",
    },
    "plan.problem.control_chars": {
        "nb": "{where}: «{field}» inneholder usynlige kontrolltegn",
        "en": "{where}: “{field}” contains invisible control characters",
    },
    "plan.problem.too_many": {
        "nb": "{where}: «{field}» kan ha høyst {limit} elementer",
        "en": "{where}: “{field}” can have at most {limit} entries",
    },
    "plan.problem.version": {
        "nb": "Feltet «version» må være et helt tall fra 1 og oppover (fant {value})",
        "en": "The field “version” must be a whole number from 1 up (found {value})",
    },
    "plan.problem.no_sessions": {
        "nb": "Malen har ingen økter",
        "en": "The template has no sessions",
    },
    "plan.problem.session_number": {
        "nb": "{where}: øktnummeret må være et helt tall mellom 1 og {limit} (fant {value})",
        "en": "{where}: the session number must be a whole number between 1 and {limit} "
        "(found {value})",
    },
    "plan.problem.session_duplicate": {
        "nb": "Flere økter har nummer {number}",
        "en": "More than one session has number {number}",
    },
    "plan.problem.session_gap": {
        "nb": "Øktene må ha numrene 1 til {count} uten hull (fant {found})",
        "en": "The sessions must be numbered 1 to {count} without gaps (found {found})",
    },
    "plan.problem.day": {
        "nb": "{where}: dagen må være et helt tall mellom 1 og {limit} (fant {value})",
        "en": "{where}: the day must be a whole number between 1 and {limit} (found {value})",
    },
    "plan.problem.start_time": {
        "nb": "{where}: starttiden må skrives TT:MM, for eksempel 09:30 (fant {value})",
        "en": "{where}: the start time must be written HH:MM, for example 09:30 (found {value})",
    },
    "plan.problem.past_midnight": {
        "nb": "{where}: stegene varer til etter midnatt (start {start}, {minutes} minutter i alt)",
        "en": "{where}: the steps last past midnight (start {start}, {minutes} minutes in all)",
    },
    "plan.problem.minutes": {
        "nb": "{where}: minutter må være et helt tall mellom 1 og {limit} (fant {value})",
        "en": "{where}: minutes must be a whole number between 1 and {limit} (found {value})",
    },
    "plan.problem.board": {
        "nb": "{where}: ukjent visuell mal {value} (kjente: {known})",
        "en": "{where}: unknown board {value} (known: {known})",
    },
    # --- boards (visual templates) ---------------------------------------------------------
    "board.template_unreadable": {
        "nb": "Tavlemalen «{file}» kan ikke leses ({detail}). De andre malene kan brukes.",
        "en": "The board template “{file}” cannot be read ({detail}). The other templates work.",
    },
    "board.template_too_big": {
        "nb": "Tavlemalen «{file}» er for stor (over {limit} kB). De andre malene kan brukes.",
        "en": "The board template “{file}” is too big (over {limit} kB). The other templates work.",
    },
    "board.template_json": {
        "nb": "Tavlemalen «{file}» er ikke gyldig JSON (linje {line}, kolonne {column}). "
        "De andre malene kan brukes.",
        "en": "The board template “{file}” is not valid JSON (line {line}, column {column}). "
        "The other templates work.",
    },
    "board.template_field": {
        "nb": "Tavlemalen «{file}»: feltet «{where}» mangler eller har feil verdi. "
        "De andre malene kan brukes.",
        "en": "The board template “{file}”: the field “{where}” is missing or has a wrong "
        "value. The other templates work.",
    },
    "board.template_version": {
        "nb": "Tavlemalen «{file}» har formatversjon {version}, som krever en nyere ArenaDesk.",
        "en": "The board template “{file}” has format version {version}, which needs a newer "
        "ArenaDesk.",
    },
    "board.template_duplicate": {
        "nb": "Tavlemalen «{file}» bruker nøkkelen «{template}», som en annen mal allerede har. "
        "Den er ikke lastet.",
        "en": "The board template “{file}” uses the key “{template}”, which another template "
        "already has. It was not loaded.",
    },
    "board.template_duplicate_zone": {
        "nb": "Tavlemalen «{file}» har feltet «{zone}» to ganger.",
        "en": "The board template “{file}” has the zone “{zone}” twice.",
    },
    "board.session_range": {
        "nb": "Økt må være et tall fra 1 til 4.",
        "en": "The session must be a number from 1 to 4.",
    },
    "board.unknown_colour": {
        "nb": "Ukjent lappfarge «{colour}».",
        "en": "Unknown note colour “{colour}”.",
    },
    "board.bad_geometry": {
        "nb": "Lappens plassering eller størrelse er ugyldig.",
        "en": "The note's position or size is not valid.",
    },
}
