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

    @property
    def current_group(self) -> uuid.UUID | None:
        """The group the runner, boards and report show (one for all three)."""
        try:
            return uuid.UUID(self.settings.current_group) if self.settings.current_group else None
        except ValueError:
            return None

    def choose_group(self, group_id: uuid.UUID | None, session: int | None = None) -> None:
        """Make a group (and økt) current, remember it, and tell the other screens."""
        text = str(group_id) if group_id else ""
        same_group = text == self.settings.current_group
        if same_group and (session is None or session == self.settings.current_session):
            return
        self.settings.current_group = text
        if session is not None:
            self.settings.current_session = session
        self.settings.save()
        # Another økt of the same group is announced too: the window title names both.
        self.signals.group_chosen.emit(group_id)

    def switch_database(self, db: Database) -> None:
        old = self.db
        self.db, self._arena_id = db, None
        if old is not db:
            old.close()
        self.settings.add_recent(db.location)
        self.signals.database_changed.emit()
