"""Challenge groups and memberships: validation, code rules, ordering, group rows."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from arenadesk.domain.vocabulary import Perspective, Role
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.store.arenas import create_arena, require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import (
    GroupDraft,
    add_member,
    create_group,
    delete_group,
    find_group_by_code,
    get_group,
    list_groups,
    remove_member,
    reset_member_order,
    set_member_order,
    update_group,
    update_member,
)
from arenadesk.store.models.arena import ChallengeGroup, Membership
from arenadesk.store.people import PersonDraft, create_person


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def arena(db: Database) -> uuid.UUID:
    return create_arena(db, "Testarena")


@pytest.fixture
def group(db: Database, arena: uuid.UUID) -> uuid.UUID:
    return create_group(db, arena, GroupDraft("1A", "Jobbmotor Nord", owner_org="Nordvik"))


def refused(call: Callable[[], object], key: str, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert (caught.value.key, caught.value.field) == (key, field)
    for language in ("nb", "en"):
        assert caught.value.text(language)
    return caught.value


def test_create_normalises_and_reads_back(db: Database, arena: uuid.UUID) -> None:
    group_id = create_group(
        db, arena, GroupDraft(" 4b-1 ", "  Kriminalomsorg   for unge ", "Linje 1\nLinje 2")
    )
    row = get_group(db, group_id)
    assert row is not None
    assert row.code == "4b-1"  # as typed, trimmed
    assert row.title == "Kriminalomsorg for unge"
    assert row.description == "Linje 1\nLinje 2"
    assert find_group_by_code(db, arena, "4b-1") == row
    assert find_group_by_code(db, arena, " 4B – 1") == row  # case, spaces, kind of dash


def test_empty_title_is_refused_and_nothing_saved(db: Database, arena: uuid.UUID) -> None:
    refused(lambda: create_group(db, arena, GroupDraft("2A", "   ")), "value.required", "title")
    assert count(db, ChallengeGroup) == 0


def test_empty_code_is_refused(db: Database, arena: uuid.UUID) -> None:
    refused(lambda: create_group(db, arena, GroupDraft("  ", "Tittel")), "value.required", "code")


def test_duplicate_code_is_refused_case_insensitively(
    db: Database, arena: uuid.UUID, group: uuid.UUID
) -> None:
    error = refused(
        lambda: create_group(db, arena, GroupDraft("1a", "Noe annet")), "group.code_taken", "code"
    )
    assert "Jobbmotor Nord" in error.text("nb")
    assert count(db, ChallengeGroup) == 1


def test_codes_written_differently_are_one_code(
    db: Database, arena: uuid.UUID, group: uuid.UUID
) -> None:
    create_group(db, arena, GroupDraft("2B – 1 og 2", "Brukeren som likeverdig part"))
    error = refused(
        lambda: create_group(db, arena, GroupDraft("2b-1 OG 2", "Kopi")), "group.code_taken", "code"
    )
    assert "2B – 1 og 2" in error.text("nb")
    assert count(db, ChallengeGroup) == 2


@pytest.mark.parametrize("code", ["1 C!", "1C!", "A" * 31, "1_A", "&", "<b>"])
def test_invalid_code_is_refused(db: Database, arena: uuid.UUID, code: str) -> None:
    refused(lambda: create_group(db, arena, GroupDraft(code, "T")), "group.code_invalid", "code")
    assert count(db, ChallengeGroup) == 0


@pytest.mark.parametrize(
    "code",
    ["1C", "4E-1", "12", "ÆØÅ", "10B", "4A-1 & 2", "2B – 1 og 2", "1E - 2", "&2", "/2", "+2"],
)
def test_valid_codes_are_accepted_and_shown_as_typed(
    db: Database, arena: uuid.UUID, code: str
) -> None:
    row = get_group(db, create_group(db, arena, GroupDraft(code, "T")))
    assert row is not None and row.code == code


def test_code_can_be_reused_after_delete(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    delete_group(db, group)
    new_id = create_group(db, arena, GroupDraft("1A", "Ny gruppe"))
    found = find_group_by_code(db, arena, "1A")
    assert found is not None and found.id == new_id and new_id != group


def test_code_taken_in_another_arena_is_allowed(db: Database, group: uuid.UUID) -> None:
    other = create_arena(db, "Annen arena")
    assert create_group(db, other, GroupDraft("1A", "Samme kode"))


def test_update_group(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    update_group(db, group, GroupDraft("1a", "Jobbmotor Nord 2", main_area="Område 1"))
    row = get_group(db, group)
    assert row is not None
    assert (row.code, row.title, row.main_area) == ("1a", "Jobbmotor Nord 2", "Område 1")


def test_update_to_a_taken_code_is_refused_and_unsaved(
    db: Database, arena: uuid.UUID, group: uuid.UUID
) -> None:
    other = create_group(db, arena, GroupDraft("2A", "Unge"))
    refused(lambda: update_group(db, other, GroupDraft("1A", "Endret")), "group.code_taken", "code")
    row = get_group(db, other)
    assert row is not None and (row.code, row.title) == ("2A", "Unge")


def test_update_of_a_deleted_group_is_refused(db: Database, group: uuid.UUID) -> None:
    delete_group(db, group)
    with pytest.raises(UserError) as caught:
        update_group(db, group, GroupDraft("1A", "x"))
    assert caught.value.key == "record.missing"
    assert get_group(db, group) is None


def test_groups_are_ordered_by_code_number(db: Database, arena: uuid.UUID) -> None:
    for code in ["10A", "2B", "2A", "1C", "PLENUM", "4B-1", "4A"]:
        create_group(db, arena, GroupDraft(code, f"Gruppe {code}"))
    assert [g.code for g in list_groups(db, arena)] == [
        "1C",
        "2A",
        "2B",
        "4A",
        "4B-1",
        "10A",
        "PLENUM",
    ]


def test_memberships_add_update_remove(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    person = create_person(db, arena, PersonDraft("Hilde Brattli", "Leder", "Nordvik"))
    membership = add_member(db, group, person, Role.OWNER, [2, 1, 2])
    (member,) = get_group(db, group).members  # type: ignore[union-attr]
    assert (member.membership_id, member.role, member.days) == (membership, Role.OWNER, (1, 2))

    update_member(db, membership, Role.FACILITATOR, [2])
    (member,) = get_group(db, group).members  # type: ignore[union-attr]
    assert (member.role, member.days) == (Role.FACILITATOR, (2,))

    remove_member(db, membership)
    assert get_group(db, group).members == ()  # type: ignore[union-attr]
    # Removed members may join again.
    add_member(db, group, person, Role.PARTICIPANT, [1])
    assert get_group(db, group).member_count == 1  # type: ignore[union-attr]


def test_duplicate_membership_is_refused(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    person = create_person(db, arena, PersonDraft("Ørjan Særen"))
    add_member(db, group, person, Role.PARTICIPANT, [1])
    error = refused(
        lambda: add_member(db, group, person, Role.RESOURCE, [2]), "membership.exists", "person"
    )
    assert "Ørjan Særen" in error.text("nb") and "1A" in error.text("en")
    assert count(db, Membership) == 1


@pytest.mark.parametrize("days", [[], None])
def test_membership_without_days_keeps_them_unknown(
    db: Database, arena: uuid.UUID, group: uuid.UUID, days: list[int] | None
) -> None:
    """Reports often name people without saying which days they came: nothing is assumed."""
    person = create_person(db, arena, PersonDraft("Line Aune"))
    membership = add_member(db, group, person, Role.PARTICIPANT, days)
    (member,) = get_group(db, group).members  # type: ignore[union-attr]
    assert member.days == ()
    update_member(db, membership, Role.OWNER, [2])
    update_member(db, membership, Role.OWNER, days)
    (member,) = get_group(db, group).members  # type: ignore[union-attr]
    assert (member.role, member.days) == (Role.OWNER, ())


@pytest.mark.parametrize("days", [[0], [-1, 0], [1, 32]])
def test_a_day_that_cannot_be_is_refused(
    db: Database, arena: uuid.UUID, group: uuid.UUID, days: list[int]
) -> None:
    person = create_person(db, arena, PersonDraft("Line Aune"))
    refused(
        lambda: add_member(db, group, person, Role.PARTICIPANT, days), "membership.bad_day", "days"
    )
    membership = add_member(db, group, person, Role.PARTICIPANT, [1])
    refused(lambda: update_member(db, membership, Role.OWNER, days), "membership.bad_day", "days")
    assert count(db, Membership) == 1
    (member,) = get_group(db, group).members  # type: ignore[union-attr]
    assert (member.role, member.days) == (Role.PARTICIPANT, (1,))


def test_partial_attendance_is_kept_as_written(
    db: Database, arena: uuid.UUID, group: uuid.UUID
) -> None:
    person = create_person(db, arena, PersonDraft("Ela Czakpa"))
    membership = add_member(db, group, person, Role.PARTICIPANT, [2], "siste halvdel dag 2")
    assert get_group(db, group).members[0].attendance_note == "siste halvdel dag 2"  # type: ignore[union-attr]
    update_member(db, membership, Role.PARTICIPANT, [2])  # the note is kept when not passed
    assert get_group(db, group).members[0].attendance_note == "siste halvdel dag 2"  # type: ignore[union-attr]
    update_member(db, membership, Role.PARTICIPANT, [1, 2], "")
    assert get_group(db, group).members[0].attendance_note == ""  # type: ignore[union-attr]
    refused(
        lambda: update_member(db, membership, Role.PARTICIPANT, [1], "x" * 201),
        "value.too_long",
        "attendance_note",
    )


def test_member_order_default_and_chosen(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    """Default: facilitators, the owner, then entry order; the facilitator may reorder."""
    ids = {}
    for name, role in [
        ("Øystein", Role.PARTICIPANT),
        ("Anne", Role.OWNER),
        ("Berit", Role.PARTICIPANT),
        ("Zara", Role.FACILITATOR),
        ("Carl", Role.RESOURCE),
    ]:
        ids[name] = add_member(db, group, create_person(db, arena, PersonDraft(name)), role)

    def names() -> list[str]:
        return [m.name for m in get_group(db, group).members]  # type: ignore[union-attr]

    assert names() == ["Zara", "Anne", "Øystein", "Berit", "Carl"]
    set_member_order(db, group, [ids["Berit"], ids["Anne"], ids["Carl"], ids["Zara"]])
    assert names() == ["Berit", "Anne", "Carl", "Zara", "Øystein"]
    reset_member_order(db, group)
    assert names() == ["Zara", "Anne", "Øystein", "Berit", "Carl"]


def test_member_of_a_deleted_group_cannot_be_added(
    db: Database, arena: uuid.UUID, group: uuid.UUID
) -> None:
    person = create_person(db, arena, PersonDraft("Marte Sandvold"))
    delete_group(db, group)
    with pytest.raises(UserError) as caught:
        add_member(db, group, person, Role.PARTICIPANT, [1])
    assert caught.value.key == "record.missing"


def test_group_row_roles_counts_and_diversity(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    groups = {g.code: g for g in list_groups(demo_db, arena)}
    one_a = groups["1A"]
    assert one_a.owners == ["Hilde Brattli"]
    assert sorted(one_a.facilitators) == ["Torstein Hågensen", "Åse Kjærstad"]
    assert one_a.member_count == 11
    assert one_a.diversity.total == 11
    assert one_a.diversity.counts[Perspective.SERVICE_PROVIDER] == 4
    # Leaders first (facilitators, then the owner), then everyone else as entered.
    roles = [m.role for m in one_a.members]
    assert roles[:3] == [Role.FACILITATOR, Role.FACILITATOR, Role.OWNER]
    assert Role.FACILITATOR not in roles[3:] and Role.OWNER not in roles[3:]


def test_person_in_two_roles_counts_once(db: Database, arena: uuid.UUID, group: uuid.UUID) -> None:
    # Nothing stops one person holding a role in two groups; within a group once.
    other = create_group(db, arena, GroupDraft("1B", "Jobbmotor Sør"))
    person = create_person(db, arena, PersonDraft("Ingrid", perspective=Perspective.RESEARCHER))
    add_member(db, group, person, Role.RESOURCE, [1])
    add_member(db, other, person, Role.RESOURCE, [2])
    rows = {g.code: g for g in list_groups(db, arena)}
    assert rows["1A"].member_count == rows["1B"].member_count == 1
    assert rows["1A"].diversity.counts == {Perspective.RESEARCHER: 1}
