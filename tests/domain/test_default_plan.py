"""The støttemal shipped with the app: four økter over two days, in the arena's own words."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path

import pytest

from arenadesk.domain.plan import SessionPlan, TemplatePlan
from arenadesk.domain.plan_io import KNOWN_BOARDS, default_plan, plan_to_dict, save_plan

RESOURCE = files("arenadesk.resources") / "templates" / "stottemal-standard.json"


@pytest.fixture(scope="module")
def plan() -> TemplatePlan:
    return default_plan()


def all_text(plan: TemplatePlan) -> str:
    parts = [plan.name, plan.description]
    for session in plan.sessions:
        parts.append(session.title)
        for step in session.steps:
            parts += [step.title, step.purpose, step.prompt, step.tips]
    return "\n".join(parts)


def session_text(session: SessionPlan) -> str:
    return "\n".join(
        f"{step.title}\n{step.purpose}\n{step.prompt}\n{step.tips}" for step in session.steps
    ).lower()


def test_four_okter_over_two_days(plan: TemplatePlan) -> None:
    assert plan.name == "Støttemal for Åpen arena"
    assert [s.number for s in plan.sessions] == [1, 2, 3, 4]
    assert [s.day for s in plan.sessions] == [1, 1, 2, 2]
    assert all(5 <= len(s.steps) <= 8 for s in plan.sessions)


@pytest.mark.parametrize(
    ("number", "start", "end"),
    [(1, "09:30", "11:30"), (2, "12:30", "14:30"), (3, "09:30", "11:30"), (4, "12:30", "14:30")],
)
def test_each_okt_fills_its_time_span(
    plan: TemplatePlan, number: int, start: str, end: str
) -> None:
    session = plan.sessions[number - 1]
    assert 90 <= session.planned_minutes <= 120
    assert session.start == dt.time.fromisoformat(start)
    assert session.planned_end == dt.time.fromisoformat(end)


def test_planned_starts_follow_the_minutes(plan: TemplatePlan) -> None:
    for session in plan.sessions:
        starts = session.planned_starts()
        assert len(starts) == len(session.steps)
        assert starts[0] == session.start
        moment = dt.datetime.combine(dt.date(2000, 1, 1), session.start)
        for step, planned in zip(session.steps, starts, strict=True):
            assert planned == moment.time()
            moment += dt.timedelta(minutes=step.minutes)
        assert moment.time() == session.planned_end


def test_okter_on_the_same_day_do_not_overlap(plan: TemplatePlan) -> None:
    first, second, third, fourth = plan.sessions
    assert first.planned_end <= second.start
    assert third.planned_end <= fourth.start


def test_every_required_text_is_filled_in(plan: TemplatePlan) -> None:
    assert plan.description
    for session in plan.sessions:
        assert session.title
        for step in session.steps:
            assert step.title and step.purpose and step.prompt and step.tips, step.title
            assert len(step.title) <= 60, step.title
            # Shown large on the projector: a question or an instruction, not a paragraph.
            assert len(step.prompt) <= 150, step.prompt
            assert 1 <= step.minutes <= 60


def test_boards_are_known_and_used_where_the_seeds_put_them(plan: TemplatePlan) -> None:
    used = {step.board for s in plan.sessions for step in s.steps if step.board}
    assert used <= KNOWN_BOARDS
    day1 = {step.board for s in plan.sessions[:2] for step in s.steps if step.board}
    day2 = {step.board for s in plan.sessions[2:] for step in s.steps if step.board}
    assert day1 == {"toppen-av-fjellet"}
    assert day2 == {"gap-analyse"}


def test_day_one_gets_to_know_each_perspective_and_agrees_on_a_result(
    plan: TemplatePlan,
) -> None:
    first = plan.sessions[0]
    text = session_text(first)
    for perspective in ("bruker", "tjenesteyter", "forsker", "myndighet", "arbeidsgiver"):
        assert perspective in text
    assert "Hva er gruppas konkrete ønskede resultat etter to dager?" in [
        step.prompt for step in first.steps
    ]
    assert "utfordring" in session_text(plan.sessions[1])


def test_okt_four_ends_with_the_report_and_the_self_evaluation(plan: TemplatePlan) -> None:
    last = plan.sessions[3]
    *_, report, evaluation = last.steps
    assert "standardrapport" in report.title.lower()
    assert evaluation.title == "Egenevaluering"
    asked = evaluation.prompt.lower()
    assert "konkrete resultater" in asked
    assert "gjennomføringskraft" in asked and "hvorfor" in asked
    assert "arrangør" in asked
    text = session_text(last)
    assert "neste skritt" in text and "hvem gjør hva" in text and "kaller inn" in text


def test_uses_the_seeds_vocabulary(plan: TemplatePlan) -> None:
    text = all_text(plan).lower()
    for word in (
        "samskaping",
        "gjennomføringskraft",
        "utfordringseier",
        "neste skritt",
        "sørensen",
        "hvem kan hjelpe oss ute og hjemme?",
        "hvilke allianser kan vi inngå?",
        "sola er visjonen",
        "toppen av fjellet er målet",
        "fjellene er utfordringene",
        "skyene er ideene",
        "veien dit er handlingsplanen",
        "uansett hvem som kommer, er det de rette personene",
        "høyst 70 %",
    ):
        assert word in text, word


def test_norwegian_letters_are_intact(plan: TemplatePlan) -> None:
    text = all_text(plan)
    for letter in "æøåÅ":
        assert letter in text
    raw = RESOURCE.read_bytes().decode("utf-8")
    assert "\\u00" not in raw  # written as letters, not escapes
    assert "Ã" not in text and "\ufffd" not in text


def test_each_call_gives_a_fresh_copy() -> None:
    first = default_plan()
    first.sessions[0].steps[0].minutes = 99
    first.sessions.pop()
    assert default_plan().sessions[0].steps[0].minutes == 10
    assert len(default_plan().sessions) == 4


def test_shipped_file_is_in_the_form_the_app_writes(plan: TemplatePlan, tmp_path: Path) -> None:
    target = tmp_path / "copy.json"
    save_plan(plan, target)
    assert target.read_bytes() == RESOURCE.read_bytes()
    assert plan_to_dict(plan)["format"] == "arenadesk-stottemal"
