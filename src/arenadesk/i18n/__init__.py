"""Text in the user's language for everything below the UI (messages, reports)."""
