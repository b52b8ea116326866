"""Fill a database with the invented demo arena, or with a large arena for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from arenadesk.demo import arena_data as demo_data
from arenadesk.demo.reports import create_demo_reports
from arenadesk.domain.board_geometry import Rect
from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES, ArenaFormat, Perspective, Role
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import create_arena, current_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person


def create_demo_arena(db: Database) -> uuid.UUID:
    """The seven-group demo arena of `demo_data`, in one transaction."""
    if current_arena_id(db) is not None:
        raise UserError("cli.demo_exists", path=db.location)
    arena = demo_data.ARENA
    arena_id = create_arena(
        db,
        str(arena["name"]),
        venue=str(arena["venue"]),
        theme=str(arena["theme"]),
        organiser=str(arena["organiser"]),
        format=ArenaFormat(str(arena["format"])),
        days=list(arena["days"]),  # type: ignore[call-overload]
    )
    with db.session() as session:
        groups = {g["code"]: ChallengeGroup(arena_id=arena_id, **g) for g in demo_data.GROUPS}
        people = {
            p["key"]: Person(
                arena_id=arena_id,
                name=p["name"],
                title=p["title"],
                organisation=p["organisation"],
                perspective=Perspective(p["perspective"]).value,
            )
            for p in demo_data.PEOPLE
        }
        session.add_all([*groups.values(), *people.values()])
        session.flush()
        for code, key, role, days in demo_data.MEMBERSHIPS:
            session.add(
                Membership(
                    group_id=groups[code].id,
                    person_id=people[key].id,
                    role=Role(role).value,
                    days=list(days),
                )
            )
    create_demo_boards(db, groups["1A"].id)
    create_demo_reports(db, {code: group.id for code, group in groups.items()})
    return arena_id


# Group 1A's boards, in the words a group like it would use (see the 2013 seed's boards).
DEMO_BOARDS: list[tuple[str, str, int, list[tuple[str, str]]]] = [
    (
        "toppen-av-fjellet",
        "Toppen av fjellet",
        2,
        [
            ("visjonen", "Alle deltakere har arbeidsgiveren med på laget fra første dag"),
            ("ideer", "Arbeidsgiver inviteres til oppstartsmøtet"),
            ("ideer", "Digitalt trepartsmøte når avstanden er lang"),
            ("ideer", "Fast kontaktperson i Nav for helsesportssenteret"),
            ("ideer", "Arbeidsplassbesøk i løpet av oppholdet"),
            ("ideer", "Likemann som har vært gjennom det samme"),
            ("malet", "En avtalt modell for trepartssamarbeid, prøvd med fem arbeidsgivere"),
            ("utfordringer", "Lange avstander og lite tid hos arbeidsgiver"),
            ("utfordringer", "Taushetsplikt mellom helse og Nav"),
            ("utfordringer", "Finansieringen følger ikke deltakeren"),
            ("veien", "Kartlegge arbeidsgiverne i regionen – Marit, innen mars"),
            ("veien", "Pilot med to bedrifter etter påske"),
            ("veien", "Møte med Nav-kontoret – Jonas kaller inn"),
        ],
    ),
    (
        "gap-analyse",
        "Gap-analyse: arbeidsgiver i rehabiliteringen",
        3,
        [
            ("na", "Arbeidsgiver hører først fra oss ved utskrivning"),
            ("na", "Planen lages uten arbeidsplassen"),
            ("framtid", "Arbeidsgiver er med i planen fra dag én"),
            ("framtid", "Tilbakeføringen er avtalt før hjemreisen"),
            ("tiltak", "Sjekkliste for første uke"),
            ("tiltak", "Felles mal for trepartsmøtet"),
            ("hindringer", "Ulike regelverk i helse og Nav"),
            ("hindringer", "Lite tid i en travel hverdag"),
        ],
    ),
]


def create_demo_boards(db: Database, group_id: uuid.UUID) -> None:
    """Filled boards for one group, laid out as typed notes would be."""
    from arenadesk.domain.boards import load_templates
    from arenadesk.domain.note_layout import place_in_zone
    from arenadesk.store.boards import create_board
    from arenadesk.store.notes import NoteDraft, add_notes

    templates = load_templates()
    for key, title, session_number, notes in DEMO_BOARDS:
        template = templates.get(key)
        if template is None:  # pragma: no cover - the bundled templates always load
            continue
        board_id = create_board(db, group_id, key, title, session_number=session_number)
        drafts: list[NoteDraft] = []
        for zone_key, text in notes:
            zone = template.zone(zone_key)
            assert zone is not None, zone_key
            occupied = [Rect(d.x, d.y, d.w, d.h) for d in drafts]
            spot = place_in_zone(template, zone, occupied)
            drafts.append(
                NoteDraft(zone_key, text, spot.x, spot.y, spot.w, spot.h, zone.note_colour)
            )
        add_notes(db, board_id, drafts)


def create_large_arena(
    db: Database, *, groups: int = 29, people: int = 200, seed: int = 2027
) -> uuid.UUID:
    """A synthetic arena the size of the largest real ones, for benchmarks and load tests."""
    rng = random.Random(seed)
    first = [p["name"].split()[0] for p in demo_data.PEOPLE]
    last = [p["name"].split()[-1] for p in demo_data.PEOPLE]
    perspectives = list(KNOWN_PERSPECTIVES)
    arena_id = create_arena(
        db,
        "Åpen arena – stor testarena",
        venue="Testsenteret, Oslo",
        days=[dt.date(2027, 3, 9), dt.date(2027, 3, 10)],
    )
    with db.session() as session:
        group_rows = [
            ChallengeGroup(
                arena_id=arena_id,
                code=f"{n // 8 + 1}{chr(ord('A') + n % 8)}",
                title=f"Utfordring {n + 1}: {rng.choice(demo_data.GROUPS)['title']}",
                description=rng.choice(demo_data.GROUPS)["description"],
                main_area=rng.choice(demo_data.MAIN_AREAS),
                owner_org=rng.choice(demo_data.GROUPS)["owner_org"],
            )
            for n in range(groups)
        ]
        person_rows = [
            Person(
                arena_id=arena_id,
                name=f"{rng.choice(first)} {rng.choice(last)}",
                title=rng.choice(demo_data.PEOPLE)["title"],
                organisation=rng.choice(demo_data.PEOPLE)["organisation"],
                perspective=rng.choice(perspectives).value,
            )
            for _ in range(people)
        ]
        session.add_all([*group_rows, *person_rows])
        session.flush()
        for index, person in enumerate(person_rows):
            group = group_rows[index % groups]
            role = Role.FACILITATOR if index < groups else Role.PARTICIPANT
            session.add(
                Membership(
                    group_id=group.id,
                    person_id=person.id,
                    role=role.value,
                    days=rng.choice([[1, 2], [1, 2], [1, 2], [1], [2]]),
                )
            )
    return arena_id
