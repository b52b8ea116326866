"""Fixtures for the data-safety tests: the store's demo file and hashing, the UI's window."""

from __future__ import annotations

from tests.store.conftest import demo_file, other_device, sha256, siblings
from tests.ui.conftest import application, ctx, english, settings, window

__all__ = [
    "application",
    "ctx",
    "demo_file",
    "english",
    "other_device",
    "settings",
    "sha256",
    "siblings",
    "window",
]
