"""Erasing a participant's personal data everywhere in a file.

The person row stays as a tombstone (so the erasure syncs: a newer tombstone with blank
fields replaces the organiser's copy of the row), with name, job title and organisation
blanked; their memberships are tombstoned; their full name is replaced by ERASED in
every free text (report sections, next steps, self-evaluation, notes). Old versions of
the rows are not left in the file's free pages or its write-ahead log: the erasing
transaction runs with `secure_delete` and the log is truncated afterwards.
"""

from __future__ import annotations

import glob
import re
import sqlite3
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select

from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError
from arenadesk.store.conversations import TEXT_FIELDS as CONVERSATION_FIELDS
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup, Person
from arenadesk.store.models.boards import Board, Note
from arenadesk.store.models.open_space import (
    OpenSpaceConversation,
    OpenSpaceParticipant,
    OpenSpaceTopic,
)
from arenadesk.store.models.reports import (
    ActionItemRow,
    GroupReportExtra,
    GroupReportText,
    SelfEvaluationRow,
)
from arenadesk.store.reports import TEXT_FIELDS

ERASED = "[slettet]"

# The free-text columns a name may have been typed into, per table.
TEXT_COLUMNS: dict[type[Any], tuple[str, ...]] = {
    GroupReportText: TEXT_FIELDS,
    ActionItemRow: ("what", "who", "when_text"),
    SelfEvaluationRow: ("results", "reasons_text", "tips"),
    GroupReportExtra: ("text",),
    Note: ("text",),
    OpenSpaceTopic: ("title", "convener"),
    OpenSpaceConversation: tuple(CONVERSATION_FIELDS),
}


@dataclass(frozen=True)
class Erasure:
    person_id: uuid.UUID
    texts_changed: int  # free-text fields where the name was replaced
    backups_removed: tuple[Path, ...] = ()


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The full name as a whole phrase, any case, any run of spaces between its words."""
    words = unicodedata.normalize("NFC", name).split()
    if not words:
        return None
    return re.compile(
        # Norwegian genitive ("Kari Nordmanns idé") is the name too.
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?:['’]?s)?(?!\w)",
        re.IGNORECASE,
    )


def replace_name(text: str, pattern: re.Pattern[str], replacement: str = ERASED) -> str:
    return pattern.sub(replacement, unicodedata.normalize("NFC", text))


def erase_person(
    db: Database, person_id: uuid.UUID, *, backups_root: Path | None = None
) -> Erasure:
    """Blank the person, tombstone them and their memberships, scrub their name from texts.
    Cannot be undone (the old values are overwritten in the file, not kept)."""
    with db.session() as session:
        if db.engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        person = session.get(Person, person_id)
        if person is None:
            raise UserError("erase.missing")
        pattern = name_pattern(person.name)
        arena_id = person.arena_id
        person.name, person.title, person.organisation = "", "", ""
        person.email, person.group_wish, person.note = "", "", ""
        person.perspective = Perspective.UNKNOWN.value
        person.deleted = True
        for membership in person.memberships:
            membership.attendance_note = ""  # a note may say why someone left early
            if not membership.deleted:
                membership.deleted = True
        for participant in session.scalars(
            select(OpenSpaceParticipant).where(
                OpenSpaceParticipant.person_id == person_id,
                live(OpenSpaceParticipant),
            )
        ):
            participant.deleted = True
        changed = _scrub_texts(session, arena_id, pattern) if pattern else 0
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as connection:
            # The log still holds the pages as they were before: write them into the file
            # (where secure_delete zeroed the old cells) and empty the log.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    removed = remove_backups_holding(db, person_id, backups_root)
    return Erasure(person_id, changed, tuple(removed))


def _scrub_texts(session: Any, arena_id: uuid.UUID, pattern: re.Pattern[str]) -> int:
    groups = select(ChallengeGroup.id).where(ChallengeGroup.arena_id == arena_id)
    changed = 0
    for model, columns in TEXT_COLUMNS.items():
        owner: ColumnElement[bool]
        if model is Note:
            owner = Note.board_id.in_(select(Board.id).where(Board.group_id.in_(groups)))
        elif model is OpenSpaceTopic:
            owner = OpenSpaceTopic.arena_id == arena_id
        elif model is OpenSpaceConversation:
            owner = OpenSpaceConversation.topic_id.in_(
                select(OpenSpaceTopic.id).where(OpenSpaceTopic.arena_id == arena_id)
            )
        else:
            owner = model.group_id.in_(groups)
        for row in session.scalars(select(model).where(owner)):
            for column in columns:
                old = getattr(row, column)
                new = replace_name(old, pattern)
                if new != old:
                    setattr(row, column, new)
                    changed += 1
    return changed


def copies_of(db: Database, root: Path | None = None) -> list[Path]:
    """Every copy of this file the app itself made: automatic backups (with the ones taken
    before merges and restores), the copy kept beside a file before an upgrade
    (`NAME.before-upgrade-…`), and temporary files a crash may have left (`.NAME.partial`,
    `.NAME.creating`)."""
    from arenadesk.store.db.backups import backup_folder, list_backups

    if db.path is None:
        return []
    path = db.path
    found = [entry.path for entry in list_backups(backup_folder(path, root))]
    found += sorted(path.parent.glob(f"{glob.escape(path.stem)}.before-upgrade-*{path.suffix}"))
    for pattern in (f".{path.name}.partial", f".{path.name}.creating"):
        found += [p for p in path.parent.glob(glob.escape(pattern)) if p.is_file()]
    folder = backup_folder(path, root)
    if folder.is_dir():
        found += [p for p in folder.glob(".*.partial*") if p.is_file()]
    return list(dict.fromkeys(found))


def remove_backups_holding(
    db: Database, person_id: uuid.UUID, root: Path | None = None
) -> list[Path]:
    """Delete every copy of this file the app made (`copies_of`) that still holds the
    person's name: an erasure that a restore could undo would not be one. A copy that
    cannot be read (a temporary file) cannot be checked and is deleted too."""
    from arenadesk.store.db.backups import COPIES_LOCK
    from arenadesk.store.db.fileinfo import read_only_connection

    removed = []
    with COPIES_LOCK:  # a backup being written in the background is published first
        for copy in copies_of(db, root):
            try:
                with read_only_connection(copy) as connection:
                    row = connection.execute(
                        "SELECT name FROM person WHERE id = ?", (person_id.hex,)
                    ).fetchone()
            except sqlite3.Error:
                holds = True
            else:
                holds = row is not None and bool(row[0])
            if holds:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)
                removed.append(copy)
    return removed


def forget_erased_people(db: Database) -> int:
    """After a merge: the versions of erased people (tombstones with a blank name) that the
    merge log kept as superseded are removed, and their names scrubbed from the other
    logged versions. Returns how many logged versions were removed."""
    from arenadesk.store.models.sync import MergeLog

    with db.session() as session:
        if db.engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        erased = set(
            session.scalars(select(Person.id).where(Person.deleted.is_(True), Person.name == ""))
        )
        if not erased:
            return 0
        theirs = list(
            session.scalars(
                select(MergeLog).where(MergeLog.table_name == "person", MergeLog.row_id.in_(erased))
            )
        )
        if not theirs:  # the usual case after the first merge that saw the erasure
            return 0
        logged = list(session.scalars(select(MergeLog)))
        names = {str(entry.data.get("name", "")) for entry in theirs}
        patterns = [p for p in (name_pattern(n) for n in names if n) if p is not None]
        removed = 0
        for entry in logged:
            if entry.table_name == "person" and entry.row_id in erased:
                session.delete(entry)  # a local log, not a synced row
                removed += 1
                continue
            data = dict(entry.data)
            for key, value in data.items():
                if isinstance(value, str):
                    for pattern in patterns:
                        value = replace_name(value, pattern)
                    data[key] = value
            if data != entry.data:
                entry.data = data
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return removed
