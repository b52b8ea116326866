"""What the first screen shows, read with the standard library's sqlite3 alone.

The window can show the arena's overview (details, groups with their members, the arena's
diversity mix) before SQLAlchemy and the models have loaded: this reads exactly those rows
from an SQLite file that has passed the open check (`store.db.fileinfo.inspect_file`). The
rules that turn stored values into rows are the repositories' own (`store.rows`); only the
SQL is written out here, so nothing on this module's import path loads SQLAlchemy.

Values are decoded as SQLAlchemy decodes them on SQLite: a UUID column holds 32 hex digits,
a date `YYYY-MM-DD` text (or NULL for a day not set), a JSON column its JSON text, and a
tombstone `deleted` 0 or 1 (`deleted IS 0` is what `store.db.live.live` compiles to).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from arenadesk.domain.diversity import DiversityMix, mix_of
from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.platform.faults import os_reason
from arenadesk.store.db.fileinfo import has_journal, read_only_connection
from arenadesk.store.rows import (
    ArenaDetails,
    GroupRow,
    MemberRow,
    StoredArena,
    StoredDay,
    StoredGroup,
    StoredMember,
    arena_details,
    first_created,
    group_row,
    listed_groups,
    members_by_group,
)


@dataclass(frozen=True)
class FirstScreen:
    """The overview as the store would give it: `get_arena`, `list_groups`,
    `arena_diversity` and `get_group` of the group that was open last."""

    arena: ArenaDetails
    groups: tuple[GroupRow, ...]
    mix: DiversityMix
    current_group: GroupRow | None


def live(*tables: str) -> str:
    """Not a tombstone, for each table named: the SQL `store.db.live.live` makes on SQLite."""
    return " AND ".join(f"{table}.deleted IS 0" for table in tables)


# The columns of the `Stored*` tuples, in their order.
_ARENAS = (
    "SELECT arena.id, arena.created_at, arena.name, arena.venue, arena.theme, "
    f"arena.organiser, arena.format FROM arena WHERE {live('arena')}"
)
_DAYS = (
    "SELECT arena_day.number, arena_day.id, arena_day.date FROM arena_day "
    f"WHERE arena_day.arena_id = ? AND {live('arena_day')}"
)
_GROUPS = (
    "SELECT challenge_group.id, challenge_group.code, challenge_group.title, "
    "challenge_group.description, challenge_group.main_area, challenge_group.owner_org, "
    f"challenge_group.room FROM challenge_group WHERE {live('challenge_group')} AND "
)
_MEMBERS = (
    "SELECT membership.id, membership.group_id, membership.created_at, person.id, "
    "person.name, person.title, person.organisation, person.perspective, membership.role, "
    "membership.days, membership.attendance_note, membership.position "
    "FROM membership JOIN person ON membership.person_id = person.id "
    f"WHERE {live('membership', 'person')} AND membership.group_id IN "
)
_PERSPECTIVES = (
    f"SELECT person.perspective FROM person WHERE person.arena_id = ? AND {live('person')}"
)


# Each stored value as SQLAlchemy's result processors return it on SQLite.
def _uuid(value: Any) -> uuid.UUID:
    return uuid.UUID(value)  # `Uuid`: 32 hex digits (a hyphenated form reads the same)


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)  # `Date`


def _json(value: Any) -> Any:
    return None if value is None else json.loads(value)  # `JSON`


def _same(value: Any) -> Any:  # integers and text come back as stored
    return value


Stored = TypeVar("Stored")
Decoders = tuple[Callable[[Any], Any], ...]

_ARENA_VALUES: Decoders = (_uuid, _same, _same, _same, _same, _same, _same)
_DAY_VALUES: Decoders = (_same, _uuid, _date)
_GROUP_VALUES: Decoders = (_uuid, _same, _same, _same, _same, _same, _same)
_MEMBER_VALUES: Decoders = (_uuid, _uuid, _same, _uuid, *[_same] * 5, _json, _same, _same)


def _rows(
    connection: sqlite3.Connection,
    sql: str,
    parameters: Sequence[object],
    make: Callable[[Iterable[Any]], Stored],
    decoders: Decoders,
) -> list[Stored]:
    """The rows of a query, each value decoded, made into a `Stored*` value by `make`."""
    return [
        make(decode(value) for decode, value in zip(decoders, row, strict=True))
        for row in connection.execute(sql, parameters)
    ]


def _members(
    connection: sqlite3.Connection, group_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[MemberRow]]:
    marks = ", ".join("?" * len(group_ids))
    stored = _rows(
        connection,
        f"{_MEMBERS}({marks})",
        [g.hex for g in group_ids],
        StoredMember._make,
        _MEMBER_VALUES,
    )
    return members_by_group(stored)


def _read(connection: sqlite3.Connection, current_group: uuid.UUID | None) -> FirstScreen | None:
    arena = first_created(_rows(connection, _ARENAS, (), StoredArena._make, _ARENA_VALUES))
    if arena is None:
        return None
    days = _rows(connection, _DAYS, [arena.id.hex], StoredDay._make, _DAY_VALUES)
    groups: list[StoredGroup] = _rows(
        connection,
        f"{_GROUPS}challenge_group.arena_id = ?",
        [arena.id.hex],
        tuple,
        _GROUP_VALUES,
    )
    group_ids = [group_id for group_id, *_ in groups]
    others: list[StoredGroup] = []
    if current_group is not None and current_group not in group_ids:
        # The group open last may belong to another arena in the file: `get_group` would
        # still give it.
        others = _rows(
            connection,
            f"{_GROUPS}challenge_group.id = ?",
            [current_group.hex],
            tuple,
            _GROUP_VALUES,
        )
    members = _members(connection, group_ids + [group_id for group_id, *_ in others])
    listed = tuple(listed_groups(groups, members))
    shown = [row for row in listed if row.id == current_group]
    shown += [group_row(g, members) for g in others]
    perspectives = [row[0] for row in connection.execute(_PERSPECTIVES, [arena.id.hex])]
    return FirstScreen(
        arena_details(arena, days), listed, mix_of(perspectives), shown[0] if shown else None
    )


def _state(path: Path) -> tuple[bool, tuple[int, ...]]:
    """Whether a -wal or -journal is beside the file, and what changes when anything writes
    to it (the file itself, its size and times)."""
    info = os.stat(path)
    return has_journal(path), (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@contextlib.contextmanager
def _read_only(path: Path, *, immutable: bool) -> Iterator[sqlite3.Connection]:
    """The open check's read-only connection, in one snapshot for every query."""
    with read_only_connection(path, immutable=immutable) as connection:
        connection.execute("BEGIN")
        yield connection


def read_first_screen(path: Path, current_group: uuid.UUID | None = None) -> FirstScreen | None:
    """The first screen of the file's arena, as the store would read it; None when the file
    holds no live arena. `current_group` is the group to show too, if it is still there.

    A file with no -wal or -journal beside it holds every committed row: it is read as
    immutable (as the open check reads it), which creates nothing beside it. Should another
    program write to it meanwhile, that reading is dropped and the file read again under
    SQLite's locks (which leaves an empty -wal and -shm beside a WAL file, as the store's
    own connections do until the last one closes)."""
    path = Path(path)
    try:
        journal, before = _state(path)
        if not journal:
            try:
                with _read_only(path, immutable=True) as connection:
                    screen = _read(connection, current_group)
                if _state(path) == (False, before):
                    return screen
            except (sqlite3.DatabaseError, ValueError, TypeError):
                if _state(path) == (False, before):
                    raise  # not a write meanwhile: the file itself is at fault
        with _read_only(path, immutable=False) as connection:
            return _read(connection, current_group)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError("db.locked", path=path) from exc
        raise UserError("db.corrupt", path=path, detail=os_reason(exc)) from exc
    except sqlite3.Error as exc:
        raise UserError("db.corrupt", path=path, detail=os_reason(exc)) from exc
    except FileNotFoundError as exc:
        raise UserError("db.not_found", path=path) from exc
    except OSError as exc:
        raise UserError("db.unusable_path", path=path, detail=os_reason(exc)) from exc
    except (ValueError, TypeError) as exc:  # a stored value SQLAlchemy could not read either
        detail = Phrase("os.database", detail=str(exc).splitlines()[0][:120] if str(exc) else "")
        raise UserError("db.corrupt", path=path, detail=detail) from exc
