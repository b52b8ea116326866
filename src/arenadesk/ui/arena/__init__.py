"""The arena overview, its groups and people."""
