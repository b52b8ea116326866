"""Messages about the Open Space wall; messages.py merges them into one catalogue."""

from __future__ import annotations

WALL_MESSAGES: dict[str, dict[str, str]] = {
    "wall.cannot_save": {
        "nb": "Kunne ikke lagre programveggen «{path}» ({detail}).",
        "en": "Could not save the program wall “{path}” ({detail}).",
    },
}
