"""Støttemal files: round trip, and every bad file refused with a clear message, nothing written."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from arenadesk.domain import plan_io
from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.domain.plan_io import (
    Phrase,
    PlanFileError,
    default_plan,
    load_plan,
    plan_from_dict,
    plan_to_dict,
    save_plan,
)
from arenadesk.i18n.messages import LANGUAGES, UserError


def valid() -> dict[str, Any]:
    """A small, correct støttemal in the file format."""
    return {
        "format": "arenadesk-stottemal",
        "version": 1,
        "name": "Vår mal",
        "description": "Kort økt-plan.",
        "sessions": [
            {
                "number": 1,
                "day": 1,
                "title": "Bli kjent",
                "start": "09:30",
                "steps": [
                    {
                        "title": "Presentasjon",
                        "minutes": 20,
                        "purpose": "Bli kjent.",
                        "prompt": "Hvem er du?",
                        "tips": "Gå rundt bordet.",
                        "board": None,
                    },
                    {
                        "title": "Målet",
                        "minutes": 30,
                        "purpose": "",
                        "prompt": "",
                        "tips": "",
                        "board": "toppen-av-fjellet",
                    },
                ],
            },
            {
                "number": 2,
                "day": 2,
                "title": "Løsninger",
                "start": "12:30",
                "steps": [{"title": "Gap", "minutes": 45, "board": "gap-analyse"}],
            },
        ],
    }


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")  # \u escapes: even lone surrogates
    return path


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def refuse(path: Path, *keys: str, boards: set[str] | None = None) -> PlanFileError:
    """Loading must fail with one of `keys`, in both languages naming the file; nothing changes."""
    folder = path.parent
    before = listing(folder)
    with pytest.raises(UserError) as caught:
        load_plan(path, boards)
    error = caught.value
    assert isinstance(error, PlanFileError)
    assert error.key in keys, error.key
    texts = {language: error.text(language) for language in LANGUAGES}
    for text in texts.values():
        assert str(path) in text
        assert "\n" not in text
        assert "Phrase(" not in text
    assert texts["nb"] != texts["en"]
    assert listing(folder) == before
    return error


# --- round trip ----------------------------------------------------------------------------


def test_round_trip_of_the_default_plan_is_identical(tmp_path: Path) -> None:
    plan = default_plan()
    target = tmp_path / "mal.json"
    save_plan(plan, target)
    assert load_plan(target) == plan
    assert load_plan(str(target)) == plan
    assert sorted(os.listdir(tmp_path)) == ["mal.json"]  # no temp file left


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    plan = TemplatePlan(
        name="Min mal – «Åpen arena»",
        description="Linje én\n\nLinje tre\tmed tab",
        sessions=[
            SessionPlan(
                number=1,
                day=3,
                title="",
                start=dt.time(23, 0),
                steps=[
                    StepPlan("Alt", 60, "Formål", "Spørsmål?", "Tips", "veien-videre"),
                ],
            )
        ],
    )
    target = tmp_path / "mal.json"
    save_plan(plan, target)
    assert load_plan(target) == plan


def test_file_is_readable_json_with_norwegian_letters(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    save_plan(default_plan(), target)
    raw = target.read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith('{\n  "format": "arenadesk-stottemal",\n  "version": 1,\n')
    assert text.endswith("}\n")
    assert "Støttemal for Åpen arena" in text
    data = json.loads(text)
    assert data == plan_to_dict(default_plan())
    assert list(data["sessions"][0]) == ["number", "day", "title", "start", "steps"]
    assert data["sessions"][0]["start"] == "09:30"


def test_save_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    target.write_text("gammelt innhold", encoding="utf-8")
    plan = default_plan()
    plan.name = "Ny mal"
    save_plan(plan, target)
    assert load_plan(target).name == "Ny mal"
    assert sorted(os.listdir(tmp_path)) == ["mal.json"]


# --- what a reader tolerates ---------------------------------------------------------------


def test_texts_are_trimmed_and_titles_collapsed(tmp_path: Path) -> None:
    data = valid()
    data["name"] = "  Vår   mal \t"
    step = data["sessions"][0]["steps"][0]
    step["title"] = "\n Presentasjon   runde "
    step["tips"] = "  Første linje\r\nAndre linje  "
    plan = load_plan(write_json(tmp_path / "mal.json", data))
    assert plan.name == "Vår mal"
    assert plan.sessions[0].steps[0].title == "Presentasjon runde"
    assert plan.sessions[0].steps[0].tips == "Første linje\nAndre linje"


def test_optional_fields_may_be_left_out(tmp_path: Path) -> None:
    data = valid()
    del data["description"]
    del data["sessions"][0]["title"]
    data["sessions"][1]["steps"][0] = {"title": "Bare tittel", "minutes": 5}
    plan = load_plan(write_json(tmp_path / "mal.json", data))
    assert plan.description == ""
    assert plan.sessions[0].title == ""
    assert plan.sessions[1].steps[0] == StepPlan("Bare tittel", 5)


def test_empty_board_means_none_and_unknown_fields_are_ignored(tmp_path: Path) -> None:
    data = valid()
    data["sessions"][0]["steps"][1]["board"] = ""
    data["sessions"][0]["colour"] = "blå"
    data["created_by"] = "noen"
    plan = load_plan(write_json(tmp_path / "mal.json", data))
    assert plan.sessions[0].steps[1].board is None


def test_sessions_are_put_in_number_order(tmp_path: Path) -> None:
    data = valid()
    data["sessions"].reverse()
    plan = load_plan(write_json(tmp_path / "mal.json", data))
    assert [s.number for s in plan.sessions] == [1, 2]


def test_byte_order_mark_from_windows_notepad_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    target.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid()).encode("utf-8"))
    assert load_plan(target).name == "Vår mal"


def test_single_digit_hour_is_accepted(tmp_path: Path) -> None:
    data = valid()
    data["sessions"][0]["start"] = "9:05"
    assert load_plan(write_json(tmp_path / "mal.json", data)).sessions[0].start == dt.time(9, 5)


def test_known_boards_can_be_passed_in(tmp_path: Path) -> None:
    data = valid()
    data["sessions"][0]["steps"][1]["board"] = "min-egen-mal"
    target = write_json(tmp_path / "mal.json", data)
    del data["sessions"][1]
    only = write_json(tmp_path / "en.json", data)
    assert load_plan(only, {"min-egen-mal"}).sessions[0].steps[1].board == "min-egen-mal"
    refuse(target, "plan.invalid", boards={"min-egen-mal"})  # økt 2 uses gap-analyse
    refuse(only, "plan.invalid")


# --- files that are not a støttemal --------------------------------------------------------


def test_not_json(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    target.write_text('{\n  "format": "arenadesk-stottemal",\n  oops\n}', encoding="utf-8")
    error = refuse(target, "plan.not_json")
    assert "linje 3, kolonne 3" in error.text("nb")
    assert "line 3, column 3" in error.text("en")


def test_truncated_file(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    save_plan(default_plan(), target)
    target.write_bytes(target.read_bytes()[:500])
    refuse(target, "plan.not_json", "plan.not_utf8")  # the cut may split a letter


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t ", b"\xef\xbb\xbf"], ids=["0-bytes", "blank", "bom"]
)
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "mal.json"
    target.write_bytes(content)
    error = refuse(target, "plan.empty")
    assert "tom" in error.text("nb") and "empty" in error.text("en")


@pytest.mark.parametrize(
    "data",
    [
        {**valid(), "format": "noe-annet"},
        {key: value for key, value in valid().items() if key != "format"},
        {"format": 1, "key": "gap-analyse", "zones": [{"key": "na", "name": {"nb": "Nå"}}]},
        [valid()],
        "arenadesk-stottemal",
        42,
        None,
        {},
    ],
    ids=["other-marker", "no-marker", "board-template", "list", "string", "number", "null", "{}"],
)
def test_foreign_file(tmp_path: Path, data: object) -> None:
    error = refuse(write_json(tmp_path / "mal.json", data), "plan.wrong_format")
    assert "ikke en støttemal" in error.text("nb")
    assert "not an ArenaDesk support template" in error.text("en")


def test_newer_version(tmp_path: Path) -> None:
    error = refuse(
        write_json(tmp_path / "mal.json", {**valid(), "version": 2}), "plan.newer_version"
    )
    assert "nyere versjon" in error.text("nb") and "(filformat 2)" in error.text("nb")
    assert "newer version" in error.text("en")


def test_newer_version_wins_over_unknown_content(tmp_path: Path) -> None:
    data = {"format": "arenadesk-stottemal", "version": 7, "pages": ["no sessions here"]}
    refuse(write_json(tmp_path / "mal.json", data), "plan.newer_version")


def test_too_large_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mal.json"
    # Valid JSON padded with spaces to 3 MB: only the size can be the reason.
    target.write_bytes(json.dumps(valid()).encode() + b" " * (3 * 1024 * 1024))

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed a file that is too large")

    monkeypatch.setattr(plan_io.json, "loads", no_parsing)
    error = refuse(target, "plan.too_large")
    assert "2 MB" in error.text("nb") and "2 MB" in error.text("en")


def test_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    data = json.dumps(valid()).encode()
    target.write_bytes(data + b" " * (plan_io.MAX_FILE_BYTES - len(data)))
    assert load_plan(target).name == "Vår mal"


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "mappe.json"
    folder.mkdir()
    error = refuse(folder, "plan.is_folder")
    assert "mappe" in error.text("nb") and "folder" in error.text("en")


def test_missing_file(tmp_path: Path) -> None:
    error = refuse(tmp_path / "finnes-ikke.json", "plan.not_found")
    assert "Finner ikke" in error.text("nb")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = write_json(tmp_path / "mal.json", valid())

    class Denied(type(Path())):  # type: ignore[misc]
        def open(self, *args: object, **kwargs: object) -> Any:
            raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(plan_io, "Path", Denied)
    error = refuse(target, "plan.unreadable")
    assert "Permission denied" in error.text("en")


@pytest.mark.parametrize(
    "content",
    [
        "Vår mal".encode("latin-1"),
        b'{"format": "arenadesk-stottemal", "name": "\xff\xfe"}',
        json.dumps(valid(), ensure_ascii=False).encode("utf-16"),
    ],
    ids=["latin-1", "bad-bytes", "utf-16"],
)
def test_invalid_utf8(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "mal.json"
    target.write_bytes(content)
    error = refuse(target, "plan.not_utf8")
    assert "UTF-8" in error.text("nb") and "UTF-8" in error.text("en")


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "arenadesk-stottemal", "version": NaN}',
        '{"format": "arenadesk-stottemal", "version": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["nan", "5000-digits", "deep-nesting"],
)
def test_json_python_cannot_use(tmp_path: Path, content: str) -> None:
    target = tmp_path / "mal.json"
    target.write_text(content, encoding="utf-8")
    refuse(target, "plan.unusable_json")


# --- a støttemal with a problem inside: what and where, in the reader's language -----------

Mutation = Callable[[dict[str, Any]], object]


def step(data: dict[str, Any], session: int = 1, position: int = 1) -> dict[str, Any]:
    result: dict[str, Any] = data["sessions"][session - 1]["steps"][position - 1]
    return result


def set_minutes(value: object) -> Mutation:
    return lambda d: step(d, 1, 2).__setitem__("minutes", value)


# fmt: off
CASES: list[tuple[str, Mutation, str, str, str]] = [
    # id, change, problem key, expected in bokmål, expected in English
    ("minutes-0", set_minutes(0), "plan.problem.minutes",
     "Økt 1, steg 2: minutter må være et helt tall mellom 1 og 480 (fant 0)",
     "Session 1, step 2: minutes must be a whole number between 1 and 480 (found 0)"),
    ("minutes-481", set_minutes(481), "plan.problem.minutes", "(fant 481)", "(found 481)"),
    ("minutes-text", set_minutes("ti"), "plan.problem.minutes", '(fant "ti")', '(found "ti")'),
    ("minutes-fraction", set_minutes(12.5), "plan.problem.minutes", "(fant 12.5)", "(found 12.5)"),
    ("minutes-bool", set_minutes(True), "plan.problem.minutes", "(fant true)", "(found true)"),
    ("minutes-null", set_minutes(None), "plan.problem.minutes", "(fant null)", "(found null)"),
    ("minutes-list", set_minutes([5]), "plan.problem.minutes", "(fant […])", "(found […])"),
    ("minutes-missing", lambda d: step(d).pop("minutes"), "plan.problem.missing",
     "Økt 1, steg 1: feltet «minutes» mangler",
     "Session 1, step 1: the field “minutes” is missing"),
    ("step-title-missing", lambda d: step(d, 2).pop("title"), "plan.problem.missing",
     "Økt 2, steg 1: feltet «title» mangler", "Session 2, step 1: the field “title”"),
    ("step-title-blank", lambda d: step(d).__setitem__("title", "   "), "plan.problem.empty_text",
     "Økt 1, steg 1: «title» må fylles ut", "“title” must be filled in"),
    ("step-title-number", lambda d: step(d).__setitem__("title", 5), "plan.problem.not_text",
     "«title» må være tekst", "“title” must be text"),
    ("name-missing", lambda d: d.pop("name"), "plan.problem.missing",
     "Malen: feltet «name» mangler", "The template: the field “name” is missing"),
    ("version-missing", lambda d: d.pop("version"), "plan.problem.missing",
     "Malen: feltet «version» mangler", "the field “version” is missing"),
    ("version-text", lambda d: d.__setitem__("version", "1"), "plan.problem.version",
     'Feltet «version» må være et helt tall fra 1 og oppover (fant "1")', '(found "1")'),
    ("version-0", lambda d: d.__setitem__("version", 0), "plan.problem.version",
     "(fant 0)", "(found 0)"),
    ("sessions-missing", lambda d: d.pop("sessions"), "plan.problem.missing",
     "feltet «sessions» mangler", "the field “sessions” is missing"),
    ("sessions-object", lambda d: d.__setitem__("sessions", {"1": {}}), "plan.problem.not_list",
     "«sessions» må være en liste", "“sessions” must be a list"),
    ("no-sessions", lambda d: d.__setitem__("sessions", []), "plan.problem.no_sessions",
     "Malen har ingen økter", "The template has no sessions"),
    ("session-not-object", lambda d: d["sessions"].__setitem__(1, "økt 2"),
     "plan.problem.not_object", "Økt nr. 2 i lista: må være et objekt",
     "Session no. 2 in the list: must be an object"),
    ("step-not-object", lambda d: d["sessions"][1]["steps"].append(None),
     "plan.problem.not_object", "Økt 2, steg 2: må være et objekt", "Session 2, step 2"),
    ("steps-missing", lambda d: d["sessions"][0].pop("steps"), "plan.problem.missing",
     "Økt 1: feltet «steps» mangler", "Session 1: the field “steps” is missing"),
    ("number-missing", lambda d: d["sessions"][1].pop("number"), "plan.problem.missing",
     "Økt nr. 2 i lista: feltet «number» mangler", "Session no. 2 in the list: the field"),
    ("number-0", lambda d: d["sessions"][1].__setitem__("number", 0),
     "plan.problem.session_number", "Økt nr. 2 i lista: øktnummeret må være et helt tall",
     "(found 0)"),
    ("number-text", lambda d: d["sessions"][1].__setitem__("number", "2"),
     "plan.problem.session_number", '(fant "2")', '(found "2")'),
    ("duplicate-numbers", lambda d: d["sessions"][1].__setitem__("number", 1),
     "plan.problem.session_duplicate", "Flere økter har nummer 1",
     "More than one session has number 1"),
    ("gap-in-numbers", lambda d: d["sessions"][1].__setitem__("number", 3),
     "plan.problem.session_gap", "Øktene må ha numrene 1 til 2 uten hull (fant 1, 3)",
     "numbered 1 to 2 without gaps (found 1, 3)"),
    ("day-0", lambda d: d["sessions"][1].__setitem__("day", 0), "plan.problem.day",
     "Økt 2: dagen må være et helt tall mellom 1 og 31 (fant 0)", "Session 2: the day must"),
    ("day-missing", lambda d: d["sessions"][0].pop("day"), "plan.problem.missing",
     "Økt 1: feltet «day» mangler", "the field “day” is missing"),
    ("start-25", lambda d: d["sessions"][1].__setitem__("start", "25:00"),
     "plan.problem.start_time",
     'Økt 2: starttiden må skrives TT:MM, for eksempel 09:30 (fant "25:00")',
     'Session 2: the start time must be written HH:MM, for example 09:30 (found "25:00")'),
    ("start-12:60", lambda d: d["sessions"][1].__setitem__("start", "12:60"),
     "plan.problem.start_time", '(fant "12:60")', '(found "12:60")'),
    ("start-dot", lambda d: d["sessions"][1].__setitem__("start", "9.30"),
     "plan.problem.start_time", '(fant "9.30")', '(found "9.30")'),
    ("start-seconds", lambda d: d["sessions"][1].__setitem__("start", "09:30:00"),
     "plan.problem.start_time", "TT:MM", "HH:MM"),
    ("start-fullwidth", lambda d: d["sessions"][1].__setitem__("start", "０９:３０"),
     "plan.problem.start_time", "TT:MM", "HH:MM"),
    ("start-number", lambda d: d["sessions"][1].__setitem__("start", 930),
     "plan.problem.start_time", "(fant 930)", "(found 930)"),
    ("start-missing", lambda d: d["sessions"][1].pop("start"), "plan.problem.missing",
     "Økt 2: feltet «start» mangler", "the field “start” is missing"),
    ("past-midnight", lambda d: d["sessions"][1].__setitem__("start", "23:30"),
     "plan.problem.past_midnight",
     "Økt 2: stegene varer til etter midnatt (start 23:30, 45 minutter i alt)",
     "Session 2: the steps last past midnight (start 23:30, 45 minutes in all)"),
    ("unknown-board", lambda d: step(d).__setitem__("board", "fjellet"), "plan.problem.board",
     'Økt 1, steg 1: ukjent visuell mal "fjellet" (kjente: gap-analyse, huset-pa-asen',
     'Session 1, step 1: unknown board "fjellet" (known: gap-analyse'),
    ("board-number", lambda d: step(d).__setitem__("board", 3), "plan.problem.board",
     "ukjent visuell mal 3", "unknown board 3"),
    ("title-300", lambda d: step(d).__setitem__("title", "x" * 300), "plan.problem.too_long",
     "Økt 1, steg 1: «title» kan ha høyst 200 tegn",
     "Session 1, step 1: “title” can have at most 200 characters"),
    ("name-300", lambda d: d.__setitem__("name", "Å" * 300), "plan.problem.too_long",
     "Malen: «name» kan ha høyst 200 tegn", "can have at most 200 characters"),
    ("session-title-300", lambda d: d["sessions"][0].__setitem__("title", "ø" * 201),
     "plan.problem.too_long", "Økt 1: «title» kan ha høyst 200 tegn", "Session 1: “title”"),
    ("tips-5001", lambda d: step(d).__setitem__("tips", "t" * 5001), "plan.problem.too_long",
     "«tips» kan ha høyst 5000 tegn", "“tips” can have at most 5000 characters"),
    ("bell-in-title", lambda d: step(d).__setitem__("title", "Pause\x07"),
     "plan.problem.control_chars", "Økt 1, steg 1: «title» inneholder usynlige kontrolltegn",
     "Session 1, step 1: “title” contains invisible control characters"),
    ("nul-in-tips", lambda d: step(d, 2).__setitem__("tips", "a\x00b"),
     "plan.problem.control_chars", "Økt 2, steg 1: «tips» inneholder", "“tips” contains"),
    ("c1-in-name", lambda d: d.__setitem__("name", "Mal\x85"), "plan.problem.control_chars",
     "Malen: «name» inneholder", "The template: “name” contains"),
    ("lone-surrogate", lambda d: step(d).__setitem__("prompt", "\ud800"),
     "plan.problem.control_chars", "«prompt» inneholder", "“prompt” contains"),
    ("too-many-steps", lambda d: d["sessions"][0].__setitem__(
        "steps", [{"title": "s", "minutes": 1}] * 101), "plan.problem.too_many",
     "Økt 1: «steps» kan ha høyst 100 elementer", "can have at most 100 entries"),
]
# fmt: on


@pytest.mark.parametrize(
    ("change", "problem", "nb", "en"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_problem_inside_the_file_is_named_in_both_languages(
    tmp_path: Path, change: Mutation, problem: str, nb: str, en: str
) -> None:
    data = valid()
    change(data)
    error = refuse(write_json(tmp_path / "mal.json", data), "plan.invalid")
    nested = error.params["problem"]
    assert isinstance(nested, Phrase) and nested.key == problem
    text_nb, text_en = error.text("nb"), error.text("en")
    assert text_nb.startswith(f"«{tmp_path / 'mal.json'}» kan ikke brukes som støttemal. ")
    assert text_en.startswith(f"“{tmp_path / 'mal.json'}” cannot be used as a support template. ")
    assert nb in text_nb
    assert en in text_en
    # The nested problem follows the chosen language, not the default one.
    assert "Session" not in text_nb and ", step " not in text_nb
    assert "Økt" not in text_en and ", steg " not in text_en and "mangler" not in text_en


def test_plan_from_dict_names_its_source() -> None:
    data = valid()
    step(data)["minutes"] = 0
    with pytest.raises(PlanFileError) as caught:
        plan_from_dict(data, "kilde.json")
    assert "«kilde.json»" in caught.value.text("nb")
    assert str(caught.value).startswith("“kilde.json” cannot be used")  # str() is English


def test_problem_phrase_renders_alone() -> None:
    where = Phrase("plan.where.step", {"session": Phrase("plan.where.session", {"number": 2}),
                                       "position": 3})  # fmt: skip
    problem = Phrase("plan.problem.minutes", {"where": where, "limit": 480, "value": "0"})
    assert str(problem) == problem.text("nb")
    assert problem.text("nb").startswith("Økt 2, steg 3: minutter må være et helt tall")
    assert problem.text("en").startswith("Session 2, step 3: minutes must be a whole number")


def test_long_found_values_are_shortened(tmp_path: Path) -> None:
    data = valid()
    step(data)["minutes"] = "z" * 3000
    error = refuse(write_json(tmp_path / "mal.json", data), "plan.invalid")
    assert "z" * 3000 not in error.text("nb")
    assert len(error.text("en")) < 300


# --- saving: refused cleanly, nothing written ----------------------------------------------


def broken_plan() -> TemplatePlan:
    plan = default_plan()
    plan.sessions[1].steps[2].minutes = 0
    return plan


def test_saving_an_invalid_plan_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    with pytest.raises(UserError) as caught:
        save_plan(broken_plan(), target)
    assert caught.value.key == "plan.not_saved"
    assert "Økt 2, steg 3: minutter må være et helt tall" in caught.value.text("nb")
    assert "Nothing was written" in caught.value.text("en")
    assert str(target) in caught.value.text("en")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: setattr(p.sessions[0], "start", None),
        lambda p: setattr(p, "name", "Navn\x1b[31m"),
        lambda p: setattr(p.sessions[0].steps[0], "board", "ukjent"),
        lambda p: setattr(p.sessions[0].steps[0], "prompt", "\udfff"),
        lambda p: setattr(p, "sessions", []),
        lambda p: setattr(p.sessions[3], "number", 3),
    ],
    ids=["start-none", "escape-code", "board", "surrogate", "no-sessions", "duplicate-number"],
)
def test_saving_keeps_the_existing_file_when_the_plan_is_bad(
    tmp_path: Path, spoil: Callable[[TemplatePlan], None]
) -> None:
    target = tmp_path / "mal.json"
    save_plan(default_plan(), target)
    before = target.read_bytes()
    plan = default_plan()
    spoil(plan)
    with pytest.raises(UserError) as caught:
        save_plan(plan, target)
    assert caught.value.key == "plan.not_saved"
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["mal.json"]


def test_saving_into_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "finnes-ikke" / "mal.json"
    with pytest.raises(UserError) as caught:
        save_plan(default_plan(), target)
    assert caught.value.key == "plan.cannot_save"
    for language in LANGUAGES:
        assert str(target) in caught.value.text(language)
    assert "Ingenting er skrevet" in caught.value.text("nb")
    assert list(tmp_path.iterdir()) == []


def test_saving_onto_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "mal.json"
    target.mkdir()
    with pytest.raises(UserError) as caught:
        save_plan(default_plan(), target)
    assert caught.value.key == "plan.is_folder"
    assert sorted(os.listdir(tmp_path)) == ["mal.json"]
    assert list(target.iterdir()) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_saving_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError) as caught:
            save_plan(default_plan(), folder / "mal.json")
        assert caught.value.key == "plan.cannot_save"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failure_mid_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A read-only target, a full disk: the old file stays as it was, the temp file goes."""
    target = tmp_path / "mal.json"
    save_plan(default_plan(), target)
    before = target.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        if failing == "replace":
            raise PermissionError(13, "Permission denied")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(plan_io.os, failing, fail)
    plan = default_plan()
    plan.name = "Endret"
    with pytest.raises(UserError) as caught:
        save_plan(plan, target)
    assert caught.value.key == "plan.cannot_save"
    assert ("Permission denied" if failing == "replace" else "No space left") in str(caught.value)
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["mal.json"]


def test_saving_does_not_change_the_plan(tmp_path: Path) -> None:
    plan = default_plan()
    snapshot = copy.deepcopy(plan)
    save_plan(plan, tmp_path / "mal.json")
    assert plan == snapshot
