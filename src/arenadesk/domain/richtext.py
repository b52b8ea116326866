"""Free text as facilitators write it: paragraphs, line breaks, lists and sub-headings.

API (Qt-free; the PDF and Word writers and the screens use it):

- Storage: every free-text field (report sections, the self-evaluation's texts, extra
  sections, next steps, Open Space inputs and conversations) holds a **Markdown subset**
  as typed. Plain text with newlines is already valid: a single newline is a line break.
- ``parse(text) -> tuple[Block, ...]``: the text as a small block tree:
  ``Paragraph(lines)``, ``Heading(text)``, ``BulletList(items)`` and
  ``NumberedList(start, items)``; each ``ListItem(lines, sublist)`` may hold one nested
  list (one level; deeper levels are folded into it). Inline text is plain: no emphasis,
  links, images or HTML. ``parse`` normalises first, so pasted text needs no cleaning.
- ``normalise(text) -> str``: the Markdown that ``parse`` reads. Lines starting "- ",
  "• ", "* ", "– ", "·", "o ", the Symbol-font bullet U+F0B7 (and other private-use
  bullets) become "- " items; "1. " and "1)" become numbered items when they start a list
  (1, or a number right after the previous item's), so "17. mai" or a line "2020." stays
  text. Any indented item under a list item becomes its sub-item. Private-use characters
  elsewhere become "•" (they would print as empty boxes).
- ``plain_lines(text) -> list[str]``: each line as it reads on paper ("• item",
  "3. item", "  – sub-item", headings and paragraph lines as they are); for checks,
  previews and spreadsheets.
- ``is_blank(text)``: nothing to print. ``visible(text)``: private-use characters (Word's
  Symbol bullets) replaced by real ones, for editors showing pasted text.
- ``escape_legacy(text)``: for texts written before this format: escapes what Markdown
  would read differently ("# " headings, backslashes before punctuation). Used once by
  the 0007 migration.
- Editor helpers: ``list_prefix(line)`` splits a line into (indent, marker, rest);
  ``next_prefix(line)`` is what Enter should start the next line with ("" to end the list).

Why markdown-it-py: a CommonMark parser that is well kept, pure Python and small; it does
the hard part (where a list ends, lazy continuation lines, nesting) the way every other
Markdown tool does, and its rules can be switched on one by one, so only this subset is
read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

# --- the block tree ---------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class ListItem:
    lines: tuple[str, ...]
    sublist: BulletList | NumberedList | None = None


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class NumberedList:
    start: int
    items: tuple[ListItem, ...]


Block = Paragraph | Heading | BulletList | NumberedList
ListBlock = BulletList | NumberedList

# A one-line paragraph this short, not ending like a sentence, between other blocks reads
# as a sub-heading ("AiR", "ARR Pol", "Innspill til kritiske suksessfaktorer"). Right
# before a list only a few words do: a longer line there leads into the list ("Økt
# yrkesdeltagelse handler både om").
HEADING_MAX = 60
HEADING_BEFORE_LIST_WORDS = 4
_SENTENCE_END = tuple(".,;:!?…")

# --- normalising ------------------------------------------------------------------------

# Bullets as they arrive from Word, PDFs and keyboards. U+F0B7 is Symbol's bullet, U+F0A7
# Wingdings' square, U+F0D8 its arrowhead: Word pastes them as private-use characters that
# no text font has. The first kind needs a space after it ("-5 grader" is text).
_SPACED_BULLETS = "-*+–—o"
_BARE_BULLETS = "•·●▪■◦○◆►➢\ue000-\uf8ff"
_BULLET = re.compile(
    rf"^(?P<indent>[ \t]*)(?:[{re.escape(_SPACED_BULLETS)}][ \t]+|[{_BARE_BULLETS}][ \t]*)"
    r"(?P<rest>\S.*)$"
)
_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,9})[.)](?:[ \t]+(?P<rest>\S.*))?$")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_PRIVATE_USE_TEXT = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0e0": "→", "\uf0fc": "✓"}
_LONE_MARK = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-+*]|#{1,6})(?=[ \t]|$)")
_BACKSLASH_PUNCT = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


class _Normaliser:
    """One pass over the lines, remembering the list they are in."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.column: int | None = None  # where the current top-level item's text starts
        self.last_number = 0  # the previous top-level numbered item's number
        self.last_sub_number = 0
        self.numbered = False  # whether the current top-level item is numbered
        self.previous = "blank"  # blank, text or item

    def line(self, raw: str) -> None:
        line = raw.rstrip()
        if not line.strip():
            self.out.append("")
            self.previous = "blank"
            return
        indented = line[0] in " \t"
        nested = indented and self.column is not None
        item = self._item(line, nested)
        if item is not None:
            self.out.append(item)
            self.previous = "item"
            return
        text = visible(line.strip())
        lone = _LONE_MARK.match(text) if text[0] in "-+*#" else None
        number = _NUMBER.match(text)
        if number:  # "17. mai", a line "2020.": text, not a list
            text = f"{number['number']}\\{text[len(number['number']) :]}"
        elif lone and lone["mark"][0] != "#":  # a lone "-": text, not an empty item
            text = "\\" + text
        if self.previous == "item" and indented:
            self.out.append(" " * (self.column or 0) + text)  # the item runs on
            return
        if self.previous == "item":
            self.out.append("")  # a paragraph after a list, not part of its last item
        if not indented:
            self.column = None
        self.out.append(text)
        self.previous = "text"

    def _item(self, line: str, nested: bool) -> str | None:
        number = _NUMBER.match(line)
        marker = rest = ""
        if number and number["rest"] and len(number["number"]) <= 3:
            value = int(number["number"])
            last = self.last_sub_number if nested else self.last_number
            if value in (1, last + 1):
                marker, rest = f"{value}.", number["rest"]
                if nested:
                    self.last_sub_number = value
                else:
                    self.last_number = value
        if not marker:
            bullet = None if _is_rule_line(line) else _BULLET.match(line)
            if bullet is None:
                return None
            if self.column is not None and self.previous == "item":
                # Word's second-level "o" bullet, and bullets right under a numbered item
                nested = nested or line.lstrip().startswith("o") or self.numbered
            marker, rest = "-", bullet["rest"]
        if nested:
            prefix = " " * (self.column or 0)
        else:
            prefix = ""
            self.column = len(marker) + 1
            self.last_sub_number = 0
            self.numbered = marker != "-"
        blank = [""] if self.previous == "text" and not nested else []
        self.out += blank
        return f"{prefix}{marker} {_literal(visible(rest.strip()))}"


def _literal(text: str) -> str:
    """An item's text that would start a list or heading of its own, escaped."""
    number = _NUMBER.match(text)
    if number:
        return f"{number['number']}\\{text[len(number['number']) :]}"
    if _LONE_MARK.match(text):
        return "\\" + text
    return text


def _is_rule_line(line: str) -> bool:
    """'- - -', '* * *': a drawn rule in a pasted document, text here (no bullet)."""
    stripped = line.replace(" ", "").replace("\t", "")
    return len(stripped) >= 3 and len(set(stripped)) == 1


def normalise(text: str) -> str:
    """The Markdown that `parse` reads: bullets and numbers made uniform, sub-items
    indented under their item, private-use characters replaced (see the module's API)."""
    work = _Normaliser()
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        work.line(raw)
    return "\n".join(work.out)


def visible(text: str) -> str:
    """Private-use characters as real ones (or a bullet): nothing shows as a box."""
    return _PRIVATE_USE.sub(lambda m: _PRIVATE_USE_TEXT.get(m.group(), "•"), text)


def escape_legacy(text: str) -> str:
    """A text written before Markdown was read, escaped so it reads as it did: a line
    starting "# " stays text, and a backslash before punctuation stays a backslash."""
    lines = []
    for line in _BACKSLASH_PUNCT.sub(r"\\\\", text).split("\n"):
        match = _LONE_MARK.match(line)
        if match and match["mark"].startswith("#"):
            line = f"{match['indent']}\\{line[len(match['indent']) :]}"
        lines.append(line)
    return "\n".join(lines)


# --- parsing ----------------------------------------------------------------------------


@cache
def _parser() -> MarkdownIt:
    # "zero" switches every rule off; only the subset is switched back on. No HTML, links,
    # images, emphasis, code, tables or block quotes: those characters print as typed.
    parser = MarkdownIt("zero", {"breaks": True, "html": False})
    parser.enable(["list", "heading", "newline", "escape"])
    return parser


def parse(text: str) -> tuple[Block, ...]:
    """The text as blocks (see the module's API)."""
    if not text or not text.strip():
        return ()
    tokens = _parser().parse(normalise(text))
    blocks, _ = _blocks(tokens, 0, len(tokens))
    return tuple(_with_headings(blocks))


def _inline_lines(token: Token) -> tuple[str, ...]:
    lines = [""]
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append("")
        else:
            lines[-1] += child.content
    return tuple(line.strip() for line in lines if line.strip())


def _close_index(tokens: Sequence[Token], start: int) -> int:
    """The index of the token closing the one opened at `start`."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _blocks(tokens: Sequence[Token], start: int, end: int) -> tuple[list[Block], int]:
    out: list[Block] = []
    index = start
    while index < end:
        token = tokens[index]
        if token.type == "paragraph_open":
            lines = _inline_lines(tokens[index + 1])
            if lines:
                out.append(Paragraph(lines))
            index = _close_index(tokens, index) + 1
        elif token.type == "heading_open":
            lines = _inline_lines(tokens[index + 1])
            if lines:
                out.append(Heading(" ".join(lines)))
            index = _close_index(tokens, index) + 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            close = _close_index(tokens, index)
            out.append(_list(tokens, index, close, nested=False))
            index = close + 1
        else:
            index += 1
    return out, index


def _list(tokens: Sequence[Token], start: int, close: int, *, nested: bool) -> ListBlock:
    items: list[ListItem] = []
    index = start + 1
    while index < close:
        if tokens[index].type == "list_item_open":
            item_close = _close_index(tokens, index)
            items.append(_item(tokens, index + 1, item_close, nested=nested))
            index = item_close + 1
        else:
            index += 1
    opening = tokens[start]
    if opening.type == "ordered_list_open":
        start_at = opening.attrs.get("start", 1)
        return NumberedList(int(start_at) if isinstance(start_at, (int, str)) else 1, tuple(items))
    return BulletList(tuple(items))


def _item(tokens: Sequence[Token], start: int, end: int, *, nested: bool) -> ListItem:
    """An item's lines and its one sublist; anything deeper is folded into that sublist,
    and text after the sublist is kept with its last sub-item."""
    lines: list[str] = []
    sublist: ListBlock | None = None
    index = start
    while index < end:
        token = tokens[index]
        if token.type in ("paragraph_open", "heading_open"):
            found = _inline_lines(tokens[index + 1])
            if sublist is not None and sublist.items:
                last = sublist.items[-1]
                grown = ListItem((*last.lines, *found), last.sublist)
                sublist = _replace_items(sublist, (*sublist.items[:-1], grown))
            else:
                lines += found
            index = _close_index(tokens, index) + 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            close = _close_index(tokens, index)
            inner = _list(tokens, index, close, nested=True)
            if nested:  # a third level: its items become lines of this item
                for sub in inner.items:
                    lines += [*sub.lines, *_flat_lines(sub.sublist)]
            elif sublist is None:
                sublist = inner
            else:
                sublist = _replace_items(sublist, (*sublist.items, *inner.items))
            index = close + 1
        else:
            index += 1
    return ListItem(tuple(lines), sublist)


def _flat_lines(block: ListBlock | None) -> list[str]:
    if block is None:
        return []
    return [line for item in block.items for line in (*item.lines, *_flat_lines(item.sublist))]


def _replace_items(block: ListBlock, items: tuple[ListItem, ...]) -> ListBlock:
    if isinstance(block, NumberedList):
        return NumberedList(block.start, items)
    return BulletList(items)


def _with_headings(blocks: list[Block]) -> list[Block]:
    """A short one-line paragraph followed by another block is a sub-heading."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Paragraph)
            and len(block.lines) == 1
            and following is not None
            and len(block.lines[0]) <= HEADING_MAX
            and not block.lines[0].endswith(_SENTENCE_END)
            and (
                isinstance(following, (Paragraph, Heading))
                or len(block.lines[0].split()) <= HEADING_BEFORE_LIST_WORDS
            )
        ):
            out.append(Heading(block.lines[0]))
        else:
            out.append(block)
    return out


# --- reading back -----------------------------------------------------------------------

BULLET = "•"
SUB_BULLET = "–"


def is_blank(text: str) -> bool:
    return not parse(text)


def list_lines(block: ListBlock, *, indent: str = "") -> list[str]:
    """A list's items as printed lines: '• item', '3. item', sub-items indented."""
    out: list[str] = []
    for number, item in enumerate(block.items, start=getattr(block, "start", 1)):
        mark = (
            f"{number}." if isinstance(block, NumberedList) else (SUB_BULLET if indent else BULLET)
        )
        lines = item.lines or ("",)
        out.append(f"{indent}{mark} {lines[0]}".rstrip())
        out += [f"{indent}  {line}" for line in lines[1:]]
        if item.sublist is not None:
            out += list_lines(item.sublist, indent=indent + "  ")
    return out


def plain_lines(text: str) -> list[str]:
    """Each line as it reads on paper (see the module's API)."""
    out: list[str] = []
    for block in parse(text):
        if isinstance(block, Paragraph):
            out += block.lines
        elif isinstance(block, Heading):
            out.append(block.text)
        else:
            out += list_lines(block)
    return out


# --- editor helpers ---------------------------------------------------------------------

_EDIT_PREFIX = re.compile(
    r"^(?P<indent>[ \t]*)"
    rf"(?P<marker>(?:\d{{1,3}}[.)]|[{re.escape(_SPACED_BULLETS)}{_BARE_BULLETS}])[ \t]+)"
    r"(?P<rest>.*)$"
)


def list_prefix(line: str) -> tuple[str, str, str] | None:
    """(indent, marker with its space, rest) when the line is a list item, else None."""
    match = _EDIT_PREFIX.match(line)
    if not match:
        return None
    return match["indent"], match["marker"], match["rest"]


def next_prefix(line: str) -> str | None:
    """What Enter on this line starts the next one with: the same bullet, or the next
    number; "" when the item is empty (Enter ends the list); None when not in a list."""
    found = list_prefix(line)
    if found is None:
        return None
    indent, marker, rest = found
    if not rest.strip():
        return ""
    number = re.match(r"(\d+)([.)])(\s+)", marker)
    if number:
        return f"{indent}{int(number[1]) + 1}{number[2]}{number[3]}"
    return indent + marker
