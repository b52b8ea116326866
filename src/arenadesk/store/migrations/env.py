"""Alembic environment: runs on the connection handed over by arenadesk.store.db.migrate."""

from __future__ import annotations

from alembic import context

from arenadesk.store.db.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app drives migrations
    raise RuntimeError("ArenaDesk migrations run through arenadesk.store.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
