"""What the smoke test's steps share: the temporary folder, settings and the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from arenadesk.platform.settings import Settings
from arenadesk.store.db.database import Database


class SmokeFailure(Exception):
    """A step found something wrong: its message is the whole explanation (no traceback)."""


@dataclass
class Smoke:
    """What the steps share: the temporary folder, settings and the database."""

    folder: Path
    settings: Settings
    language: str = "nb"
    db: Database | None = None
    arena_id: uuid.UUID | None = None
    reports: dict[str, Path] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.folder / "data" / "smoke.sqlite"

    def open_db(self) -> Database:
        if self.db is None or self.arena_id is None:
            raise SmokeFailure("needs the demo arena, which an earlier step did not create")
        return self.db


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Smoke], str]
    essential: bool = False  # the later steps cannot run without it
