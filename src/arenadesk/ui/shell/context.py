"""What every screen gets from the composition root: the open database, signals, settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from arenadesk.platform.settings import Settings
from arenadesk.store.arenas import current_arena_id
from arenadesk.store.db.database import Database
from arenadesk.ui.shell.signals import AppSignals


@dataclass
class UiContext:
    """Passed into every screen; replaced database is announced on `signals.database_changed`."""

    db: Database
    settings: Settings
    signals: AppSignals
    _arena_id: uuid.UUID | None = field(default=None, repr=False)

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def arena_id(self) -> uuid.UUID:
        if self._arena_id is None:
            self._arena_id = current_arena_id(self.db)
        assert self._arena_id is not None, "screens are built only for a file with an arena"
        return self._arena_id

    def switch_database(self, db: Database) -> None:
        old = self.db
        self.db, self._arena_id = db, None
        if old is not db:
            old.close()
        self.settings.add_recent(db.location)
        self.signals.database_changed.emit()
