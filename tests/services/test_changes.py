"""The change set a use case returns: kinds, ids, merging."""

from __future__ import annotations

import uuid

from arenadesk.services.changes import NOTHING, ChangeSet, Kind, merge_all


def test_one_kind_with_its_ids() -> None:
    group = uuid.uuid4()
    changes = ChangeSet.of(Kind.GROUPS, group, None)
    assert changes.kinds == {Kind.GROUPS}
    assert changes.ids(Kind.GROUPS) == {group}
    assert changes.ids(Kind.PEOPLE) == frozenset()
    assert changes.affects(Kind.PEOPLE, Kind.GROUPS)
    assert not changes.affects(Kind.WALL)


def test_merge_keeps_every_kind_and_id_and_is_frozen() -> None:
    person, membership = uuid.uuid4(), uuid.uuid4()
    first = ChangeSet.of(Kind.PEOPLE, person)
    merged = first.merge(ChangeSet.of(Kind.MEMBERSHIPS, membership), NOTHING)
    assert merged.kinds == {Kind.PEOPLE, Kind.MEMBERSHIPS}
    assert merged.ids(Kind.PEOPLE) == {person} and merged.ids(Kind.MEMBERSHIPS) == {membership}
    assert first.kinds == {Kind.PEOPLE}  # the parts are unchanged
    assert (first | ChangeSet.of(Kind.MEMBERSHIPS, membership)) == merged
    assert merge_all([first, ChangeSet.of(Kind.MEMBERSHIPS, membership)]) == merged
    assert hash(merged) == hash(first.merge(ChangeSet.of(Kind.MEMBERSHIPS, membership)))


def test_nothing_is_false_and_everything_covers_each_kind() -> None:
    assert not NOTHING and not ChangeSet()
    assert ChangeSet.kinds_of(Kind.WALL)
    assert ChangeSet.everything().kinds == frozenset(Kind)
