"""Invented demo data: one Åpen arena with seven challenge groups, people and memberships."""

from __future__ import annotations

import datetime

# All names, organisations and venues below are invented. The groups are modelled
# on the seven challenge groups of the 2017 arena, with fictitious owners.

ORGANISER: str = "Nasjonalt kompetansesenter for arbeid og helse"

ARENA: dict[str, object] = {
    "name": "Åpen arena 2027",
    "venue": "Møtestedet Akerselva, Oslo",
    "theme": (
        "Samskaping for økt arbeidsdeltakelse – når brukere, tjenesteytere, forskere, "
        "myndigheter og arbeidsgivere løser utfordringene sammen."
    ),
    "organiser": ORGANISER,
    "format": "facilitated",
    # Tuesday and Wednesday.
    "days": [datetime.date(2027, 3, 9), datetime.date(2027, 3, 10)],
}

MAIN_AREAS: list[str] = [
    "1 Tjenesteutvikling med arbeidsgiver",
    "2 Unge og medvirkning",
    "3 Kunnskap i rehabilitering",
    "4 Arbeid som mål i helse og kriminalomsorg",
]

GROUPS: list[dict[str, str]] = [
    {
        "code": "1A",
        "title": "Jobbmotor Nord",
        "description": (
            "Mange deltakere avslutter rehabiliteringsoppholdet uten at arbeidsgiveren har "
            "vært involvert, og overgangen tilbake til jobb blir tilfeldig. Vi ønsker å "
            "utvikle en tjeneste der arbeidsgiver knyttes på rehabiliteringsprosessen fra "
            "første dag. Hvordan kan helsesportssenteret, Nav og arbeidsgivere i regionen "
            "samarbeide om dette, også når avstandene er store?"
        ),
        "main_area": MAIN_AREAS[0],
        "owner_org": "Nordvik helsesportssenter",
    },
    {
        "code": "1B",
        "title": "Jobbmotor Sør",
        "description": (
            "Skogheim har god erfaring med arbeidsrettet rehabilitering, men kontakten med "
            "arbeidsgiver kommer ofte først når oppholdet er over. Vi vil prøve ut en modell "
            "der arbeidsgiver deltar i kartlegging, målsetting og oppfølging. Utfordringen er "
            "å finne en arbeidsform som er realistisk for små og mellomstore bedrifter."
        ),
        "main_area": MAIN_AREAS[0],
        "owner_org": "Skogheim rehabiliteringssenter",
    },
    {
        "code": "1C",
        "title": "Sykefraværshåndtering",
        "description": (
            "Bjørkely helsetun har over tid hatt høyt sykefravær, særlig blant "
            "helsefagarbeidere i turnus. Oppfølgingen av sykmeldte varierer fra avdeling til "
            "avdeling, og lederne opplever at de mangler verktøy. Hvordan kan vi sammen med "
            "de ansatte, bedriftshelsetjenesten og Nav lage en felles og forutsigbar praksis "
            "for sykefraværsoppfølging?"
        ),
        "main_area": MAIN_AREAS[0],
        "owner_org": "Bjørkely helsetun",
    },
    {
        "code": "2A",
        "title": "Unge og medvirkning i Nav",
        "description": (
            "Unge brukere av Nav forteller at de sjelden blir spurt om hva som er viktig for "
            "dem, og at planene lages over hodet på dem. Sentralt ungdomsråd i Nav vil finne "
            "ut hvordan unges erfaringer systematisk kan brukes i utviklingen av tjenestene. "
            "Hva skal til for at medvirkningen blir reell, både i møtet med veilederen og på "
            "systemnivå?"
        ),
        "main_area": MAIN_AREAS[1],
        "owner_org": "Sentralt ungdomsråd i Nav",
    },
    {
        "code": "3A",
        "title": "Kognitiv fungering i arbeidsrettet rehabilitering",
        "description": (
            "Kognitive vansker som nedsatt konsentrasjon, hukommelse og utholdenhet er ofte "
            "en skjult barriere for å komme tilbake i arbeid. Det finnes lite kunnskap om "
            "hvordan slike vansker best kan kartlegges og tas hensyn til i arbeidsrettet "
            "rehabilitering. Vi vil samle erfaringer fra klinikk, forskning og brukere som "
            "grunnlag for en felles tilnærming."
        ),
        "main_area": MAIN_AREAS[2],
        "owner_org": "Kompetansetjenesten for kognisjon og arbeid",
    },
    {
        "code": "4A",
        "title": "Poliklinikk med arbeid som mål",
        "description": (
            "Poliklinikken møter mange pasienter som står i fare for å falle ut av "
            "arbeidslivet, men arbeid er sjelden et tydelig mål i behandlingen. Vi ønsker å "
            "gjøre arbeid til en naturlig del av behandlingsforløpet, i tett samarbeid med "
            "fastlege og Nav. Hvordan organiserer vi poliklinikken slik at pasienten møter én "
            "sammenhengende tjeneste?"
        ),
        "main_area": MAIN_AREAS[3],
        "owner_org": "Helse Midtfjord HF",
    },
    {
        "code": "4B-1",
        "title": "Kriminalomsorg – nytt tilbud for unge",
        "description": (
            "Unge innsatte løslates ofte uten arbeid, skoleplass eller fast bosted, og mange "
            "havner raskt tilbake i kriminalitet. Granli fengsel vil utvikle et nytt tilbud "
            "der forberedelsen til arbeid og utdanning starter under soningen. Vi må finne ut "
            "hvordan fengselet, friomsorgen, Nav, skolen og arbeidsgivere kan samarbeide om "
            "en sømløs overgang til livet etter løslatelse."
        ),
        "main_area": MAIN_AREAS[3],
        "owner_org": "Granli fengsel",
    },
]

PERSPECTIVES: tuple[str, ...] = (
    "bruker",
    "tjenesteyter",
    "forsker",
    "myndighet",
    "arbeidsgiver",
    "annet",
)

ROLES: tuple[str, ...] = ("facilitator", "owner", "participant", "resource")

PEOPLE: list[dict[str, str]] = [
    # Group 1A – Jobbmotor Nord
    {
        "key": "p01",
        "name": "Hilde Brattli",
        "title": "Avdelingsleder",
        "organisation": "Nordvik helsesportssenter",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p02",
        "name": "Torstein Hågensen",
        "title": "Seniorrådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p03",
        "name": "Åse Kjærstad",
        "title": "Prosessveileder",
        "organisation": "Fjordlys samskaping",
        "perspective": "annet",
    },
    {
        "key": "p04",
        "name": "Ørjan Særen",
        "title": "Fysioterapeut",
        "organisation": "Nordvik helsesportssenter",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p05",
        "name": "Line Mathisen Aune",
        "title": "Veileder",
        "organisation": "Nav Nordvik",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p06",
        "name": "Áilu Čoarvi",
        "title": "Brukerrepresentant",
        "organisation": "Brukerforum Nordvik",
        "perspective": "bruker",
    },
    {
        "key": "p07",
        "name": "Sigrid Haugland",
        "title": "Erfaringskonsulent",
        "organisation": "Nordvik helsesportssenter",
        "perspective": "bruker",
    },
    {
        "key": "p08",
        "name": "Roger Elvestad",
        "title": "Daglig leder",
        "organisation": "Elvestad Bygg AS",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p09",
        "name": "Marte Sandvold",
        "title": "HR-leder",
        "organisation": "Fiskemottaket Nordvik AS",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p10",
        "name": "Jon Arne Kvalheim",
        "title": "Rådgiver",
        "organisation": "Nordvik kommune",
        "perspective": "myndighet",
    },
    {
        "key": "p11",
        "name": "Ingrid Solbakken",
        "title": "Forsker",
        "organisation": "Institutt for arbeidslivsforskning Nord",
        "perspective": "forsker",
    },
    # Group 1B – Jobbmotor Sør
    {
        "key": "p12",
        "name": "Geir Langmo",
        "title": "Prosjektleder",
        "organisation": "Skogheim rehabiliteringssenter",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p13",
        "name": "Mette Rønning",
        "title": "Fagleder",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p14",
        "name": "Bjørn Sælen",
        "title": "Lege",
        "organisation": "Skogheim rehabiliteringssenter",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p15",
        "name": "Camilla Øverby",
        "title": "Arbeidskonsulent",
        "organisation": "Sørby kommune",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p16",
        "name": "Tor Helge Nesheim",
        "title": "Brukerrepresentant",
        "organisation": "Brukerrådet ved Skogheim",
        "perspective": "bruker",
    },
    {
        "key": "p17",
        "name": "Nadia Rahimi",
        "title": "Erfaringskonsulent",
        "organisation": "Erfaringssentrum Sør",
        "perspective": "bruker",
    },
    {
        "key": "p18",
        "name": "Espen Tveit",
        "title": "Personalsjef",
        "organisation": "Sørlandsverket AS",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p19",
        "name": "Kristine Aasen Berg",
        "title": "Stipendiat",
        "organisation": "Høgskolen i Sørby",
        "perspective": "forsker",
    },
    # Group 1C – Sykefraværshåndtering
    {
        "key": "p20",
        "name": "Randi Tjelle",
        "title": "Institusjonssjef",
        "organisation": "Bjørkely helsetun",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p21",
        "name": "Henrik Dalsbø",
        "title": "Rådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p22",
        "name": "Solveig Amundsen",
        "title": "Seniorrådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p23",
        "name": "Eirik Moen",
        "title": "Bedriftsfysioterapeut",
        "organisation": "Midtfjord bedriftshelsetjeneste",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p24",
        "name": "Anita Lunde",
        "title": "Helsefagarbeider",
        "organisation": "Bjørkely helsetun",
        "perspective": "bruker",
    },
    {
        "key": "p25",
        "name": "Per Kristian Hovde",
        "title": "Kommunalsjef helse og omsorg",
        "organisation": "Løkvik kommune",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p26",
        "name": "Hanne Strand",
        "title": "HMS-rådgiver",
        "organisation": "Arbeidsgiverforeningen Vest",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p27",
        "name": "Øystein Brekke",
        "title": "Seniorrådgiver",
        "organisation": "Nav arbeidslivssenter Midtfjord",
        "perspective": "myndighet",
    },
    {
        "key": "p28",
        "name": "Lise Fjeldheim",
        "title": "Forsker",
        "organisation": "Vestlandsforsk arbeid og helse",
        "perspective": "forsker",
    },
    {
        "key": "p29",
        "name": "Gunnar Wiik",
        "title": "Seniorrådgiver",
        "organisation": "Direktoratet for arbeid og helse",
        "perspective": "myndighet",
    },
    # Group 2A – Unge og medvirkning i Nav
    {
        "key": "p30",
        "name": "Sara Lien",
        "title": "Leder",
        "organisation": "Sentralt ungdomsråd i Nav",
        "perspective": "bruker",
    },
    {
        "key": "p31",
        "name": "Kjetil Rudi",
        "title": "Rådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p32",
        "name": "Elle Máret Šáđe",
        "title": "Prosessveileder",
        "organisation": "Fjordlys samskaping",
        "perspective": "annet",
    },
    {
        "key": "p33",
        "name": "Mathias Hoel",
        "title": "Ungdomsrepresentant",
        "organisation": "Sentralt ungdomsråd i Nav",
        "perspective": "bruker",
    },
    {
        "key": "p34",
        "name": "Biret Ánne Ŋuolja",
        "title": "Ungdomsrepresentant",
        "organisation": "Ungdomspanelet i Nav Nordkalotten",
        "perspective": "bruker",
    },
    {
        "key": "p35",
        "name": "Jonas Åkre",
        "title": "Erfaringskonsulent",
        "organisation": "Ungdomslos Øst",
        "perspective": "bruker",
    },
    {
        "key": "p36",
        "name": "Tuva Grønli",
        "title": "Veileder",
        "organisation": "Nav Sørby",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p37",
        "name": "Yusuf Ahmed",
        "title": "Ungdomskoordinator",
        "organisation": "Løkvik kommune",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p38",
        "name": "Marianne Kvam",
        "title": "Seniorrådgiver",
        "organisation": "Nav fylke Midtfjord",
        "perspective": "myndighet",
    },
    {
        "key": "p39",
        "name": "Vegard Solheim",
        "title": "Forsker",
        "organisation": "Senter for ungdom og arbeid, Universitetet i Midtfjord",
        "perspective": "forsker",
    },
    {
        "key": "p40",
        "name": "Linn Ødegård",
        "title": "Daglig leder",
        "organisation": "Bakeriet på hjørnet AS",
        "perspective": "arbeidsgiver",
    },
    {
        "key": "p41",
        "name": "Arild Fosse",
        "title": "Avdelingsdirektør",
        "organisation": "Direktoratet for arbeid og helse",
        "perspective": "myndighet",
    },
    # Group 3A – Kognitiv fungering i arbeidsrettet rehabilitering
    {
        "key": "p42",
        "name": "Anne Grethe Sørli",
        "title": "Prosjektleder og forsker",
        "organisation": "Kompetansetjenesten for kognisjon og arbeid",
        "perspective": "forsker",
    },
    {
        "key": "p43",
        "name": "Karin Holm Ystad",
        "title": "Prosessveileder",
        "organisation": "Samhandlingsverkstedet",
        "perspective": "annet",
    },
    {
        "key": "p44",
        "name": "Trond Eikeland",
        "title": "Nevropsykolog",
        "organisation": "Helse Midtfjord HF",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p45",
        "name": "Siri Bakken Moe",
        "title": "Ergoterapeut",
        "organisation": "Rehabiliteringssenteret Fjellro",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p46",
        "name": "Lars Ivar Hagen",
        "title": "Førsteamanuensis",
        "organisation": "Universitetet i Midtfjord",
        "perspective": "forsker",
    },
    {
        "key": "p47",
        "name": "Maria Tøndel",
        "title": "Forsker",
        "organisation": "Institutt for arbeidslivsforskning Nord",
        "perspective": "forsker",
    },
    {
        "key": "p48",
        "name": "Kjell Ove Rasmussen",
        "title": "Brukerrepresentant",
        "organisation": "Foreningen for hjerneskadde Midtfjord",
        "perspective": "bruker",
    },
    {
        "key": "p49",
        "name": "Elin Fagerli",
        "title": "Seniorrådgiver",
        "organisation": "Direktoratet for helse og rehabilitering",
        "perspective": "myndighet",
    },
    {
        "key": "p50",
        "name": "Hans Petter Vik",
        "title": "Seniorforsker",
        "organisation": "Arbeidshelseinstituttet Midt",
        "perspective": "forsker",
    },
    # Group 4A – Poliklinikk med arbeid som mål
    {
        "key": "p51",
        "name": "Ragnhild Tofte",
        "title": "Avdelingsleder",
        "organisation": "Helse Midtfjord HF",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p52",
        "name": "Stian Bergersen",
        "title": "Rådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p53",
        "name": "Ingvild Nerheim",
        "title": "Overlege",
        "organisation": "Helse Midtfjord HF",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p54",
        "name": "Morten Sæther",
        "title": "Psykolog",
        "organisation": "Helse Midtfjord HF",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p55",
        "name": "Gro Anita Helle",
        "title": "Spesialsykepleier",
        "organisation": "Helse Midtfjord HF",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p56",
        "name": "Frode Kristiansen",
        "title": "Fastlege",
        "organisation": "Midtfjord legesenter",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p57",
        "name": "Nina Haraldsen",
        "title": "Veileder",
        "organisation": "Nav Midtfjord",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p58",
        "name": "Thea Brenden",
        "title": "Jobbspesialist",
        "organisation": "Løkvik kommune",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p59",
        "name": "Ole Martin Strøm",
        "title": "Brukerrepresentant",
        "organisation": "Brukerutvalget i Helse Midtfjord HF",
        "perspective": "bruker",
    },
    # Group 4B-1 – Kriminalomsorg – nytt tilbud for unge
    {
        "key": "p60",
        "name": "Terje Bakkevold",
        "title": "Avdelingsleder",
        "organisation": "Granli fengsel",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p61",
        "name": "Silje Mørk",
        "title": "Seniorrådgiver",
        "organisation": ORGANISER,
        "perspective": "tjenesteyter",
    },
    {
        "key": "p62",
        "name": "Kenneth Olsen",
        "title": "Erfaringskonsulent",
        "organisation": "Ny Start – foreningen for tidligere innsatte",
        "perspective": "bruker",
    },
    {
        "key": "p63",
        "name": "Heidi Rognstad",
        "title": "Konsulent",
        "organisation": "Friomsorgskontoret Granli",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p64",
        "name": "Jørgen Lie",
        "title": "Forsker",
        "organisation": "Høgskolen i Sørby",
        "perspective": "forsker",
    },
    {
        "key": "p65",
        "name": "Åshild Rypdal",
        "title": "Seniorrådgiver",
        "organisation": "Kriminalomsorgen region Midtfjord",
        "perspective": "myndighet",
    },
    {
        "key": "p66",
        "name": "Petter Nygård",
        "title": "Rådgiver",
        "organisation": "Midtfjord fylkeskommune",
        "perspective": "myndighet",
    },
    {
        "key": "p67",
        "name": "Cecilie Husby",
        "title": "Daglig leder",
        "organisation": "Granli Bilverksted AS",
        "perspective": "arbeidsgiver",
    },
    # Registered but not yet placed in a group
    {
        "key": "p68",
        "name": "Vibeke Aas",
        "title": "Veileder",
        "organisation": "Nav Sørby",
        "perspective": "tjenesteyter",
    },
    {
        "key": "p69",
        "name": "Kristoffer Dahl",
        "title": "Stipendiat",
        "organisation": "Universitetet i Midtfjord",
        "perspective": "forsker",
    },
    {
        "key": "p70",
        "name": "Hege Marie Stokke",
        "title": "Brukerrepresentant",
        "organisation": "Rådet for personer med funksjonsnedsettelse i Løkvik",
        "perspective": "bruker",
    },
]

BOTH: tuple[int, ...] = (1, 2)
DAY1: tuple[int, ...] = (1,)
DAY2: tuple[int, ...] = (2,)

# (group_code, person_key, role, days)
MEMBERSHIPS: list[tuple[str, str, str, tuple[int, ...]]] = [
    # 1A – Jobbmotor Nord
    ("1A", "p01", "owner", BOTH),
    ("1A", "p02", "facilitator", BOTH),
    ("1A", "p03", "facilitator", BOTH),
    ("1A", "p04", "participant", BOTH),
    ("1A", "p05", "participant", BOTH),
    ("1A", "p06", "participant", BOTH),
    ("1A", "p07", "participant", DAY1),
    ("1A", "p08", "participant", BOTH),
    ("1A", "p09", "participant", BOTH),
    ("1A", "p10", "participant", DAY2),
    ("1A", "p11", "resource", DAY1),
    # 1B – Jobbmotor Sør
    ("1B", "p12", "owner", BOTH),
    ("1B", "p13", "facilitator", BOTH),
    ("1B", "p14", "participant", BOTH),
    ("1B", "p15", "participant", BOTH),
    ("1B", "p16", "participant", BOTH),
    ("1B", "p17", "participant", BOTH),
    ("1B", "p18", "participant", BOTH),
    ("1B", "p19", "participant", DAY2),
    ("1B", "p11", "resource", DAY2),
    # 1C – Sykefraværshåndtering
    ("1C", "p20", "owner", BOTH),
    ("1C", "p21", "facilitator", BOTH),
    ("1C", "p22", "facilitator", BOTH),
    ("1C", "p23", "participant", BOTH),
    ("1C", "p24", "participant", BOTH),
    ("1C", "p25", "participant", BOTH),
    ("1C", "p26", "participant", DAY1),
    ("1C", "p27", "participant", BOTH),
    ("1C", "p28", "participant", BOTH),
    ("1C", "p29", "resource", DAY1),
    # 2A – Unge og medvirkning i Nav
    ("2A", "p30", "owner", BOTH),
    ("2A", "p31", "facilitator", BOTH),
    ("2A", "p32", "facilitator", BOTH),
    ("2A", "p33", "participant", BOTH),
    ("2A", "p34", "participant", BOTH),
    ("2A", "p35", "participant", BOTH),
    ("2A", "p36", "participant", BOTH),
    ("2A", "p37", "participant", BOTH),
    ("2A", "p38", "participant", BOTH),
    ("2A", "p39", "participant", BOTH),
    ("2A", "p40", "participant", BOTH),
    ("2A", "p41", "resource", BOTH),
    # 3A – Kognitiv fungering i arbeidsrettet rehabilitering
    ("3A", "p42", "owner", BOTH),
    ("3A", "p43", "facilitator", BOTH),
    ("3A", "p44", "participant", BOTH),
    ("3A", "p45", "participant", BOTH),
    ("3A", "p46", "participant", BOTH),
    ("3A", "p47", "participant", BOTH),
    ("3A", "p48", "participant", BOTH),
    ("3A", "p49", "participant", BOTH),
    ("3A", "p50", "resource", DAY2),
    # 4A – Poliklinikk med arbeid som mål (deliberately homogeneous: mostly clinicians)
    ("4A", "p51", "owner", BOTH),
    ("4A", "p52", "facilitator", BOTH),
    ("4A", "p53", "participant", BOTH),
    ("4A", "p54", "participant", BOTH),
    ("4A", "p55", "participant", BOTH),
    ("4A", "p56", "participant", DAY1),
    ("4A", "p57", "participant", BOTH),
    ("4A", "p58", "participant", BOTH),
    ("4A", "p59", "participant", BOTH),
    ("4A", "p50", "resource", DAY1),
    # 4B-1 – Kriminalomsorg – nytt tilbud for unge
    ("4B-1", "p60", "owner", BOTH),
    ("4B-1", "p61", "facilitator", BOTH),
    ("4B-1", "p62", "participant", BOTH),
    ("4B-1", "p63", "participant", BOTH),
    ("4B-1", "p64", "participant", BOTH),
    ("4B-1", "p65", "participant", BOTH),
    ("4B-1", "p66", "participant", BOTH),
    ("4B-1", "p67", "participant", BOTH),
    ("4B-1", "p29", "resource", DAY2),
]
