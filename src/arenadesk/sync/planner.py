"""Deciding a merge, row by row, one package at a time: which version of each row wins, what
the target must write, and which losing versions go to the merge log.

`sync/merge.py` opens each package in turn and feeds its rows here, table by table, in
chunks as they are read (and checked). Each chunk costs one bulk read of the target's
stamps for its ids, one read of the full rows that lose or tie, one read of the merge log
for the versions about to be logged, and one executemany per kind of write — all with
statements compiled once and reused. Memory holds one chunk, never a whole package.
"""

from __future__ import annotations

import hashlib
import json
import time
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, insert, select

from arenadesk.sync.content import CONTENT_TABLE
from arenadesk.sync.intake import StoredRows
from arenadesk.sync.rows import Version, table_named, to_json
from arenadesk.sync.targets import Row, layout, target_for

if TYPE_CHECKING:
    from arenadesk.sync.merge import PackageOutcome


def content_key(row: dict[str, Any]) -> str:
    """A total order on versions with the same stamp and device: their content."""
    text = json.dumps(to_json(row), sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def now_us() -> int:
    return int(time.time() * 1_000_000)


def _is_conflict(loser: Version, loser_base: int, winner: Version, winner_base: int) -> bool:
    """Both sides edited the row: the losing version was made by another device, after the
    setup its own side started from, and was not known to the winner's side."""
    return loser[1] != winner[1] and loser[0] > max(loser_base, winner_base)


@cache
def _logged_versions() -> Any:
    logs = table_named("merge_log")
    columns = (logs.c.row_id, logs.c.row_updated_at, logs.c.row_device_id, logs.c.data_key)
    return select(*columns).where(
        logs.c.table_name == bindparam("table"),
        logs.c.row_id.in_(bindparam("ids", expanding=True)),
    )


@cache
def _log_insert() -> Any:
    return insert(table_named("merge_log"))


class PackageMerge:
    """Merges one package's rows into the target, chunk by chunk, inside the caller's
    transaction (which makes the package all-or-nothing)."""

    def __init__(self, target: Connection, target_base: int, outcome: PackageOutcome) -> None:
        assert outcome.info is not None
        self.target = target
        self.writer = target_for(target)
        self.target_base = target_base
        self.outcome = outcome
        self.base = outcome.info.base_clock
        self.package_id = outcome.info.package_id
        self.highest = 0
        self.logged = 0

    def chunk(self, table: Table, stored: StoredRows) -> None:
        """Take in a chunk of the package's rows of one table, as read (and checked)."""
        if not stored:
            return
        writer = self.writer
        shape = layout(table.name)
        at_id, at_deleted = shape.id, shape.deleted
        rows = writer.rows(table, stored)
        outcome = self.outcome
        existing = writer.stamps(table, [row[at_id] for row in rows])
        if table.name == CONTENT_TABLE:  # images: by hash, the ones the target lacks
            new = [row for row in rows if row[at_id] not in existing]
            if new:
                writer.insert(table, new)
            # Not counted: a photo is one thing to a person, its row (which says whether
            # it was added, changed or removed), though its image travels in a row apart.
            return
        inserts: list[Row] = []
        ties: list[Row] = []
        beaten: list[Row] = []  # incoming rows that replace the target's
        # (the losing version's data, its side's base, the winner, the winner's side's base)
        losers: list[tuple[dict[str, Any], int, Version, int]] = []
        for row in rows:
            version = shape.version(row)
            if version[0] > self.highest:
                self.highest = version[0]
            known = existing.get(row[at_id])
            if known is None:
                inserts.append(row)
                if row[at_deleted]:
                    outcome.deleted += 1
                else:
                    outcome.added += 1
            elif version == known[0]:
                ties.append(row)
            elif version > known[0]:
                beaten.append(row)
            else:
                outcome.unchanged += 1
                losers.append((writer.python(table, row), self.base, known[0], self.target_base))
        updates: list[Row] = []
        if ties or beaten:
            theirs = writer.full_rows(table, [row[at_id] for row in (*ties, *beaten)])
            for row in ties:
                mine = writer.python(table, row)
                key, current = content_key(mine), content_key(theirs[row[at_id]])
                if key == current:
                    outcome.unchanged += 1
                elif key > current:
                    beaten.append(row)
                else:
                    outcome.unchanged += 1
                    losers.append((mine, self.base, existing[row[at_id]][0], self.target_base))
            for row in beaten:
                if row[at_deleted] and not existing[row[at_id]][1]:
                    outcome.deleted += 1
                    outcome.removed += 1
                    outcome.deletes_arena |= table.name == "arena"
                else:
                    outcome.updated += 1
                updates.append(row)
                winner = shape.version(row)
                losers.append((theirs[row[at_id]], self.target_base, winner, self.base))
        if inserts:
            writer.insert(table, inserts)
        if updates:
            writer.update(table, updates)
        if losers:
            self._log(table, losers)

    def _log(self, table: Table, losers: list[tuple[dict[str, Any], int, Version, int]]) -> None:
        """Every losing version, once: the merge log is keyed by version and content, so
        three versions with one stamp and device are all kept."""
        entries: dict[tuple[str, int, str, str], dict[str, Any]] = {}
        for data, loser_base, winner, winner_base in losers:
            loser = (int(data["updated_at"]), str(data["device_id"]))
            data_json = to_json(data)
            key = (str(data["id"]), loser[0], loser[1], content_key(data_json))
            if key in entries:
                continue
            conflict = _is_conflict(loser, loser_base, winner, winner_base)
            entries[key] = {
                "table_name": table.name,
                "row_id": data["id"],
                "row_updated_at": loser[0],
                "row_device_id": loser[1],
                "data_key": key[3],
                "data": data_json,
                "kind": "conflict" if conflict else "superseded",
                "winner_updated_at": winner[0],
                "winner_device_id": winner[1],
                "package_id": self.package_id,
                "logged_at": now_us(),
                "restored_at": None,
            }
        already = {
            (str(r.row_id), int(r.row_updated_at), str(r.row_device_id), str(r.data_key))
            for r in self.target.execute(
                _logged_versions(),
                {"table": table.name, "ids": [entry["row_id"] for entry in entries.values()]},
            )
        }
        fresh = [entry for key, entry in entries.items() if key not in already]
        for entry in fresh:
            if entry["kind"] == "conflict":
                self.outcome.conflicts += 1
        if fresh:
            self.target.execute(_log_insert(), fresh)
            self.logged += len(fresh)
