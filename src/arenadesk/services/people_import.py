"""Importing participants from a registration sheet: one call, one transaction.

Each row becomes a person's values; people are matched by e-mail, else by name and
organisation, so importing the same sheet again adds nothing and an updated sheet
updates what changed and adds only the new people. An empty cell never blanks what is
already known, and a perspective the sheet does not name keeps the one on file. The
report lists every row (added, updated or skipped, with the reason), the ignored columns
and the perspectives that could not be mapped. The change it returns is undone and
redone as one step (`undo_import`, `redo_import`).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from arenadesk.domain.perspective_mapping import map_perspective, normalise
from arenadesk.domain.registration import Field, Mapping, attends, cell_text, days_named
from arenadesk.domain.vocabulary import Perspective
from arenadesk.i18n.messages import UserError, message
from arenadesk.importers.spreadsheet import Sheet
from arenadesk.services.changes import NOTHING, ChangeSet, Kind
from arenadesk.store import arenas as arena_store
from arenadesk.store import people as people_store
from arenadesk.store.db.database import Database
from arenadesk.store.people import StoredPerson

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LIMITS = {"name": 200, "title": 200, "organisation": 200, "email": 200, "group_wish": 300}
NOTE_LIMIT = 2_000
# The person's columns an import writes, in the order a report names them.
COLUMNS = (
    "name",
    "title",
    "organisation",
    "email",
    "perspective",
    "group_wish",
    "registered_days",
    "note",
)


@dataclass(frozen=True)
class RowOutcome:
    row: int  # the row's number in the file
    name: str
    action: str  # "added", "updated", "skipped"
    reason: str  # a message key
    params: tuple[tuple[str, str], ...] = ()
    notes: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (key, params)

    def text(self, language: str) -> str:
        parts = [message(self.reason, language, **dict(self.params))]
        parts += [message(key, language, **dict(params)) for key, params in self.notes]
        return "; ".join(parts)


@dataclass(frozen=True)
class PersonChange:
    """One person's values before (None: the import added them) and after."""

    person_id: uuid.UUID
    before: dict[str, Any] | None
    after: dict[str, Any]


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[RowOutcome, ...]
    ignored_columns: tuple[str, ...]
    unmapped: tuple[tuple[int, str, str], ...]  # (row, name, perspective as written)
    changes: tuple[PersonChange, ...] = ()
    written: bool = False

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def added_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(c.person_id for c in self.changes if c.before is None)

    def summary(self, language: str) -> str:
        return message(
            "cli.import_summary",
            language,
            added=self.count("added"),
            updated=self.count("updated"),
            skipped=self.count("skipped"),
        )

    def unmapped_lines(self, language: str) -> list[str]:
        """The perspectives to review: a heading, then one line per row."""
        if not self.unmapped:
            return []
        return [message("cli.import_unmapped", language, count=len(self.unmapped))] + [
            "  " + message("cli.import_unmapped_row", language, row=row, name=name, text=text)
            for row, name, text in self.unmapped
        ]

    @property
    def change_set(self) -> ChangeSet:
        """What the import changed, for the screens to refresh."""
        if not self.written:
            return NOTHING
        return ChangeSet.of(Kind.PEOPLE, *(c.person_id for c in self.changes))


@dataclass
class _Values:
    row: int
    name: str
    title: str = ""
    organisation: str = ""
    email: str = ""
    perspective: Perspective | None = None
    perspective_text: str = ""
    group_wish: str = ""
    registered_days: list[int] | None = None
    note: str = ""
    notes: list[tuple[str, tuple[tuple[str, str], ...]]] = field(default_factory=list)

    def key(self) -> str:
        return self.email.casefold() or name_key(self.name, self.organisation)


def name_key(name: str, organisation: str) -> str:
    return normalise(name) + "\x1f" + normalise(organisation)


def _clean(value: str) -> str:
    return " ".join(_CONTROL.sub(" ", value).split())


def _values_of(
    row: Sequence[Any], number: int, mapping: Mapping, day_count: int
) -> _Values | RowOutcome:
    def text(f: Field) -> str:
        column = mapping.column(f)
        return _clean(cell_text(row[column])) if column is not None else ""

    name = text(Field.NAME) or " ".join(
        p for p in (text(Field.FIRST_NAME), text(Field.LAST_NAME)) if p
    )
    if not name:
        return RowOutcome(number, "", "skipped", "import.row_no_name")
    values = _Values(number, name, text(Field.TITLE), text(Field.ORGANISATION))
    for key in ("name", "title", "organisation"):
        if len(getattr(values, key)) > LIMITS[key]:
            return RowOutcome(
                number,
                name[:60],
                "skipped",
                "import.row_too_long",
                (("field", key), ("limit", str(LIMITS[key]))),
            )
    values.group_wish = text(Field.GROUP)[: LIMITS["group_wish"]]
    email = text(Field.EMAIL)
    if email and (len(email) > LIMITS["email"] or not _EMAIL.match(email)):
        values.notes.append(("import.note_bad_email", (("email", email[:60]),)))
        email = ""
    values.email = email
    values.perspective_text = text(Field.PERSPECTIVE)[:200]
    values.perspective = map_perspective(values.perspective_text)
    values.registered_days = _days(row, mapping, day_count)
    comment_column = mapping.column(Field.COMMENT)
    if comment_column is not None:
        note = _CONTROL.sub(" ", cell_text(row[comment_column])).strip()
        values.note = note[:NOTE_LIMIT]
    return values


def _days(row: Sequence[Any], mapping: Mapping, day_count: int) -> list[int] | None:
    days_column = mapping.column(Field.DAYS)
    if days_column is not None:
        named = days_named(row[days_column], day_count)
        if named is not None:
            return list(named)
    answers = {}
    for number, f in ((1, Field.DAY_1), (2, Field.DAY_2)):
        column = mapping.column(f)
        if column is not None and number <= day_count:
            answers[number] = attends(row[column])
    if not answers or any(a is None for a in answers.values()):
        return None
    chosen = [n for n, a in answers.items() if a]
    return chosen or None


def _new_values(values: _Values, person: StoredPerson | None) -> dict[str, Any]:
    """What the row sets: an empty cell keeps what is known, an unmapped perspective too."""
    known = person.values if person is not None else {}
    out: dict[str, Any] = {}
    for column in ("name", "title", "organisation", "email", "group_wish", "note"):
        value = getattr(values, column)
        out[column] = value or known.get(column, "")
    days = values.registered_days
    out["registered_days"] = days if days is not None else known.get("registered_days")
    perspective = values.perspective
    if perspective is not None:
        out["perspective"] = perspective.value
    else:
        out["perspective"] = known.get("perspective", unknown_perspective())
    out["deleted"] = False
    return out


def unknown_perspective() -> str:
    """What is stored for a perspective nobody gave."""
    return getattr(Perspective, "UNKNOWN", Perspective.OTHER).value


def import_people(
    db: Database,
    arena_id: uuid.UUID,
    sheet: Sheet,
    mapping: Mapping,
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Add and update the sheet's people in one transaction (none when `dry_run`)."""
    if not mapping.has_name:
        raise UserError("import.no_name_column")
    with db.session():  # a dry run reads only: nothing to commit
        day_count = arena_store.day_count(db, arena_id)
        return _plan_and_apply(db, arena_id, sheet, mapping, day_count, dry_run)


def _plan_and_apply(
    db: Database,
    arena_id: uuid.UUID,
    sheet: Sheet,
    mapping: Mapping,
    day_count: int,
    dry_run: bool,
) -> ImportReport:
    outcomes: dict[int, RowOutcome] = {}
    rows: list[_Values] = []
    for number, row in zip(sheet.row_numbers, sheet.rows, strict=True):
        values = _values_of(row, number, mapping, day_count)
        if isinstance(values, RowOutcome):
            outcomes[number] = values
        else:
            rows.append(values)
    # A person who registered twice: the later row is the one that counts.
    latest: dict[str, _Values] = {}
    for values in rows:
        earlier = latest.get(values.key())
        if earlier is not None:
            outcomes[earlier.row] = RowOutcome(
                earlier.row,
                earlier.name,
                "skipped",
                "import.row_repeated",
                (("row", str(values.row)),),
            )
        latest[values.key()] = values
    people = people_store.stored_people(db, arena_id, COLUMNS)
    by_email = {p.values["email"].casefold(): p for p in people if p.values["email"]}
    by_name = {name_key(p.values["name"], p.values["organisation"]): p for p in people}
    changes: list[PersonChange] = []
    unmapped: list[tuple[int, str, str]] = []
    for values in sorted(latest.values(), key=lambda v: v.row):
        person = by_email.get(values.email.casefold()) if values.email else None
        if person is None:
            candidate = by_name.get(name_key(values.name, values.organisation))
            if candidate is not None and (not candidate.values["email"] or not values.email):
                person = candidate
        if values.perspective is None and (
            person is None or person.values["perspective"] == unknown_perspective()
        ):
            unmapped.append((values.row, values.name, values.perspective_text))
        outcome, change = _apply_row(db, arena_id, values, person, dry_run)
        outcomes[values.row] = outcome
        if change is not None:
            changes.append(change)
            if person is None and not dry_run:
                added = StoredPerson(change.person_id, change.after)
                if values.email:
                    by_email.setdefault(values.email.casefold(), added)
                by_name.setdefault(name_key(values.name, values.organisation), added)
    return ImportReport(
        tuple(outcomes[n] for n in sorted(outcomes)),
        mapping.ignored,
        tuple(unmapped),
        tuple(changes) if not dry_run else (),
        written=not dry_run and bool(changes),
    )


def _apply_row(
    db: Database,
    arena_id: uuid.UUID,
    values: _Values,
    person: StoredPerson | None,
    dry_run: bool,
) -> tuple[RowOutcome, PersonChange | None]:
    after = _new_values(values, person)
    notes = tuple(values.notes)
    if person is None:
        person_id = uuid.uuid4()
        if not dry_run:
            people_store.add_person_values(db, arena_id, person_id, after)
        reason = "import.row_added"
        return RowOutcome(values.row, values.name, "added", reason, (), notes), PersonChange(
            person_id, None, after
        )
    before = person.values
    changed = [c for c in COLUMNS if before[c] != after[c]]
    if not changed:
        return RowOutcome(values.row, values.name, "skipped", "import.row_unchanged"), None
    if not dry_run:
        people_store.set_person_values(db, [(person.id, {c: after[c] for c in changed})])
    params = (("fields", ", ".join(changed)),)
    outcome = RowOutcome(values.row, values.name, "updated", "import.row_updated", params, notes)
    return outcome, (PersonChange(person.id, before, after))


def undo_import(db: Database, report: ImportReport) -> ChangeSet:
    """Take the import back in one transaction: added people tombstoned, updates reverted."""
    people_store.set_person_values(
        db,
        [
            (c.person_id, c.before if c.before is not None else {"deleted": True})
            for c in report.changes
        ],
    )
    return report.change_set | ChangeSet.of(Kind.MEMBERSHIPS)


def redo_import(db: Database, report: ImportReport) -> ChangeSet:
    """Apply the import again after an undo: the same people, the same values."""
    people_store.set_person_values(db, [(c.person_id, c.after) for c in report.changes])
    return report.change_set
