"""Synced tables as plain data: their merge order and rows as JSON-safe dicts.

The merge works table by table with SQLAlchemy Core, so a target may be a SQLite file or a
PostgreSQL server; the column types (Uuid, Date, Time, JSON, Boolean) convert the values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Date, Table, Time, Uuid

from arenadesk.store.db.schema import synced_models
from arenadesk.store.models.arena import Base

SYNC_COLUMNS = ("id", "created_at", "updated_at", "device_id", "deleted")

# What a setup file carries: the arena, its groups and people, and the master støttemaler.
SETUP_TABLES = (
    "arena",
    "arena_day",
    "challenge_group",
    "person",
    "membership",
    "support_template",
    "template_session",
    "template_step",
    # The organiser's report template, so every laptop writes the report the arena wants.
    "report_template",
    # The program wall, so støttefasilitatorer document the topics the wall laptop placed.
    "os_slot",
    "os_space",
    "os_topic",
    # Documented inputs, so a day-2 setup lets every laptop refer to day-1 inputs that
    # were documented on another laptop (a laptop's own newer edits win when taken in).
    "os_conversation",
    "os_participant",
    # The inputs' photos (and their images), for the same reason; groups' and boards'
    # photos are the facilitators' own work and travel in packages only.
    "photo",
    "photo_content",
)


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every synced table, parents before children (a stable topological order)."""
    names = {model.__table__.name for model in synced_models()}  # type: ignore[attr-defined]
    return tuple(t for t in Base.metadata.sorted_tables if t.name in names)


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


Version = tuple[int, str]  # (updated_at, device_id): higher wins; the device id breaks ties


def version_of(row: Mapping[Any, Any]) -> Version:
    return (int(row["updated_at"]), str(row["device_id"]))


def to_json(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A row's values as JSON-safe data (UUIDs, dates and times as text)."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, uuid.UUID):
            out[key] = str(value)
        elif isinstance(value, (dt.date, dt.time)):
            out[key] = value.isoformat()
        else:
            out[key] = value
    return out


def from_json(table: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of `to_json` for one table's columns (unknown keys are dropped)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in data:
            continue
        value = data[column.name]
        if value is not None and isinstance(value, str):
            if isinstance(column.type, Uuid):
                value = uuid.UUID(value)
            elif isinstance(column.type, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(column.type, Time):
                value = dt.time.fromisoformat(value)
        out[column.name] = value
    return out
