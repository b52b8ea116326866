"""The arena and its days; what text values are accepted, refused and round-tripped."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import select

from arenadesk.domain.vocabulary import ArenaFormat
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.arenas import (
    create_arena,
    current_arena_id,
    get_arena,
    require_arena_id,
    set_days,
    update_arena,
)
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft, create_group, get_group
from arenadesk.store.models.arena import Arena, ArenaDay
from arenadesk.store.people import PersonDraft, create_person, list_people

D1, D2, D3 = dt.date(2027, 3, 9), dt.date(2027, 3, 10), dt.date(2027, 3, 11)


def test_no_arena_yet(db: Database) -> None:
    assert current_arena_id(db) is None and get_arena(db) is None
    with pytest.raises(UserError) as caught:
        require_arena_id(db)
    assert caught.value.key == "db.no_arena"
    assert str(db.path) in caught.value.text("en")


def test_create_and_read_back(db: Database) -> None:
    arena_id = create_arena(
        db, " Åpen arena 2027 ", venue="Oslo", format=ArenaFormat.BOTH, days=[D1, D2]
    )
    arena = get_arena(db)
    assert arena is not None and arena.id == arena_id == require_arena_id(db)
    assert (arena.name, arena.venue, arena.format) == ("Åpen arena 2027", "Oslo", ArenaFormat.BOTH)
    assert arena.days == (D1, D2)
    assert arena.dates_text() == "2027-03-09, 2027-03-10"


def test_default_is_two_undated_days(db: Database) -> None:
    create_arena(db, "Arena")
    arena = get_arena(db)
    assert arena is not None and arena.days == (None, None) and arena.dates_text() == ""


def test_update_changes_only_given_fields(db: Database) -> None:
    arena_id = create_arena(db, "Arena", venue="Bergen", organiser="NKAH")
    update_arena(db, arena_id, venue="Tromsø", format="open_space")
    arena = get_arena(db, arena_id)
    assert arena is not None
    assert (arena.name, arena.venue, arena.organiser) == ("Arena", "Tromsø", "NKAH")
    assert arena.format is ArenaFormat.OPEN_SPACE
    with pytest.raises(ValidationError) as caught:
        update_arena(db, arena_id, name="")
    assert (caught.value.key, caught.value.field) == ("value.required", "arena_name")


def test_days_must_be_in_order(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_arena(db, "Arena", days=[D2, D1])
    assert caught.value.key == "arena.day_order" and caught.value.params["number"] == 2
    assert "2" in caught.value.text("nb") and "Day 2" in caught.value.text("en")
    assert current_arena_id(db) is None  # nothing saved


@pytest.mark.parametrize("year", [1999, 2101, 1])
def test_days_must_be_in_a_sensible_year(db: Database, year: int) -> None:
    with pytest.raises(ValidationError) as caught:
        create_arena(db, "Arena", days=[dt.date(year, 1, 1)])
    assert caught.value.key == "arena.date_range"
    assert "2000" in caught.value.text("en") and "2100" in caught.value.text("nb")


def test_set_days_adds_changes_and_tombstones(db: Database) -> None:
    arena_id = create_arena(db, "Arena", days=[D1, D2])
    set_days(db, arena_id, [D1, D2, D3])
    assert get_arena(db).days == (D1, D2, D3)  # type: ignore[union-attr]

    set_days(db, arena_id, [D2])
    assert get_arena(db).days == (D2,)  # type: ignore[union-attr]
    with db.read() as session:
        rows = {d.number: d.deleted for d in session.scalars(select(ArenaDay))}
    assert rows == {1: False, 2: True, 3: True}  # removed days stay as tombstones

    set_days(db, arena_id, [D1, D3])  # a removed day comes back to life
    assert get_arena(db).days == (D1, D3)  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        set_days(db, arena_id, [D3, D1])
    assert get_arena(db).days == (D1, D3)  # type: ignore[union-attr]


def test_first_created_arena_is_current(db: Database) -> None:
    first = create_arena(db, "Første")
    create_arena(db, "Andre")
    assert current_arena_id(db) == first
    with db.session() as session:
        arena = session.get(Arena, first)
        assert arena is not None
        arena.deleted = True
    assert get_arena(db).name == "Andre"  # type: ignore[union-attr]


# --- text values ------------------------------------------------------------------------


@pytest.fixture
def arena(db: Database) -> uuid.UUID:
    return create_arena(db, "Tekstarena")


@pytest.mark.parametrize("bad", ["Nav\x00", "Be\x07ll", "Esc\x1b[31m", "Del\x7f", "C1\x9bx"])
def test_control_characters_are_refused(db: Database, arena: uuid.UUID, bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(db, arena, PersonDraft(bad))
    assert (caught.value.key, caught.value.field) == ("value.control_chars", "name")
    assert "kontrolltegn" in caught.value.text("nb")
    assert list_people(db, arena) == []


@pytest.mark.parametrize("separator", ["\x1c", "\x1f", "\x85", "\x0b", "\x0c"])
def test_whitespace_controls_in_one_line_fields_become_spaces(
    db: Database, arena: uuid.UUID, separator: str
) -> None:
    # Python counts these as whitespace; one-line fields collapse them to a space.
    create_person(db, arena, PersonDraft(f"Ola{separator}Nordmann"))
    assert list_people(db, arena)[0].name == "Ola Nordmann"


def test_control_characters_in_long_text_are_refused(db: Database, arena: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as caught:
        create_group(db, arena, GroupDraft("1A", "Tittel", description="ok\ttab\x0clinje"))
    assert (caught.value.key, caught.value.field) == ("value.control_chars", "description")
    assert "Beskrivelse" in caught.value.text("nb")


def test_tabs_and_newlines_are_kept_in_long_text(db: Database, arena: uuid.UUID) -> None:
    text = "Punkt 1\n\tunderpunkt\r\nPunkt 2"
    group = get_group(db, create_group(db, arena, GroupDraft("1A", "T", description=text)))
    assert group is not None and group.description == text


@pytest.mark.parametrize(
    ("call", "field", "limit"),
    [
        (lambda db, a, text: create_person(db, a, PersonDraft(text)), "name", 200),
        (lambda db, a, text: create_person(db, a, PersonDraft("X", title=text)), "job_title", 200),
        (lambda db, a, text: create_group(db, a, GroupDraft("1A", text)), "title", 300),
        (lambda db, a, text: create_arena(db, text), "arena_name", 200),
    ],
    ids=["person-name", "job-title", "group-title", "arena-name"],
)
def test_ten_thousand_characters_are_refused(
    db: Database, arena: uuid.UUID, call: Callable[..., object], field: str, limit: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        call(db, arena, "a" * 10_000)
    error = caught.value
    assert (error.key, error.field, error.params["limit"]) == ("value.too_long", field, limit)
    assert str(limit) in error.text("nb") and str(limit) in error.text("en")
    # The limit itself is fine.
    call(db, arena, "b" * limit)


def test_long_description_limit(db: Database, arena: uuid.UUID) -> None:
    create_group(db, arena, GroupDraft("1A", "T", description="x" * 10_000))
    with pytest.raises(ValidationError) as caught:
        create_group(db, arena, GroupDraft("1B", "T", description="x" * 20_001))
    assert caught.value.key == "value.too_long"


@pytest.mark.parametrize(
    "text",
    [
        "Møte 🎉 med 👩‍👩‍👧 og 🇳🇴",
        "مجموعة العمل",  # Arabic, right to left
        "קבוצת עבודה",  # Hebrew
        "Čoarvi Áilu – ŋ đ š ž",  # Northern Sámi letters
        "Ärger ß Œuvre",
    ],
)
def test_unicode_round_trips(db: Database, arena: uuid.UUID, text: str) -> None:
    person_id = create_person(db, arena, PersonDraft(text, organisation=text))
    group_id = create_group(db, arena, GroupDraft("1A", text, description=text))
    db.close()
    assert db.path is not None
    from arenadesk.store.db.database import open_database

    reopened = open_database(db.path, db.device)
    try:
        (person,) = list_people(reopened, arena)
        group = get_group(reopened, group_id)
        assert (person.id, person.name, person.organisation) == (person_id, text, text)
        assert group is not None and (group.title, group.description) == (text, text)
        assert person.matches(text.split()[0])
    finally:
        reopened.close()
