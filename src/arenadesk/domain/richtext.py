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
- Pasted and typed text is made uniform first by ``domain.richtext_input.normalise``
  (Word bullets, numbers that start a list, private-use characters); that module also
  holds the editor's list helpers and the legacy escape.
- ``plain_lines(text) -> list[str]``: each line as it reads on paper ("• item",
  "3. item", "  – sub-item", headings and paragraph lines as they are); for checks,
  previews and spreadsheets.
- ``is_blank(text)``: nothing to print.

Why markdown-it-py: a CommonMark parser that is well kept, pure Python and small; it does
the hard part (where a list ends, lazy continuation lines, nesting) the way every other
Markdown tool does, and its rules can be switched on one by one, so only this subset is
read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from arenadesk.domain.richtext_input import normalise

if TYPE_CHECKING:  # markdown-it loads with the first text parsed, not on start-up
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


# --- parsing ----------------------------------------------------------------------------


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

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
