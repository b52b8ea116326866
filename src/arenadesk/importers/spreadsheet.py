"""A registration spreadsheet read as untrusted data: .xlsx with openpyxl, .csv with csv.

Everything is bounded before it is trusted: the file's size, the zip's unpacked size, the
number of rows and columns and each cell's length. A password-protected workbook (an
encrypted OOXML file is an OLE compound file, not a zip) and an old binary .xls are named
as such. CSV may be UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text") or
Windows-1252, separated by `;`, `,` or tabs. Formulas are read as the value Excel last
computed; dates become dates. Nothing here touches a database.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arenadesk.domain.registration import Cell
from arenadesk.i18n.messages import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a zip bomb stops here
MAX_ROWS = 5_000  # people; an arena has 76–200
MAX_SCANNED_ROWS = 20_000  # rows looked at, empty ones included
MAX_COLUMNS = 200
MAX_CELL_CHARS = 5_000  # longer cells are cut and reported per row
HEADER_SEARCH_ROWS = 10  # a title line or two may stand above the headers

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARKER = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class Sheet:
    """The rows under the header row, each as long as the header row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]  # each row's number in the file (1-based, as Excel shows)
    long_cells: tuple[tuple[int, str], ...] = ()  # (row number, header) of cut cells


def read_sheet(path: Path) -> Sheet:
    """The file's first sheet with data; raises UserError with one plain sentence."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserError("import.unreadable", path=path, detail=error.strerror or "") from error
    if size == 0:
        raise UserError("import.empty", path=path)
    if size > MAX_FILE_BYTES:
        raise UserError("import.too_big", path=path, limit=MAX_FILE_BYTES // (1024 * 1024))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError("import.unreadable", path=path, detail=error.strerror or "") from error
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_MARKER in data:
            raise UserError("import.password", path=path)
        raise UserError("import.old_excel", path=path)
    suffix = path.suffix.lower()
    if data.startswith(ZIP_MAGIC) or suffix in (".xlsx", ".xlsm"):
        raw = _read_xlsx(path, data)
    elif suffix in (".csv", ".txt", ".tsv", ""):
        raw = _read_csv(path, data)
    else:
        raise UserError("import.not_spreadsheet", path=path)
    return _with_headers(path, raw)


def _read_xlsx(path: Path, data: bytes) -> list[tuple[Cell, ...]]:
    import openpyxl  # only when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise UserError("import.too_big", path=path, limit=MAX_FILE_BYTES // 1024**2)
            if archive.testzip() is not None:
                raise UserError("import.broken", path=path)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as error:
        raise UserError("import.broken", path=path) from error
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        OSError,
        EOFError,
        AttributeError,
        IndexError,
    ) as error:
        raise UserError("import.broken", path=path) from error
    except Exception as error:  # a malformed part's parse error (lxml / ElementTree)
        raise UserError("import.broken", path=path) from error
    try:
        for worksheet in workbook.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            rows = _bounded_rows(path, worksheet.iter_rows(values_only=True))
            if any(any(_present(c) for c in row) for row in rows):
                return rows
        return []
    except UserError:
        raise
    except Exception as error:  # malformed sheet XML surfaces while iterating
        raise UserError("import.broken", path=path) from error
    finally:
        workbook.close()


def _bounded_rows(path: Path, rows: Iterable[Iterable[Any]]) -> list[tuple[Cell, ...]]:
    out: list[tuple[Cell, ...]] = []
    filled = 0
    for scanned, row in enumerate(rows, start=1):
        if scanned > MAX_SCANNED_ROWS:
            raise UserError("import.too_many_rows", path=path, limit=MAX_ROWS)
        cells = tuple(row)
        if len(cells) > MAX_COLUMNS:
            if any(_present(c) for c in cells[MAX_COLUMNS:]):
                raise UserError("import.too_many_columns", path=path, limit=MAX_COLUMNS)
            cells = cells[:MAX_COLUMNS]
        if any(_present(c) for c in cells):
            filled += 1
            if filled > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise UserError("import.too_many_rows", path=path, limit=MAX_ROWS)
        out.append(cells)
    return out


def _present(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise UserError("import.not_spreadsheet", path=path)


def _read_csv(path: Path, data: bytes) -> list[tuple[Cell, ...]]:
    text = _decode(path, data)
    sample = "\n".join(text.splitlines()[:20])
    delimiter = _sniff_delimiter(sample)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _bounded_rows(path, (tuple(row) for row in reader))
    except csv.Error as error:
        raise UserError("import.broken", path=path) from error


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t", key=first.count)


def _with_headers(path: Path, raw: list[tuple[Cell, ...]]) -> Sheet:
    """The header row is the first of the top rows that names the most known fields."""
    from arenadesk.domain.registration import cell_text, guess_field

    filled = [(i, row) for i, row in enumerate(raw) if any(_present(c) for c in row)]
    if not filled:
        raise UserError("import.empty", path=path)
    candidates = filled[:HEADER_SEARCH_ROWS]

    def known(row: tuple[Cell, ...]) -> int:
        return sum(1 for c in row if guess_field(cell_text(c)) is not None)

    best = max(candidates, key=lambda item: (known(item[1]), -item[0]))
    header_index, header_row = best if known(best[1]) else filled[0]
    width = max(len(row) for _, row in filled)
    while width and all(len(row) < width or not _present(row[width - 1]) for _, row in filled):
        width -= 1
    headers = tuple(cell_text(c).strip()[:200] for c in _padded(header_row, width))
    rows, numbers, long_cells = [], [], []
    for index, row in filled:
        if index <= header_index:
            continue
        cells = list(_padded(row, width))
        for column, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                cells[column] = cell[:MAX_CELL_CHARS]
                long_cells.append((index + 1, headers[column]))
        rows.append(tuple(cells))
        numbers.append(index + 1)
    if len(rows) > MAX_ROWS:
        raise UserError("import.too_many_rows", path=path, limit=MAX_ROWS)
    return Sheet(headers, tuple(rows), tuple(numbers), tuple(long_cells))


def _padded(row: tuple[Cell, ...], width: int) -> tuple[Cell, ...]:
    return (tuple(row) + (None,) * width)[:width]
