"""What every screen gets from the composition root: the open database, signals, settings."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from arenadesk.i18n.messages import UserError
from arenadesk.platform.settings import Settings
from arenadesk.ui.shell.signals import AppSignals

if TYPE_CHECKING:  # the store loads after the first screen (see store_loader.py)
    from arenadesk.domain.diversity import DiversityMix
    from arenadesk.store.arenas import ArenaDetails
    from arenadesk.store.db.database import Database
    from arenadesk.store.first_screen import FirstScreen
    from arenadesk.store.groups import GroupRow
    from arenadesk.ui.shell.store_loader import StoreLoader


def current_group_of(settings: Settings) -> uuid.UUID | None:
    """The group the runner, boards and report show (one for all three)."""
    try:
        return uuid.UUID(settings.current_group) if settings.current_group else None
    except ValueError:
        return None


class UiContext:
    """Passed into every screen; a replaced database is announced on
    `signals.database_changed`.

    At start-up the database may still be opening (`loader`): the first screen then reads
    `first_screen`, a plain read of what it shows, through the same methods it uses later
    (`arena`, `groups`, `arena_mix`, `group`), and the first use of `db` waits for it."""

    def __init__(
        self,
        db: Database | None,
        settings: Settings,
        signals: AppSignals,
        *,
        loader: StoreLoader | None = None,
        first_screen: FirstScreen | None = None,
    ) -> None:
        assert db is not None or loader is not None
        self._db = db
        self.settings = settings
        self.signals = signals
        self.loader = loader
        self.first_screen = first_screen if db is None else None
        self._arena_id: uuid.UUID | None = first_screen.arena.id if first_screen else None

    # --- the database --------------------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            assert self.loader is not None
            self.loader.wait()  # reports to whoever listens, who calls `attach`
            if self._db is None:  # it failed, and was explained where it was reported
                error = self.loader.error
                if isinstance(error, UserError):
                    raise error
                raise UserError("db.not_open", path=self.loader.path) from error
        return self._db

    @property
    def store_ready(self) -> bool:
        return self._db is not None

    def attach(self, db: Database) -> None:
        """The database the loader opened: from now on every read goes to it."""
        self._db, self.first_screen = db, None

    @property
    def path(self) -> Path | None:
        """The open file (None for a server), known before the store is."""
        if self._db is None:
            assert self.loader is not None
            return self.loader.path
        return self._db.path

    @property
    def location(self) -> str:
        return str(self.path) if self._db is None else self._db.location

    # --- settings ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.settings.language

    @property
    def arena_id(self) -> uuid.UUID:
        if self._arena_id is None:
            from arenadesk.store.arenas import current_arena_id

            self._arena_id = current_arena_id(self.db)
        assert self._arena_id is not None, "screens are built only for a file with an arena"
        return self._arena_id

    @property
    def current_group(self) -> uuid.UUID | None:
        """The group the runner, boards and report show (one for all three)."""
        return current_group_of(self.settings)

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
        old = self._db
        self._db, self._arena_id, self.first_screen = db, None, None
        if old is not None and old is not db:
            old.close()
        self.settings.add_recent(db.location)
        self.signals.database_changed.emit()

    # --- what the first screen and the title show ----------------------------------------

    def arena(self) -> ArenaDetails | None:
        if self.first_screen is not None:
            return self.first_screen.arena
        from arenadesk.store.arenas import get_arena

        return get_arena(self.db, self.arena_id)

    def groups(self) -> list[GroupRow]:
        if self.first_screen is not None:
            return list(self.first_screen.groups)
        from arenadesk.store.groups import list_groups

        return list_groups(self.db, self.arena_id)

    def arena_mix(self) -> DiversityMix:
        """Everyone in the arena once, whatever their groups."""
        if self.first_screen is not None:
            return self.first_screen.mix
        from arenadesk.store.people import arena_diversity

        return arena_diversity(self.db, self.arena_id)

    def group(self, group_id: uuid.UUID) -> GroupRow | None:
        if self.first_screen is not None and group_id == self.current_group:
            return self.first_screen.current_group
        from arenadesk.store.groups import get_group

        return get_group(self.db, group_id)
