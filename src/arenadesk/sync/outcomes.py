"""What a merge did or would do, package by package: each package's outcome and counts,
and whether it waits for the person's confirmation (another arena, many deletions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from arenadesk.i18n.messages import Phrase, UserError
from arenadesk.sync.content import CONTENT_TABLE
from arenadesk.sync.package import PackageInfo

# Tables whose rows are not what a person counts: the file's own bookkeeping, and the
# images of photos (a photo is one thing, counted by its row in `photo`).
_NOT_COUNTED = ("meta", "import_log", "merge_log", CONTENT_TABLE)

# Outcome of one package.
MERGE, REJECTED, ALREADY = "merge", "rejected", "already"


@dataclass
class PackageOutcome:
    path: Path
    info: PackageInfo | None
    status: str
    error: UserError | None = None
    other_arena: bool = False
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    unchanged: int = 0
    removed: int = 0  # the target's live rows this package turns into tombstones
    deletes_arena: bool = False
    needs_deletion_confirmation: bool = False

    @property
    def changes(self) -> int:
        return self.added + self.updated + self.deleted


@dataclass
class MergePreview:
    outcomes: list[PackageOutcome]

    @property
    def rejected(self) -> list[PackageOutcome]:
        return [o for o in self.outcomes if o.status == REJECTED]

    @property
    def needs_confirmation(self) -> list[PackageOutcome]:
        """Packages of another arena than the target's: merged only when confirmed."""
        return [o for o in self.outcomes if o.status == MERGE and o.other_arena]

    @property
    def deletions_to_confirm(self) -> list[PackageOutcome]:
        """Packages that delete the arena or most of their rows: merged only when confirmed."""
        return [o for o in self.outcomes if o.status == MERGE and o.needs_deletion_confirmation]

    def total(self, name: str) -> int:
        return sum(int(getattr(o, name)) for o in self.outcomes)


@dataclass
class MergeResult(MergePreview):
    written: bool = False
    logged: int = field(default=0)
    backup: Path | None = None  # the master as it was before this merge


def needs_deletion_confirmation(outcome: PackageOutcome) -> bool:
    """It deletes the arena, or more than half of the package's rows."""
    assert outcome.info is not None
    rows = sum(n for t, n in outcome.info.row_counts.items() if t not in _NOT_COUNTED)
    return outcome.deletes_arena or (outcome.removed > 0 and 2 * outcome.removed > rows)


def reset(outcome: PackageOutcome) -> None:
    outcome.added = outcome.updated = outcome.deleted = outcome.conflicts = 0
    outcome.unchanged = outcome.removed = 0
    outcome.deletes_arena = False


def deletion_what(outcome: PackageOutcome) -> Phrase:
    """What a package deletes: the arena, or so many of its rows."""
    assert outcome.info is not None
    rows = sum(n for t, n in outcome.info.row_counts.items() if t not in _NOT_COUNTED)
    if outcome.deletes_arena:
        return Phrase("sync.deletes_arena")
    return Phrase("sync.deletes_rows", deleted=outcome.removed, rows=rows)


def deletion_error(outcome: PackageOutcome) -> UserError:
    return UserError("sync.deletions", name=outcome.path.name, what=deletion_what(outcome))
