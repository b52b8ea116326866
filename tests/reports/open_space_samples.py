"""An Open Space arena documented as the 2020 arena was, written through the store's API.

Shared by the proceedings tests and bench/proceedings.py. The 49 input titles are the
2020 report's (1.1 … 4.16, with its gaps), plus one conversation never placed on the wall;
150 people, 6–12 in each conversation, input texts and working reports of realistic
length, and day-2 inputs that deepen or implement day-1 inputs.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arenadesk.domain.open_space import InputType
from arenadesk.domain.vocabulary import ArenaFormat, Perspective
from arenadesk.store import conversations as conv
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.people import PersonDraft, create_person
from tests.templates import Templates

# (number, title) in the 2020 report's list; the numbers are økt.space.
INPUTS_2020: list[tuple[str, str]] = [
    ("1.1", "Hvem skal koordinere arbeid og helse der folk er frisk/syk og bor, i kommunene?"),
    ("1.2", "Unge i arbeid, bra start på arbeidslivet"),
    ("1.3", "Sammenheng mellom fattigdom - helse - arbeid"),
    ("1.4", "Ressursfokus frisklivsfaktorer"),
    (
        "1.5",
        "Behov for bedre rutiner/metoder i helsesektoren for å identifisere de rette "
        "pasientene til arbeidsrettet helsetilbud",
    ),
    (
        "1.6",
        "Datakollektiv «hverdagsteknologi», lavterskeltilbud for personer med egen "
        "erfaring med rus",
    ),
    (
        "1.7",
        "Erfaringer etter 2 år i spesialisthelsetjenesten med poliklinisk behandling "
        "for mild til moderat angst og depresjon",
    ),
    ("1.8", "Fontenehuset - arbeid for bedre psykisk helse"),
    ("1.9", "Arbeid og helse - i spesialisthelsetjenesten - adgang, rettigheter"),
    ("1.10", "Kvinner har høyere sykefravær enn menn. Hva kan gjøres for å forhindre det?"),
    ("1.11", "Bruker av langvarig lønnstilskudd e.l. Gevinsten for bruker og arbeidsgiver"),
    ("1.12", "Etablere et felles arbeid og helseområde nasjonalt"),
    (
        "1.13",
        "Helse i arbeid - hvordan få til dette med ulike sentrale føringer / finansieringsmodeller",
    ),
    ("1.14", "Et arbeidsliv for alle livsfaser"),
    ("1.15", "Sjef i eget liv - Brukerstemmen – brukermedvirkning"),
    ("1.16", "Helsekompetanse - organisatorisk - digitalisering – individualitet"),
    (
        "1.17",
        "Oppfølging av brukere på AAP. Utforske modeller for helhetlig, tettere og mer "
        "forpliktende samarbeid",
    ),
    ("1.18", "Ung brukermedvirkning"),
    (
        "1.19",
        "Korleis få til dialog mellom arbeidstaker/sykmeldt, arbeidsgjevar og "
        "sjukemeldar tidleg i sjukefråversperioden",
    ),
    ("2.1", "Brukerstyrte lavterskeltilbud"),
    ("2.2", "Pasientforløp, rett person til rett tiltak/nivå til rett tid"),
    ("2.3", "Integrering og innvandrerhelse"),
    ("2.4", "Funksjonsvurdering"),
    ("2.6", "Er arbeid alltid bra for helsa? Hvor mye? Hva slags?"),
    (
        "2.8",
        "Muskelskjelett rehab m/arbeid som mål. Hvordan få til samarbeid mellom "
        "spesialisthelsetj. og kommune/NAV?",
    ),
    (
        "2.9",
        "Arbeid og helse i spesialisthelsetjenesten: bærekraftig opplegg, tverrfaglig "
        "koding, behov for egen definisjon i ICF",
    ),
    ("2.10", "Hvordan kan kommunale psykiske helsetjenester bidra til økt arbeidsdeltakelse?"),
    ("2.11", "Hva skjer om man blir syk før arbeidslivet starter? Veien inn?"),
    ("2.12", "Frivilligheten som arbeidstrening, kompetansehever"),
    ("2.13", "Eksisterende arbeidsmarkedstiltak - tilbud for ungdom"),
    ("2.14", "Arbeidsavklaring/veiledning – endringsledelse"),
    ("2.15", "Entreprenørskap"),
    ("3.1", "Forebygging"),
    (
        "3.2",
        "Hvordan kan frivillig sektor, brukerorganisasjoner sammen med NAV/Helse bidra "
        "til økt arbeidsinkludering",
    ),
    ("3.3", "Hva må vi gjøre annerledes for å få til bedre samhandling og koordinering?"),
    ("3.4", "Helse/arbeid - ny poliklinikk"),
    ("3.5", "Tilbud til andre pasientgrupper og muskel- og skjelett må tydeliggjøres"),
    ("3.6", "Datakollektiv. Hverdagsteknologi. Det første steget til å bli en reell arbeidssøker"),
    ("3.7", "Forebygging"),
    ("3.8", "Helsemessige konsekvenser av diskriminering i arbeidslivet"),
    (
        "4.1",
        "Tverrfaglige kommunale Helse og arbeidssenter for å fremme samtidighet i "
        "oppfølging av sykemeldte – konkretisere",
    ),
    ("4.3", "Arbeidsgiver følge opp bruker/digital samhandling"),
    (
        "4.6",
        "Ungt arbeid/tiltak i utland. Samarbeid mellom Nav, organisasjoner og "
        "arbeidssøkere om muligheter",
    ),
    ("4.8", "Bedre tjenestetilbud for ungdom som sliter med psykisk helse"),
    ("4.10", "Hvilke mekanismer ligger bak høyere sykefravær blant kvinner? Hva kan gjøres?"),
    ("4.12", "Effekten av langvarig lønnstilskudd, bruker og arbeidsgiver"),
    ("4.13", "Evnen til å evne og mestre"),
    ("4.15", "Effekt av tiltak. Hvilke virker for å øke arbeidsdeltakelse?"),
    (
        "4.16",
        "Hva er barrierer og ressurser i dagens system når det gjelder oppfølging av "
        "sykemeldte og retur til arbeidet?",
    ),
]
UNPLACED_TITLE = "Åpen dør: samtale i kaffepausen om læring på tvers"
# Day-2 inputs that build on a day-1 input: number -> (type, referenced number).
REFERENCES: dict[str, tuple[InputType, str]] = {
    "3.4": (InputType.DEEPENING, "1.7"),
    "3.6": (InputType.IMPLEMENTATION, "1.6"),
    "4.1": (InputType.IMPLEMENTATION, "1.1"),
    "4.10": (InputType.DEEPENING, "1.10"),
    "4.12": (InputType.DEEPENING, "1.11"),
    "3.1": (InputType.NEW, ""),
}
SESSIONS = [
    (1, dt.time(10, 30), dt.time(12, 0)),
    (1, dt.time(13, 0), dt.time(14, 30)),
    (2, dt.time(9, 30), dt.time(11, 0)),
    (2, dt.time(11, 15), dt.time(12, 45)),
]
SPACES = 19

FIRST = [
    "Åse",
    "Øystein",
    "Ærlig",
    "Kari",
    "Ola",
    "Siri",
    "Bjørn",
    "Ingrid",
    "Håkon",
    "Solveig",
    "Tor",
    "Marit",
    "Jørgen",
    "Ragnhild",
    "Sondre",
    "Nina",
    "Stian",
    "Randi",
    "Silje",
    "Jostein",
    "Mona",
    "Pål",
    "Gøril",
    "Eirik",
    "Åsmund",
]
LAST = [
    "Kjærstad",
    "Ærø",
    "Bråten",
    "Nordmann",
    "Sæther",
    "Løvås",
    "Dahl",
    "Strøm",
    "Haugen",
    "Bø",
    "Grønli",
    "Myhre",
    "Ødegård",
    "Lie",
    "Aas",
]
ORGANISATIONS = [
    "NAV Drammen",
    "Helsedirektoratet",
    "Arbeids- og velferdsdirektoratet",
    "Fontenehuset Oslo",
    "Universitetet i Bergen",
    "A-larm",
    "Sykehuset i Vestfold",
    "Drammen kommune",
    "NHO Viken",
    "Mental Helse Ungdom",
    "HelseIArbeid, UNN",
    "Rehabiliteringssenteret AiR",
    "Bedriftshelsetjenesten Øst",
    "Funksjonshemmedes fellesorganisasjon",
    "NORCE",
]
SENTENCES = [
    "Vi trenger samtidige tjenester fra helse og NAV, ikke sekvensiell bistand.",
    "Brukerens egne mål må være utgangspunktet for oppfølgingen.",
    "Arbeidsgiveren må involveres tidlig, helst i løpet av de første ukene av sykmeldingen.",
    "Fastlegen har en nøkkelrolle, men mangler tid og verktøy til å følge opp arbeidsfokuset.",
    "Det finnes gode lokale modeller som ikke er spredt fordi finansieringen er prosjektbasert.",
    "Felles digitale verktøy kan gjøre funksjonsvurderingen åpen for alle partene.",
    "Unge som faller ut av skole og arbeid trenger én kontaktperson som holder i trådene.",
    "Frivillige organisasjoner kan være en trygg arena for arbeidstrening.",
    "Vi så behov for felles begreper på tvers av sektorene, for eksempel i ICF.",
    "Erfaringskonsulenter bør ansettes i både kommunene og spesialisthelsetjenesten.",
    "Forskningen viser at arbeid er helsefremmende for de aller fleste.",
    "Ledere trenger støtte til å tilrettelegge for ansatte i ulike livsfaser.",
    "Lavterskeltilbud må være åpne uten henvisning og uten ventetid.",
    "Samhandlingen mellom kommune, NAV og sykehus må forankres i ledelsen, ikke i ildsjeler.",
    "Gruppa var enig om at brukermedvirkning må skje på system- og individnivå.",
]
NEXT_STEPS = [
    "Ta innspillet med til direktoratenes arbeid med den nye strategien",
    "Invitere kommunene i regionen til et dialogmøte før sommeren",
    "Samle erfaringene fra pilotene i et felles notat",
    "Søke midler til et forskningsprosjekt om samtidige tjenester",
    "Opprette et nettverk for erfaringskonsulenter",
    "Lage en enkel veileder for arbeidsgivere",
    "Følge opp med et møte i læringssirkelen i mai",
]
DOCUMENTERS = ["Marianne Sempler", "Toril Dale", "Hilde Bø", "Åsa Grønli", "Per Ødegård"]


@dataclass(frozen=True)
class OpenSpaceSample:
    arena_id: uuid.UUID
    people: list[uuid.UUID]
    topics: dict[str, uuid.UUID]  # by input number; the unplaced one under ""


def text(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def build_open_space_arena(
    db: Database,
    *,
    conversations: int = 50,
    people: int = 150,
    format: ArenaFormat = ArenaFormat.OPEN_SPACE,
    seed: int = 2020,
) -> OpenSpaceSample:
    """A new arena in an empty database with `conversations` documented (the first ones of
    the 2020 list, and the unplaced one when there is room for it)."""
    arena_id = create_arena(
        db,
        "Åpen arena 2020",
        venue="Drammen",
        theme="Innspill til en «Arbeid og Helse» strategi",
        organiser="AiR – Nasjonal kompetansetjeneste for arbeidsrettet rehabilitering",
        format=format,
        days=[dt.date(2020, 2, 4), dt.date(2020, 2, 5)],
    )
    person_ids = [
        create_person(
            db,
            arena_id,
            PersonDraft(
                name=f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST) + i) % len(LAST)]}",
                organisation=ORGANISATIONS[i % len(ORGANISATIONS)],
                perspective=list(Perspective)[i % len(Perspective)],
            ),
        )
        for i in range(people)
    ]
    return add_open_space(db, arena_id, person_ids, conversations=conversations, seed=seed)


def add_open_space(
    db: Database,
    arena_id: uuid.UUID,
    person_ids: list[uuid.UUID],
    *,
    conversations: int = 50,
    seed: int = 2020,
) -> OpenSpaceSample:
    """A wall of four økter and 19 rooms in an arena, with `conversations` documented by
    `person_ids`: the first ones of the 2020 list, and the unplaced one."""
    rng = random.Random(seed)
    wall = wall_store.set_up_wall(
        db, arena_id, SESSIONS, [f"Rom {n}" for n in range(1, SPACES + 1)]
    )
    chosen = INPUTS_2020[: max(conversations - 1, 0)] if conversations < 50 else INPUTS_2020
    topics: dict[str, uuid.UUID] = {}
    conversation_of: dict[str, uuid.UUID] = {}
    for number, title in chosen:
        slot, space = (int(part) for part in number.split("."))
        topics[number] = wall_store.add_topic(
            db,
            arena_id,
            title,
            rng.choice(FIRST) + " " + rng.choice(LAST),
            wall.slots[slot - 1].id,
            wall.spaces[space - 1].id,
        )
    if conversations >= 1:
        topics[""] = wall_store.add_topic(db, arena_id, UNPLACED_TITLE, "Kari Nordmann")
    for number, topic_id in topics.items():
        _document(db, rng, number, topic_id, person_ids, conversation_of)
    return OpenSpaceSample(arena_id, person_ids, topics)


def _document(
    db: Database,
    rng: random.Random,
    number: str,
    topic_id: uuid.UUID,
    person_ids: list[uuid.UUID],
    conversation_of: dict[str, uuid.UUID],
) -> None:
    title = dict(INPUTS_2020).get(number, UNPLACED_TITLE)
    conv.save_field(db, topic_id, "input_title", title)
    conv.save_field(db, topic_id, "input_text", text(rng, rng.randint(3, 6)))
    discussion = f"{text(rng, rng.randint(4, 7))}\n\n{text(rng, rng.randint(2, 5))}"
    conv.save_field(db, topic_id, "discussion", discussion)
    steps = rng.sample(NEXT_STEPS, rng.randint(2, 4))
    conv.save_field(db, topic_id, "next_steps", "\n".join(f"- {step}" for step in steps))
    conv.save_field(db, topic_id, "documented_by", rng.choice(DOCUMENTERS))
    for person_id in rng.sample(person_ids, rng.randint(6, min(12, len(person_ids)))):
        conv.add_participant(db, topic_id, person_id)
    if number in REFERENCES:
        kind, reference = REFERENCES[number]
        conv.set_input_type(db, topic_id, kind, conversation_of.get(reference))
    conversation_of[number] = conv.conversation_id_for(topic_id)


def open_space_copy(
    templates: Templates, device: Device, target: Path, **options: Any
) -> tuple[Database, OpenSpaceSample]:
    """An open database holding `build_open_space_arena(**options)`: built once per test
    session, copied for each test (which may change its copy freely)."""

    def build(path: Path) -> OpenSpaceSample:
        db = open_database(path, device)
        try:
            return build_open_space_arena(db, **options)
        finally:
            db.close()

    kind = "open-space-" + "-".join(f"{k}={v}" for k, v in sorted(options.items()))
    source, sample = templates.template_with_facts(kind, device.id, build)
    return open_database(Templates.copy_of(source, target), device), sample
