"""Property tests: laptops with skewed clocks edit, delete and re-create rows; their packages
merge in every order, and twice, to identical results that lose no version."""

from __future__ import annotations

import contextlib
import itertools
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from arenadesk.domain.vocabulary import Role
from arenadesk.store.arenas import create_arena
from arenadesk.store.db.database import Database, backup_copy, open_database
from arenadesk.store.groups import GroupDraft, add_member, create_group
from arenadesk.store.models.arena import ChallengeGroup, Membership, Person
from arenadesk.store.people import PersonDraft, create_person
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import merge_packages
from arenadesk.sync.package import inspect_package, package_engine
from arenadesk.sync.rows import synced_tables, to_json
from tests.templates import Templates

from .conftest import (
    ORGANISER,
    cloned_packages,
    laptop_device,
    logged_versions,
    started_working_files,
    synced_rows,
)

PEOPLE = 3

who = st.integers(0, 2)  # 0 is the organiser's master, 1 and 2 are laptops
operation = st.one_of(
    st.tuples(st.just("edit"), who, st.integers(0, PEOPLE - 1), st.sampled_from("abcdefg")),
    st.tuples(st.just("delete"), who, st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("recreate"), who, st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("new"), who, st.sampled_from("xyz")),
    st.tuples(st.just("delete_group"), who),
    st.tuples(st.just("export"), st.integers(1, 2)),
)


def _set_person(db: Database, person_id: uuid.UUID, **values: Any) -> None:
    with db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        for key, value in values.items():
            setattr(person, key, value)


def _new_member(db: Database, arena: uuid.UUID, group: uuid.UUID, name: str) -> None:
    """A new person in the group, even when the group is a tombstone on this laptop."""
    with db.session() as session:
        person = Person(arena_id=arena, name=name)
        session.add(person)
        session.flush()
        session.add(Membership(group_id=group, person_id=person.id, role="participant", days=[1]))


def _delete_group(db: Database, group: uuid.UUID) -> None:
    with db.session() as session:
        row = session.get(ChallengeGroup, group)
        assert row is not None
        row.deleted = True


def _skewed(db: Database, seconds: int) -> None:
    db.clock._wall = lambda: time.time() + seconds  # type: ignore[attr-defined]


def _versions(source: Any) -> dict[tuple[str, str, int, str], dict[str, Any]]:
    found = {}
    with source.connect() as connection:
        for table in synced_tables():
            for row in connection.execute(select(table)):
                data = to_json(row._mapping)
                key = (table.name, data["id"], data["updated_at"], data["device_id"])
                found[key] = data
    return found


def _new_master(templates: Templates, folder: Path) -> Database:
    """A new, empty organiser's file (a copy of one migrated once per session)."""
    return open_database(templates.copy("empty", ORGANISER, folder / "master.sqlite"), ORGANISER)


def _merged(master: Path, packages: list[Path], folder: Path, name: str) -> Any:
    target = folder / f"{name}.sqlite"
    backup_copy(master, target)
    db = open_database(target, ORGANISER)
    try:
        for package in packages:
            merge_packages(db, [package])
        merge_packages(db, packages)  # all again: already imported, nothing changes
        return synced_rows(db), logged_versions(db), _versions(db.engine)
    finally:
        db.close()


@pytest.mark.timeout(600)  # 15 examples of six merges each: minutes on a busy machine
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    ops=st.lists(operation, min_size=1, max_size=14),
    skews=st.tuples(st.integers(-7200, 7200), st.integers(-7200, 7200)),
)
def test_merge_is_order_independent_idempotent_and_lossless(
    templates: Templates, ops: list[tuple[Any, ...]], skews: tuple[int, int]
) -> None:
    with tempfile.TemporaryDirectory() as work, contextlib.ExitStack() as stack:
        folder = Path(work)
        master = _new_master(templates, folder)
        stack.callback(master.close)
        arena = create_arena(master, "Egenskapsarena")
        group = create_group(master, arena, GroupDraft("1A", "Gruppe"))
        people = [create_person(master, arena, PersonDraft(f"P{i}")) for i in range(PEOPLE)]
        for person in people:
            add_member(master, group, person, Role.PARTICIPANT, [1])
        setup = export_package(master, folder / "setup", kind="setup")
        laptops: list[Database] = []
        places = [(folder / f"laptop{n}", laptop_device(n)) for n in (1, 2)]
        files = started_working_files(setup, places)
        for number, skew, path in zip((1, 2), skews, files, strict=True):
            laptop = open_database(path, laptop_device(number))
            stack.callback(laptop.close)
            _skewed(laptop, skew)
            laptops.append(laptop)
        dbs = [master, *laptops]
        packages: list[Path] = []
        for op in ops:
            kind, actor = op[0], dbs[op[1]]
            if kind == "edit":
                _set_person(actor, people[op[2]], name=f"{op[3]}-{op[1]}")
            elif kind == "delete":
                _set_person(actor, people[op[2]], deleted=True)
            elif kind == "recreate":
                _set_person(actor, people[op[2]], deleted=False)
            elif kind == "new":
                _new_member(actor, arena, group, f"new-{op[2]}")
            elif kind == "delete_group":
                _delete_group(actor, group)
            else:
                packages.append(export_package(actor, folder / "usb"))
        packages.extend(export_package(laptop, folder / "usb") for laptop in laptops)
        packages = packages[-3:]  # every order of three: six merges per example

        assert master.path is not None
        seen = _versions(master.engine)
        for package in packages:
            with package_engine(inspect_package(package)) as engine:
                seen.update(_versions(engine))

        results = [
            _merged(master.path, list(order), folder, f"order{index}")
            for index, order in enumerate(itertools.permutations(packages))
        ]
        rows, log, current = results[0]
        for other in results[1:]:
            assert other[0] == rows
            assert other[1] == log

        logged = {entry[:4]: entry[4] for entry in log}
        for key, data in seen.items():
            if key in current:
                assert current[key] == data
            else:
                assert key in logged, key
                assert logged[key] == tuple(sorted((k, repr(v)) for k, v in data.items()))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(st.text(alphabet="abcxyz", min_size=1, max_size=4), min_size=2, max_size=2),
    deleted=st.lists(st.booleans(), min_size=2, max_size=2),
)
def test_same_stamp_and_device_is_decided_by_content_in_every_order(
    templates: Templates, names: list[str], deleted: list[bool]
) -> None:
    """Cloned laptops (one device id, clocks frozen at one instant) edit one person in
    different ways: every order of their packages gives the same rows and the same log,
    and each losing version is in the log."""
    with tempfile.TemporaryDirectory() as work, contextlib.ExitStack() as stack:
        folder = Path(work)
        master = _new_master(templates, folder)
        stack.callback(master.close)
        packages = cloned_packages(master, folder, stack, list(zip(names, deleted, strict=True)))
        assert master.path is not None
        results = [
            _merged(master.path, list(order), folder, f"order{index}")
            for index, order in enumerate(itertools.permutations(packages))
        ]
        rows, log, current = results[0]
        for other in results[1:]:
            assert other[0] == rows and other[1] == log
        distinct = {(n, d) for n, d in zip(names, deleted, strict=False)}
        person_versions = [e for e in log if e[0] == "person" and e[3] == laptop_device(7).id]
        assert len(person_versions) == (1 if len(distinct) == 2 else 0)  # the tie's loser
