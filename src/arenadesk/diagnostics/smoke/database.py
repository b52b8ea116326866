"""Smoke steps on the database: migrating a new file, the demo arenas, the file check."""

from __future__ import annotations

from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure


def step_migrate(smoke: Smoke) -> str:
    from arenadesk.store.db import migrate
    from arenadesk.store.db.database import open_database
    from arenadesk.store.models.arena import SCHEMA_REVISION

    smoke.db = open_database(smoke.db_path, smoke.settings.device)
    revision = migrate.current_revision(smoke.db.engine)
    head = migrate.head_revision()
    if not revision or revision != head or head != SCHEMA_REVISION:
        raise SmokeFailure(
            f"schema is {revision}, the migrations' head is {head}, "
            f"the code expects {SCHEMA_REVISION}"
        )
    return f"schema {revision} ({len(migrate.known_revisions())} migrations)"


def step_demo(smoke: Smoke) -> str:
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.groups import list_groups
    from arenadesk.store.people import list_people

    if smoke.db is None:
        raise SmokeFailure("needs the database from the migration step")
    smoke.arena_id = create_demo_arena(smoke.db)
    groups = list_groups(smoke.db, smoke.arena_id)
    people = list_people(smoke.db, smoke.arena_id)
    if not groups or not people:
        raise SmokeFailure(f"the demo arena has {len(groups)} groups, {len(people)} people")
    return f"{len(groups)} groups, {len(people)} people"


def step_open_space(smoke: Smoke) -> str:
    """The Open Space demo in a file of its own, and the list of its inputs read back."""
    from arenadesk.demo.open_space import create_open_space_demo
    from arenadesk.store.conversations import list_conversations
    from arenadesk.store.db.database import open_database

    db = open_database(smoke.folder / "data" / "open-space.sqlite", smoke.settings.device)
    try:
        arena_id = create_open_space_demo(db)
        numbers = [row.number for row in list_conversations(db, arena_id)]
    finally:
        db.close()
    if len(numbers) != 50 or len(set(numbers)) != 50 or None in numbers:
        raise SmokeFailure(f"the Open Space demo lists {len(numbers)} inputs: {numbers[:5]}")
    return f"{len(numbers)} inputs, {numbers[0]}–{numbers[-1]}"


def step_file_check(smoke: Smoke) -> str:
    from arenadesk.store.db.fileinfo import APPLICATION_ID, inspect_file

    if smoke.db is not None:
        smoke.db.close()
        smoke.db = None
    info = inspect_file(smoke.db_path)
    if info.integrity != "ok" or info.application_id != APPLICATION_ID:
        raise SmokeFailure(f"integrity {info.integrity}, application id {info.application_id:x}")
    return f"integrity ok, {sum(info.row_counts.values())} rows, {info.size // 1000} kB"
