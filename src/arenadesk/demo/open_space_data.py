"""Invented demo data for an Åpen arena run as Open Space: the wall and the fifty inputs.

Modelled on the 2020 arena (two days, four økter, 49 inputs numbered by wall cell). All
names, organisations and venues are invented; the texts are written for the demo.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from arenadesk.demo.arena_data import ORGANISER

SEED = 2027

ARENA: dict[str, object] = {
    "name": "Åpen arena 2027 – Open Space",
    "venue": "Elvebyen kulturhus, Drammen",
    "theme": (
        "Innspill til en strategi for arbeid og helse. Hva bidrar til økt aktivitet og "
        "deltakelse i arbeidsliv og samfunn? Hva er til beste for arbeidssøker, "
        "arbeidstaker og arbeidsgiver?"
    ),
    "organiser": ORGANISER,
    # Tuesday and Wednesday.
    "days": [dt.date(2027, 11, 2), dt.date(2027, 11, 3)],
}

# (day, starts, ends) of the four økter.
SLOTS: list[tuple[int, dt.time, dt.time]] = [
    (1, dt.time(11, 0), dt.time(12, 15)),
    (1, dt.time(13, 15), dt.time(14, 30)),
    (2, dt.time(9, 30), dt.time(10, 45)),
    (2, dt.time(11, 15), dt.time(12, 30)),
]

SPACES: list[str] = [
    "Sirkel A",
    "Sirkel B",
    "Sirkel C",
    "Rom 201",
    "Rom 202",
    "Rom 203",
    "Rom 204",
    "Kantina",
    "Biblioteket",
    "Peisestua",
    "Galleriet",
    "Vinterhagen",
    "Rom 301",
    "Rom 302",
    "Terrassen",
    "Foajeen",
]

# The støttefasilitatorer who document the conversations (they are among the people).
SUPPORT_FACILITATORS: list[str] = [
    "Kari Solbakken",
    "Eivind Myrvold",
    "Ingrid Lunde Aas",
    "Sindre Hatlevik",
    "Tuva Kjelsberg",
    "Øystein Fremmerlid",
]

FIRST_NAMES: list[str] = [
    "Anne", "Astrid", "Bjørn", "Camilla", "Dag", "Elin", "Erlend", "Frida", "Geir", "Gro",
    "Halvor", "Hanne", "Håkon", "Ida", "Inger", "Jan Erik", "Jorunn", "Kjersti", "Knut",
    "Kristoffer", "Lars", "Liv", "Magnus", "Maren", "Mona", "Nils", "Nora", "Ola", "Per",
    "Ragnhild", "Rune", "Siri", "Solveig", "Stian", "Svein", "Terje", "Thea", "Tone",
    "Trond", "Unni", "Vegard", "Vibeke", "Åsmund", "Øyvind", "Eirin", "Jørgen", "Malin",
    "Amir", "Leyla", "Tomasz",
]  # fmt: skip

LAST_NAMES: list[str] = [
    "Amundsen", "Bakkevold", "Berg", "Bjørnstad", "Dahle", "Eide", "Engebretsen", "Fosse",
    "Gjerde", "Grønli", "Hagen", "Hatlestad", "Holm", "Husby", "Jacobsen", "Kvamme",
    "Lie", "Lindstrøm", "Løvås", "Moen", "Myklebust", "Nergård", "Nilsen", "Nygård",
    "Opsahl", "Pedersen", "Rasmussen", "Rød", "Sandnes", "Skarstein", "Solheim",
    "Strand", "Sæther", "Tangen", "Thorsen", "Tveit", "Ulvestad", "Vik", "Wold", "Ødegård",
]  # fmt: skip

# Perspective → how many people, and the (title, organisation) pairs they come with.
PERSPECTIVES: dict[str, tuple[int, list[tuple[str, str]]]] = {
    "bruker": (
        30,
        [
            ("Brukerrepresentant", "Brukerforum Nordvik"),
            ("Brukerrepresentant", "Brukerutvalget i Helse Midtfjord HF"),
            ("Erfaringskonsulent", "Erfaringssentrum Sør"),
            ("Likeperson", "Foreningen for hjerneskadde Midtfjord"),
            ("Medlem", "Sentralt ungdomsråd i Nav"),
            ("Leder", "Rådet for personer med funksjonsnedsettelse i Løkvik"),
            ("Erfaringskonsulent", "Brukerrådet ved Skogheim"),
        ],
    ),
    "tjenesteyter": (
        50,
        [
            ("Veileder", "Nav Nordvik"),
            ("Veileder", "Nav Sørby"),
            ("Jobbspesialist", "Nav Midtfjord"),
            ("Fysioterapeut", "Nordvik helsesportssenter"),
            ("Psykolog", "Helse Midtfjord HF"),
            ("Sykepleier", "Helse Midtfjord HF"),
            ("Ergoterapeut", "Skogheim rehabiliteringssenter"),
            ("Fastlege", "Midtfjord legesenter"),
            ("Bedriftssykepleier", "Midtfjord bedriftshelsetjeneste"),
            ("Avdelingsleder", "Rehabiliteringssenteret Fjellro"),
            ("Koordinator", "Løkvik kommune"),
            ("Rådgiver", "Nav arbeidslivssenter Midtfjord"),
        ],
    ),
    "forsker": (
        20,
        [
            ("Forsker", "Institutt for arbeidslivsforskning Nord"),
            ("Førsteamanuensis", "Høgskolen i Sørby"),
            ("Professor", "Universitetet i Midtfjord"),
            ("Stipendiat", "Senter for ungdom og arbeid, Universitetet i Midtfjord"),
            ("Seniorforsker", "Vestlandsforsk arbeid og helse"),
            ("Forsker", "Arbeidshelseinstituttet Midt"),
        ],
    ),
    "myndighet": (
        20,
        [
            ("Seniorrådgiver", "Direktoratet for arbeid og helse"),
            ("Seniorrådgiver", "Direktoratet for helse og rehabilitering"),
            ("Rådgiver", "Nav fylke Midtfjord"),
            ("Fagsjef", "Midtfjord fylkeskommune"),
            ("Kommuneoverlege", "Nordvik kommune"),
        ],
    ),
    "arbeidsgiver": (
        20,
        [
            ("Daglig leder", "Elvestad Bygg AS"),
            ("HR-leder", "Fiskemottaket Nordvik AS"),
            ("Verkstedleder", "Granli Bilverksted AS"),
            ("Personalsjef", "Sørlandsverket AS"),
            ("Daglig leder", "Bakeriet på hjørnet AS"),
            ("Rådgiver", "Arbeidsgiverforeningen Vest"),
            ("Enhetsleder", "Bjørkely helsetun"),
        ],
    ),
    "annet": (
        10,
        [
            ("Prosessveileder", "Fjordlys samskaping"),
            ("Prosjektleder", "Samhandlingsverkstedet"),
        ],
    ),
}


@dataclass(frozen=True)
class DemoInput:
    """One topic on the wall and the documentation of its conversation."""

    cell: str  # "økt.space", the input's number
    title: str
    input_title: str
    input_text: str
    discussion: str
    next_steps: tuple[str, ...] = ()
    input_type: int | None = None  # day 2 only: 1 new, 2 deepening, 3 implementation
    reference: str | None = None  # the day-1 cell a 2 or 3 builds on


def _i(
    cell: str,
    title: str,
    text: str,
    discussion: str,
    *steps: str,
    input_title: str = "",
    kind: int | None = None,
    ref: str | None = None,
) -> DemoInput:
    return DemoInput(cell, title, input_title or title, text, discussion, steps, kind, ref)


INPUTS: list[DemoInput] = [
    # --- Day 1, økt 1 -------------------------------------------------------------------
    _i(
        "1.1",
        "Hvem skal koordinere arbeid og helse der folk bor?",
        "Den som er syk og står utenfor arbeidslivet, møter fastlege, Nav, kommunen og "
        "spesialisthelsetjenesten. Ingen har et tydelig ansvar for å se helheten. Vi foreslår "
        "at kommunene får en koordinatorrolle for arbeid og helse.",
        "Flere pekte på koordinatorordningen i helse- og omsorgstjenesten som en mulig modell. "
        "Andre var bekymret for at små kommuner mangler kapasitet. Gruppen var enig om at "
        "ansvaret må følge personen, ikke tiltaket.",
        "Kartlegge hvordan tre kommuner koordinerer i dag",
        "Løfte forslaget i dialogmøtet med kommunesektoren",
        input_title="Kommunene bør koordinere arbeid og helse der folk bor",
    ),
    _i(
        "1.2",
        "Unge i arbeid, bra start på arbeidslivet",
        "Unge som faller ut tidlig, blir ofte stående lenge utenfor. En god første jobb med "
        "tett oppfølging betyr mer enn lange kurs. Arbeidsgivere trenger en fast kontakt som "
        "svarer raskt når noe skjer.",
        "Ungdommene i gruppa fortalte om veiledere som byttes ut hele tiden. Arbeidsgiverne "
        "ønsket seg færre skjemaer og mer dialog. Ideen om en «førstejobbgaranti» fikk bred "
        "støtte, men krever samarbeid med partene.",
        "Invitere ungdomsrådet til å utforme en førstejobbgaranti",
    ),
    _i(
        "1.3",
        "Sammenheng mellom fattigdom, helse og arbeid",
        "Lav inntekt, dårlig helse og utenforskap henger sammen og går i arv. Tjenestene ser "
        "ofte bare én av delene. Strategien bør se familien under ett.",
        "Det kom fram at barnefamilier med lav inntekt sjelden får tilbud om helhetlig "
        "oppfølging. Deltakerne diskuterte om Nav-kontoret eller helsestasjonen bør ta "
        "initiativet. Flere mente at boligsituasjonen må med i samtalen.",
        "Samle erfaringer fra familieprosjekter i to kommuner",
        "Skrive et felles notat til direktoratene",
    ),
    _i(
        "1.4",
        "Ressursfokus og frisklivsfaktorer",
        "Vi snakker mest om diagnoser og begrensninger. Mennesker kommer i arbeid fordi de "
        "har ressurser, nettverk og mot. Kartlegging bør starte med det som fungerer.",
        "Gruppen delte eksempler på samtaleverktøy som spør etter styrker før plager. Noen "
        "advarte mot at ressursfokus kan bli en måte å overse reelle helseplager på. Balansen "
        "mellom de to må læres i praksis.",
    ),
    _i(
        "1.5",
        "Bedre rutiner i helsesektoren for å fange opp arbeid",
        "Helsepersonell spør sjelden om arbeid. Dermed oppdages risikoen for langvarig "
        "fravær for sent. Et enkelt spørsmål om arbeid i journalen ved første konsultasjon "
        "kan endre mye.",
        "Fastlegene i gruppa var åpne for et standardspørsmål, men ønsket at det skulle føre "
        "til noe konkret. Sykehuslegene etterlyste en kontaktperson i Nav. Deltakerne "
        "foreslo å prøve ut en enkel henvisningsvei.",
        "Lage et utkast til standardspørsmål om arbeid",
        "Prøve henvisningsveien ved ett sykehus",
    ),
    _i(
        "1.6",
        "Datakollektiv og hverdagsteknologi som lavterskeltilbud",
        "Et datakollektiv der folk med egen erfaring lærer bort hverdagsteknologi, gir "
        "mestring og et sted å gå. For mange er det første steg tilbake til arbeidslivet.",
        "Deltakerne delte erfaringer fra et kollektiv der deltakerne selv driver opplæringen. "
        "Det er vanskelig å få finansiering fordi tilbudet verken er helse eller "
        "arbeidsrettet tiltak. Flere ønsket at slike tilbud kunne telle som aktivitet.",
        "Beskrive modellen slik at andre kommuner kan ta den i bruk",
    ),
    _i(
        "1.7",
        "Poliklinisk behandling for mild psykisk lidelse – erfaringer etter to år",
        "Poliklinikken har gitt rask behandling til pasienter med angst og depresjon som står "
        "i fare for å falle ut av jobb. Erfaringene er gode, men tilbudet er lite kjent blant "
        "fastleger.",
        "Gruppen diskuterte hvordan resultater kan måles uten å bli for tungvint. Det ble "
        "påpekt at arbeidsgiver sjelden er med i behandlingen. Noen foreslo korte "
        "trepartsmøter mot slutten av behandlingsløpet.",
        "Dele evalueringen med fastlegene i regionen",
        "Prøve trepartsmøter med fem pasienter",
    ),
    _i(
        "1.8",
        "Klubbhus – arbeid for bedre psykisk helse",
        "Klubbhusene gir medlemmene en arbeidsrettet dag med meningsfulle oppgaver. Mange "
        "går videre til ordinært arbeid. Modellen bør bli en fast del av tilbudet i flere "
        "kommuner.",
        "Medlemmene fortalte at fellesskapet er det viktigste. Kommunene i gruppa lurte på "
        "hvordan klubbhus skiller seg fra dagsenter. Svaret var at medlemmene selv styrer "
        "arbeidet.",
    ),
    _i(
        "1.9",
        "Arbeid og helse i spesialisthelsetjenesten – adgang og rettigheter",
        "Arbeidsrettet rehabilitering i spesialisthelsetjenesten er ulikt fordelt i landet. "
        "Hvem som får tilbud, avhenger av bosted og henviser. Pasientene kjenner ikke sine "
        "rettigheter.",
        "Det var enighet om at kriteriene for henvisning må bli tydeligere. Brukerne ønsket "
        "en enkel oversikt over tilbudene. Forskerne pekte på at det mangler data om hvem "
        "som faktisk får plass.",
        "Lage en oversikt over tilbudene i regionen",
    ),
    _i(
        "1.10",
        "Kvinner har høyere sykefravær enn menn. Hva kan gjøres?",
        "Kvinner har høyere sykefravær enn menn i alle aldersgrupper. Forklaringene er "
        "sammensatte: arbeidsmiljø, dobbeltarbeid og helse. Vi trenger tiltak som virker "
        "der kvinner jobber.",
        "Deltakerne fra helse og omsorg beskrev turnus, tunge løft og lite påvirkning på "
        "egen arbeidsdag. Flere understreket at fraværet ikke må gjøres til et individuelt "
        "problem. Gruppen ville se nærmere på mekanismene dag 2.",
        "Ta emnet videre som fordypning på dag 2",
    ),
    _i(
        "1.11",
        "Langvarig lønnstilskudd – gevinsten for bruker og arbeidsgiver",
        "Langvarig lønnstilskudd gir mange en fast plass i arbeidslivet. Samtidig vet vi lite "
        "om hva ordningen gir over tid. Både bruker og arbeidsgiver bør få si hva som virker.",
        "En arbeidsgiver fortalte om tre ansatte som har vært i jobb i over ti år med "
        "tilskudd. Brukerne la vekt på verdigheten i en vanlig lønnsslipp. Det ble stilt "
        "spørsmål ved om tilskuddet blir en sovepute.",
        "Samle historier fra brukere og arbeidsgivere",
    ),
    _i(
        "1.12",
        "Et felles nasjonalt fagområde for arbeid og helse",
        "Arbeid og helse er ikke et eget fagområde i dag. Det gjør det vanskelig å bygge "
        "kompetanse og forskning. Et felles nasjonalt område med egne mål kan samle "
        "innsatsen.",
        "Direktoratene i gruppa var positive, men pekte på at ansvarslinjene er ulike. "
        "Forskerne ønsket et felles forskningsprogram. Det var enighet om at brukerne må "
        "være med fra starten.",
        "Foreslå et felles forskningsprogram",
        "Invitere brukerorganisasjonene til en arbeidsgruppe",
    ),
    _i(
        "1.13",
        "Helse i arbeid med ulike sentrale føringer",
        "Helse og Nav styres etter ulike mål og regelverk. Ute i tjenestene merkes det som "
        "motstridende krav. Strategien bør gi felles mål som begge sektorer måles på.",
        "Deltakerne ga eksempler på tiltak som stopper fordi ett regelverk ikke passer det "
        "andre. Noen mente felles mål ikke er nok uten felles budsjett. Gruppen foreslo en "
        "felles årlig rapport fra begge sektorer.",
    ),
    _i(
        "1.14",
        "Et arbeidsliv for alle livsfaser",
        "Behovene endrer seg gjennom livet: småbarnsfase, sykdom, omsorg for foreldre og "
        "overgangen til pensjon. Arbeidslivet må være fleksibelt nok til at folk blir "
        "værende.",
        "Arbeidsgiverne delte erfaringer med livsfasepolitikk. Seniorene i gruppa etterlyste "
        "mer åpenhet om redusert kapasitet. Flere mente at tilrettelegging for seniorer er "
        "en undervurdert ressurs.",
        "Samle gode eksempler på livsfasepolitikk",
    ),
    _i(
        "1.15",
        "Sjef i eget liv – brukerstemmen",
        "Brukermedvirkning blir ofte en høring etter at beslutningene er tatt. Vi vil være "
        "med fra starten, både i eget forløp og når tjenestene utvikles.",
        "Brukerne fortalte om planer de aldri har sett. Tjenesteyterne sa de mangler tid. "
        "Gruppen var enig om at erfaringskonsulenter kan bygge bro.",
        "Lage en kort sjekkliste for medvirkning i egen plan",
        input_title="Brukerstemmen må med fra starten",
    ),
    _i(
        "1.16",
        "Helsekompetanse og digitalisering",
        "Digitale tjenester forutsetter at folk forstår og mestrer dem. Mange med helseplager "
        "faller utenfor når alt blir digitalt. Helsekompetanse må bygges både hos den "
        "enkelte og i organisasjonene.",
        "Det ble diskutert om digitale tjenester gjør det lettere eller vanskeligere å få "
        "hjelp. Deltakerne ønsket seg en rett til å møte et menneske. Noen foreslo "
        "digitale veivisere blant likepersoner.",
    ),
    # --- Day 1, økt 2 -------------------------------------------------------------------
    _i(
        "2.1",
        "Brukerstyrte lavterskeltilbud",
        "Tilbud som drives av brukerne selv, senker terskelen for å komme i gang. De bør "
        "finansieres som en del av det arbeidsrettede tilbudet.",
        "Deltakerne snakket om hvordan brukerstyrte tilbud kan dokumentere effekt uten å "
        "miste sin egenart. Kommunene ønsket seg bedre kjennskap til tilbudene.",
        "Lage en felles oversikt over lavterskeltilbud i regionen",
    ),
    _i(
        "2.2",
        "Pasientforløp: rett tiltak til rett tid",
        "For mange venter for lenge på riktig tiltak. Et forløp som starter med arbeid som "
        "mål, kan korte ned ventetiden. Overgangene mellom nivåene må avtales på forhånd.",
        "Gruppen tegnet et forløp fra fastlege til tilbake i jobb og markerte hvor det "
        "stopper opp. Flest stopp var ved overgangen fra sykehus til kommune.",
        "Teste forløpet på ti pasienter",
        "Avtale faste overgangsmøter mellom sykehus og kommune",
    ),
    _i(
        "2.3",
        "Integrering og innvandrerhelse",
        "Innvandrere med helseplager møter både språkbarrierer og et ukjent system. "
        "Arbeidsrettede tiltak må ta hensyn til dette. Tolk og kulturforståelse er ikke "
        "et tillegg, men en forutsetning.",
        "Deltakerne delte erfaringer med språkpraksis kombinert med helseoppfølging. Det ble "
        "pekt på at tolketjenester ofte mangler i rehabiliteringen.",
    ),
    _i(
        "2.4",
        "Funksjonsvurdering som felles språk",
        "Helse og Nav beskriver funksjon på ulike måter. En felles måte å vurdere "
        "arbeidsevne på kan gjøre samarbeidet lettere. Brukeren må kjenne seg igjen i "
        "beskrivelsen.",
        "Flere hadde erfaring med ulike verktøy, men ingen var brukt på tvers. Gruppen "
        "diskuterte om et felles skjema vil gi mer byråkrati.",
        "Sammenligne tre verktøy for funksjonsvurdering",
    ),
    _i(
        "2.6",
        "Er arbeid alltid bra for helsa?",
        "Arbeid er helsefremmende for de fleste, men ikke all slags arbeid og ikke i alle "
        "mengder. Strategien bør si noe om hva slags arbeid som er godt for helsa.",
        "Diskusjonen var engasjert. Noen mente spørsmålet kan brukes til å unnskylde "
        "passivitet. Andre pekte på at dårlig arbeidsmiljø gjør folk syke. Enighet om at "
        "kvalitet på arbeidet må med.",
    ),
    _i(
        "2.8",
        "Muskel- og skjelettplager med arbeid som mål",
        "Muskel- og skjelettplager er den største årsaken til sykefravær. Rehabiliteringen "
        "er god, men samarbeidet med arbeidsplassen er svakt. Vi trenger faste "
        "samarbeidsformer mellom behandler, Nav og arbeidsgiver.",
        "Fysioterapeutene ønsket å besøke arbeidsplassen oftere. Arbeidsgiverne var positive, "
        "men ville ha korte og konkrete møter. Gruppen foreslo en enkel mal for "
        "arbeidsplassbesøk.",
        "Lage en mal for arbeidsplassbesøk",
    ),
    _i(
        "2.9",
        "Tverrfaglige team i spesialisthelsetjenesten",
        "Tverrfaglige team med jobbspesialist gir bedre resultater. Teamene må være "
        "bærekraftige og ikke avhenge av prosjektmidler.",
        "Deltakerne diskuterte hvordan jobbspesialistens arbeid kan kodes og finansieres. "
        "Det ble foreslått at teamene rapporterer på arbeidsdeltakelse.",
        "Skrive et innspill om finansiering av jobbspesialister",
    ),
    _i(
        "2.10",
        "Kommunale psykiske helsetjenester og arbeidsdeltakelse",
        "De kommunale psykiske helsetjenestene har sjelden arbeid som mål. Med små grep kan "
        "de bli en viktig vei tilbake til jobb. Samarbeid med Nav må bli en del av "
        "hverdagen.",
        "Gruppen snakket om hvordan arbeid kan tas opp tidlig i samtalene. Kommunene ønsket "
        "opplæring. Ungdom med psykiske plager ble nevnt som en særlig viktig gruppe.",
        "Tilby felles opplæring for psykisk helse og Nav",
        "Ta ungdomsperspektivet videre på dag 2",
    ),
    _i(
        "2.11",
        "Syk før arbeidslivet starter – veien inn",
        "Unge som blir syke før de har fått fotfeste, mangler både erfaring og nettverk. "
        "Veien inn må bygges med praksis, kompetanseheving og en arbeidsgiver som tror på "
        "dem.",
        "Deltakerne delte historier om unge som har fått sin første jobb gjennom praksis. "
        "Det ble understreket at skole og helse må snakke sammen tidligere.",
    ),
    _i(
        "2.12",
        "Frivilligheten som arbeidstrening",
        "Frivillig arbeid kan gi erfaring, nettverk og referanser. Mange frivillige "
        "organisasjoner tar gjerne imot, men mangler en avtale med Nav. Frivillighet bør "
        "kunne være et trinn på veien til lønnet arbeid.",
        "Det ble diskutert hvor grensen går mellom frivillighet og gratis arbeidskraft. "
        "Organisasjonene ønsket seg en fast kontaktperson. Gruppen ville lage et forslag "
        "til samarbeidsavtale dag 2.",
        "Utarbeide forslag til samarbeidsavtale på dag 2",
    ),
    _i(
        "2.13",
        "Arbeidsmarkedstiltak for ungdom",
        "Det finnes mange tiltak for ungdom, men det er vanskelig å finne fram. Unge og "
        "veiledere trenger en enkel oversikt over hva som passer hvem.",
        "Ungdommene ønsket at tiltakene ble beskrevet med deres egne ord. Veilederne pekte "
        "på at tiltakene endres ofte.",
    ),
    _i(
        "2.14",
        "Arbeidsavklaring og endringsledelse",
        "Arbeidsavklaringen tar for lang tid. Nye arbeidsmåter krever ledelse som gir rom "
        "for å prøve og feile. Veilederne må få tid til å følge opp.",
        "Lederne i gruppa delte erfaringer med å innføre nye metoder i Nav-kontor. Det ble "
        "pekt på at endringer ofte stopper når prosjektet er over.",
        "Dele erfaringer fra to kontorer som har kortet ned avklaringstiden",
    ),
    _i(
        "2.15",
        "Entreprenørskap som vei til arbeid",
        "Noen finner sin plass ved å starte for seg selv. Ordningene støtter sjelden "
        "entreprenørskap for folk med helseplager. Det bør endres.",
        "Deltakerne diskuterte risiko og trygghet. Et forslag var en prøveperiode med "
        "beholdt ytelse. Flere kjente til vellykkede eksempler.",
    ),
    _i(
        "2.16",
        "Ung brukermedvirkning",
        "Unge vet hva som virker for dem. Ungdomsråd bør ha en fast plass når tjenester for "
        "unge utvikles, lokalt og nasjonalt.",
        "Gruppen diskuterte hvordan ungdomsråd kan få reell innflytelse. Det ble foreslått "
        "at rådene får svar på hva som skjedde med innspillene deres.",
        "Foreslå fast tilbakemelding til ungdomsrådene",
    ),
    # --- Day 2, økt 3 -------------------------------------------------------------------
    _i(
        "3.1",
        "Forebygging på arbeidsplassen",
        "Mye sykefravær kan forebygges med godt arbeidsmiljø og tidlig dialog. "
        "Bedriftshelsetjenesten bør brukes mer forebyggende enn i dag.",
        "Arbeidsgiverne ønsket seg enkle verktøy for tidlig dialog. Bedriftshelsetjenesten "
        "pekte på at de ofte kommer inn for sent. Gruppen foreslo korte "
        "helsesamtaler på arbeidsplassen.",
        "Prøve korte helsesamtaler i to bedrifter",
        kind=1,
    ),
    _i(
        "3.2",
        "Frivillig sektor sammen med Nav og helse",
        "En samarbeidsavtale mellom Nav-kontoret og frivillige organisasjoner gjør "
        "frivillighet til et trygt trinn mot arbeid. Avtalen beskriver roller, oppfølging "
        "og hva deltakeren får med seg.",
        "Gruppen skisserte en avtale med tre deler: kontaktperson, oppfølgingsmøter og "
        "attest. Det ble enighet om at deltakelsen skal være frivillig.",
        "Sende avtaleutkastet til tre organisasjoner",
        "Prøve avtalen ved ett Nav-kontor",
        kind=3,
        ref="2.12",
    ),
    _i(
        "3.3",
        "Bedre samhandling og koordinering",
        "Koordinering må bygge på det som allerede finnes: individuell plan og "
        "koordinator. Det som mangler, er at arbeid er et mål i planen.",
        "Deltakerne diskuterte hvorfor individuell plan brukes så lite. Flere mente planen "
        "oppleves som et skjema. Et forslag var å starte med brukerens eget mål.",
        kind=2,
        ref="1.1",
    ),
    _i(
        "3.4",
        "Ny poliklinikk for helse og arbeid",
        "En poliklinikk for helse og arbeid kan gi raskere tilgang til arbeidsrettet "
        "behandling. Den kan drives sammen med Nav og ta imot henvisninger fra fastlegen.",
        "Gruppen drøftet bemanning og henvisningskriterier. Det ble foreslått å starte med "
        "én poliklinikk og evaluere etter to år.",
        "Skissere en prøveordning",
        "Finne en helseregion som vil være pilot",
        kind=3,
        ref="1.9",
    ),
    _i(
        "3.5",
        "Tydeligere tilbud til andre pasientgrupper enn muskel og skjelett",
        "Arbeidsrettet rehabilitering er godt utviklet for muskel- og skjelettplager. "
        "Pasienter med sammensatte plager, utmattelse eller hjerneskade faller lettere "
        "utenfor.",
        "Deltakerne fra brukerorganisasjonene beskrev lange forløp uten arbeid som mål. Det "
        "ble pekt på at kunnskapen fra muskel og skjelett kan overføres.",
        kind=2,
        ref="2.8",
    ),
    _i(
        "3.6",
        "Datakollektiv – første steg mot å bli arbeidssøker",
        "Datakollektivet kan bli et fast første steg før arbeidsrettede tiltak. Deltakerne "
        "får bekreftet det de mestrer, og overgangen til Nav planlegges sammen.",
        "Gruppen foreslo en overgangssamtale der kollektivet, deltakeren og Nav møtes. "
        "Finansiering var fortsatt det store spørsmålet.",
        "Invitere Nav til datakollektivet",
        kind=3,
        ref="1.6",
    ),
    _i(
        "3.7",
        "Forebygging blant unge",
        "For å gi unge en god start i arbeidslivet må vi forebygge frafall allerede i "
        "skolen. Skolehelsetjenesten og Nav bør samarbeide tettere om elever i risiko.",
        "Det ble diskutert hvordan taushetsplikten kan håndteres. Ungdommene ønsket å "
        "bestemme selv hvem som får vite hva.",
        kind=2,
        ref="1.2",
    ),
    _i(
        "3.8",
        "Helsemessige konsekvenser av diskriminering i arbeidslivet",
        "Diskriminering i arbeidslivet gir både psykiske og fysiske helseplager. Temaet er "
        "nesten fraværende i dagens strategi.",
        "Deltakerne delte egne erfaringer. Forskerne pekte på at det finnes lite norsk "
        "forskning. Gruppen mente temaet må inn i strategien.",
        "Foreslå et kunnskapsoppsummeringsprosjekt",
        kind=1,
    ),
    # --- Day 2, økt 4 -------------------------------------------------------------------
    _i(
        "4.1",
        "Tverrfaglige kommunale helse- og arbeidssentre",
        "Et kommunalt senter der helse og Nav sitter sammen, kan gi samtidige tjenester i "
        "stedet for tjenester etter hverandre. Senteret blir stedet der koordineringen "
        "skjer.",
        "Gruppen beskrev hvordan et senter kan organiseres i en liten og en stor kommune. "
        "Interkommunalt samarbeid ble nevnt for de minste.",
        "Finne to kommuner som vil prøve",
        "Søke midler til en forstudie",
        kind=3,
        ref="1.1",
    ),
    _i(
        "4.3",
        "Arbeidsgiver følger opp – digital samhandling",
        "Arbeidsgivere mangler en enkel digital kanal til helse og Nav. En felles "
        "samhandlingsløsning med samtykke fra den ansatte kan gjøre oppfølgingen raskere.",
        "Det ble diskutert personvern og samtykke. Arbeidsgiverne ønsket seg bare "
        "nødvendig informasjon om funksjon, ikke diagnose.",
        kind=1,
    ),
    _i(
        "4.4",
        "Erfaringskonsulenter i Nav og helse",
        "Erfaringskonsulenter kan gjøre brukerstemmen til en del av hverdagen. De bør "
        "ansettes fast, ikke bare i prosjekter.",
        "Deltakerne snakket om hvordan erfaringskonsulenter kan få en tydelig rolle. Det ble "
        "pekt på behovet for veiledning og et fagmiljø.",
        "Beskrive rollen til en erfaringskonsulent",
        kind=2,
        ref="1.15",
    ),
    _i(
        "4.6",
        "Unge i arbeid i utlandet – samarbeid over grenser",
        "Noen unge får en ny start gjennom arbeid eller praksis i utlandet. Samarbeid mellom "
        "Nav, organisasjoner og arbeidsgivere i andre land kan gjøre dette mulig for flere.",
        "Gruppen diskuterte oppfølging på avstand og hva som skjer ved hjemkomst. Flere var "
        "usikre på regelverket.",
        kind=1,
    ),
    _i(
        "4.7",
        "Mestring og fattigdom i familien",
        "Når foreldre kommer i arbeid, påvirker det hele familien. Tiltak mot fattigdom bør "
        "kombinere arbeid for foreldrene med aktiviteter for barna.",
        "Deltakerne pekte på at barnas fritid ofte er det første som ryker. Et forslag var "
        "et familieteam i Nav.",
        "Samle erfaringer fra familieteam",
        kind=2,
        ref="1.3",
    ),
    _i(
        "4.8",
        "Bedre tjenester for ungdom som sliter psykisk",
        "Ungdom med psykiske plager trenger tjenester som henger sammen. Ventetid og mange "
        "nye ansikter gjør at mange gir opp.",
        "Ungdommene ønsket én fast person å forholde seg til. Helsetjenesten pekte på "
        "ventelistene. Gruppen foreslo at Nav-veileder og behandler møtes tidlig.",
        "Foreslå felles første møte for behandler og veileder",
        kind=2,
        ref="2.10",
    ),
    _i(
        "4.10",
        "Mekanismer bak høyere sykefravær blant kvinner",
        "Kvinners høyere sykefravær kan delvis forklares med arbeidsmiljø i kvinnedominerte "
        "yrker og mer omsorgsarbeid hjemme. Vi trenger mer kunnskap om hva som virker.",
        "Forskerne presenterte kort hva som er kjent. Arbeidsgiverne i helse og omsorg "
        "delte erfaringer med heltidskultur. Gruppen mente at tiltak må prøves ut "
        "systematisk.",
        "Foreslå et forskningsprosjekt om heltidskultur og fravær",
        kind=2,
        ref="1.10",
    ),
    _i(
        "4.11",
        "Seniorer i arbeid",
        "Livsfasepolitikk for seniorer kan prøves ut i tre virksomheter med tilpassede "
        "arbeidsoppgaver, kortere dager og mentoransvar. Erfaringene deles med "
        "arbeidsgiverorganisasjonene etter ett år.",
        "Deltakerne diskuterte hvordan seniorenes erfaring kan brukes i opplæring av nye. "
        "Det ble understreket at tilbudet må være frivillig.",
        "Finne tre virksomheter som vil prøve",
        kind=3,
        ref="1.14",
    ),
    _i(
        "4.12",
        "Effekten av langvarig lønnstilskudd",
        "En evaluering av langvarig lønnstilskudd bør følge brukere og arbeidsgivere over "
        "flere år. Den bør måle både arbeidsdeltakelse, helse og livskvalitet.",
        "Gruppen skisserte en evaluering med både registerdata og intervjuer. Arbeidsgiverne "
        "var villige til å delta.",
        "Sende forslaget til direktoratet",
        kind=3,
        ref="1.11",
    ),
    _i(
        "4.13",
        "Evnen til å evne og mestre",
        "Mestringstro er avgjørende for å komme i arbeid. Tjenestene kan styrke den ved å "
        "la folk lykkes med små ting først.",
        "Deltakerne delte erfaringer med mestringsgrupper. Det ble diskutert hvordan "
        "mestring kan måles.",
        kind=1,
    ),
    _i(
        "4.15",
        "Effekt av tiltak – hva virker?",
        "Vi vet for lite om hvilke tiltak som virker for å øke arbeidsdeltakelsen. Noe vet "
        "vi, noe tror vi, og noe har vi bare erfaring med. Strategien bør skille mellom "
        "disse.",
        "Forskerne og praktikerne diskuterte hvordan erfaringskunnskap kan dokumenteres. "
        "Brukerne ønsket at deres erfaringer telles med.",
        "Lage en oversikt over tiltak og kunnskapsgrunnlag",
        "Invitere til et seminar om erfaringskunnskap",
        kind=1,
    ),
    _i(
        "4.16",
        "Barrierer og ressurser i oppfølgingen av sykmeldte",
        "Oppfølgingen av sykmeldte stopper ofte på grunn av ventetid, uklare roller og "
        "manglende kontakt med arbeidsplassen. Samtidig finnes det mange ressurser som ikke "
        "brukes.",
        "Gruppen laget en liste over barrierer og ressurser. Mange ressurser var knyttet til "
        "kolleger og nærmeste leder.",
        kind=1,
    ),
]
