"""The demo arena's finished standard reports (groups 1C and 4B-1), in the style of the
2015 group reports and the 2017 self-evaluations. The other groups are left to be filled
in, so a new user sees both a finished report and an empty one."""

from __future__ import annotations

import uuid

from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.store import reports
from arenadesk.store.db.database import Database

TEXTS: dict[str, dict[str, str]] = {
    "1C": {
        "problem": (
            "Bjørkely helsetun har hatt et sykefravær på rundt 11 prosent de siste tre årene, "
            "høyest blant helsefagarbeidere i turnus. Oppfølgingen av sykmeldte er ulik fra "
            "avdeling til avdeling:\n"
            "- lederne vet ikke alltid hva som forventes av dem, og når\n"
            "- de ansatte opplever at samtalene handler om skjemaer, ikke om hva de kan gjøre\n"
            "- bedriftshelsetjenesten og Nav kommer inn sent, ofte først etter åtte uker"
        ),
        "result": (
            "En felles praksis for sykefraværsoppfølging på Bjørkely, utviklet sammen med de "
            "ansatte: en kort samtale innen første uke om hva den sykmeldte kan gjøre, faste "
            "roller for leder, tillitsvalgt og bedriftshelsetjeneste, og et tilbud om "
            "tilrettelagt arbeid i en annen avdeling når det passer bedre."
        ),
        "concretisation": (
            "Praksisen prøves ut i to avdelinger fra 1. mai til 31. oktober:\n"
            "- lederne får en halv dags opplæring med bedriftshelsetjenesten\n"
            "- «Hva kan du gjøre?»-samtalen skjer innen fem dager\n"
            "- Nav arbeidslivssenter deltar på et felles møte etter fire uker\n"
            "- resultatene måles mot de samme månedene i fjor"
        ),
        "next_meeting": "14. april kl. 12.30 på Bjørkely helsetun",
        "next_meeting_caller": "Randi Tjelle",
        "web_use": "Dele utkastet til rutinen og referatene med gruppa før neste møte.",
        "comments": (
            "Det var nyttig å ha både de ansatte og Nav rundt bordet fra første økt. Vi ønsker "
            "å invitere en tillitsvalgt inn i gruppa videre."
        ),
    },
    "4B-1": {
        "problem": (
            "Mange unge løslates fra Granli fengsel uten arbeid, skoleplass eller fast bosted. "
            "Arbeidet med overgangen starter for sent, og ingen har ansvaret for helheten. Det "
            "gjør det vanskelig å holde på motivasjonen som mange har når de sitter inne."
        ),
        "result": (
            "Et nytt tilbud der forberedelsen til arbeid og utdanning starter seks måneder før "
            "løslatelse, med én fast kontaktperson som følger den unge fra fengselet og ut, og "
            "lokale arbeidsgivere som tilbyr praksisplass fra første uke etter løslatelse."
        ),
        "concretisation": (
            "Tilbudet prøves ut med åtte unge innsatte i løpet av neste år. Friomsorgen har "
            "kontaktpersonen, Nav tar ansvar for praksisplassene, og fylkeskommunen sørger "
            "for at fag fullført i fengselet godkjennes av skolen."
        ),
        "next_meeting": "2. mai kl. 09.00, Granli fengsel",
        "next_meeting_caller": "Terje Bakkevold",
        "comments": "Erfaringskonsulentens innspill endret hvordan vi så på hele utfordringen.",
    },
}

ACTION_ITEMS: dict[str, list[ActionItem]] = {
    "1C": [
        ActionItem(
            "Skrive utkast til felles rutine for sykefraværsoppfølging",
            "Randi Tjelle",
            "innen 1. april",
        ),
        ActionItem("Opplæring av lederne i de to avdelingene", "Eirik Moen", "april"),
        ActionItem(
            "Avtale fast møtepunkt med Nav etter fire uker", "Øystein Brekke", "innen 14. april"
        ),
        ActionItem(
            "Følge utprøvingen og sammenligne fraværet med i fjor", "Lise Fjeldheim", "mai–oktober"
        ),
    ],
    "4B-1": [
        ActionItem(
            "Velge ut de åtte deltakerne og kontaktpersonen", "Heidi Rognstad", "innen 1. juni"
        ),
        ActionItem(
            "Finne fem arbeidsgivere som tilbyr praksisplass",
            "Cecilie Husby og Nav",
            "innen august",
        ),
        ActionItem(
            "Avklare godkjenning av fag tatt i fengselet", "Petter Nygård", "innen 1. september"
        ),
    ],
}

EVALUATIONS: dict[str, SelfEvaluation] = {
    "1C": SelfEvaluation(
        results=(
            "Et utkast til felles rutine, enighet om roller, og en avtale om utprøving i to "
            "avdelinger."
        ),
        strength=4,
        reasons=("right_people", "realistic_plans", "ownership"),
        reasons_text="Ledelsen på Bjørkely eier utfordringen og har satt av tid til arbeidet.",
        tips="Mer tid i økt 3 til å konkretisere; gjerne en pause til midt i økta.",
    ),
    "4B-1": SelfEvaluation(
        results="En skisse til et nytt tilbud og en liste over arbeidsgivere å kontakte.",
        strength=3,
        reasons=("new_tools", "energy"),
        reasons_text="Finansieringen av kontaktpersonen er ikke avklart ennå.",
        tips="Inviter gjerne Nav lokalt tidligere i prosessen.",
    ),
}


def create_demo_reports(db: Database, groups: dict[str, uuid.UUID]) -> None:
    for code, texts in TEXTS.items():
        group_id = groups[code]
        for field, value in texts.items():
            reports.save_text(db, group_id, field, value)
        for item in ACTION_ITEMS[code]:
            reports.add_action_item(db, group_id, item)
        reports.save_self_evaluation(db, group_id, EVALUATIONS[code])
