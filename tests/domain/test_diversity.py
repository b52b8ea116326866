"""The 70 % homogeneity rule for groups and the arena."""

from __future__ import annotations

import pytest

from arenadesk.domain.diversity import HOMOGENEITY_LIMIT, mix_of
from arenadesk.domain.vocabulary import KNOWN_PERSPECTIVES, Perspective
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.groups import list_groups
from arenadesk.store.people import arena_diversity

USER, PROVIDER, RESEARCHER = Perspective.USER, Perspective.SERVICE_PROVIDER, Perspective.RESEARCHER


def test_limit_is_seventy_percent() -> None:
    assert HOMOGENEITY_LIMIT == 0.70


def test_exactly_seventy_percent_is_not_too_homogeneous() -> None:
    mix = mix_of([PROVIDER] * 7 + [USER] * 3)
    assert mix.dominant is PROVIDER
    assert mix.dominant_share == pytest.approx(0.70)
    assert not mix.too_homogeneous


def test_five_of_seven_is_too_homogeneous() -> None:
    mix = mix_of([PROVIDER] * 5 + [USER, RESEARCHER])
    assert mix.dominant_share == pytest.approx(5 / 7)  # 71.4 %
    assert mix.too_homogeneous


def test_seventy_one_of_a_hundred_is_too_homogeneous() -> None:
    assert mix_of([USER] * 71 + [PROVIDER] * 29).too_homogeneous
    assert not mix_of([USER] * 70 + [PROVIDER] * 30).too_homogeneous


def test_everyone_alike_is_too_homogeneous() -> None:
    assert mix_of(["bruker"]).too_homogeneous
    assert mix_of(["forsker"] * 4).dominant_share == 1.0


def test_empty_mix() -> None:
    mix = mix_of([])
    assert mix.total == 0
    assert mix.dominant is None
    assert mix.dominant_share == 0.0
    assert mix.share(USER) == 0.0
    assert mix.shares() == []
    assert not mix.too_homogeneous


def test_tie_is_broken_by_perspective_order() -> None:
    # Same count: the perspective listed first in the vocabulary wins, whatever the input order.
    assert mix_of([RESEARCHER, USER]).dominant is USER
    assert mix_of([USER, RESEARCHER]).dominant is USER
    assert mix_of(["annet", "arbeidsgiver"]).dominant is Perspective.EMPLOYER
    assert mix_of([USER, RESEARCHER]).dominant_share == 0.5


def test_shares_are_largest_first_then_vocabulary_order() -> None:
    mix = mix_of(["annet", "forsker", "bruker", "forsker", "annet", "forsker", "myndighet"])
    assert [(p, n) for p, n, _ in mix.shares()] == [
        (Perspective.RESEARCHER, 3),
        (Perspective.OTHER, 2),
        (Perspective.USER, 1),
        (Perspective.AUTHORITY, 1),
    ]
    assert sum(share for _, _, share in mix.shares()) == pytest.approx(1.0)
    assert mix.share(Perspective.EMPLOYER) == 0.0


def test_strings_and_enums_count_alike() -> None:
    assert mix_of(["bruker", USER]).counts == {USER: 2}
    with pytest.raises(ValueError):
        mix_of(["journalist"])


def test_demo_arena_has_exactly_one_homogeneous_group(demo_db: Database) -> None:
    arena = require_arena_id(demo_db)
    groups = list_groups(demo_db, arena)
    flagged = [g.code for g in groups if g.diversity.too_homogeneous]
    assert flagged == ["4A"]
    four_a = next(g for g in groups if g.code == "4A")
    assert four_a.diversity.dominant is PROVIDER
    assert four_a.diversity.dominant_share > 0.70


def test_demo_arena_as_a_whole_is_diverse(demo_db: Database) -> None:
    mix = arena_diversity(demo_db, require_arena_id(demo_db))
    assert mix.total >= 60
    assert mix.dominant_share < 0.70
    assert not mix.too_homogeneous
    assert set(mix.counts) == set(KNOWN_PERSPECTIVES)  # every real perspective, none unknown


UNKNOWN = Perspective.UNKNOWN


def test_unknown_perspectives_are_counted_but_not_in_the_rule() -> None:
    mix = mix_of([RESEARCHER] * 5 + [USER] + [UNKNOWN] * 4)
    assert mix.total == 10
    assert mix.unknown == 4
    assert mix.known == 6
    assert mix.dominant is RESEARCHER
    assert mix.dominant_share == pytest.approx(5 / 6)
    assert mix.too_homogeneous
    assert mix.share(RESEARCHER) == pytest.approx(0.5)  # of everyone, for the bar
    assert mix.shares()[-1] == (UNKNOWN, 4, pytest.approx(0.4))


def test_unknown_never_dominates_nor_makes_a_group_homogeneous() -> None:
    mix = mix_of([UNKNOWN] * 9 + [USER, PROVIDER])
    assert mix.dominant in (USER, PROVIDER)
    assert mix.dominant_share == pytest.approx(0.5)
    assert not mix.too_homogeneous
    only_unknown = mix_of(["ukjent"] * 3)
    assert only_unknown.dominant is None
    assert not only_unknown.too_homogeneous
    assert only_unknown.shares() == [(UNKNOWN, 3, 1.0)]
