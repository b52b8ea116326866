"""Boards (visual templates) and their notes."""
