"""Reports written into a demo or large arena, as facilitators would have filled them.

Shared by the arena report tests and bench/arena_report.py. Every write goes through the
store's own functions, so the data is what the report screen would have saved.
"""

from __future__ import annotations

import uuid

from arenadesk.demo.arena import DEMO_BOARDS, create_demo_boards
from arenadesk.domain.report import ActionItem, SelfEvaluation
from arenadesk.store import reports
from arenadesk.store.db.database import Database
from arenadesk.store.groups import list_groups
from tests.reports.samples import COMMENTS, CONCRETISATION, PROBLEM, RESULT

ACTION_ITEMS = [
    ActionItem("Invitere arbeidsgiverne i regionen til dialogmøte", "Åse Kjærstad", "april 2027"),
    ActionItem("Kartlegge eksisterende tiltak i pilotkommunene", "Øystein Ærø", "juni 2027"),
    ActionItem("- Skrive søknad om midler til pilot", "", "1. september"),
]
EVALUATION = SelfEvaluation(
    results="- Konkrete forslag til tiltak for samhandling\n- Nytt nettverk på tvers",
    strength=4,
    reasons=("right_people", "realistic_plans"),
    reasons_text="De som skal gjøre jobben, satt rundt bordet begge dagene.",
    tips="=Mer tid i gruppene; gode lokaler på Møtestedet.",
)


def fill_report(db: Database, group_id: uuid.UUID, *, evaluation: bool = True) -> None:
    """Every section of one group's report, three next steps and (optionally) the
    self-evaluation."""
    for field, text in (
        ("problem", PROBLEM),
        ("result", RESULT),
        ("concretisation", CONCRETISATION),
        ("comments", COMMENTS),
        ("next_meeting", "22. april 2027 kl. 10–12"),
        ("next_meeting_caller", "Åse Kjærstad"),
    ):
        reports.save_text(db, group_id, field, text)
    for item in ACTION_ITEMS:
        reports.add_action_item(db, group_id, item)
    if evaluation:
        reports.save_self_evaluation(db, group_id, EVALUATION)


def fill_demo_reports(db: Database, arena_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """1A (which has the demo boards) and 1B filled in full, 1C without a self-evaluation,
    the other four groups untouched. Returns the groups' ids by code."""
    groups = {group.code: group.id for group in list_groups(db, arena_id)}
    fill_report(db, groups["1A"])
    fill_report(db, groups["1B"])
    fill_report(db, groups["1C"], evaluation=False)
    return groups


def fill_every_group(db: Database, arena_id: uuid.UUID, *, boards: bool = True) -> None:
    """Every group of an arena with a full report and, with `boards`, the two demo boards
    (Toppen av fjellet and Gap-analyse, 21 notes): a finished large arena."""
    for group in list_groups(db, arena_id):
        fill_report(db, group.id)
        if boards:
            create_demo_boards(db, group.id)


BOARD_TITLES = [title for _key, title, _session, _notes in DEMO_BOARDS]
