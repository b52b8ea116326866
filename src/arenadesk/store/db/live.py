"""The one filter for live rows: a synced row is deleted by a tombstone, never removed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.sql import FromClause


def live(*sources: Any) -> ColumnElement[bool]:
    """Not a tombstone, for each model class or Core table given (for a where clause)."""
    conditions = [
        (source.c.deleted if isinstance(source, FromClause) else source.deleted).is_(False)
        for source in sources
    ]
    return and_(*conditions)
