"""Personal data and damaged packages across sync: an erasure reaches the organiser's
master, and the package importer never fails with anything but a message."""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arenadesk.demo.arena import create_demo_arena
from arenadesk.i18n.messages import UserError
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.erase import erase_person, forget_erased_people
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.people import list_people
from arenadesk.store.reports import get_texts, save_text
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import merge_packages
from arenadesk.sync.package import inspect_package
from arenadesk.sync.setup import start_working_file
from tests.templates import Templates

ORGANISER = Device("00000000-0000-4000-8000-00000000000a", "arrangor")
LAPTOP = Device("00000000-0000-4000-8000-000000000001", "laptop-1")


def name_bytes(name: str) -> list[bytes]:
    """The name as UTF-8 and as JSON writes it (non-ASCII escaped)."""
    return [name.encode(), json.dumps(name).strip('"').encode()]


def test_an_erasure_on_a_laptop_makes_the_master_forget_the_person(tmp_path: Path) -> None:
    master = open_database(tmp_path / "master" / "master.sqlite", ORGANISER)
    create_demo_arena(master)
    setup = export_package(master, tmp_path / "usb", kind="setup")
    laptop = start_working_file(setup, tmp_path / "laptop", LAPTOP)
    try:
        arena = require_arena_id(laptop)
        person = next(p for p in list_people(laptop, arena) if "Ø" in p.name or "ø" in p.name)
        group = find_group_by_code(laptop, arena, "1B")
        assert group is not None
        save_text(laptop, group.id, "comments", f"{person.name} skriver referatet.")
        erase_person(laptop, person.id)
        package = export_package(laptop, tmp_path / "usb-back")
        assert not any(b in package.read_bytes() for b in name_bytes(person.name))

        merge_packages(master, [package])

        assert person.id not in {p.id for p in list_people(master, arena)}
        assert get_texts(master, group.id).comments == "[slettet] skriver referatet."
        # The merge itself dropped the merge log's superseded version with the name.
        assert forget_erased_people(master) == 0
        assert master.path is not None
        master.close()
        data = master.path.read_bytes()
        assert not any(b in data for b in name_bytes(person.name)), "the master remembers"
    finally:
        laptop.close()
        master.close()


_PACKAGE: dict[str, bytes] = {}


def _package_bytes() -> bytes:
    if "data" not in _PACKAGE:
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(Path(folder) / "m.sqlite", ORGANISER)
            create_demo_arena(db)
            _PACKAGE["data"] = export_package(db, Path(folder) / "out").read_bytes()
            db.close()
    return _PACKAGE["data"]


@settings(
    max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=200_000)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0, max_value=200_000), st.integers(0, 255)), max_size=10
    ),
)
def test_fuzz_the_package_importer(
    templates: Templates, cut: int | None, flips: list[tuple[int, int]]
) -> None:
    """A damaged package is refused with a message or merged; a merge that fails writes
    nothing (the master's rows are unchanged)."""
    data = bytearray(_package_bytes())
    for offset, value in flips:
        if offset < len(data):
            data[offset] = value
    if cut is not None:
        data = data[:cut]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{uuid.uuid4().hex[:8]}.arenapakke"
        path.write_bytes(bytes(data))
        try:
            inspect_package(path)
        except UserError as error:
            assert "\n" not in error.text("nb")
            return
        # The demo arena in a new file, as `open_database` and `create_demo_arena` make it
        # (built once per session, copied for each example).
        target = open_database(
            templates.copy("demo", ORGANISER, Path(folder) / "target.sqlite"), ORGANISER
        )
        try:
            before = _people(target)
            try:
                merge_packages(target, [path], accept_other_arena=True)
            except UserError:
                assert _people(target) == before
        finally:
            target.close()


def _people(db: Database) -> set[tuple[str, str]]:
    return {(str(p.id), p.name) for p in list_people(db, require_arena_id(db))}
