"""Invented demo data: one Åpen arena with seven challenge groups, people and memberships.

The tables are in resources/demo/arena.json (described in resources/demo/README.md); this
module reads them once, checks every record, and gives them their Python types.
"""

from __future__ import annotations

from arenadesk.demo.records import read_demo_file, texts

_file = read_demo_file("arena.json")
_top = _file.top(
    arena=dict,
    main_areas=list,
    groups=list,
    perspectives=list,
    roles=list,
    people=list,
    memberships=list,
)

ARENA: dict[str, object] = _file.arena(_top["arena"], "format")
ORGANISER: str = str(ARENA["organiser"])

MAIN_AREAS: list[str] = _file.items(_top["main_areas"], "main_areas", str)

GROUPS: list[dict[str, str]] = [
    _file.record(group, where, texts("code", "title", "description", "main_area", "owner_org"))
    for where, group in _file.each(_top["groups"], "groups")
]

PERSPECTIVES: tuple[str, ...] = tuple(_file.items(_top["perspectives"], "perspectives", str))

ROLES: tuple[str, ...] = tuple(_file.items(_top["roles"], "roles", str))

PEOPLE: list[dict[str, str]] = [
    _file.record(person, where, texts("key", "name", "title", "organisation", "perspective"))
    for where, person in _file.each(_top["people"], "people")
]

# (group_code, person_key, role, days)
MEMBERSHIPS: list[tuple[str, str, str, tuple[int, ...]]] = [
    (code, key, role, tuple(_file.items(days, f"{where}[3]", int)))
    for where, membership in _file.each(_top["memberships"], "memberships")
    for code, key, role, days in [_file.row(membership, where, str, str, str, list)]
]


def _check_references() -> None:
    """Every group in a main area, every person of a perspective, every membership of a
    known group, person and role."""
    for index, group in enumerate(GROUPS):
        where = f"groups[{index}].main_area"
        _file.check(group["main_area"] in MAIN_AREAS, where, "not one of main_areas")
    for index, person in enumerate(PEOPLE):
        where = f"people[{index}].perspective"
        _file.check(person["perspective"] in PERSPECTIVES, where, "not one of perspectives")
    codes, keys = {g["code"] for g in GROUPS}, {p["key"] for p in PEOPLE}
    _file.check(len(codes) == len(GROUPS), "groups", "a code is used twice")
    _file.check(len(keys) == len(PEOPLE), "people", "a key is used twice")
    for index, (code, key, role, _days) in enumerate(MEMBERSHIPS):
        where = f"memberships[{index}]"
        _file.check(code in codes, where, f"no group {code}")
        _file.check(key in keys, where, f"no person {key}")
        _file.check(role in ROLES, where, f"no role {role}")


_check_references()
