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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.store.db.row_rules import (
    DAY_US,
    LATEST_STAMP_ANYWHERE,
    Reason,
    StampWindow,
    chunk_passes,
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
# Tables whose rows a setup file holds to rules of their own (see RowCheck.feed).
_SETUP_ROW_RULES = ("support_template", "photo")


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

    def feed_chunk(
        self, table: str, names: Sequence[str], read: Sequence[tuple[Any, ...]]
    ) -> list[tuple[Any, ...]]:
        """Check rows as read (each its rowid, then the values of the columns `names`);
        return them without the rowid. A chunk every rule accepts is checked a column at a
        time; any other is checked row by row, which names each problem."""
        rows = [values[1:] for values in read]
        if not self._chunk_passes(table, names, rows):
            for values, row in zip(read, rows, strict=True):
                self.feed(table, int(values[0]), dict(zip(names, row, strict=True)))
        return rows

    def _chunk_passes(self, table: str, names: Sequence[str], rows: list[tuple[Any, ...]]) -> bool:
        """Take in a chunk that `feed` would take without a word, as `feed` would; False
        (having taken in nothing) for any other."""
        if table in LOCAL_TABLES or not rows:
            return not rows
        if self.kind == "setup" and (table not in SETUP_TABLES or table in _SETUP_ROW_RULES):
            return False
        if not chunk_passes(table, names, rows, self.window):
            return False
        # Every id is now 32 lower-case hex digits and every stamp a whole number in the
        # window, so they compare as they are.
        index = {name: number for number, name in enumerate(names)}
        owners: set[Any] = set()
        owner = "id" if table == "arena" else "arena_id"
        if owner in index:
            owners = set(map(itemgetter(index[owner]), rows))
            owners.discard(None)
            if self.arena_id is not None and not owners <= {self.arena_id.hex}:
                return False
        if table == "arena":
            self.arenas |= owners
        if "updated_at" in index:
            self.highest = max(self.highest, *map(itemgetter(index["updated_at"]), rows))
        self.rows += len(rows)
        return True

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


@dataclass(frozen=True)
class StoredRows:
    """A chunk of one table's rows as stored: tuples of the values of the columns `names`."""

    names: tuple[str, ...]
    values: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.values)


def read_rows(
    connection: sqlite3.Connection, table: str, check: RowCheck, *, name: str, chunk: int = 500
) -> Iterator[StoredRows]:
    """A table's rows as stored (plain SQLite values), in chunks, each fed to `check` as it
    is read: the one pass over the rows that both checks and (for a merge) takes them in."""
    cursor = connection.execute(f"SELECT rowid, * FROM {quote(table)}")
    columns = tuple(d[0] for d in cursor.description[1:])
    count = 0
    while True:
        values = cursor.fetchmany(chunk)
        if not values:
            return
        count += len(values)
        if count > MAX_ROWS_PER_TABLE:
            raise UserError("sync.too_many_rows", name=name, table=table, limit=MAX_ROWS_PER_TABLE)
        yield StoredRows(columns, check.feed_chunk(table, columns, values))


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
