"""The complete schema: imports every model module, so metadata and migrations see all."""

from __future__ import annotations

from arenadesk.store.models import (  # noqa: F401  (registers their tables)
    boards,
    open_space,
    photos,
    plans,
    reports,
    sync,
)
from arenadesk.store.models.arena import Base, SyncMixin


def synced_models() -> list[type[SyncMixin]]:
    """Every table with sync columns, in a stable order."""
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncMixin)]
    return sorted(classes, key=lambda c: c.__name__)
