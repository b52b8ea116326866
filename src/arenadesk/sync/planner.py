"""Deciding a merge, row by row: which version of each row wins, what the target must write,
and which losing versions go to the merge log. `sync/merge.py` validates the packages,
feeds their rows here table by table, and runs the writes in one transaction."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from arenadesk.sync.rows import Version, synced_tables, table_named, to_json, version_of

if TYPE_CHECKING:
    from arenadesk.sync.merge import PackageOutcome

CHUNK = 500


def content_key(row: dict[str, Any]) -> str:
    """A total order on versions with the same stamp and device: their content."""
    text = json.dumps(to_json(row), sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class _Current:
    """The winning version of a row so far, and where it came from."""

    version: Version
    deleted: bool
    data: dict[str, Any] | None  # None: the target's own row, read only if it loses
    base: int
    package_id: str


def now_us() -> int:
    return int(time.time() * 1_000_000)


def _is_conflict(loser: Version, loser_base: int, winner: Version, winner_base: int) -> bool:
    """Both sides edited the row: the losing version was made by another device, after the
    setup its own side started from, and was not known to the winner's side."""
    return loser[1] != winner[1] and loser[0] > max(loser_base, winner_base)


class Planner:
    """Works out, table by table, what a set of packages does to the target."""

    def __init__(self, target: Connection, target_base: int) -> None:
        self.target = target
        self.target_base = target_base
        logs = table_named("merge_log")
        self.logged: set[tuple[str, str, int, str]] = {
            (r[0], str(r[1]), int(r[2]), str(r[3]))
            for r in target.execute(
                select(
                    logs.c.table_name, logs.c.row_id, logs.c.row_updated_at, logs.c.row_device_id
                )
            )
        }
        self.inserts: dict[str, list[dict[str, Any]]] = {}
        self.updates: dict[str, list[dict[str, Any]]] = {}
        self.log_rows: list[dict[str, Any]] = []
        self.highest = 0

    def _existing(self, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, _Current]:
        found: dict[uuid.UUID, _Current] = {}
        columns = (table.c.id, table.c.updated_at, table.c.device_id, table.c.deleted)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in self.target.execute(select(*columns).where(table.c.id.in_(chunk))):
                found[row.id] = _Current(
                    (int(row.updated_at), str(row.device_id)),
                    bool(row.deleted),
                    None,
                    self.target_base,
                    "",
                )
        return found

    def _target_rows(self, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        rows: dict[uuid.UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            for row in self.target.execute(select(table).where(table.c.id.in_(chunk))):
                rows[row.id] = dict(row._mapping)
        return rows

    def plan_table(
        self, table: Table, incoming: list[tuple[PackageOutcome, list[dict[str, Any]]]]
    ) -> None:
        ids = sorted({row["id"] for _o, rows in incoming for row in rows})
        state = self._existing(table, ids)
        original = set(state)
        pending: list[tuple[uuid.UUID, dict[str, Any]]] = []  # target rows that lost
        for outcome, rows in incoming:
            info = outcome.info
            assert info is not None
            for row in rows:
                version = version_of(row)
                self.highest = max(self.highest, version[0])
                current = state.get(row["id"])
                mine = _Current(
                    version, bool(row["deleted"]), row, info.base_clock, info.package_id
                )
                if current is None:
                    state[row["id"]] = mine
                    if mine.deleted:
                        outcome.deleted += 1
                    else:
                        outcome.added += 1
                    continue
                if version == current.version:
                    tie = self._tie(table, row["id"], current, row)
                    if tie is None:
                        outcome.unchanged += 1
                        continue
                    current, wins = tie
                else:
                    wins = version > current.version
                if wins:
                    state[row["id"]] = mine
                    if mine.deleted and not current.deleted:
                        outcome.deleted += 1
                        if row["id"] in original:
                            outcome.removed += 1
                            outcome.deletes_arena |= table.name == "arena"
                    else:
                        outcome.updated += 1
                    entry = self._log(table, row["id"], current, mine, outcome)
                    if entry is not None and current.data is None:
                        pending.append((row["id"], entry))
                else:
                    outcome.unchanged += 1
                    self._log(table, row["id"], mine, current, outcome)
        if pending:
            lost = self._target_rows(table, [row_id for row_id, _e in pending])
            for row_id, entry in pending:
                entry["data"] = to_json(lost[row_id])
        for row_id in ids:
            current = state[row_id]
            if current.data is None:
                continue
            if row_id in original:
                self.updates.setdefault(table.name, []).append(current.data)
            else:
                self.inserts.setdefault(table.name, []).append(current.data)

    def _tie(
        self, table: Table, row_id: uuid.UUID, current: _Current, row: dict[str, Any]
    ) -> tuple[_Current, bool] | None:
        """Two versions with the same stamp and device: None if they are the same; else
        the current one with its data, and whether the incoming one wins by content."""
        data = current.data
        if data is None:
            data = self._target_rows(table, [row_id])[row_id]
        mine, theirs = content_key(row), content_key(data)
        if mine == theirs:
            return None
        known = _Current(current.version, current.deleted, data, current.base, current.package_id)
        return known, mine > theirs

    def _log(
        self,
        table: Table,
        row_id: uuid.UUID,
        loser: _Current,
        winner: _Current,
        outcome: PackageOutcome,
    ) -> dict[str, Any] | None:
        key = (table.name, str(row_id), loser.version[0], loser.version[1])
        if key in self.logged:
            return None
        self.logged.add(key)
        conflict = _is_conflict(loser.version, loser.base, winner.version, winner.base)
        if conflict:
            outcome.conflicts += 1
        entry: dict[str, Any] = {
            "table_name": table.name,
            "row_id": row_id,
            "row_updated_at": loser.version[0],
            "row_device_id": loser.version[1],
            "data": to_json(loser.data) if loser.data is not None else {},
            "kind": "conflict" if conflict else "superseded",
            "winner_updated_at": winner.version[0],
            "winner_device_id": winner.version[1],
            "package_id": outcome.info.package_id if outcome.info else "",
            "logged_at": now_us(),
            "restored_at": None,
        }
        self.log_rows.append(entry)
        return entry

    def write(self, connection: Connection) -> None:
        for table in synced_tables():
            rows = self.inserts.get(table.name)
            if rows:
                connection.execute(insert(table), rows)
            changed = self.updates.get(table.name)
            if changed:
                statement = update(table).where(table.c.id == bindparam("_row_id"))
                params = [
                    {"_row_id": row["id"], **{k: v for k, v in row.items() if k != "id"}}
                    for row in changed
                ]
                connection.execute(statement, params)
        if self.log_rows:
            connection.execute(insert(table_named("merge_log")), self.log_rows)
