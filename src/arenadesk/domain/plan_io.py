"""Støttemal files: the JSON format, reading it with every problem explained, writing it safely.

The file is UTF-8 JSON (a byte-order mark is tolerated), at most 2 MB::

    {
      "format": "arenadesk-stottemal",          marks the file as a støttemal
      "version": 1,                              a newer number is refused, not guessed at
      "name": "Støttemal for Åpen arena",        required, at most 200 characters
      "description": "…",                        optional, at most 5 000 characters
      "sessions": [                              the økter, numbered 1..N once each
        {
          "number": 1, "day": 1,                 whole numbers; day 1–31
          "title": "…",                          optional, at most 200 characters
          "start": "09:30",                      planned start, HH:MM (24-hour clock)
          "steps": [
            {"title": "…", "minutes": 10,        title required; minutes 1–480
             "purpose": "…", "prompt": "…",      optional texts, at most 5 000 characters
             "tips": "…", "board": null}         null or a known board key
          ]
        }
      ]
    }

Texts are trimmed (titles also have their inner whitespace collapsed) and may not contain
control characters other than tabs and line breaks. An økt may not run past midnight.
Unknown fields are ignored. Every problem is raised as a `PlanFileError` (a `UserError`)
that names the file and says exactly what is wrong and where, in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, NoReturn

from arenadesk.domain.plan import SessionPlan, StepPlan, TemplatePlan
from arenadesk.i18n.messages import DEFAULT_LANGUAGE, UserError, message
from arenadesk.platform.files import write_atomically

FORMAT = "arenadesk-stottemal"
VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
TITLE_LIMIT = 200
TEXT_LIMIT = 5_000
MINUTES_LIMIT = 480
DAY_LIMIT = 31
SESSION_LIMIT = 20
STEP_LIMIT = 100
KNOWN_BOARDS = frozenset(
    {"toppen-av-fjellet", "gap-analyse", "huset-pa-asen", "livets-tre", "veien-videre", "oppropet"}
)
DEFAULT_RESOURCE = "stottemal-standard.json"

# Tabs and line breaks are fine; other C0/C1 controls and lone surrogates (possible through
# JSON \u escapes, and unwritable as UTF-8) are refused.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")


@dataclass(frozen=True)
class Phrase:
    """A message rendered only once a language is chosen; its params may be phrases too."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return message(self.key, language, **_rendered(self.params, language))

    def __str__(self) -> str:
        return self.text()


def _rendered(params: Mapping[str, object], language: str) -> dict[str, object]:
    return {
        name: value.text(language) if isinstance(value, Phrase) else value
        for name, value in params.items()
    }


class PlanFileError(UserError):
    """A støttemal file that cannot be read or written; nested phrases use the same language."""

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return message(self.key, language, **_rendered(self.params, language))


# --- writing -------------------------------------------------------------------------------


def plan_to_dict(plan: TemplatePlan) -> dict[str, Any]:
    """The plan in the file format (plain JSON values)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": plan.name,
        "description": plan.description,
        "sessions": [
            {
                "number": session.number,
                "day": session.day,
                "title": session.title,
                "start": (
                    session.start.strftime("%H:%M")
                    if isinstance(session.start, dt.time)
                    else session.start  # not a time: validation below says so
                ),
                "steps": [
                    {
                        "title": step.title,
                        "minutes": step.minutes,
                        "purpose": step.purpose,
                        "prompt": step.prompt,
                        "tips": step.tips,
                        "board": step.board,
                    }
                    for step in session.steps
                ],
            }
            for session in plan.sessions
        ],
    }


def save_plan(
    plan: TemplatePlan, path: str | os.PathLike[str], boards: Collection[str] | None = None
) -> None:
    """Write `plan` to `path` atomically; on any problem nothing is written or left behind."""
    target = Path(os.fspath(path))
    source = str(target)
    data = plan_to_dict(plan)
    try:
        plan_from_dict(data, source, boards)  # never write what could not be read back
    except PlanFileError as error:
        if error.key != "plan.invalid":
            raise
        raise PlanFileError("plan.not_saved", **error.params) from None
    payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if len(payload) > MAX_FILE_BYTES:
        raise PlanFileError("plan.too_large", path=source, limit=MAX_FILE_BYTES // 2**20)
    if target.is_dir():
        raise PlanFileError("plan.is_folder", path=source)
    try:
        write_atomically(target, payload)
    except (OSError, ValueError) as error:
        raise PlanFileError("plan.cannot_save", path=source, detail=_reason(error)) from None


# --- reading -------------------------------------------------------------------------------


def load_plan(path: str | os.PathLike[str], boards: Collection[str] | None = None) -> TemplatePlan:
    """Read and check a støttemal file; raises `PlanFileError` and changes nothing on failure."""
    source = os.fspath(path)
    target = Path(source)
    if target.is_dir():
        raise PlanFileError("plan.is_folder", path=source)
    try:
        with target.open("rb") as stream:
            if os.fstat(stream.fileno()).st_size > MAX_FILE_BYTES:
                raise PlanFileError("plan.too_large", path=source, limit=MAX_FILE_BYTES // 2**20)
            raw = stream.read(MAX_FILE_BYTES + 1)  # a file that grows meanwhile is still capped
    except FileNotFoundError:
        raise PlanFileError("plan.not_found", path=source) from None
    except IsADirectoryError:
        raise PlanFileError("plan.is_folder", path=source) from None
    except (OSError, ValueError) as error:
        raise PlanFileError("plan.unreadable", path=source, detail=_reason(error)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PlanFileError("plan.too_large", path=source, limit=MAX_FILE_BYTES // 2**20)
    return _parse(raw, source, boards)


def default_plan() -> TemplatePlan:
    """The støttemal shipped with the app (resources/templates/stottemal-standard.json)."""
    resource = files("arenadesk.resources") / "templates" / DEFAULT_RESOURCE
    try:
        raw = resource.read_bytes()
    except OSError as error:
        raise PlanFileError("plan.unreadable", path=str(resource), detail=_reason(error)) from None
    return _parse(raw, str(resource), None)


def _parse(raw: bytes, source: str, boards: Collection[str] | None) -> TemplatePlan:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError("plan.not_utf8", path=source) from None
    if not text.strip():
        raise PlanFileError("plan.empty", path=source)
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise PlanFileError(
            "plan.not_json", path=source, line=error.lineno, column=error.colno
        ) from None
    except (ValueError, RecursionError):  # NaN/Infinity, 4 300-digit numbers, deep nesting
        raise PlanFileError("plan.unusable_json", path=source) from None
    return plan_from_dict(data, source, boards)


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number")


def plan_from_dict(
    data: object, source: str, boards: Collection[str] | None = None
) -> TemplatePlan:
    """Check parsed JSON and build the plan; `source` names the file in messages."""
    return _Reader(source, KNOWN_BOARDS if boards is None else frozenset(boards)).plan(data)


def _reason(error: BaseException) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or str(error)


def _shown(value: object) -> str:
    """A found value, short and on one line, for a message."""
    if isinstance(value, list):
        return "[…]"
    if isinstance(value, dict):
        return "{…}"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_PLAN = Phrase("plan.where.plan")


class _Reader:
    """Walks parsed JSON; the first problem found is raised with where it is."""

    def __init__(self, source: str, boards: frozenset[str]) -> None:
        self.source = source
        self.boards = boards

    def fail(self, key: str, **params: object) -> NoReturn:
        raise PlanFileError("plan.invalid", path=self.source, problem=Phrase(key, params))

    def plan(self, data: object) -> TemplatePlan:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise PlanFileError("plan.wrong_format", path=self.source)
        version = self.required(data, "version", _PLAN)
        if not _is_int(version) or version < 1:
            self.fail("plan.problem.version", value=_shown(version))
        if version > VERSION:
            raise PlanFileError("plan.newer_version", path=self.source, version=_shown(version))
        name = self.text(data, "name", _PLAN, TITLE_LIMIT, required=True)
        description = self.text(data, "description", _PLAN, TEXT_LIMIT, multiline=True)
        entries = self.items(data, "sessions", _PLAN, SESSION_LIMIT, required=True)
        if not entries:
            self.fail("plan.problem.no_sessions")
        sessions = [self.session(entry, position) for position, entry in enumerate(entries, 1)]
        numbers = [session.number for session in sessions]
        for number in numbers:
            if numbers.count(number) > 1:
                self.fail("plan.problem.session_duplicate", number=number)
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            found = ", ".join(str(number) for number in sorted(numbers))
            self.fail("plan.problem.session_gap", count=len(numbers), found=found)
        sessions.sort(key=lambda session: session.number)
        return TemplatePlan(name=name, description=description, sessions=sessions)

    def session(self, entry: object, position: int) -> SessionPlan:
        where = Phrase("plan.where.session_at", {"position": position})
        if not isinstance(entry, dict):
            self.fail("plan.problem.not_object", where=where)
        number = self.required(entry, "number", where)
        if not _is_int(number) or not 1 <= number <= SESSION_LIMIT:
            self.fail(
                "plan.problem.session_number",
                where=where,
                limit=SESSION_LIMIT,
                value=_shown(number),
            )
        where = Phrase("plan.where.session", {"number": number})
        day = self.required(entry, "day", where)
        if not _is_int(day) or not 1 <= day <= DAY_LIMIT:
            self.fail("plan.problem.day", where=where, limit=DAY_LIMIT, value=_shown(day))
        title = self.text(entry, "title", where, TITLE_LIMIT)
        start = self.clock(self.required(entry, "start", where), where)
        entries = self.items(entry, "steps", where, STEP_LIMIT, required=True)
        steps = [
            self.step(item, Phrase("plan.where.step", {"session": where, "position": index}))
            for index, item in enumerate(entries, 1)
        ]
        session = SessionPlan(number=number, day=day, title=title, start=start, steps=steps)
        if start.hour * 60 + start.minute + session.planned_minutes > 24 * 60:
            self.fail(
                "plan.problem.past_midnight",
                where=where,
                start=start.strftime("%H:%M"),
                minutes=session.planned_minutes,
            )
        return session

    def step(self, entry: object, where: Phrase) -> StepPlan:
        if not isinstance(entry, dict):
            self.fail("plan.problem.not_object", where=where)
        title = self.text(entry, "title", where, TITLE_LIMIT, required=True)
        minutes = self.required(entry, "minutes", where)
        if not _is_int(minutes) or not 1 <= minutes <= MINUTES_LIMIT:
            self.fail(
                "plan.problem.minutes", where=where, limit=MINUTES_LIMIT, value=_shown(minutes)
            )
        return StepPlan(
            title=title,
            minutes=minutes,
            purpose=self.text(entry, "purpose", where, TEXT_LIMIT, multiline=True),
            prompt=self.text(entry, "prompt", where, TEXT_LIMIT, multiline=True),
            tips=self.text(entry, "tips", where, TEXT_LIMIT, multiline=True),
            board=self.board(entry.get("board"), where),
        )

    def required(self, entry: dict[str, Any], name: str, where: Phrase) -> Any:
        if name not in entry:
            self.fail("plan.problem.missing", where=where, field=name)
        return entry[name]

    def items(
        self, entry: dict[str, Any], name: str, where: Phrase, limit: int, *, required: bool
    ) -> list[Any]:
        value = self.required(entry, name, where) if required else entry.get(name, [])
        if not isinstance(value, list):
            self.fail("plan.problem.not_list", where=where, field=name)
        if len(value) > limit:
            self.fail("plan.problem.too_many", where=where, field=name, limit=limit)
        return value

    def text(
        self,
        entry: dict[str, Any],
        name: str,
        where: Phrase,
        limit: int,
        *,
        required: bool = False,
        multiline: bool = False,
    ) -> str:
        value = self.required(entry, name, where) if required else entry.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail("plan.problem.not_text", where=where, field=name)
        if _CONTROL.search(value):
            self.fail("plan.problem.control_chars", where=where, field=name)
        if multiline:
            text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        else:
            text = " ".join(value.split())
        if required and not text:
            self.fail("plan.problem.empty_text", where=where, field=name)
        if len(text) > limit:
            self.fail("plan.problem.too_long", where=where, field=name, limit=limit)
        return text

    def clock(self, value: object, where: Phrase) -> dt.time:
        match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
        if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            self.fail("plan.problem.start_time", where=where, value=_shown(value))
        return dt.time(int(match.group(1)), int(match.group(2)))

    def board(self, value: object, where: Phrase) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, str) and value.strip() in self.boards:
            return value.strip()
        self.fail(
            "plan.problem.board",
            where=where,
            value=_shown(value),
            known=", ".join(sorted(self.boards)),
        )
