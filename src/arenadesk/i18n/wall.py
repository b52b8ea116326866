"""Messages about the Open Space wall; messages.py merges them into one catalogue."""

from __future__ import annotations

WALL_MESSAGES: dict[str, dict[str, str]] = {
    "wall.cannot_save": {
        "nb": "Kunne ikke lagre programveggen «{path}» ({detail}).",
        "en": "Could not save the program wall “{path}” ({detail}).",
    },
    "wall.empty": {
        "nb": "Programveggen har ingen økter eller rom ennå. Lag programveggen først.",
        "en": "The program wall has no økter or spaces yet. Lay out the wall first.",
    },
}
