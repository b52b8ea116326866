"""An Open Space arena at the 2020 arena's scale for the Innspill screen's tests: a wall of
4 økter (two days) × 16 spaces, topics from the 2020 list of inputs, 150 people, and a few
day-1 inputs already documented for day-2 inputs to build on."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from arenadesk.store import conversations as conv
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.people import PersonDraft, create_person, list_people
from tests.templates import Templates

# (økt, space, title) from the 2020 report's list of 49 inputs.
TOPICS = [
    (1, 1, "Hvem skal koordinere arbeid og helse der folk bor, i kommunene?"),
    (1, 2, "Unge i arbeid, bra start på arbeidslivet"),
    (1, 3, "Sammenheng mellom fattigdom - helse - arbeid"),
    (1, 4, "Ressursfokus frisklivsfaktorer"),
    (1, 8, "Fontenehuset - arbeid for bedre psykisk helse"),
    (1, 10, "Kvinner har høyere sykefravær enn menn. Hva kan gjøres?"),
    (1, 11, "Bruker av langvarig lønnstilskudd e.l. Gevinsten for bruker og arbeidsgiver"),
    (2, 1, "Brukerstyrte lavterskeltilbud"),
    (2, 4, "Funksjonsvurdering"),
    (2, 15, "Entreprenørskap"),
    (3, 1, "Forebygging"),
    (3, 6, "Datakollektiv. Hverdagsteknologi. Det første steget til å bli en reell arbeidssøker"),
    (3, 8, "Helsemessige konsekvenser av diskriminering i arbeidslivet"),
    (4, 10, "Hvilke mekanismer ligger bak høyere sykefravær blant kvinner?"),
    (4, 12, "Effekten av langvarig lønnstilskudd, bruker og arbeidsgiver"),
    (4, 16, "Barrierer og ressurser i oppfølgingen av sykemeldte"),
]

# Day-1 inputs already documented (number → input title).
DOCUMENTED = {
    "1.4": "Ressursfokus frisklivsfaktorer",
    "1.10": "Kvinner har høyere sykefravær enn menn",
    "1.11": "Langvarig lønnstilskudd: gevinsten for bruker og arbeidsgiver",
}

FIRST = ["Aslak", "Berit", "Cecilie", "Dag", "Eirik", "Frida", "Gunnar", "Hanne", "Ivar", "Jorunn"]
LAST = ["Bakke", "Dahl", "Eide", "Fjeld", "Haugen", "Lunde", "Moe", "Næss"]
ORGS = ["Nav Drammen", "Helse Sør-Øst", "Drammen kommune", "Fontenehuset", "NHO Viken"]


@dataclass(frozen=True)
class OpenSpaceArena:
    arena_id: uuid.UUID
    topics: dict[str, uuid.UUID]  # by input number


def make_open_space_arena(db: Database, people: int = 150) -> OpenSpaceArena:
    arena_id = require_arena_id(db)
    wall = wall_store.set_up_wall(
        db,
        arena_id,
        [
            (1, dt.time(10, 30), dt.time(12, 0)),
            (1, dt.time(13, 0), dt.time(14, 30)),
            (2, dt.time(9, 30), dt.time(11, 0)),
            (2, dt.time(11, 15), dt.time(12, 45)),
        ],
        [f"Rom {n}" for n in range(1, 17)],
    )
    missing = people - len(list_people(db, arena_id))
    for index in range(max(missing, 0)):
        name = f"{FIRST[index % 10]} {LAST[(index // 10) % 8]}"
        if index >= 80:
            name += f" {index}"
        create_person(db, arena_id, PersonDraft(name=name, organisation=ORGS[index % 5]))
    topics: dict[str, uuid.UUID] = {}
    for slot, space, title in TOPICS:
        topic = wall_store.add_topic(
            db, arena_id, title, "", wall.slots[slot - 1].id, wall.spaces[space - 1].id
        )
        topics[f"{slot}.{space}"] = topic
    for number, title in DOCUMENTED.items():
        conv.save_field(db, topics[number], "input_title", title)
    return OpenSpaceArena(arena_id, topics)


def open_space_arena_copy(
    templates: Templates, device: Device, target: Path
) -> tuple[Path, OpenSpaceArena]:
    """A file at `target` holding the demo arena with `make_open_space_arena` done on it:
    built once per test session, copied for each test."""

    def build(path: Path) -> OpenSpaceArena:
        templates.copy("demo", device, path)
        db = open_database(path, device)
        try:
            return make_open_space_arena(db)
        finally:
            db.close()

    source, arena = templates.template_with_facts("ui-open-space", device.id, build)
    return Templates.copy_of(source, target), arena
