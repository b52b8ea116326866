"""Merging stored images (`photo_content`): by content hash, not by version.

A content row's id is derived from its SHA-256 and its version is fixed, so two rows with
one id are the same bytes (the row rules check both when a package is read). There is
nothing to decide: the target takes the images it does not have yet, each once, read from
the package one at a time at write time (a master taking thirty packages of thirty photos
never holds their bytes all at once), and nothing is ever logged or replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, insert, select

from arenadesk.sync.rows import table_named

if TYPE_CHECKING:
    from arenadesk.sync.merge import PackageOutcome

CONTENT_TABLE = "photo_content"
CHUNK = 500


class ContentPlan:
    """Which package brings which image the target lacks (the first that has it)."""

    def __init__(self) -> None:
        self.wanted: list[tuple[PackageOutcome, Connection, list[str]]] = []

    @classmethod
    def plan(
        cls, target: Connection, sources: list[tuple[PackageOutcome, Connection]]
    ) -> ContentPlan:
        content = table_named(CONTENT_TABLE)
        have = set(target.scalars(select(content.c.sha256)).all())
        plan = cls()
        for outcome, source in sources:
            theirs = source.scalars(select(content.c.sha256).order_by(content.c.sha256)).all()
            new = [sha for sha in theirs if sha not in have]
            have.update(new)
            outcome.added += len(new)
            outcome.unchanged += len(theirs) - len(new)
            if new:
                plan.wanted.append((outcome, source, new))
        return plan

    def write(self, target: Connection) -> None:
        content = table_named(CONTENT_TABLE)
        for _outcome, source, hashes in self.wanted:
            for sha in hashes:
                row = source.execute(select(content).where(content.c.sha256 == sha)).first()
                if row is not None:
                    target.execute(insert(content).values(**row._mapping))
