"""Reading a package or setup file as data: bounds, identity and every row, in one pass.

`check_package_rows` streams each table once through a cursor (memory stays flat however
large a table is) and feeds every row to a `RowCheck`, which applies the one rule set
(`store/db/row_rules.py`) and what a package must agree with: its meta's arena, its kind
(a setup file carries setup tables only), empty local logs, and stamps between 2000 and a
day past this machine's clock. The first problems are kept, each as (table, row, column,
reason); a package with any is refused whole before anything is written.

Bounds: the largest real arena (the 2017 arena: about 30 groups, 300 people, some 3,000
notes; a master of about 5 MB) ×10 gives the limits below, documented in the README, plus
room for photos in the file's size.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.store.db.row_rules import (
    DAY_US,
    LATEST_STAMP_ANYWHERE,
    Reason,
    StampWindow,
    row_problems,
    when_text,
)
from arenadesk.store.db.schema_check import quote
from arenadesk.sync.rows import SETUP_TABLES, synced_tables

# A package or setup file: the text of the largest arena ×10 (some 50 MB) and 250 photos
# at their largest stored size (800 KB), e.g. an Open Space day-2 setup file with a photo
# of every input sheet.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ROWS_PER_TABLE = 100_000  # rows of one table in a package or setup file
MAX_META_ROWS, MAX_META_VALUE = 64, 1_000
FIRST_PROBLEMS = 5  # how many problems a message names
LOCAL_TABLES = ("import_log", "merge_log")


def now_us() -> int:
    return int(time.time() * 1_000_000)


@dataclass
class RowCheck:
    """One checking pass over a package's rows; `feed` each row once, in any order."""

    kind: str
    arena_id: uuid.UUID | None
    window: StampWindow
    # Stamps more than a day ahead (up to 2200) accepted after the person was told which
    # laptop's clock is wrong; they never move the target's clock (sync/merge.py).
    accept_future: bool = False
    problems: list[Phrase] = field(default_factory=list)
    problem_count: int = 0
    rows: int = 0
    highest: int = 0
    future: int = 0  # the latest stamp past the window, if any
    arenas: set[str] = field(default_factory=set)

    def _add(self, table: str, row: int, column: str, reason: Reason) -> None:
        self.problem_count += 1
        if len(self.problems) < FIRST_PROBLEMS:
            text = Phrase(reason.key, limit=reason.limit)
            self.problems.append(
                Phrase("sync.row_problem", table=table, row=row, column=column, reason=text)
            )

    def feed(self, table: str, row_number: int, row: Mapping[str, Any]) -> None:
        if table in LOCAL_TABLES:
            self._add(table, row_number, "id", Reason("rule.local_table"))
            return
        self.rows += 1
        if self.kind == "setup" and table not in SETUP_TABLES:
            self._add(table, row_number, "id", Reason("rule.not_in_setup"))
            return
        if self.kind == "setup" and table == "support_template" and row.get("group_id"):
            self._add(table, row_number, "group_id", Reason("rule.not_in_setup"))
        if self.kind == "setup" and table == "photo" and not row.get("conversation_id"):
            self._add(table, row_number, "conversation_id", Reason("rule.not_in_setup"))
        for column, reason in row_problems(table, row, self.window):
            value = row[column]
            if reason.key == "rule.stamp" and isinstance(value, int) and value > self.window.latest:
                self.future = max(self.future, value)
                continue
            self._add(table, row_number, column, reason)
        stamp = row.get("updated_at")
        if isinstance(stamp, int) and not isinstance(stamp, bool):
            self.highest = max(self.highest, stamp)
        own = row.get("id") if table == "arena" else row.get("arena_id")
        if own is not None and table == "arena":
            self.arenas.add(_hex(own))
        if own is not None and self.arena_id is not None and _hex(own) != self.arena_id.hex:
            self._add(
                table,
                row_number,
                "arena_id" if table != "arena" else "id",
                Reason("rule.wrong_arena"),
            )

    def raise_for(self, name: str, device_name: str) -> None:
        """Refuse the package (a UserError naming its first problems), or return."""
        if self.problem_count:
            shown: list[object] = list(self.problems)
            if self.problem_count > len(self.problems):
                shown.append(Phrase("sync.more_problems", count=self.problem_count - len(shown)))
            raise UserError("sync.bad_rows", name=name, problems=shown)
        if self.arena_id is not None and self.arenas != {self.arena_id.hex}:
            raise UserError("sync.bad_meta", name=name, detail="arena_id")
        acceptable = self.future <= LATEST_STAMP_ANYWHERE  # year 2200
        if self.future and (not self.accept_future or not acceptable):
            when = when_text(self.future)
            raise UserError(
                "sync.future", name=name, when=when, device=device_name, acceptable=acceptable
            )


def _hex(value: Any) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()


def check_meta(meta: Mapping[str, str], name: str) -> None:
    """A package's meta is a handful of short texts."""
    if len(meta) > MAX_META_ROWS:
        raise UserError("sync.bad_meta", name=name, detail="meta")
    for key, value in meta.items():
        if not isinstance(key, str) or not isinstance(value, str) or len(value) > MAX_META_VALUE:
            raise UserError("sync.bad_meta", name=name, detail=str(key)[:64])


def read_rows(
    connection: sqlite3.Connection, table: str, check: RowCheck, *, name: str, chunk: int = 500
) -> Iterator[list[dict[str, Any]]]:
    """A table's rows as stored (plain SQLite values), in chunks, each fed to `check` as it
    is read: the one pass over the rows that both checks and (for a merge) takes them in."""
    cursor = connection.execute(f"SELECT rowid, * FROM {quote(table)}")
    columns = [d[0] for d in cursor.description][1:]
    count = 0
    while True:
        values = cursor.fetchmany(chunk)
        if not values:
            return
        rows = []
        for row in values:
            count += 1
            if count > MAX_ROWS_PER_TABLE:
                raise UserError(
                    "sync.too_many_rows", name=name, table=table, limit=MAX_ROWS_PER_TABLE
                )
            data = dict(zip(columns, row[1:], strict=True))
            check.feed(table, int(row[0]), data)
            rows.append(data)
        yield rows


def new_check(
    kind: str, arena_id: uuid.UUID | None, *, now: int | None = None, accept_future: bool = False
) -> RowCheck:
    window = StampWindow.around_now(now if now is not None else now_us(), DAY_US)
    return RowCheck(kind, arena_id, window, accept_future=accept_future)


def check_package_rows(
    connection: sqlite3.Connection,
    *,
    name: str,
    kind: str,
    arena_id: uuid.UUID | None,
    device_name: str,
    now: int | None = None,
    accept_future: bool = False,
) -> RowCheck:
    """Stream every row of every table through one `RowCheck`; raise for a bad package."""
    check = new_check(kind, arena_id, now=now, accept_future=accept_future)
    for table in (*(t.name for t in synced_tables()), *LOCAL_TABLES):
        for _rows in read_rows(connection, table, check, name=name):
            pass
    check.raise_for(name, device_name)
    return check
