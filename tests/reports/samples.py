"""Group reports built directly from data, modelled on the 2015 group reports.

Shared by the report tests and bench/group_report.py.
"""

from __future__ import annotations

import uuid

from arenadesk.domain.boards import BoardTemplate, load_templates
from arenadesk.domain.note_layout import NOTE_H, NOTE_W
from arenadesk.domain.report import (
    ActionItem,
    BoardFigure,
    GroupReport,
    ParticipantLine,
    SelfEvaluation,
)
from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.store.notes import NoteRow

LIBRARY = load_templates()

PROBLEM = """Fokus for gruppa har vært arbeid som utgangspunkt for bedre helse, og behovet for \
å se dette i sammenheng: helse er viktig for arbeid, og arbeid bidrar positivt til helse.

Kort oppsummert er utfordringene vi har diskutert og funnet viktigst:
- alle har sine rettigheter, men ulik kunnskap og forutsetning til å realisere dem
- norskkunnskaper er avgjørende for arbeid og integrasjon i det norske samfunnet
- sammensatte utfordringer krever sammensatte løsninger
- det er vanskelig å finne systemer som samarbeider godt nok for å nå felles mål"""

RESULT = """Gruppa er enig om at det er behov for å strukturere brukerprosessene og \
oppfølgingen av dem. Endelig målsetting for alle bør i utgangspunktet være \
selvforsørgelse gjennom arbeid.

Vi ønsker å gripe fatt i fire av flaskehalsene:
- Norsk
- Kartlegging av brukernes egentlige utfordringer
- Kunnskap om innvandrerhelse, både i førstelinjen og bakover i systemet
- Samhandling"""

CONCRETISATION = """Vi foreslår å utfordre næringslivet til å ta større ansvar for \
språkopplæringen, spesielt for arbeidsinnvandrere. God kartlegging i tidlig fase skal ha \
et mål om selvforsørgelse, med tydelige krav og gjensidige forpliktelser underveis.

Nettverksarbeidet på tvers av organisasjoner, brukere og næringsliv bør videreutvikles \
og bli en naturlig del av utviklingsarbeidet."""

COMMENTS = """Diskusjonene på tvers av organisasjoner og institusjoner har vært både \
berikende og viktige. Gruppa stiller seg til disposisjon for et oppfølgingsmøte."""

NOTE_TEXTS = [
    "Alle i arbeid eller aktivitet",
    "Norskopplæring på arbeidsplassen",
    "Felles kartlegging NAV og helse",
    "Brukermedvirkning i alle ledd",
    "Lite samhandling mellom etatene",
    "Språkbarrierer",
    "Møteplass for arbeidsgivere",
    "Pilot i to kommuner høsten 2027",
    "Sámi giella ja bargu – Áilu",
    "Kunnskap om innvandrerhelse",
    "Tverrfaglig team rundt brukeren",
    "Følge opp i læringssirkel",
]


def participants() -> list[ParticipantLine]:
    return [
        ParticipantLine(
            "Áilu Čoarvi",
            "Seniorrådgiver",
            "Helsedirektoratet",
            Role.FACILITATOR,
            (1, 2),
            Perspective.AUTHORITY,
        ),
        ParticipantLine(
            "Biret Ánne Ŋuolja",
            "Prosjektleder",
            "NAV Sápmi",
            Role.OWNER,
            (1, 2),
            Perspective.SERVICE_PROVIDER,
        ),
        ParticipantLine(
            "Bernadette Kumar",
            "Direktør",
            "NAKMI",
            Role.PARTICIPANT,
            (1,),
            Perspective.RESEARCHER,
        ),
        ParticipantLine(
            "Christian Berg",
            "Daglig leder",
            "AS3 Employment Norge",
            Role.PARTICIPANT,
            (2,),
            Perspective.EMPLOYER,
        ),
        ParticipantLine(
            "Eli-Anne Tuntland",
            "Rådgiver",
            "NAV Intro",
            Role.RESOURCE,
            (1, 2),
            Perspective.SERVICE_PROVIDER,
        ),
        ParticipantLine(
            "Máret Šiŋŋá Žáŧŧe",
            "Ráđđeaddi",
            "Sámi allaskuvla",
            Role.PARTICIPANT,
            (2,),
            Perspective.RESEARCHER,
        ),
        ParticipantLine(
            "Randi Kvissel Haugen",
            "Hotellsjef",
            "PS:hotell",
            Role.PARTICIPANT,
            (1, 2),
            Perspective.USER,
        ),
    ]


def notes(
    template: BoardTemplate, count: int = 12, texts: list[str] | None = None
) -> tuple[NoteRow, ...]:
    """`count` notes spread over the template's zones, each placed inside its zone."""
    texts = texts or NOTE_TEXTS
    board_id = uuid.uuid4()
    rows = []
    for index in range(count):
        zone = template.zones[index % len(template.zones)]
        box = zone.region.bounds
        column = index // len(template.zones)
        x = box.x + 20 + (column % 2) * (NOTE_W * 0.85)
        y = box.y + 50 + (column // 2) * (NOTE_H * 0.85)
        rows.append(
            NoteRow(
                id=uuid.uuid4(),
                board_id=board_id,
                zone_key=zone.key,
                text=texts[index % len(texts)],
                colour=zone.note_colour,
                x=x,
                y=y,
                w=NOTE_W * 0.8,
                h=NOTE_H * 0.8,
                z=index,
            )
        )
    return tuple(rows)


def board(key: str, title: str, count: int = 12) -> BoardFigure:
    template = LIBRARY.get(key)
    assert template is not None
    return BoardFigure(title, template, notes(template, count))


def realistic_report() -> GroupReport:
    """Group 1C of a 2027 arena, every section filled."""
    return GroupReport(
        arena_name="Åpen arena for arbeid og helse 2027",
        arena_dates="9.–10. mars 2027",
        code="1C",
        title="Helhetlig oppfølging av innvandrere og flyktninger med helseutfordringer",
        participants=participants(),
        problem=PROBLEM,
        result=RESULT,
        concretisation=CONCRETISATION,
        action_items=[
            ActionItem(
                "Invitere næringslivet til dialogmøte om språkopplæring",
                "Biret Ánne Ŋuolja",
                "april 2027",
            ),
            ActionItem(
                "Kartlegge eksisterende tiltak i de to pilotkommunene",
                "Eli-Anne Tuntland",
                "juni 2027",
            ),
            ActionItem("Skrive søknad om midler til pilot", "Áilu Čoarvi", "1. september"),
        ],
        next_meeting="22. april 2027 kl. 10–12, NAV Sápmi, Karasjok",
        next_meeting_caller="Biret Ánne Ŋuolja",
        comments=COMMENTS,
        boards=[
            board("toppen-av-fjellet", "Toppen av fjellet – felles mål for to dager"),
            board("gap-analyse", "Gap-analyse: norskopplæring i arbeidslivet"),
        ],
        self_evaluation=SelfEvaluation(
            results="- Konkrete forslag til tiltak for språkopplæring\n"
            "- Nytt nettverk mellom NAV, helse og arbeidsgivere\n"
            "- Økt forståelse for hverandres rammer",
            strength=4,
            reasons=("right_people", "realistic_plans", "ownership"),
            reasons_text="De som skal gjennomføre pilotene, har sittet rundt bordet begge dagene.",
            tips="Gode lokaler og god tid i gruppene. Vi ønsker oss litt mer tid til "
            "kunnskapsmøtene neste år.",
        ),
        organiser="Nasjonalt kompetansesenter for arbeidsrettet rehabilitering",
    )


LONG_WORD = "abcdefghij" * 1_000  # 10 000 characters, no break opportunity
LONG_NOTE = " ".join(f"lapp{index:04d}" for index in range(1_100))[:10_000]
THREE_PAGES = "\n\n".join(
    f"Avsnitt {index}: " + " ".join(["Gruppa drøftet samhandling mellom etatene."] * 8)
    for index in range(1, 31)
)


def long_report() -> GroupReport:
    """Everything at once: 40 people, 30 next steps, 5 boards, pages of text, huge texts."""
    report = realistic_report()
    report.participants = [
        ParticipantLine(
            f"Deltaker {index:02d} Ávjovárgeaidnu",
            "Rådgiver",
            f"Organisasjon {index}",
            Role.FACILITATOR if index == 1 else Role.PARTICIPANT,
            (1, 2) if index % 3 else (2,),
            Perspective.USER,
        )
        for index in range(1, 41)
    ]
    report.action_items = [
        ActionItem(
            f"Tiltak {index:02d}: følge opp forslag fra gruppa",
            f"Ansvarlig {index}",
            f"uke {index + 10}",
        )
        for index in range(1, 31)
    ]
    report.action_items.append(ActionItem(THREE_PAGES, "Alle", "løpende"))
    report.result = THREE_PAGES
    report.concretisation = f"Et langt ord: {LONG_WORD}"
    keys = ["toppen-av-fjellet", "gap-analyse", "huset-pa-asen", "livets-tre", "veien-videre"]
    report.boards = [board(key, f"Tavle {index}: {key}") for index, key in enumerate(keys, 1)]
    template = report.boards[0].template
    report.boards.append(
        BoardFigure("Tavle med lange lapper", template, notes(template, 3, [LONG_NOTE, LONG_WORD]))
    )
    return report
