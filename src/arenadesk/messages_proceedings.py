"""Messages about the Open Space proceedings; messages.py merges them into one catalogue."""

from __future__ import annotations

PROCEEDINGS_MESSAGES: dict[str, dict[str, str]] = {}
