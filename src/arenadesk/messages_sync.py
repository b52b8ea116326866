"""Messages about sync packages, setup files and the merge (sync/).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

SYNC_MESSAGES: dict[str, dict[str, str]] = {}
