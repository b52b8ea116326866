"""Words of documents, sheets and the CLI (not errors); messages.py merges them into one
catalogue.

Dates and clock times, the Open Space projector's texts, the spreadsheets' titles and
columns, the program wall's PDF and the board tables. Keys that end in a value
(`perspective.bruker`, `month.3`) are looked up from that value.
"""

from __future__ import annotations

WORDING: dict[str, dict[str, str]] = {
    # --- dates and times (domain/dates.py, the program wall) -----------------------------
    "month.1": {"nb": "januar", "en": "January"},
    "month.2": {"nb": "februar", "en": "February"},
    "month.3": {"nb": "mars", "en": "March"},
    "month.4": {"nb": "april", "en": "April"},
    "month.5": {"nb": "mai", "en": "May"},
    "month.6": {"nb": "juni", "en": "June"},
    "month.7": {"nb": "juli", "en": "July"},
    "month.8": {"nb": "august", "en": "August"},
    "month.9": {"nb": "september", "en": "September"},
    "month.10": {"nb": "oktober", "en": "October"},
    "month.11": {"nb": "november", "en": "November"},
    "month.12": {"nb": "desember", "en": "December"},
    "date.day": {"nb": "{day}.", "en": "{day}"},  # the day of the month before its name
    "time.clock": {"nb": "%H.%M", "en": "%H:%M"},  # a strftime pattern: 13.00 / 13:00
    # --- the Open Space projector (the arena's own words; the 2020 report is their source)
    "principles.title": {"nb": "De fire prinsippene", "en": "The four principles"},
    "principle.1": {
        "nb": "Uansett hvem som kommer, er det de rette personene.",
        "en": "Whoever comes are the right people.",
    },
    "principle.2": {
        "nb": "Uansett når det starter, er det den rette tiden.",
        "en": "Whenever it starts is the right time.",
    },
    "principle.3": {
        "nb": "Det som skjer, er det som skjer.",
        "en": "Whatever happens is the only thing that could have.",
    },
    "principle.4": {"nb": "Når det er over, er det over.", "en": "When it's over, it's over."},
    "two_feet.title": {"nb": "Loven om to føtter", "en": "The law of two feet"},
    "two_feet.text": {
        "nb": "Hvis du verken lærer noe eller bidrar med noe der du er, "
        "bruk føttene og gå dit du kan gjøre det.",
        "en": "If you are neither learning nor contributing where you are, "
        "use your feet and go where you can.",
    },
    "input_types.title": {"nb": "Dagens tre innspillstyper", "en": "Today's three input types"},
    # On the projector, before the inputs have numbers.
    "input_type.label.new": {"nb": "Ny idé eller nytt emne", "en": "New idea or topic"},
    "input_type.label.deepening": {
        "nb": "Fordypning til innspill nr. … dag 1",
        "en": "Deepening of input no. … from day 1",
    },
    "input_type.label.implementation": {
        "nb": "Iverksettingsforslag til innspill nr. … dag 1",
        "en": "Implementation proposal for input no. … from day 1",
    },
    # How a typed input refers to its day-1 input in lists and reports.
    "input_type.reference.new": {"nb": "Ny idé eller nytt emne", "en": "New idea or topic"},
    "input_type.reference.deepening": {
        "nb": "Fordypning til innspill nr. {number}",
        "en": "Deepening of input no. {number}",
    },
    "input_type.reference.implementation": {
        "nb": "Iverksettingsforslag til innspill nr. {number}",
        "en": "Implementation proposal for input no. {number}",
    },
    # In a spreadsheet's type column.
    "input_type.short.new": {"nb": "Ny idé eller nytt emne", "en": "New idea or topic"},
    "input_type.short.deepening": {"nb": "Fordypning", "en": "Deepening"},
    "input_type.short.implementation": {
        "nb": "Iverksettingsforslag",
        "en": "Implementation proposal",
    },
    # --- vocabulary in documents and sheets ----------------------------------------------
    "perspective.bruker": {"nb": "bruker", "en": "user"},
    "perspective.tjenesteyter": {"nb": "tjenesteyter", "en": "service provider"},
    "perspective.forsker": {"nb": "forsker", "en": "researcher"},
    "perspective.myndighet": {"nb": "myndighet", "en": "authority"},
    "perspective.arbeidsgiver": {"nb": "arbeidsgiver", "en": "employer"},
    "perspective.annet": {"nb": "annet", "en": "other"},
    "perspective.ukjent": {"nb": "ikke oppgitt", "en": "not given"},
    "days.not_given": {"nb": "ikke oppgitt", "en": "not given"},
    "role.owner": {"nb": "eier", "en": "owner"},
    "role.facilitator": {"nb": "fasilitator", "en": "facilitator"},
    "role.resource": {"nb": "ressursperson", "en": "resource person"},
    "role.participant": {"nb": "deltaker", "en": "participant"},
    # Gjennomføringskraft on a five-step scale, and why the group rates it so.
    "strength.level.1": {"nb": "Svært liten", "en": "Very weak"},
    "strength.level.2": {"nb": "Liten", "en": "Weak"},
    "strength.level.3": {"nb": "Middels", "en": "Moderate"},
    "strength.level.4": {"nb": "Stor", "en": "Strong"},
    "strength.level.5": {"nb": "Svært stor", "en": "Very strong"},
    "strength.reason.new_tools": {
        "nb": "Vi har fått nye verktøy og kjennskap til andre måter å jobbe på",
        "en": "We have new tools and know other ways of working",
    },
    "strength.reason.right_people": {
        "nb": "De som skal gjøre noe, sitter rundt bordet",
        "en": "The people who will do the work sit around the table",
    },
    "strength.reason.energy": {
        "nb": "Prosessen har gitt energi og arbeidskraft",
        "en": "The process has given energy and working power",
    },
    "strength.reason.realistic_plans": {
        "nb": "Konkrete og realistiske handlingsplaner gjør det mulig å sette i gang",
        "en": "Concrete and realistic action plans make it possible to start",
    },
    "strength.reason.existing_decisions": {
        "nb": "Resultatet er et bidrag inn i eksisterende beslutningsprosesser",
        "en": "The result feeds into existing decision processes",
    },
    "strength.reason.ownership": {
        "nb": "Eierforholdet til utfordringen er styrket",
        "en": "Ownership of the challenge is stronger",
    },
    # --- spreadsheets (reports/sheets.py, reports/proceedings_sheets.py) -----------------
    "sheet.actions": {"nb": "Neste skritt", "en": "Next steps"},
    "sheet.evaluations": {"nb": "Egenevaluering", "en": "Self-evaluation"},
    "sheet.participants": {"nb": "Deltakere", "en": "Participants"},
    "sheet.inputs": {"nb": "Innspill", "en": "Inputs"},
    "sheet.os_participants": {"nb": "Deltakere", "en": "Participants"},
    "column.code": {"nb": "Kode", "en": "Code"},
    "column.group": {"nb": "Gruppe", "en": "Group"},
    "column.number": {"nb": "Nr.", "en": "No."},
    "column.what": {"nb": "Hva", "en": "What"},
    "column.who": {"nb": "Hvem har ansvar", "en": "Who is responsible"},
    "column.when": {"nb": "Når", "en": "When"},
    "column.results": {"nb": "Konkrete resultater oppnådd", "en": "Concrete results achieved"},
    "column.strength": {
        "nb": "Gjennomføringskraft (1–5)",
        "en": "Implementation strength (1–5)",
    },
    "column.rating": {"nb": "Vurdering", "en": "Rating"},
    "column.why": {"nb": "Hvorfor", "en": "Why"},
    "column.own_words": {"nb": "Gruppas egne ord", "en": "In the group's words"},
    "column.tips": {
        "nb": "Tips og kommentarer til arrangørene",
        "en": "Tips and comments to the organisers",
    },
    "column.name": {"nb": "Navn", "en": "Name"},
    "column.job_title": {"nb": "Stilling/rolle", "en": "Job title"},
    "column.organisation": {"nb": "Organisasjon", "en": "Organisation"},
    "column.perspective": {"nb": "Perspektiv", "en": "Perspective"},
    "column.role": {"nb": "Rolle i gruppa", "en": "Role in the group"},
    "column.days": {"nb": "Dager", "en": "Days"},
    "column.session": {"nb": "Økt", "en": "Session"},
    "column.day": {"nb": "Dag", "en": "Day"},
    "column.space": {"nb": "Rom", "en": "Space"},
    "column.topic": {"nb": "Emne", "en": "Topic"},
    "column.convener": {"nb": "Innkaller", "en": "Convener"},
    "column.type": {"nb": "Type", "en": "Type"},
    "column.builds_on": {"nb": "Bygger på", "en": "Builds on"},
    "column.input_title": {"nb": "Innspill (tittel)", "en": "Input (title)"},
    "column.input_text": {"nb": "Innspill (tekst)", "en": "Input (text)"},
    "column.next_steps": {"nb": "Neste skritt", "en": "Next steps"},
    "column.participant_count": {"nb": "Deltakere (antall)", "en": "Participants (number)"},
    "column.participant_names": {"nb": "Deltakere (navn)", "en": "Participants (names)"},
    "column.documented_by": {"nb": "Dokumentert av", "en": "Documented by"},
    "column.input": {"nb": "Innspill", "en": "Input"},
    # --- the program wall as PDF (reports/wall_pdf.py, wall_schedule_pdf.py) -------------
    "wall.title": {"nb": "Programveggen", "en": "Program wall"},
    "wall.schedule": {"nb": "Timeplan", "en": "Schedule"},
    "wall.slot": {"nb": "Økt {number}", "en": "Økt {number}"},
    "wall.day": {"nb": "dag {day}", "en": "day {day}"},
    "wall.day_title": {"nb": "Dag {day}", "en": "Day {day}"},
    "wall.no_topic": {"nb": "—", "en": "—"},
    "wall.unplaced": {"nb": "Ikke plassert ennå", "en": "Not placed yet"},
    "wall.column.slot": {"nb": "Økt", "en": "Økt"},
    "wall.column.day": {"nb": "Dag", "en": "Day"},
    "wall.column.time": {"nb": "Tid", "en": "Time"},
    "wall.column.number": {"nb": "Nr.", "en": "No."},
    "wall.column.topic": {"nb": "Emne", "en": "Topic"},
    "wall.column.convener": {"nb": "Innkaller", "en": "Convener"},
    # --- a board's zone table (reports/board_drawing.py) ---------------------------------
    "board.zone": {"nb": "Felt", "en": "Zone"},
    "board.notes": {"nb": "Lapper", "en": "Notes"},
    # --- `arenadesk check FILE` ----------------------------------------------------------
    "check.file": {"nb": "Fil: {path}", "en": "File: {path}"},
    "check.size": {"nb": "Størrelse: {size}", "en": "Size: {size}"},
    "check.application_id": {
        "nb": "Program-id: {id} (ArenaDesk)",
        "en": "Application id: {id} (ArenaDesk)",
    },
    "check.revision": {
        "nb": "Skjemaversjon: {revision} ({state})",
        "en": "Schema version: {revision} ({state})",
    },
    "check.current": {"nb": "gjeldende", "en": "current"},
    "check.older": {
        "nb": "eldre, oppgraderes når filen åpnes",
        "en": "older, upgraded when opened",
    },
    "check.integrity": {"nb": "Integritet: {integrity}", "en": "Integrity: {integrity}"},
    "check.rows": {"nb": "Rader:", "en": "Rows:"},
}
