"""The arena's next steps, self-evaluations and participants per group as spreadsheets.

`.xlsx` (openpyxl): one workbook with three sheets, each with a bold, frozen header row,
set column widths, wrapped long texts and an autofilter. `.csv`: one table per file,
UTF-8 with a byte order mark and semicolons, which is what Excel with Norwegian settings
opens correctly on a double-click: Excel reads a CSV file without a BOM in the
system's legacy code page (æøå turn into "Ã¦Ã¸Ã¥"), and it splits columns on the
system's list separator, which is ";" wherever the decimal separator is a comma (as in
Norway). The same file opens in LibreOffice, Numbers and Python's csv module.

Texts that a spreadsheet would take for a formula (starting with =, +, -, @) stay text:
in .xlsx the cell is typed as text; in .csv a "- " bullet line becomes "• " (the same
bullet in ArenaDesk's texts) and any other such text gets a leading apostrophe, which
Excel shows as text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from arenadesk.domain.arena_report import ArenaReport
from arenadesk.domain.report import STRENGTH_REASONS, strength_level, strength_reason
from arenadesk.i18n.messages import UserError, message
from arenadesk.reports.group_text import clean
from arenadesk.reports.saving import kind_of, write_all_atomically

SHEETS = ("actions", "evaluations", "participants")
INPUTS = "inputs"  # the Open Space inputs: a further table when the arena has any
SHEET_KINDS = ("xlsx", "csv")
Cell = str | int | None


@dataclass(frozen=True)
class Column:
    key: str  # the header's catalogue key
    width: float  # in Excel's character widths
    wrap: bool = False


@dataclass(frozen=True)
class SheetTable:
    key: str  # one of SHEETS
    title: str  # the sheet's name in the workbook
    header: list[str]
    widths: list[float]
    wrapped: list[bool]
    rows: list[list[Cell]]


_GROUP = [Column("column.code", 8), Column("column.group", 34, wrap=True)]
_COLUMNS = {
    "actions": [
        *_GROUP,
        Column("column.number", 6),
        Column("column.what", 60, wrap=True),
        Column("column.who", 26, wrap=True),
        Column("column.when", 18),
    ],
    "evaluations": [
        *_GROUP,
        Column("column.results", 50, wrap=True),
        Column("column.strength", 14),
        Column("column.rating", 14),
        Column("column.why", 50, wrap=True),
        Column("column.own_words", 40, wrap=True),
        Column("column.tips", 50, wrap=True),
    ],
    "participants": [
        *_GROUP,
        Column("column.name", 28),
        Column("column.job_title", 24, wrap=True),
        Column("column.organisation", 30, wrap=True),
        Column("column.perspective", 14),
        Column("column.role", 16),
        Column("column.days", 10),
    ],
}


def _days_cell(days: tuple[int, ...], note: str, lang: str) -> str:
    """'1, 2', with a note on partial attendance as written; 'ikke oppgitt' when neither."""
    numbers = ", ".join(str(day) for day in sorted(set(days)))
    text = "; ".join(part for part in (numbers, clean(note.strip())) if part)
    return text or message("days.not_given", lang)


def check_request(path: Path, sheet: str | None = None) -> str:
    """The file kind ('xlsx' or 'csv') when `path` and `sheet` make sense together;
    checked before anything is read or written."""
    kind = kind_of(path)
    if kind not in SHEET_KINDS:
        raise UserError("sheets.kind", path=path)
    if sheet is not None and sheet not in (*SHEETS, INPUTS):
        raise UserError("sheets.unknown", sheet=sheet, sheets=", ".join((*SHEETS, INPUTS)))
    if sheet is not None and kind != "csv":
        raise UserError("sheets.sheet_needs_csv")
    return kind


def write_sheets(
    report: ArenaReport,
    path: Path,
    language: str = "nb",
    *,
    sheet: str | None = None,
) -> list[Path]:
    """Write the report's tables to `path` (.xlsx: one workbook; .csv: one table per file)
    and return the files written.

    For .csv, `sheet` picks the one table written to `path`; without it the three go
    beside `path` as `<name>-actions.csv`, `<name>-evaluations.csv` and
    `<name>-participants.csv`. Every file is written whole or not at all.
    """
    kind = check_request(path, sheet)
    tables = sheet_tables(report, language)
    if report.open_space is not None:  # an Open Space arena's inputs, as a fourth table
        from arenadesk.reports.proceedings_sheets import inputs_table

        tables.append(inputs_table(report.open_space, language))
    writers: list[tuple[Path, Callable[[Path], None]]]
    if kind == "xlsx":
        writers = [(path, lambda temporary: _write_workbook(tables, temporary))]
    elif sheet is not None:
        chosen = next((table for table in tables if table.key == sheet), None)
        if chosen is None:
            raise UserError("proceedings.no_inputs", name=report.arena_name)
        writers = [(path, _csv_writer(chosen))]
    else:
        writers = [(csv_path(path, table.key), _csv_writer(table)) for table in tables]
    write_all_atomically(writers, error_key="sheets.cannot_save")
    return [target for target, _write in writers]


def csv_path(path: Path, key: str) -> Path:
    """'eksport.csv' -> 'eksport-actions.csv'."""
    return path.with_name(f"{path.stem}-{key}{path.suffix}")


def sheet_tables(report: ArenaReport, language: str = "nb") -> list[SheetTable]:
    """The three tables, in SHEETS order, with headers in `language` (nb or en)."""
    lang = "en" if language == "en" else "nb"
    rows: dict[str, list[list[Cell]]] = {key: [] for key in SHEETS}
    for group in report.reports:
        code, title = clean(group.code), clean(group.title)
        for number, item in enumerate(group.action_items, start=1):
            rows["actions"].append(
                [code, title, number, clean(item.what), clean(item.who), clean(item.when)]
            )
        evaluation = group.self_evaluation
        rows["evaluations"].append(
            [
                code,
                title,
                clean(evaluation.results),
                evaluation.strength,
                strength_level(evaluation.strength, lang) if evaluation.strength else "",
                "\n".join(
                    strength_reason(key, lang)
                    for key in STRENGTH_REASONS
                    if key in evaluation.reasons
                ),
                clean(evaluation.reasons_text),
                clean(evaluation.tips),
            ]
        )
        for person in group.participants:
            rows["participants"].append(
                [
                    code,
                    title,
                    clean(person.name),
                    clean(person.title),
                    clean(person.organisation),
                    message(f"perspective.{person.perspective.value}", lang),
                    message(f"role.{person.role.value}", lang),
                    _days_cell(person.days, person.attendance_note, lang),
                ]
            )
    return [
        SheetTable(
            key,
            message(f"sheet.{key}", lang),
            [message(column.key, lang) for column in _COLUMNS[key]],
            [column.width for column in _COLUMNS[key]],
            [column.wrap for column in _COLUMNS[key]],
            rows[key],
        )
        for key in SHEETS
    ]


def _write_workbook(tables: list[SheetTable], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6EDF4")  # the reports' header tint
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    for table in tables:
        sheet = workbook.create_sheet(table.title)
        sheet.append(table.header)
        for row in table.rows:
            sheet.append(row)
        for cell in sheet[1]:
            cell.font, cell.fill = bold, fill
        for column, (width, wrap) in enumerate(zip(table.widths, table.wrapped, strict=True), 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = wrapped if wrap else top
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # typed text, never a formula
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(table.header))
        sheet.auto_filter.ref = f"A1:{last}{max(len(table.rows) + 1, 2)}"
    workbook.properties.creator = "ArenaDesk"
    workbook.save(path)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@"):
        if text.startswith("- "):  # ArenaDesk's own bullets: every bullet line alike
            return re.sub(r"(?m)^- ", "• ", text)
        return "'" + text
    return text


def _csv_writer(table: SheetTable) -> Callable[[Path], None]:
    return lambda path: _write_csv(table, path)


def _write_csv(table: SheetTable, path: Path) -> None:
    # utf-8-sig writes the BOM; newline="" lets csv write its own \r\n line ends.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(table.header)
        for row in table.rows:
            writer.writerow([_csv_text(value) for value in row])
