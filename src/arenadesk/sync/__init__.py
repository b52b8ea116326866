"""Sync with the organiser: setup files, packages, validation and the merge."""
