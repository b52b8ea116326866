"""Typed and pasted text made into the Markdown subset that `domain.richtext` parses.

API (Qt-free; `richtext.parse` and the text editor use it):

- ``normalise(text) -> str``: the Markdown that ``richtext.parse`` reads. Lines starting
  "- ", "• ", "* ", "– ", "·", "o ", the Symbol-font bullet U+F0B7 (and other private-use
  bullets) become "- " items; "1. " and "1)" become numbered items when they start a list
  (1, or a number right after the previous item's), so "17. mai" or a line "2020." stays
  text. Any indented item under a list item becomes its sub-item. Private-use characters
  elsewhere become "•" (they would print as empty boxes).
- ``visible(text)``: private-use characters (Word's Symbol bullets) replaced by real ones,
  for editors showing pasted text.
- ``escape_legacy(text)``: for texts written before this format: escapes what Markdown
  would read differently ("# " headings, backslashes before punctuation). Used once by
  the 0007 migration.
- Editor helpers: ``list_prefix(line)`` splits a line into (indent, marker, rest);
  ``next_prefix(line)`` is what Enter should start the next line with ("" to end the list).
"""

from __future__ import annotations

import re

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
