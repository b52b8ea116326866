"""The one catalogue of text below the UI, in bokmål and English, with plural forms.

Core code raises `UserError(key, **params)` and reports, sheets and the CLI ask for
`message(key, language, **params)` or `plural(key, n, language, **params)`; whoever shows the
text picks the language. Widget texts live in Qt Linguist files; everything else is here
(the topic modules in this package only keep the catalogue's parts apart for size).

A `Count` parameter is rendered in the same language as the message around it, so
"{groups}" reads "1 gruppe" or "3 grupper".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from arenadesk.i18n.arena import ARENA_MESSAGES
from arenadesk.i18n.counts import COUNTS
from arenadesk.i18n.formats import FORMAT_MESSAGES
from arenadesk.i18n.open_space import OPEN_SPACE_MESSAGES
from arenadesk.i18n.photos import PHOTO_MESSAGES
from arenadesk.i18n.printing import PRINT_MESSAGES
from arenadesk.i18n.proceedings import PROCEEDINGS_MESSAGES
from arenadesk.i18n.registration import REGISTRATION_MESSAGES
from arenadesk.i18n.report_import import REPORT_IMPORT_MESSAGES
from arenadesk.i18n.safety import SAFETY_MESSAGES
from arenadesk.i18n.server import SERVER_MESSAGES
from arenadesk.i18n.sync import SYNC_MESSAGES
from arenadesk.i18n.wall import WALL_MESSAGES
from arenadesk.i18n.wording import WORDING

# Texts with plural forms: one template per form, in the order the language's rule numbers
# them. Bokmål and English both have two forms (1 / everything else, including 0).
PLURALS: dict[str, dict[str, tuple[str, ...]]] = {**COUNTS}

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"

MESSAGES: dict[str, dict[str, str]] = {
    **FORMAT_MESSAGES,
    **SYNC_MESSAGES,
    **ARENA_MESSAGES,
    **SAFETY_MESSAGES,
    **SERVER_MESSAGES,
    **PRINT_MESSAGES,
    **OPEN_SPACE_MESSAGES,
    **WALL_MESSAGES,
    **PROCEEDINGS_MESSAGES,
    **WORDING,
    **REGISTRATION_MESSAGES,
    **REPORT_IMPORT_MESSAGES,
    **PHOTO_MESSAGES,
    # --- opening a database file -------------------------------------------------------
    "db.not_found": {
        "nb": "Finner ikke filen «{path}».",
        "en": "The file “{path}” does not exist.",
    },
    "db.empty_file": {
        "nb": "«{path}» er tom (0 byte) og er ikke en ArenaDesk-fil. Filen er ikke endret.",
        "en": "“{path}” is empty (0 bytes) and is not an ArenaDesk file. The file was not changed.",
    },
    "db.not_sqlite": {
        "nb": "«{path}» er ikke en ArenaDesk-fil (det er ikke en database). Filen er ikke endret.",
        "en": "“{path}” is not an ArenaDesk file (it is not a database). The file was not changed.",
    },
    "db.truncated": {
        "nb": "«{path}» er avkortet: {actual} av {expected} byte finnes. Den kan være skadet "
        "under kopiering. Filen er ikke endret; bruk en sikkerhetskopi.",
        "en": "“{path}” is truncated: {actual} of {expected} bytes are present. It may have been "
        "damaged while copying. The file was not changed; use a backup.",
    },
    "db.corrupt": {
        "nb": "«{path}» er skadet og kan ikke åpnes ({detail}). Filen er ikke endret; "
        "bruk en sikkerhetskopi.",
        "en": "“{path}” is damaged and cannot be opened ({detail}). The file was not changed; "
        "use a backup.",
    },
    "db.bad_rows": {
        "nb": "«{path}» har verdier ArenaDesk ikke godtar og kan ikke åpnes: {problems}. "
        "Filen er ikke endret; bruk en sikkerhetskopi.",
        "en": "“{path}” holds values ArenaDesk does not accept and cannot be opened: "
        "{problems}. The file was not changed; use a backup.",
    },
    "db.foreign": {
        "nb": "«{path}» tilhører et annet program og er ikke en ArenaDesk-fil. "
        "Filen er ikke endret.",
        "en": "“{path}” belongs to another program and is not an ArenaDesk file. "
        "The file was not changed.",
    },
    "db.newer": {
        "nb": "«{path}» er laget med en nyere versjon av ArenaDesk. Oppdater ArenaDesk for å "
        "åpne den. Filen er ikke endret.",
        "en": "“{path}” was made by a newer version of ArenaDesk. Update ArenaDesk to open it. "
        "The file was not changed.",
    },
    "db.read_only": {
        "nb": "«{path}» kan ikke endres (skrivebeskyttet fil eller mappe). Kopier den til en mappe "
        "du kan skrive i, og åpne kopien.",
        "en": "“{path}” cannot be changed (read-only file or folder). Copy it to a folder you can "
        "write to and open the copy.",
    },
    "db.not_open": {
        "nb": "«{path}» kunne ikke åpnes. Filen er ikke endret.",
        "en": "“{path}” could not be opened. The file was not changed.",
    },
    "db.locked": {
        "nb": "«{path}» er i bruk av et annet program. Lukk det andre programmet og prøv igjen.",
        "en": "“{path}” is in use by another program. Close the other program and try again.",
    },
    "db.migration_failed": {
        "nb": "Kunne ikke oppgradere «{path}» ({detail}). En kopi fra før oppgraderingen ligger i "
        "«{backup}».",
        "en": "Could not upgrade “{path}” ({detail}). A copy from before the upgrade is in "
        "“{backup}”.",
    },
    "db.cannot_create": {
        "nb": "Kunne ikke lage «{path}» ({detail}).",
        "en": "Could not create “{path}” ({detail}).",
    },
    "db.copy_needs_file": {
        "nb": "Bare en databasefil kan lagres som kopi; en databaseserver sikkerhetskopieres "
        "med serverens egne verktøy.",
        "en": "Only a database file can be saved as a copy; back up a database server with "
        "the server's own tools.",
    },
    "db.copy_onto_itself": {
        "nb": "Kopien kan ikke lagres over filen som er åpen («{path}»). Velg et annet navn.",
        "en": "The copy cannot replace the open file (“{path}”). Choose another name.",
    },
    "db.server": {
        "nb": "Kunne ikke åpne databasen på «{path}» ({detail}). Sjekk adressen, at serveren "
        "kjører, og at databasedriveren er installert.",
        "en": "Could not open the database at “{path}” ({detail}). Check the address, that the "
        "server is running, and that its database driver is installed.",
    },
    "db.blank": {
        "nb": "«{path}» er en tom database uten ArenaDesk-data. Filen er ikke endret.",
        "en": "“{path}” is an empty database without ArenaDesk data. The file was not changed.",
    },
    "db.no_arena": {
        "nb": "«{path}» inneholder ingen arena ennå.",
        "en": "“{path}” does not contain an arena yet.",
    },
    "db.exists": {
        "nb": "«{path}» finnes allerede. Velg et annet navn.",
        "en": "“{path}” already exists. Choose another name.",
    },
    "location.cloud": {
        "nb": "Datafilen ligger i en skysynkronisert mappe ({service}). Slike mapper kan ødelegge "
        "en åpen database. Flytt den til en lokal mappe, og send heller en kopi.",
        "en": "The data file is in a cloud-synced folder ({service}). Such folders can corrupt an "
        "open database. Move it to a local folder and send a copy instead.",
    },
    "location.network": {
        "nb": "Datafilen ligger på en nettverksdisk ({detail}). En database kan bli skadet der. "
        "Flytt den til en lokal mappe.",
        "en": "The data file is on a network drive ({detail}). A database can be damaged there. "
        "Move it to a local folder.",
    },
    "record.missing": {
        "nb": "Denne oppføringen finnes ikke lenger; den kan ha blitt slettet.",
        "en": "This entry no longer exists; it may have been deleted.",
    },
    # --- validation ------------------------------------------------------------------------
    "value.required": {
        "nb": "{field} må fylles ut.",
        "en": "{field} is required.",
    },
    "value.too_long": {
        "nb": "{field} kan ha høyst {limit} tegn.",
        "en": "{field} can have at most {limit} characters.",
    },
    "value.control_chars": {
        "nb": "{field} inneholder usynlige kontrolltegn.",
        "en": "{field} contains invisible control characters.",
    },
    "group.code_invalid": {
        "nb": "Koden «{code}» er ugyldig. Bruk tall, bokstaver, mellomrom, bindestrek, & og /, "
        "høyst 30 tegn, for eksempel 1C, 4E-1 eller 2B – 1 og 2.",
        "en": "The code “{code}” is not valid. Use digits, letters, spaces, dashes, & and /, "
        "at most 30 characters, for example 1C, 4E-1 or 2B – 1 og 2.",
    },
    "group.code_taken": {
        "nb": "Koden «{code}» er allerede brukt av gruppen «{title}».",
        "en": "The code “{code}” is already used by the group “{title}”.",
    },
    "membership.exists": {
        "nb": "{name} er allerede med i gruppe {code}.",
        "en": "{name} is already in group {code}.",
    },
    "membership.bad_day": {
        "nb": "Dag {number} finnes ikke. Kryss av dagene personen var der, eller ingen når "
        "det ikke er oppgitt.",
        "en": "There is no day {number}. Tick the days the person was there, or none when "
        "that is not given.",
    },
    "membership.no_person": {
        "nb": "Velg minst én person.",
        "en": "Choose at least one person.",
    },
    "arena.day_order": {
        "nb": "Dag {number} kan ikke være før dagen før den.",
        "en": "Day {number} cannot be before the day before it.",
    },
    "arena.date_range": {
        "nb": "Datoen må være mellom år {low} og {high}.",
        "en": "The date must be between the years {low} and {high}.",
    },
    # --- plans and runs ------------------------------------------------------------------
    "plan.step_minutes": {
        "nb": "Minutter må være et helt tall fra 1 til {limit}.",
        "en": "Minutes must be a whole number from 1 to {limit}.",
    },
    "plan.no_plan": {
        "nb": "Gruppe {code} har ingen plan for økt {number}.",
        "en": "Group {code} has no plan for økt {number}.",
    },
    # --- the standard report --------------------------------------------------------------
    "report.strength": {
        "nb": "Gjennomføringskraften må være fra 1 (svært liten) til 5 (svært stor).",
        "en": "The implementation strength must be from 1 (very weak) to 5 (very strong).",
    },
    "report.cannot_save": {
        "nb": "Kunne ikke lagre rapporten «{path}» ({detail}).",
        "en": "Could not save the report “{path}” ({detail}).",
    },
    "report.template": {
        "nb": "Rapportmalen kan ikke brukes ({detail}).",
        "en": "The report template cannot be used ({detail}).",
    },
    "report.reason": {
        "nb": "Ukjent begrunnelse «{reason}».",
        "en": "Unknown reason “{reason}”.",
    },
    # --- field names used in the messages above ------------------------------------------
    "field.name": {"nb": "Navn", "en": "Name"},
    "field.arena_name": {"nb": "Arenaens navn", "en": "The arena's name"},
    "field.code": {"nb": "Kode", "en": "Code"},
    "field.title": {"nb": "Tittel", "en": "Title"},
    "field.description": {"nb": "Beskrivelse", "en": "Description"},
    "field.main_area": {"nb": "Hovedområde", "en": "Main area"},
    "field.owner_org": {"nb": "Eier", "en": "Owner"},
    "field.job_title": {"nb": "Stilling", "en": "Job title"},
    "field.organisation": {"nb": "Organisasjon", "en": "Organisation"},
    "field.venue": {"nb": "Sted", "en": "Venue"},
    "field.theme": {"nb": "Tema", "en": "Theme"},
    "field.organiser": {"nb": "Arrangør", "en": "Organiser"},
    "field.group": {"nb": "Gruppe", "en": "Group"},
    "field.minutes": {"nb": "Minutter", "en": "Minutes"},
    "field.report_text": {"nb": "Teksten", "en": "The text"},
    "field.action_what": {"nb": "Hva", "en": "What"},
    "field.action_who": {"nb": "Hvem", "en": "Who"},
    "field.action_when": {"nb": "Når", "en": "When"},
    "field.purpose": {"nb": "Formål", "en": "Purpose"},
    "field.prompt": {"nb": "Spørsmål til gruppa", "en": "Question for the group"},
    "field.tips": {"nb": "Fasilitatortips", "en": "Facilitator tips"},
    "field.person": {"nb": "Deltaker", "en": "Participant"},
    "field.days": {"nb": "Dager", "en": "Days"},
    "field.attendance_note": {"nb": "Merknad om oppmøte", "en": "Attendance note"},
    "field.note": {"nb": "Lappen", "en": "The note"},
    "field.board_title": {"nb": "Tavlens navn", "en": "The board's name"},
    "field.zone": {"nb": "Felt", "en": "Zone"},
    # --- CLI ------------------------------------------------------------------------------
    "cli.no_display": {
        "nb": "Fant ingen skjerm å vise vinduet på (DISPLAY er ikke satt). Start ArenaDesk fra "
        "skrivebordet, eller bruk en underkommando som «arenadesk check FIL».",
        "en": "No screen to show the window on (DISPLAY is not set). Start ArenaDesk from the "
        "desktop, or use a sub-command such as “arenadesk check FILE”.",
    },
    "cli.demo_created": {
        "nb": "Demoarenaen «{name}» er laget i {path}: {groups}, {people}.",
        "en": "The demo arena “{name}” was created in {path}: {groups}, {people}.",
    },
    "cli.template_exported": {
        "nb": "Støttemalen «{name}» er skrevet til {path}.",
        "en": "The support template “{name}” was written to {path}.",
    },
    "cli.template_imported": {
        "nb": "Støttemalen «{name}» er lagt til ({sessions}, {steps}).",
        "en": "The support template “{name}” was added ({sessions}, {steps}).",
    },
    "cli.report_kind": {
        "nb": "Rapporten kan skrives som .pdf eller .docx, ikke «{path}».",
        "en": "The report can be written as .pdf or .docx, not “{path}”.",
    },
    "cli.report_written": {
        "nb": "Rapporten for gruppe {code} er skrevet til {path}.",
        "en": "The report for group {code} was written to {path}.",
    },
    "cli.no_group": {
        "nb": "Arenaen har ingen gruppe med koden «{code}».",
        "en": "The arena has no group with the code “{code}”.",
    },
    "cli.demo_exists": {
        "nb": "{path} inneholder allerede en arena. Velg en ny fil for demoarenaen.",
        "en": "{path} already contains an arena. Choose a new file for the demo arena.",
    },
}


def _one_or_other(n: int) -> int:
    return 0 if n == 1 else 1


# Which form a count takes: the rule's result indexes the entry's forms (as gettext's
# Plural-Forms header does); a new language adds its rule and its number of forms here.
PLURAL_RULES: dict[str, Callable[[int], int]] = {"nb": _one_or_other, "en": _one_or_other}
PLURAL_FORMS: dict[str, int] = {"nb": 2, "en": 2}


class Count(NamedTuple):
    """A count with its noun ("1 gruppe", "3 grupper"), rendered when the language is known."""

    key: str
    n: int

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return plural(self.key, self.n, language)

    def __str__(self) -> str:
        return self.text()


class UserError(Exception):
    """An error a person can act on, shown in their language; never a traceback."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return message(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.text("en")


class ValidationError(UserError):
    """A value that cannot be saved; `field` tells the form where to show the message."""

    def __init__(self, key: str, field: str, **params: object) -> None:
        super().__init__(key, **params)
        self.field = field

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        params = dict(self.params)
        if "field" not in params:
            # Looked up only when needed; an unlabelled field falls back to its own name.
            label = f"field.{self.field}"
            params["field"] = message(label, language) if label in MESSAGES else self.field
        return message(self.key, language, **params)


class Phrase:
    """Part of a message (a reason, a list of problems), put in the language of the message
    it is placed in when that message is shown."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return message(self.key, language, **self.params)

    def __str__(self) -> str:
        return self.text("en")


def _in_language(value: object, language: str) -> object:
    if isinstance(value, (Count, Phrase, UserError)):
        return value.text(language)
    if isinstance(value, (list, tuple)) and any(isinstance(v, (Phrase, UserError)) for v in value):
        return "; ".join(str(_in_language(v, language)) for v in value)
    return value


def _rendered(params: dict[str, object], language: str) -> dict[str, object]:
    return {name: _in_language(value, language) for name, value in params.items()}


def message(key: str, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for `key` in `language` (falling back to bokmål), with params filled in."""
    texts = MESSAGES[key]
    template = texts.get(language) or texts[DEFAULT_LANGUAGE]
    return template.format(**_rendered(params, language))


def plural(key: str, n: int, language: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The form of `key` that goes with the count `n` ("{n} pakke" / "{n} pakker")."""
    if language not in PLURAL_RULES or language not in PLURALS[key]:
        language = DEFAULT_LANGUAGE
    template = PLURALS[key][language][PLURAL_RULES[language](n)]
    return template.format(n=n, **_rendered(params, language))
