"""Messages about backups, erasing a participant and the anonymised export.

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, dict[str, str]] = {}
