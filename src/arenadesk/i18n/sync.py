"""Messages about sync packages, setup files and the merge (sync/).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

_NOTHING_NB = "Ingenting ble importert fra den."
_NOTHING_EN = "Nothing was imported from it."

SYNC_MESSAGES: dict[str, dict[str, str]] = {
    # --- a package that cannot be taken in ------------------------------------------------
    "sync.not_found": {
        "nb": "Finner ikke pakken «{name}».",
        "en": "The package “{name}” does not exist.",
    },
    "sync.not_package": {
        "nb": f"«{{name}}» er ikke en pakke eller oppsettfil fra ArenaDesk. {_NOTHING_NB}",
        "en": f"“{{name}}” is not an ArenaDesk package or setup file. {_NOTHING_EN}",
    },
    "sync.truncated": {
        "nb": "«{name}» er avkortet (ufullstendig kopiert, kanskje fra en minnepinne som ble "
        f"tatt ut for tidlig). {_NOTHING_NB} Be om en ny pakke.",
        "en": "“{name}” is truncated (copied incompletely, perhaps from a USB stick removed "
        f"too early). {_NOTHING_EN} Ask for a new package.",
    },
    "sync.corrupt": {
        "nb": f"«{{name}}» er skadet ({{detail}}). {_NOTHING_NB} Be om en ny pakke.",
        "en": f"“{{name}}” is damaged ({{detail}}). {_NOTHING_EN} Ask for a new package.",
    },
    "sync.unreadable": {
        "nb": f"«{{name}}» kan ikke leses nå (i bruk eller uten lesetilgang). {_NOTHING_NB}",
        "en": f"“{{name}}” cannot be read now (in use or not readable). {_NOTHING_EN}",
    },
    "sync.newer": {
        "nb": f"«{{name}}» er laget med en nyere ArenaDesk. Oppdater ArenaDesk. {_NOTHING_NB}",
        "en": f"“{{name}}” was made by a newer ArenaDesk. Update ArenaDesk. {_NOTHING_EN}",
    },
    "sync.upgrade_failed": {
        "nb": f"«{{name}}» er fra en eldre ArenaDesk og kunne ikke oppgraderes ({{detail}}). "
        f"{_NOTHING_NB}",
        "en": f"“{{name}}” is from an older ArenaDesk and could not be upgraded ({{detail}}). "
        f"{_NOTHING_EN}",
    },
    "sync.other_arena": {
        "nb": "«{name}» tilhører en annen arena («{arena}»). Den slås bare sammen når du "
        "bekrefter det (--accept-other-arena på kommandolinjen).",
        "en": "“{name}” belongs to another arena (“{arena}”). It is merged only when you "
        "confirm it (--accept-other-arena on the command line).",
    },
    "sync.not_setup": {
        "nb": "«{name}» er en pakke fra en fasilitator, ikke en oppsettfil fra arrangøren.",
        "en": "“{name}” is a package from a facilitator, not a setup file from the organiser.",
    },
    # --- writing and merging ----------------------------------------------------------------
    "sync.export_needs_file": {
        "nb": "Pakker lages fra en arenafil; en databaseserver kan ikke pakkes.",
        "en": "Packages are made from an arena file; a database server cannot be packaged.",
    },
    "sync.cannot_write": {
        "nb": "Kunne ikke lagre «{path}» ({detail}). Ingenting er lagret der.",
        "en": "Could not save “{path}” ({detail}). Nothing was saved there.",
    },
    "sync.merge_failed": {
        "nb": "Sammenslåingen i «{path}» mislyktes ({detail}). Ingenting ble importert.",
        "en": "The merge into “{path}” failed ({detail}). Nothing was imported.",
    },
    "sync.log_missing": {
        "nb": "Denne versjonen finnes ikke lenger i sammenslåingsloggen.",
        "en": "This version is no longer in the merge log.",
    },
    # --- command line --------------------------------------------------------------------
    "cli.package_written": {
        "nb": "Pakken er lagret i «{path}».",
        "en": "The package was saved to “{path}”.",
    },
    "cli.setup_written": {
        "nb": "Oppsettfilen er lagret i «{path}».",
        "en": "The setup file was saved to “{path}”.",
    },
    "cli.merge_counts": {
        "nb": "{name}: {added}, {updated} endret, {deleted} slettet, {conflicts} "
        "({arena}, {device})",
        "en": "{name}: {added}, {updated} updated, {deleted} deleted, {conflicts} "
        "({arena}, {device})",
    },
    "cli.merge_already": {
        "nb": "{name}: allerede importert, ingenting endres",
        "en": "{name}: already imported, nothing changes",
    },
    "cli.merge_rejected": {
        "nb": "AVVIST: {reason}",
        "en": "REJECTED: {reason}",
    },
    "cli.merge_done": {
        "nb": "Slått sammen i «{path}»: {merged}, {rejected} avvist.",
        "en": "Merged into “{path}”: {merged}, {rejected} rejected.",
    },
    "cli.merge_dry_run": {
        "nb": "Prøvekjøring: ingenting er skrevet til «{path}».",
        "en": "Dry run: nothing was written to “{path}”.",
    },
    # --- names of tables, for the merge log ----------------------------------------------
    "sync.table.arena": {"nb": "Arena", "en": "Arena"},
    "sync.table.arena_day": {"nb": "Arenadag", "en": "Arena day"},
    "sync.table.challenge_group": {"nb": "Gruppe", "en": "Group"},
    "sync.table.person": {"nb": "Deltaker", "en": "Participant"},
    "sync.table.membership": {"nb": "Gruppemedlemskap", "en": "Group membership"},
    "sync.table.support_template": {"nb": "Støttemal", "en": "Support template"},
    "sync.table.template_session": {"nb": "Økt i støttemal", "en": "Økt of a template"},
    "sync.table.template_step": {"nb": "Steg i støttemal", "en": "Step of a template"},
    "sync.table.session_run": {"nb": "Gjennomføring av økt", "en": "Run of an økt"},
    "sync.table.step_log": {"nb": "Tidslogg for steg", "en": "Step time log"},
    "sync.table.board": {"nb": "Tavle", "en": "Board"},
    "sync.table.note": {"nb": "Lapp", "en": "Note"},
    "sync.table.group_report": {"nb": "Rapporttekst", "en": "Report text"},
    "sync.table.action_item": {"nb": "Neste skritt", "en": "Next step"},
    "sync.table.self_evaluation": {"nb": "Egenevaluering", "en": "Self-evaluation"},
}
