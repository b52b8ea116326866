"""ArenaDesk: offline facilitation tool for Åpen arena co-creation workshops."""

__version__ = "0.1.0"

APP_NAME = "ArenaDesk"
