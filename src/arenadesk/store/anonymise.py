"""Exported copies of an arena file that carry nothing deleted, and anonymised copies.

`VACUUM INTO` writes only live pages, so text that was overwritten or deleted (and may
linger in the live file's free pages) is not in the copy. The anonymised copy goes
further: tombstoned rows are removed, names become role and perspective ("Deltaker
(bruker) 3"), job titles and organisations are blanked, and every person's full name is
replaced by their label in the free texts. It is meant for sharing results beyond the
arena, never for merging back.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

from arenadesk.domain.vocabulary import ROLE_ORDER, Perspective, Role
from arenadesk.i18n.messages import UserError, message
from arenadesk.platform.faults import os_reason
from arenadesk.platform.files import publish
from arenadesk.store.db.database import Database
from arenadesk.store.db.schema import synced_models
from arenadesk.store.erase import TEXT_COLUMNS, name_pattern, replace_name


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm"))


def _remove(path: Path) -> None:
    for file in _sidecars(path):
        file.unlink(missing_ok=True)


def _vacuum_into(source: Path, target: Path) -> None:
    with contextlib.closing(sqlite3.connect(source)) as connection:
        connection.execute("VACUUM INTO ?", (str(target),))


def _checked_target(db: Database, target: Path) -> Path:
    if db.path is None:
        raise UserError("export.needs_file")
    target = Path(target)
    if target.resolve() == db.path.resolve():
        raise UserError("export.onto_itself", path=target)
    return target


def _finish(partial: Path, target: Path) -> None:
    """Make the copy a closed, self-contained file and put it under its real name."""
    with contextlib.closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    for stale in _sidecars(target)[1:]:
        stale.unlink(missing_ok=True)
    publish(partial, target)


def export_clean_copy(db: Database, target: Path) -> Path:
    """A consistent copy without free pages (deleted text is gone; tombstones stay, so the
    copy still syncs)."""
    target = _checked_target(db, target)
    assert db.path is not None
    partial = target.with_name(f".{target.name}.partial")
    try:
        _remove(partial)
        _vacuum_into(db.path, partial)
        _finish(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise UserError("export.failed", path=target, detail=os_reason(exc)) from exc
    return target


def export_anonymised(db: Database, target: Path, language: str = "nb") -> Path:
    """A copy for sharing beyond the arena: no deleted rows, no names, no photos."""
    target = _checked_target(db, target)
    assert db.path is not None
    work = target.with_name(f".{target.name}.work")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _remove(work)
        _remove(partial)
        _vacuum_into(db.path, work)
        with contextlib.closing(sqlite3.connect(work)) as connection:
            connection.execute("PRAGMA secure_delete=ON")
            _drop_deleted_rows(connection)
            _anonymise_people(connection, language)
            # A photo of a flip-chart may show names and faces: none leaves anonymised.
            for table in ("photo", "photo_content", "photo_original"):
                connection.execute(f'DELETE FROM "{table}"')
            connection.execute(
                "UPDATE meta SET value = ? WHERE key = 'file_id'", (uuid.uuid4().hex,)
            )
            connection.execute("INSERT OR REPLACE INTO meta VALUES ('anonymised', '1')")
            connection.commit()
        _vacuum_into(work, partial)
        _finish(partial, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise UserError("export.failed", path=target, detail=os_reason(exc)) from exc
    finally:
        _remove(work)
    return target


def _drop_deleted_rows(connection: sqlite3.Connection) -> None:
    """Tombstones out, then every row that pointed at one (a deleted board's notes...)."""
    connection.execute("PRAGMA foreign_keys=OFF")
    for model in synced_models():
        table = model.__table__.name  # type: ignore[attr-defined]
        connection.execute(f'DELETE FROM "{table}" WHERE deleted = 1')
    while True:
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            break
        for table, rowid, _parent, _fk in orphans:
            connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))


def label_for(role: Role, perspective: Perspective, number: int, language: str) -> str:
    return message(
        "anon.label",
        language,
        role=message(f"anon.role.{role.value}", language),
        perspective=message(f"perspective.{perspective.value}", language),
        number=number,
    )


def _anonymise_people(connection: sqlite3.Connection, language: str) -> None:
    rank = {role.value: index for index, role in enumerate(ROLE_ORDER)}
    people = connection.execute(
        "SELECT id, name, perspective FROM person ORDER BY created_at, id"
    ).fetchall()
    roles: dict[str, str] = {}
    for person_id, role in connection.execute("SELECT person_id, role FROM membership"):
        if person_id not in roles or rank.get(role, 99) < rank.get(roles[person_id], 99):
            roles[person_id] = role
    counters: Counter[tuple[str, str]] = Counter()
    replacements = []
    for person_id, name, perspective in people:
        role = Role(roles.get(person_id, Role.PARTICIPANT.value))
        view = Perspective(perspective) if perspective in set(Perspective) else Perspective.OTHER
        counters[(role, view)] += 1
        label = label_for(role, view, counters[(role, view)], language)
        connection.execute(
            "UPDATE person SET name = ?, title = '', organisation = '', email = '', "
            "group_wish = '', note = '' WHERE id = ?",
            (label, person_id),
        )
        pattern = name_pattern(name)
        if pattern is not None:
            replacements.append((pattern, label))
    # Longer names first: "Anne Marie Berg" before a person called "Anne Marie".
    replacements.sort(key=lambda item: len(item[0].pattern), reverse=True)
    for model, columns in TEXT_COLUMNS.items():
        table = model.__tablename__
        rows = connection.execute(f'SELECT rowid, {", ".join(columns)} FROM "{table}"').fetchall()
        for row in rows:
            rowid, values = row[0], row[1:]
            new = list(values)
            for index in range(len(values)):
                for pattern, label in replacements:
                    new[index] = replace_name(new[index], pattern, label)
            if new != list(values):
                assignments = ", ".join(f"{c} = ?" for c in columns)
                connection.execute(
                    f'UPDATE "{table}" SET {assignments} WHERE rowid = ?', (*new, rowid)
                )
