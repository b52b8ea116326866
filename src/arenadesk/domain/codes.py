"""Challenge group codes as the arenas wrote them: `1C`, `4E-1`, `4A-1 & 2`, `2B – 1 og 2`.

A code is stored and shown as typed (only outer spaces trimmed and inner runs of spaces
made one). Two codes are the same code when their *keys* are equal: case, spaces and the
kind of dash (hyphen, en dash, em dash, minus) do not count. Codes are unique within an
arena by that key, and every command-line CODE or `--group` argument is looked up by it.
"""

from __future__ import annotations

import re
import unicodedata

# Seen in the arena reports: "1C", "4E-1", "1E - 2", "2B – 1 og 2", "4A-1 & 2", and
# sub-group continuations written alone: "&2", "/2", "+2".
MAX_CODE_LENGTH = 30
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_CLASS = "[" + re.escape(_DASHES) + "]"
_ALLOWED = re.compile(r"^(?:[\w &/+.,()]|" + _DASH_CLASS + ")+$")
_DASH = re.compile(_DASH_CLASS)


def clean_code(raw: str) -> str:
    """The code as typed, tidied: ' 2B –  1 og 2 ' -> '2B – 1 og 2'."""
    return " ".join(unicodedata.normalize("NFC", raw or "").split())


def code_key(code: str) -> str:
    """The comparison key: '2b-1OG2' and '2B – 1 og 2' are one code."""
    folded = unicodedata.normalize("NFKC", code or "").casefold()
    return "".join(_DASH.sub("-", folded).split())


def is_valid_code(code: str) -> bool:
    """Short, printable, with at least one letter or digit, and no '_' or other signs."""
    return (
        bool(code)
        and len(code) <= MAX_CODE_LENGTH
        and bool(_ALLOWED.match(code))
        and "_" not in code
        and any(ch.isalnum() for ch in code)
    )


def code_sort_key(code: str) -> tuple[int, str]:
    """Sort 2A before 10A: leading number first, then the rest (case and dash ignored)."""
    key = code_key(code)
    match = re.match(r"^(\d+)(.*)$", key)
    if match:
        return int(match.group(1)), match.group(2)
    return 10**6, key
