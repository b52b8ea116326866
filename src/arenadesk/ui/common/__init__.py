"""Widgets and helpers every screen uses."""
