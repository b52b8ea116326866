"""Messages about the compiled arena report and spreadsheets (reports/arena_*, reports/sheets.py).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

ARENA_MESSAGES: dict[str, dict[str, str]] = {}
