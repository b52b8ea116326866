"""A full Open Space wall like the 2020 arena's: 4 økter over two days × 16 spaces, 50
topics with the report's own titles (æøå included)."""

from __future__ import annotations

import datetime as dt
import uuid

from arenadesk.domain.wall import Wall
from arenadesk.store import open_space as wall_store
from arenadesk.store.db.database import Database

SLOTS = [
    (1, dt.time(10, 30), dt.time(12, 0)),
    (1, dt.time(13, 0), dt.time(14, 30)),
    (2, dt.time(9, 30), dt.time(11, 0)),
    (2, dt.time(11, 15), dt.time(12, 45)),
]

TITLES = [
    "Hvem skal koordinere arbeid og helse der folk er frisk/syk og bor, i kommunene?",
    "Unge i arbeid, bra start på arbeidslivet",
    "Sammenheng mellom fattigdom – helse – arbeid",
    "Ressursfokus frisklivsfaktorer",
    "Behov for bedre rutiner/metoder i helsesektoren for å identifisere de rette",
    "Datakollektiv «hverdagsteknologi», lavterskeltilbud for personer med egen erfaring",
    "Erfaringer etter 2 år i spesialisthelsetjenesten med poliklinisk behandling",
    "Fontenehuset – arbeid for bedre psykisk helse",
    "Arbeid og helse i spesialisthelsetjenesten – adgang, rettigheter",
    "Kvinner har høyere sykefravær enn menn. Hva kan gjøres for å forhindre det?",
    "Bruker av langvarig lønnstilskudd. Gevinsten for bruker og arbeidsgiver",
    "Etablere et felles arbeid- og helseområde nasjonalt",
    "Helse i arbeid – hvordan få til dette med ulike sentrale føringer",
    "Et arbeidsliv for alle livsfaser",
    "Sjef i eget liv – brukerstemmen – brukermedvirkning",
    "Helsekompetanse – organisatorisk – digitalisering – individualitet",
    "Brukerstyrte lavterskeltilbud",
    "Pasientforløp, rett person til rett tiltak/nivå til rett tid",
    "Integrering og innvandrerhelse",
    "Funksjonsvurdering",
    "Er arbeid alltid bra for helsa? Hvor mye? Hva slags?",
    "Muskelskjelett-rehab med arbeid som mål",
    "Bærekraftig opplegg og tverrfaglig koding i spesialisthelsetjenesten",
    "Hvordan kan kommunale psykiske helsetjenester bidra til økt arbeidsdeltakelse?",
    "Hva skjer om man blir syk før arbeidslivet starter? Veien inn?",
    "Frivilligheten som arbeidstrening og kompetansehever",
    "Eksisterende arbeidsmarkedstiltak – tilbud for ungdom",
    "Arbeidsavklaring/veiledning – endringsledelse",
    "Entreprenørskap",
    "Korleis få til dialog mellom arbeidstakar, arbeidsgjevar og sjukemeldar",
    "Ung brukermedvirkning",
    "Oppfølging av brukere på AAP: modeller for tettere oppfølging",
    "Forebygging",
    "Frivillig sektor og brukerorganisasjoner sammen med NAV og helse",
    "Hva må vi gjøre annerledes for å få til bedre samhandling og koordinering?",
    "Helse/arbeid – ny poliklinikk",
    "Tilbud til andre pasientgrupper enn muskel og skjelett må tydeliggjøres",
    "Datakollektiv. Hverdagsteknologi. Det første steget til å bli en reell arbeidssøker",
    "Forebygging i skolen",
    "Helsemessige konsekvenser av diskriminering i arbeidslivet",
    "Tverrfaglige kommunale helse- og arbeidssentre for samtidighet i tjenestene",
    "Arbeidsgiver følger opp bruker – digital samhandling",
    "Ungt arbeid og tiltak i utlandet: samarbeid mellom NAV og organisasjoner",
    "Bedre tjenestetilbud for ungdom som sliter med psykisk helse",
    "Hvilke mekanismer ligger bak høyere sykefravær blant kvinner?",
    "Effekten av langvarig lønnstilskudd for bruker og arbeidsgiver",
    "Evnen til å evne og mestre",
    "Effekt av tiltak: hvilke virker, og hvordan vet vi det?",
    "Barrierer og ressurser i dagens system for oppfølging",
    "Økonomiske insentiver for å ansette personer med nedsatt arbeidsevne",
]

CONVENERS = [
    "Kari Nordmann",
    "Øystein Ås",
    "Åse Bjørnstad",
    "Ola Hægeland",
    "Siri Lærum",
    "Per Ødegård",
    "Ingrid Sæther",
    "Jørgen Brænd",
    "Marte Følstad",
    "Håkon Dæhli",
    "Astrid Grønli",
    "Tor Østby",
    "Line Skjæveland",
]

# Per økt: how many of its 16 spaces are taken (50 topics in all).
FILLED = (16, 14, 12, 8)


def build_full_wall(db: Database, arena_id: uuid.UUID) -> Wall:
    """The 2020-like wall: a full first økt (16 topics), 50 topics in all."""
    wall = wall_store.set_up_wall(db, arena_id, SLOTS, [f"Rom {n}" for n in range(1, 17)])
    titles = iter(TITLES)
    index = 0
    for slot, filled in zip(wall.slots, FILLED, strict=True):
        for space in wall.spaces[:filled]:
            # Each økt's 13 conveners are distinct, so the wall has no clash.
            convener = CONVENERS[index % len(CONVENERS)] if space.number <= 13 else ""
            wall_store.add_topic(db, arena_id, next(titles), convener, slot.id, space.id)
            index += 1
    return wall_store.get_wall(db, arena_id)
