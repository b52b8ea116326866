"""Challenge group codes such as `1C` or `4E-1`: normalising and checking them."""

from __future__ import annotations

import re

# Codes in the seed reports: a main-area digit, a letter, an optional "-n" sub-group.
# Organisers also use plain numbers or short words, so anything short and simple is allowed.
_CODE = re.compile(r"^[0-9A-ZÆØÅ]{1,6}(-[0-9A-ZÆØÅ]{1,3})?$")
MAX_CODE_LENGTH = 10


def normalise_code(raw: str) -> str:
    """Trim and upper-case a code as typed: ' 4e-1 ' -> '4E-1'."""
    return re.sub(r"\s+", "", raw).upper()


def is_valid_code(code: str) -> bool:
    return bool(code) and len(code) <= MAX_CODE_LENGTH and bool(_CODE.match(code))


def code_sort_key(code: str) -> tuple[int, str]:
    """Sort 2A before 10A: leading number first, then the rest."""
    match = re.match(r"^(\d+)(.*)$", code)
    if match:
        return int(match.group(1)), match.group(2)
    return 10**6, code
