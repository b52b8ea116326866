"""Participants: create, edit, delete, list and search."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft, add_member, create_group, delete_group
from arenadesk.store.models.arena import Person
from arenadesk.store.people import (
    PersonDraft,
    PersonRow,
    arena_diversity,
    create_person,
    delete_person,
    list_people,
    update_person,
)


@pytest.fixture
def arena(db: Database) -> uuid.UUID:
    return create_arena(db, "Testarena")


def people_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_create_and_read_back(db: Database, arena: uuid.UUID) -> None:
    person_id = create_person(
        db,
        arena,
        PersonDraft("  Áilu   Čoarvi ", "Brukerrepresentant", "Brukerforum", Perspective.USER),
    )
    (row,) = list_people(db, arena)
    assert row == PersonRow(
        person_id, "Áilu Čoarvi", "Brukerrepresentant", "Brukerforum", Perspective.USER, ()
    )


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_empty_name_is_refused(db: Database, arena: uuid.UUID, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_person(db, arena, PersonDraft(name))
    assert (caught.value.key, caught.value.field) == ("value.required", "name")
    assert caught.value.text("nb") == "Navn må fylles ut."
    assert caught.value.text("en") == "Name is required."
    assert people_rows(db) == 0


def test_update_refuses_empty_name_and_keeps_the_old(db: Database, arena: uuid.UUID) -> None:
    person_id = create_person(db, arena, PersonDraft("Sigrid Haugland"))
    with pytest.raises(ValidationError):
        update_person(db, person_id, PersonDraft(" "))
    assert list_people(db, arena)[0].name == "Sigrid Haugland"


def test_update_changes_fields(db: Database, arena: uuid.UUID) -> None:
    person_id = create_person(db, arena, PersonDraft("Jon Arne Kvalheim"))
    update_person(
        db,
        person_id,
        PersonDraft("Jon Arne Kvalheim", "Rådgiver", "Kommunen", Perspective.AUTHORITY),
    )
    (row,) = list_people(db, arena)
    assert (row.title, row.organisation, row.perspective) == (
        "Rådgiver",
        "Kommunen",
        Perspective.AUTHORITY,
    )


def test_unknown_perspective_is_refused(db: Database, arena: uuid.UUID) -> None:
    with pytest.raises(ValueError):
        create_person(db, arena, PersonDraft("X", perspective="journalist"))  # type: ignore[arg-type]
    assert people_rows(db) == 0


def test_delete_hides_the_person_but_keeps_the_row(db: Database, arena: uuid.UUID) -> None:
    keep = create_person(db, arena, PersonDraft("Beholdes"))
    gone = create_person(db, arena, PersonDraft("Slettes"))
    delete_person(db, gone)
    delete_person(db, gone)  # twice is harmless
    assert [p.id for p in list_people(db, arena)] == [keep]
    assert people_rows(db) == 2
    with pytest.raises(UserError) as caught:
        update_person(db, gone, PersonDraft("Gjenoppstått"))
    assert caught.value.key == "record.missing"


def test_list_is_sorted_by_name_ignoring_case(db: Database, arena: uuid.UUID) -> None:
    for name in ["ørjan", "Bjørn", "anne", "Åse", "Zara", "Ærlig"]:
        create_person(db, arena, PersonDraft(name))
    names = [p.name for p in list_people(db, arena)]
    assert names[:3] == ["anne", "Bjørn", "Zara"]
    assert set(names[3:]) == {"ørjan", "Åse", "Ærlig"}


def test_rows_list_live_group_codes_and_roles(db: Database, arena: uuid.UUID) -> None:
    person = create_person(db, arena, PersonDraft("Ingrid Solbakken"))
    one_b = create_group(db, arena, GroupDraft("1B", "Sør"))
    one_a = create_group(db, arena, GroupDraft("1A", "Nord"))
    add_member(db, one_b, person, Role.RESOURCE, [2])
    add_member(db, one_a, person, Role.RESOURCE, [1])
    assert list_people(db, arena)[0].groups == (("1A", Role.RESOURCE), ("1B", Role.RESOURCE))
    delete_group(db, one_b)
    assert list_people(db, arena)[0].groups == (("1A", Role.RESOURCE),)


def test_people_of_other_arenas_are_not_listed(db: Database, arena: uuid.UUID) -> None:
    other = create_arena(db, "Annen")
    create_person(db, other, PersonDraft("Utenfor"))
    assert list_people(db, arena) == []


@pytest.fixture
def demo_people(demo_db: Database) -> list[PersonRow]:
    return list_people(demo_db, require_arena_id(demo_db))


def names_matching(people: list[PersonRow], text: str) -> set[str]:
    return {p.name for p in people if p.matches(text)}


def test_search_is_case_insensitive_with_norwegian_letters(demo_people: list[PersonRow]) -> None:
    assert names_matching(demo_people, "ØRJAN") == {"Ørjan Særen"}
    assert names_matching(demo_people, "kjærstad") == {"Åse Kjærstad"}
    assert names_matching(demo_people, "ÅSE KJÆR") == {"Åse Kjærstad"}
    assert "Bjørn Sælen" in names_matching(demo_people, "bjørn")
    assert names_matching(demo_people, "bjorn") == set()  # ø is its own letter


def test_search_words_must_all_match_anywhere(demo_people: list[PersonRow]) -> None:
    # Name in one field, organisation in another.
    assert names_matching(demo_people, "hilde nordvik") == {"Hilde Brattli"}
    assert names_matching(demo_people, "nordvik brattli") == {"Hilde Brattli"}
    assert names_matching(demo_people, "hilde skogheim") == set()


def test_search_by_group_code(demo_people: list[PersonRow]) -> None:
    in_4b = names_matching(demo_people, "4b-1")
    assert len(in_4b) == 9  # eight members and a resource person from 1C
    assert all(any(code == "4B-1" for code, _ in p.groups) for p in demo_people if p.name in in_4b)


def test_empty_search_matches_everyone(demo_people: list[PersonRow]) -> None:
    assert all(p.matches("") and p.matches("   ") for p in demo_people)


def test_arena_diversity_counts_live_people(db: Database, arena: uuid.UUID) -> None:
    ids = [
        create_person(db, arena, PersonDraft(f"P{n}", perspective=perspective))
        for n, perspective in enumerate(
            [Perspective.USER, Perspective.USER, Perspective.RESEARCHER]
        )
    ]
    assert arena_diversity(db, arena).counts == {Perspective.USER: 2, Perspective.RESEARCHER: 1}
    delete_person(db, ids[0])
    assert arena_diversity(db, arena).counts == {Perspective.USER: 1, Perspective.RESEARCHER: 1}
