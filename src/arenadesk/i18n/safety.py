"""Messages about backups, erasing a participant and the anonymised export.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, dict[str, str]] = {
    # --- automatic backups (store/backups.py) ---------------------------------------------
    "backup.needs_file": {
        "nb": "Bare en databasefil har automatiske sikkerhetskopier; en databaseserver "
        "sikkerhetskopieres med serverens egne verktøy.",
        "en": "Only a database file has automatic backups; back up a database server with the "
        "server's own tools.",
    },
    "backup.cannot_keep": {
        "nb": "Kunne ikke ta vare på «{path}» som sikkerhetskopi før gjenopprettingen ({detail}). "
        "Ingenting er endret.",
        "en": "Could not keep “{path}” as a backup before restoring ({detail}). Nothing was "
        "changed.",
    },
    "backup.restore_failed": {
        "nb": "Kunne ikke gjenopprette «{path}» ({detail}). Innholdet fra før ligger i "
        "sikkerhetskopien «{kept}».",
        "en": "Could not restore “{path}” ({detail}). The content from before is in the backup "
        "“{kept}”.",
    },
    "backup.failed": {
        "nb": "Den automatiske sikkerhetskopien kunne ikke lagres ({detail}). Arbeidet ditt er "
        "lagret i datafilen; det prøves igjen om litt.",
        "en": "The automatic backup could not be saved ({detail}). Your work is saved in the "
        "data file; it will be tried again shortly.",
    },
    # --- failures while editing (platform/faults.py) -----------------------------------------
    "fault.disk_full": {
        "nb": "Disken er full, så den siste endringen ble ikke lagret i «{path}». Alt som var "
        "lagret før, er i behold. Frigjør plass og prøv igjen.",
        "en": "The disk is full, so the last change was not saved in “{path}”. Everything saved "
        "before is intact. Free some space and try again.",
    },
    "fault.io": {
        "nb": "Kunne ikke skrive til «{path}» ({detail}). Den siste endringen ble ikke lagret; "
        "alt som var lagret før, er i behold. Sjekk at disken eller minnepinnen er koblet til.",
        "en": "Could not write to “{path}” ({detail}). The last change was not saved; everything "
        "saved before is intact. Check that the disk or USB stick is connected.",
    },
    "fault.unexpected": {
        "nb": "Noe uventet gikk galt ({detail}). Det som var lagret før, er i behold. Prøv igjen, "
        "eller start ArenaDesk på nytt.",
        "en": "Something unexpected went wrong ({detail}). What was saved before is intact. Try "
        "again, or restart ArenaDesk.",
    },
    # --- erasing a participant and exporting (store/erase.py, store/anonymise.py) -------
    "erase.missing": {
        "nb": "Deltakeren finnes ikke (lenger) i denne filen.",
        "en": "The participant does not exist (any more) in this file.",
    },
    "export.needs_file": {
        "nb": "Bare en databasefil kan eksporteres som kopi; en databaseserver eksporteres med "
        "serverens egne verktøy.",
        "en": "Only a database file can be exported as a copy; export a database server with "
        "the server's own tools.",
    },
    "export.onto_itself": {
        "nb": "Kopien kan ikke lagres over filen som er åpen («{path}»). Velg et annet navn.",
        "en": "The copy cannot replace the open file (“{path}”). Choose another name.",
    },
    "export.failed": {
        "nb": "Kunne ikke lagre kopien «{path}» ({detail}). Ingenting er skrevet.",
        "en": "Could not save the copy “{path}” ({detail}). Nothing was written.",
    },
    # --- the anonymised copy's names: "Deltaker (bruker) 3" -----------------------------
    "anon.label": {
        "nb": "{role} ({perspective}) {number}",
        "en": "{role} ({perspective}) {number}",
    },
    "anon.role.owner": {"nb": "Eier", "en": "Owner"},
    "anon.role.facilitator": {"nb": "Fasilitator", "en": "Facilitator"},
    "anon.role.resource": {"nb": "Ressursperson", "en": "Resource person"},
    "anon.role.participant": {"nb": "Deltaker", "en": "Participant"},
    # --- what the OS said, without its English or temporary names (platform/faults.py) --
    "os.not_found": {"nb": "finnes ikke", "en": "does not exist"},
    "os.no_permission": {"nb": "ingen tilgang", "en": "permission denied"},
    "os.disk_full": {"nb": "disken er full", "en": "the disk is full"},
    "os.read_only": {"nb": "kan bare leses", "en": "read-only"},
    "os.is_folder": {"nb": "er en mappe", "en": "is a folder"},
    "os.file_in_the_way": {
        "nb": "en fil står der en mappe skulle vært",
        "en": "a file is where a folder should be",
    },
    "os.exists": {"nb": "finnes allerede", "en": "already exists"},
    "os.name_too_long": {"nb": "navnet er for langt", "en": "the name is too long"},
    "os.busy": {"nb": "i bruk", "en": "in use"},
    "os.in_use": {
        "nb": "skrives av en annen ArenaDesk eller et annet program",
        "en": "being written by another ArenaDesk or another program",
    },
    "os.not_a_file": {"nb": "er ikke en vanlig fil", "en": "not an ordinary file"},
    "os.io": {
        "nb": "lese- eller skrivefeil på disken",
        "en": "a read or write error on the disk",
    },
    "os.cannot_open": {"nb": "kan ikke åpnes", "en": "cannot be opened"},
    "os.database": {"nb": "databasefeil: {detail}", "en": "database error: {detail}"},
    "os.other": {"nb": "systemfeil {code}", "en": "system error {code}"},
}
