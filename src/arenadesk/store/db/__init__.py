"""Database infrastructure: opening, checking, migrating, the clock, backups, servers."""
