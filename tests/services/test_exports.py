"""Exports and merges: the use cases the window and the command line share."""

from __future__ import annotations

from pathlib import Path

import pytest

from arenadesk.i18n.messages import UserError
from arenadesk.services import exports
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import Database


def test_a_wrong_kind_is_refused_before_anything_is_read(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("read the database for a file it cannot write")

    monkeypatch.setattr(exports, "assemble_arena_report", no_reading)
    arena_id = require_arena_id(demo_db)
    out = tmp_path / "ut"
    for call, name in (
        (exports.export_sheets, "ark.ods"),
        (exports.export_arena_report, "rapport.txt"),
        (exports.export_proceedings, "innspill.odt"),
    ):
        with pytest.raises(UserError):
            call(demo_db, arena_id, out / name)
    assert not out.exists()


def test_sheets_are_written_from_plain_data(demo_db: Database, tmp_path: Path) -> None:
    written = exports.export_sheets(demo_db, require_arena_id(demo_db), tmp_path / "ark.csv")
    assert [p.name for p in written] == [
        "ark-actions.csv",
        "ark-evaluations.csv",
        "ark-participants.csv",
    ]
