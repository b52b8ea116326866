"""Every row of a working file held to the one rule set before the file is opened.

A file opened from outside (Fil → Åpne…, the command line's `--db`) may have been written
by anything: `content_check` finds values of the wrong form, this finds values of the right
form that no form would have let through (a 10 MB name, an infinite note position, a days
list of strings, a stamp past the year 2200) and that would crash or hang a report later.
The rules are `row_rules.row_problems`, the same a package, a setup file and a write to
PostgreSQL are held to; a working file's stamps may lie ahead of this machine's clock (it
may have been wrong for a while) but not past 2200.

Each table is read through a cursor in chunks, so memory stays flat however large the file,
and reading stops at the first few problems. A chunk is first held to the rules a column at
a time (`chunk_passes`, as a merge does); only a chunk that may break one is read row by
row, to name each problem.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from arenadesk.i18n.messages import Phrase
from arenadesk.store.db.row_rules import StampWindow, chunk_passes, row_problems
from arenadesk.store.db.schema_check import quote
from arenadesk.store.db.schema_facts import synced_tables

FIRST_PROBLEMS = 5  # how many problems the message names; reading stops there
CHUNK_ROWS = 500
CHUNK_IMAGES = 4  # rows of a table holding images (up to 800 KB each) read at a time


def file_row_problems(
    connection: sqlite3.Connection, tables: list[str], window: StampWindow | None = None
) -> list[Phrase]:
    """The first problems (table, row, column, reason) in the file's synced tables."""
    window = window or StampWindow()  # 2000 to year 2200
    problems: list[Phrase] = []
    present = set(tables)
    for table in synced_tables():
        if table not in present:
            continue
        info = connection.execute(f"PRAGMA table_info({quote(table)})").fetchall()
        # A file of an older revision lacks the columns it has not yet been upgraded to.
        columns = {row[1] for row in info}
        blobs = any(str(row[2]).upper() == "BLOB" for row in info)
        cursor = connection.execute(f"SELECT rowid, * FROM {quote(table)}")
        names = [d[0] for d in cursor.description][1:]
        chunk = CHUNK_IMAGES if blobs else CHUNK_ROWS
        while rows := cursor.fetchmany(chunk):
            if chunk_passes(table, names, [values[1:] for values in rows], window):
                continue  # checked a column at a time; only a doubtful chunk row by row
            for values in rows:
                row: dict[str, Any] = dict(zip(names, values[1:], strict=True))
                for column, reason in row_problems(table, row, window):
                    if column not in columns:
                        continue
                    problems.append(
                        Phrase(
                            "sync.row_problem",
                            table=table,
                            row=int(values[0]),
                            column=column,
                            reason=Phrase(reason.key, limit=reason.limit),
                        )
                    )
                    if len(problems) >= FIRST_PROBLEMS:
                        cursor.close()
                        return problems
    return problems
