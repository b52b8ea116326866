"""Merging stored images (`photo_content`): by content hash, not by version.

A content row's id is derived from its SHA-256 and its version is fixed, so two rows with
one id are the same bytes (the row rules check both as a package is read). There is
nothing to decide: the target takes the images it does not have yet, each once, and
nothing is ever logged or replaced. A package's images are read a few at a time (a master
taking thirty packages of thirty photos never holds their bytes all at once).
"""

from __future__ import annotations

CONTENT_TABLE = "photo_content"
CONTENT_CHUNK = 4  # images read at a time (each at most 12 MB, most under 1 MB)
