"""The arena's report template and the groups' extra sections in the database, in setup
files and packages, and the 0007 migration that keeps older texts' meaning."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from arenadesk.domain.report_template import DEFAULT, PRESETS, TemplateSection
from arenadesk.domain.richtext import plain_lines
from arenadesk.i18n.messages import ValidationError
from arenadesk.store import report_template as store
from arenadesk.store import reports
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import find_group_by_code
from arenadesk.sync.export import export_package

from .test_open_file import _downgrade


def test_an_arena_without_a_template_uses_the_default(demo_db: Database) -> None:
    assert store.get_template(demo_db) == DEFAULT


def test_template_and_extra_texts_round_trip(demo_db: Database) -> None:
    store.save_template(demo_db, PRESETS["2015"])
    key = store.add_extra_section(demo_db, "  Innspill i etterkant   av fokuskafé ")
    template = store.get_template(demo_db)
    assert template.preset == "2015"
    assert template.extras() == (TemplateSection(key, "Innspill i etterkant av fokuskafé"),)
    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    assert store.get_extra_texts(demo_db, group.id) == {}
    store.save_extra_text(demo_db, group.id, key, "- Mer tid\n- Flere arbeidsgivere")
    store.save_extra_text(demo_db, group.id, key, "- Mer tid\n- Flere arbeidsgivere\n")
    assert store.get_extra_texts(demo_db, group.id) == {key: "- Mer tid\n- Flere arbeidsgivere"}
    report = reports.assemble_group_report(demo_db, group.id)
    assert report.template == template and report.extras == {
        key: "- Mer tid\n- Flere arbeidsgivere"
    }


def test_a_bad_template_is_refused_and_nothing_written(demo_db: Database) -> None:
    bad = DEFAULT.with_sections((TemplateSection("problem", ""),))
    with pytest.raises(ValidationError):
        store.save_template(demo_db, bad)
    assert store.get_template(demo_db) == DEFAULT


def test_the_template_travels_in_setup_files(demo_db: Database, tmp_path: Path) -> None:
    store.save_template(demo_db, PRESETS["2017"])
    path = export_package(demo_db, tmp_path, kind="setup")
    with contextlib.closing(sqlite3.connect(path)) as connection:
        presets = connection.execute("SELECT preset FROM report_template").fetchall()
        extras = connection.execute("SELECT COUNT(*) FROM group_report_extra").fetchone()[0]
    assert presets == [("2017",)] and extras == 0  # the groups' texts stay on the laptops


def test_older_texts_migrate_unchanged_in_meaning(tmp_path: Path, device: Device) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path, device)
    from arenadesk.demo.arena import create_demo_arena

    create_demo_arena(db)
    group = find_group_by_code(db, require_arena_id(db), "1A")
    assert group is not None
    legacy = "# 1 prioritet er arbeid\nSti: C:\\data\\*.csv\n- punkt\n1. nummer"
    reports.save_text(db, group.id, "problem", legacy)
    db.close()
    _downgrade(path, "0006_open_space")

    db = open_database(path, device)
    try:
        stored = reports.get_texts(db, group.id).problem
        assert stored != legacy  # escaped where Markdown would read it differently
        assert plain_lines(stored) == [
            "# 1 prioritet er arbeid",
            "Sti: C:\\data\\*.csv",
            "• punkt",
            "1. nummer",
        ]
        assert store.get_template(db) == DEFAULT
    finally:
        db.close()


def test_erasing_a_person_scrubs_extra_sections_too(demo_db: Database) -> None:
    from arenadesk.store.erase import ERASED, erase_person

    group = find_group_by_code(demo_db, require_arena_id(demo_db), "1A")
    assert group is not None
    member = group.members[0]
    key = store.add_extra_section(demo_db, "Innspill i etterkant av fokuskafé")
    store.save_extra_text(demo_db, group.id, key, f"- {member.name} følger opp")
    erase_person(demo_db, member.person_id)
    assert store.get_extra_texts(demo_db, group.id) == {key: f"- {ERASED} følger opp"}
