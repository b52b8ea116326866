"""A Word document (.docx) read as untrusted data into a flat list of blocks.

The file is checked before any XML is parsed: its size, that it is a zip and not an OLE
compound file (a password-protected .docx, or an old .doc), and the zip's entry count,
unpacked size and compression ratio, so a zip bomb is refused without being unpacked.
python-docx then reads it with entity resolution off.

Blocks come in the body's order: a `Para` (its text with line breaks, its heading level,
its list level and kind from Word's numbering, and its bold lead-in) or a `Grid` (a
table's rows of cell texts). Nothing here knows about reports or databases.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from arenadesk.i18n.messages import UserError

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all entries together, as their headers say
MAX_RATIO = 200  # unpacked / packed per entry; ordinary Word XML stays far below
MAX_BLOCKS = 20_000
MAX_TEXT = 200_000  # characters of one paragraph or cell

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Para:
    text: str  # line breaks inside the paragraph as "\n"
    heading: int = 0  # 0: body text; 1… heading level; -1: the document's title
    list_level: int = -1  # -1: not a list item; 0, 1…: Word's indent level
    numbered: bool = False  # a numbered (not bulleted) list item
    list_id: str = ""  # Word's numbering instance: a new one starts a new list
    start: int = 1  # the number a numbered list starts at
    lead: str = ""  # the bold text the paragraph starts with, if any
    all_bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[str, ...], ...]


Block = Para | Grid


@dataclass(frozen=True)
class WordDocument:
    blocks: tuple[Block, ...]
    header: str  # the first section's header text (ArenaDesk puts the code after a tab)
    title: str  # the core properties' title


def read_docx(path: Path) -> WordDocument:
    """The document's blocks; a file that is not a readable, bounded .docx raises
    UserError with one sentence, and nothing else is done with it."""
    data = _checked_bytes(path)
    try:
        import docx  # only when a document is read

        document = docx.Document(io.BytesIO(data))
        return _read(document)
    except UserError:
        raise
    except Exception as error:  # malformed XML, a missing part: the file is broken
        raise UserError("docx.broken", path=path) from error


def _checked_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size == 0:
            raise UserError("docx.not_word", path=path)
        if size > MAX_FILE_BYTES:
            raise UserError("docx.too_big", path=path, limit=MAX_FILE_BYTES // 1024**2)
        data = path.read_bytes()
    except OSError as error:
        raise UserError("docx.unreadable", path=path, detail=error.strerror or "") from error
    if data.startswith(OLE_MAGIC):
        raise UserError("docx.password_or_doc", path=path)
    if not data.startswith(ZIP_MAGIC):
        raise UserError("docx.not_word", path=path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise UserError("docx.too_big", path=path, limit=MAX_FILE_BYTES // 1024**2)
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise UserError("docx.too_big", path=path, limit=MAX_FILE_BYTES // 1024**2)
            for info in infos:
                if info.file_size > MAX_RATIO * max(info.compress_size, 1) + 4096:
                    raise UserError("docx.too_big", path=path, limit=MAX_FILE_BYTES // 1024**2)
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise UserError("docx.broken", path=path) from error
    if "word/document.xml" not in names:
        raise UserError("docx.not_word", path=path)
    return data


# --- reading -----------------------------------------------------------------------------


def _read(document: Any) -> WordDocument:
    numbering = _numbering_formats(document)
    blocks: list[Block] = []
    for element in _body_children(document):
        if len(blocks) >= MAX_BLOCKS:
            break
        if element.tag == _W + "p":
            blocks.append(_para(element, document, numbering))
        elif element.tag == _W + "tbl":
            blocks.append(_grid(element))
    header = ""
    try:
        header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    except (IndexError, AttributeError, ValueError):
        header = ""
    title = document.core_properties.title or ""
    return WordDocument(tuple(blocks), header[:1000], title[:1000])


def _body_children(document: Any) -> Iterator[Any]:
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _W + "sdt":  # content controls (templates use them) hold paragraphs
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from content.iterchildren()
        else:
            yield child


def _text_of(p: Any) -> str:
    """A paragraph's text: runs, tabs as spaces, line breaks as newlines."""
    parts: list[str] = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)[:MAX_TEXT]


def _para(p: Any, document: Any, numbering: Numbering) -> Para:
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(p, document.part)
    text = _text_of(p)
    style = paragraph.style
    style_name = (style.name if style is not None else "") or ""
    heading = _heading_level(style, p)
    list_level, numbered, list_id, start = _list_info(p, style, style_name, numbering)
    lead, all_bold, italic = _emphasis(paragraph, style)
    return Para(text, heading, list_level, numbered, list_id, start, lead, all_bold, italic)


def _heading_level(style: Any, p: Any) -> int:
    current = style
    for _ in range(5):  # a style based on "Heading 2" is a heading too
        if current is None:
            break
        name = (current.name or "").casefold()
        if name == "title":
            return -1
        match = re.match(r"^(heading|overskrift)\s*(\d)$", name)
        if match:
            return int(match.group(2))
        current = current.base_style
    outline = p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None:
        try:
            level = int(outline.get(_W + "val", "9"))
        except ValueError:
            level = 9
        if level < 9:
            return level + 1
    return 0


Numbering = dict[tuple[str, int], tuple[str, int]]


def _int(node: Any, default: int) -> int:
    try:
        return int(node.get(_W + "val", str(default))) if node is not None else default
    except ValueError:
        return default


def _numbering_formats(document: Any) -> Numbering:
    """(numId, level) -> (Word's number format: "bullet", "decimal"…, the start number)."""
    try:
        numbering = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract: dict[str, dict[int, tuple[str, int]]] = {}
    for node in numbering.iterchildren(_W + "abstractNum"):
        levels: dict[int, tuple[str, int]] = {}
        for lvl in node.iterchildren(_W + "lvl"):
            fmt = lvl.find(_W + "numFmt")
            try:
                level = int(lvl.get(_W + "ilvl", "0"))
            except ValueError:
                continue
            levels[level] = (
                fmt.get(_W + "val", "") if fmt is not None else "",
                _int(lvl.find(_W + "start"), 1),
            )
        abstract[node.get(_W + "abstractNumId", "")] = levels
    formats: Numbering = {}
    for num in numbering.iterchildren(_W + "num"):
        ref = num.find(_W + "abstractNumId")
        if ref is None:
            continue
        num_id = num.get(_W + "numId", "")
        for level, (fmt, start) in abstract.get(ref.get(_W + "val", ""), {}).items():
            formats[(num_id, level)] = (fmt, start)
        for override in num.iterchildren(_W + "lvlOverride"):
            level = _int_attr(override, "ilvl")
            start_node = override.find(_W + "startOverride")
            if start_node is not None and (num_id, level) in formats:
                formats[(num_id, level)] = (formats[(num_id, level)][0], _int(start_node, 1))
    return formats


def _int_attr(node: Any, name: str) -> int:
    try:
        return int(node.get(_W + name, "0"))
    except ValueError:
        return 0


def _list_info(
    p: Any, style: Any, style_name: str, numbering: Numbering
) -> tuple[int, bool, str, int]:
    """(level, numbered, numbering instance, start); level -1 for no list item. "List
    Bullet 2" is a second level whatever its numbering's level says."""
    num_pr = p.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None and style is not None:
        num_pr = style.element.find(f"{_W}pPr/{_W}numPr")
    name = style_name.casefold()
    match = re.match(r"^list (bullet|number)(?: (\d))?$", name)
    style_level = int(match.group(2)) - 1 if match and match.group(2) else 0
    if num_pr is not None:
        level = _int(num_pr.find(_W + "ilvl"), 0)
        num = _int(num_pr.find(_W + "numId"), 0)
        if num != 0:
            fmt, start = numbering.get((str(num), level), ("", 1))
            numbered = fmt not in ("", "bullet", "none") or "number" in name
            level = max(min(max(level, 0), 8), style_level)
            return level, numbered, str(num), start
    if match:
        return style_level, match.group(1) == "number", name, 1
    return -1, False, "", 1


def _emphasis(paragraph: Any, style: Any) -> tuple[str, bool, bool]:
    """The bold text at the paragraph's start, whether all of it is bold, and italic."""
    style_bold = bool(style is not None and style.font is not None and style.font.bold)
    lead: list[str] = []
    leading = True
    all_bold = True
    italic = True
    seen = False
    for run in paragraph.runs:
        text = run.text
        if not text.strip():
            if leading:
                lead.append(text)
            continue
        seen = True
        bold = run.bold if run.bold is not None else style_bold
        if not run.italic:
            italic = False
        if bold and leading:
            lead.append(text)
        else:
            leading = False
        if not bold:
            all_bold = False
    if not seen:
        return "", False, False
    return "".join(lead).strip(), all_bold, italic


def _grid(table: Any) -> Grid:
    rows: list[tuple[str, ...]] = []
    for tr in table.iterchildren(_W + "tr"):
        cells = []
        for tc in tr.iterchildren(_W + "tc"):
            paragraphs = [_text_of(p) for p in tc.iter(_W + "p")]
            cells.append("\n".join(paragraphs).strip()[:MAX_TEXT])
        rows.append(tuple(cells))
        if len(rows) > MAX_BLOCKS:
            break
    return Grid(tuple(rows))
