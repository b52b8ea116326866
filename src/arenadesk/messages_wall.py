"""Messages about the Open Space wall; messages.py merges them into one catalogue."""

from __future__ import annotations

WALL_MESSAGES: dict[str, dict[str, str]] = {}
