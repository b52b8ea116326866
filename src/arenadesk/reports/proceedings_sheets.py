"""The Open Space inputs as a spreadsheet: one row per documented conversation.

`.xlsx`: the sheet "Innspill" and a second sheet "Deltakere" (one row per person in each
conversation, for the networking the 2020 report invites). `.csv`: the inputs table only.
The writing (bold frozen header, widths, filters; UTF-8 with BOM and semicolons; texts
that look like formulas kept as text) is `reports/sheets.py`'s own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from arenadesk.domain.open_space import InputType
from arenadesk.domain.proceedings import Proceedings
from arenadesk.i18n.messages import UserError, message
from arenadesk.reports.group_text import clean
from arenadesk.reports.saving import kind_of, write_all_atomically
from arenadesk.reports.sheets import Cell, Column, SheetTable, _write_csv, _write_workbook

SHEET_KINDS = ("xlsx", "csv")
INPUTS_KEY = "inputs"  # as sheets.INPUTS

_INPUT_COLUMNS = [
    Column("column.number", 7),
    Column("column.session", 6),
    Column("column.day", 6),
    Column("column.space", 14),
    Column("column.topic", 36, wrap=True),
    Column("column.convener", 22),
    Column("column.type", 22),
    Column("column.builds_on", 10),
    Column("column.input_title", 40, wrap=True),
    Column("column.input_text", 70, wrap=True),
    Column("column.next_steps", 50, wrap=True),
    Column("column.participant_count", 12),
    Column("column.participant_names", 45, wrap=True),
    Column("column.documented_by", 22),
]
_PARTICIPANT_COLUMNS = [
    Column("column.number", 7),
    Column("column.input", 45, wrap=True),
    Column("column.name", 28),
    Column("column.organisation", 34, wrap=True),
]


def _type_name(input_type: InputType | None, language: str) -> str:
    if input_type is None:
        return ""
    return message(f"input_type.short.{input_type.name.lower()}", language)


def _language(language: str) -> str:
    return "en" if language == "en" else "nb"


def _table(key: str, columns: list[Column], rows: list[list[Cell]], lang: str) -> SheetTable:
    return SheetTable(
        key,
        message(f"sheet.{key}", lang),
        [message(column.key, lang) for column in columns],
        [column.width for column in columns],
        [column.wrap for column in columns],
        rows,
    )


def inputs_table(p: Proceedings, language: str = "nb") -> SheetTable:
    """Every documented conversation in number order, unplaced ones last."""
    lang = _language(language)
    rows: list[list[Cell]] = []
    for row in p.conversations:
        rows.append(
            [
                row.number or "",
                row.slot_number,
                row.day,
                clean(row.space_name),
                clean(row.topic_title),
                clean(row.convener),
                _type_name(row.input_type, lang),
                row.reference_number or "",
                clean(row.input_title),
                clean(row.input_text),
                "\n".join(clean(step) for step in row.next_step_lines),
                len(row.participants),
                "\n".join(_person(x.name, x.organisation) for x in row.participants),
                clean(row.documented_by),
            ]
        )
    return _table(INPUTS_KEY, _INPUT_COLUMNS, rows, lang)


def _person(name: str, organisation: str) -> str:
    return clean(f"{name} ({organisation})" if organisation.strip() else name)


def participants_table(p: Proceedings, language: str = "nb") -> SheetTable:
    """Who took part in which conversation: one row per person and conversation."""
    rows: list[list[Cell]] = [
        [row.number or "", clean(row.title), clean(person.name), clean(person.organisation)]
        for row in p.conversations
        for person in row.participants
    ]
    return _table("os_participants", _PARTICIPANT_COLUMNS, rows, _language(language))


def save_proceedings_sheet(p: Proceedings, path: Path, language: str = "nb") -> Path:
    """The inputs as .xlsx (with the participants sheet) or .csv, written whole."""
    kind = kind_of(path)
    if kind not in SHEET_KINDS:
        raise UserError("proceedings.kind", path=path)
    write: Callable[[Path], None]
    if kind == "xlsx":
        tables = [inputs_table(p, language), participants_table(p, language)]
        write = lambda temporary: _write_workbook(tables, temporary)  # noqa: E731
    else:
        table = inputs_table(p, language)
        write = lambda temporary: _write_csv(table, temporary)  # noqa: E731
    write_all_atomically([(path, write)], error_key="proceedings.cannot_save")
    return path
