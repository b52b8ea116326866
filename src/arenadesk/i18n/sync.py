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
    "sync.cannot_back_up": {
        "nb": "Kunne ikke ta sikkerhetskopi av «{path}» før sammenslåingen ({detail}). "
        "Ingenting ble importert.",
        "en": "Could not back up “{path}” before the merge ({detail}). Nothing was imported.",
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
    "cli.accept_future": {
        "nb": "Er du sikker på at endringene fra «{device}» skal med, kan du slå pakken sammen "
        "likevel med --accept-future (stemplene flytter ikke klokken til denne filen).",
        "en": "If you are sure the changes from “{device}” belong, merge the package anyway "
        "with --accept-future (their stamps do not move this file's clock).",
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
    # --- an incoming file read as data (store/db/schema_check.py, sync/intake.py) ---------
    "db.unusable_path": {
        "nb": "«{path}» kan ikke brukes som ArenaDesk-fil ({detail}).",
        "en": "“{path}” cannot be used as an ArenaDesk file ({detail}).",
    },
    "db.being_written": {
        "nb": "«{path}» skrives av en annen ArenaDesk akkurat nå. Vent til den er ferdig, "
        "og prøv igjen.",
        "en": "“{path}” is being written by another ArenaDesk. Wait until it is done and "
        "try again.",
    },
    "cli.out_folder": {
        "nb": "Kan ikke lagre i «{path}» ({detail}). Ingenting er lagret.",
        "en": "Cannot save in “{path}” ({detail}). Nothing was saved.",
    },
    "cli.out_kind": {
        "nb": "«{path}» har feil filtype; bruk {kinds}.",
        "en": "“{path}” has the wrong file type; use {kinds}.",
    },
    "cli.failed": {
        "nb": "«{path}»: {detail}. Ingenting er endret.",
        "en": "“{path}”: {detail}. Nothing was changed.",
    },
    "cli.dry_run_new": {
        "nb": "«{path}» finnes ikke ennå; forhåndsvisningen gjelder en ny fil som ville "
        "blitt laget.",
        "en": "“{path}” does not exist yet; the preview is for a new file that would be created.",
    },
    "db.schema": {
        "nb": "«{path}» inneholder noe som ikke hører hjemme i en ArenaDesk-fil: {detail}. "
        "Filen er ikke endret.",
        "en": "“{path}” holds something that does not belong in an ArenaDesk file: {detail}. "
        "The file was not changed.",
    },
    "sync.unusable": {
        "nb": f"«{{name}}» kan ikke leses som pakke ({{detail}}). {_NOTHING_NB}",
        "en": f"“{{name}}” cannot be read as a package ({{detail}}). {_NOTHING_EN}",
    },
    "sync.schema": {
        "nb": "«{name}» inneholder noe som ikke hører hjemme i en ArenaDesk-fil: {detail}. "
        f"{_NOTHING_NB}",
        "en": "“{name}” holds something that does not belong in an ArenaDesk file: {detail}. "
        f"{_NOTHING_EN}",
    },
    "sync.too_large": {
        "nb": "«{name}» er større enn en pakke kan være ({size} MB, grensen er {limit} MB). "
        f"{_NOTHING_NB}",
        "en": "“{name}” is larger than a package can be ({size} MB, the limit is {limit} MB). "
        f"{_NOTHING_EN}",
    },
    "sync.too_many_rows": {
        "nb": "«{name}» har flere rader i «{table}» enn en arena kan ha (grensen er {limit}). "
        f"{_NOTHING_NB}",
        "en": "“{name}” has more rows in “{table}” than an arena can have (the limit is "
        f"{{limit}}). {_NOTHING_EN}",
    },
    "sync.bad_rows": {
        "nb": f"«{{name}}» har verdier ArenaDesk ikke godtar: {{problems}}. {_NOTHING_NB} "
        "Be om en ny pakke.",
        "en": f"“{{name}}” holds values ArenaDesk does not accept: {{problems}}. {_NOTHING_EN} "
        "Ask for a new package.",
    },
    "sync.bad_meta": {
        "nb": f"«{{name}}» sier noe om seg selv som ikke stemmer med innholdet ({{detail}}). "
        f"{_NOTHING_NB}",
        "en": f"“{{name}}” says something about itself that does not match its content "
        f"({{detail}}). {_NOTHING_EN}",
    },
    "sync.future": {
        "nb": "«{name}» har endringer datert {when}, mer enn et døgn etter klokken på denne "
        "maskinen. Klokken på den bærbare «{device}» går trolig feil. " + _NOTHING_NB,
        "en": "“{name}” has changes dated {when}, more than a day after this computer's "
        "clock. The clock of the laptop “{device}” is probably wrong. " + _NOTHING_EN,
    },
    "sync.deletions": {
        "nb": "«{name}» sletter {what}. Den slås bare sammen når du bekrefter det "
        "(--accept-deletions på kommandolinjen).",
        "en": "“{name}” deletes {what}. It is merged only when you confirm it "
        "(--accept-deletions on the command line).",
    },
    "sync.deletes_arena": {"nb": "selve arenaen", "en": "the arena itself"},
    "sync.deletes_rows": {
        "nb": "{deleted} av sine {rows} rader",
        "en": "{deleted} of its {rows} rows",
    },
    "sync.row_problem": {
        "nb": "{table} rad {row}, {column}: {reason}",
        "en": "{table} row {row}, {column}: {reason}",
    },
    "sync.broken_reference": {
        "nb": "{table} rad {row} viser til en rad i {parent} som ikke finnes",
        "en": "{table} row {row} refers to a row of {parent} that does not exist",
    },
    "sync.more_problems": {"nb": "og {count} til", "en": "and {count} more"},
    "schema.not_allowed": {
        "nb": "{kind} «{object}» (bare tabeller og indekser er tillatt)",
        "en": "{kind} “{object}” (only tables and indexes are allowed)",
    },
    "schema.unknown": {
        "nb": "{kind} «{object}», som ikke finnes i denne skjemaversjonen",
        "en": "{kind} “{object}”, which this schema version does not have",
    },
    "schema.different": {
        "nb": "{kind} «{object}», som er definert annerledes enn i denne skjemaversjonen",
        "en": "{kind} “{object}”, defined differently from this schema version",
    },
    "schema.missing": {
        "nb": "{kind} «{object}» mangler",
        "en": "{kind} “{object}” is missing",
    },
    # --- one value that breaks a rule (store/db/row_rules.py) ------------------------------
    "rule.required": {"nb": "mangler", "en": "missing"},
    "rule.not_text": {"nb": "er ikke tekst", "en": "not text"},
    "rule.too_long": {"nb": "lengre enn {limit} tegn", "en": "longer than {limit} characters"},
    "rule.control_chars": {"nb": "har kontrolltegn", "en": "holds control characters"},
    "rule.not_id": {"nb": "er ikke en gyldig id", "en": "not a valid id"},
    "rule.not_whole": {"nb": "er ikke et heltall", "en": "not a whole number"},
    "rule.not_number": {"nb": "er ikke et tall", "en": "not a number"},
    "rule.not_finite": {"nb": "er ikke et endelig tall", "en": "not a finite number"},
    "rule.out_of_range": {"nb": "utenfor {limit}", "en": "outside {limit}"},
    "rule.not_bool": {"nb": "er ikke ja/nei", "en": "not yes/no"},
    "rule.not_date": {"nb": "er ikke en dato", "en": "not a date"},
    "rule.not_time": {"nb": "er ikke et klokkeslett", "en": "not a time of day"},
    "rule.not_json": {"nb": "er ikke gyldige data", "en": "not valid data"},
    "rule.not_day_list": {
        "nb": "er ikke en liste over dagnumre",
        "en": "not a list of day numbers",
    },
    "rule.not_reason_list": {
        "nb": "er ikke en liste over kjente begrunnelser",
        "en": "not a list of known reasons",
    },
    "rule.not_allowed": {"nb": "er ikke en av {limit}", "en": "not one of {limit}"},
    "rule.not_device": {"nb": "er ikke en maskin-id", "en": "not a device id"},
    "rule.stamp": {
        "nb": "tidsstempel {limit} er før 2000 eller for langt fram i tid",
        "en": "time stamp {limit} is before 2000 or too far ahead",
    },
    "rule.wrong_arena": {
        "nb": "hører til en annen arena enn pakken sier",
        "en": "belongs to another arena than the package says",
    },
    "rule.not_in_setup": {
        "nb": "hører ikke hjemme i en oppsettfil",
        "en": "does not belong in a setup file",
    },
    "rule.local_table": {
        "nb": "lokale logger reiser ikke i pakker",
        "en": "local logs never travel in packages",
    },
    "schema.kind.table": {"nb": "tabellen", "en": "the table"},
    "schema.kind.index": {"nb": "indeksen", "en": "the index"},
    "schema.kind.view": {"nb": "visningen", "en": "the view"},
    "schema.kind.trigger": {"nb": "utløseren", "en": "the trigger"},
}
