"""Merging into a PostgreSQL master (a real throwaway server, tests/conftest_pg.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arenadesk.cli.main import main
from arenadesk.store.db.database import Database, open_database
from arenadesk.sync.log import list_imports, list_merge_log, restore_version
from arenadesk.sync.merge import ALREADY, MERGE, merge_packages

from .conftest import ORGANISER, logged_versions, synced_rows
from .test_merge import work_on_laptops


def test_packages_merge_into_postgres_exactly_as_into_a_file(
    master: Database, laptops: list[Database], tmp_path: Path, pg_url: str
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    server = open_database(pg_url, ORGANISER)
    file = open_database(tmp_path / "file-master.sqlite", ORGANISER)
    try:
        for target in (server, file):
            result = merge_packages(target, packages)
            assert [o.status for o in result.outcomes] == [MERGE] * 3
        assert synced_rows(server) == synced_rows(file)
        assert logged_versions(server) == logged_versions(file)
        again = merge_packages(server, packages)
        assert [o.status for o in again.outcomes] == [ALREADY] * 3
        assert len(list_imports(server)) == 3

        older = list_merge_log(server)  # an empty master: older versions, no conflicts
        assert older and not list_merge_log(server, conflicts_only=True)
        restore_version(server, older[0].id)
        assert any(e.kind == "replaced" for e in list_merge_log(server))
    finally:
        server.close()
        file.close()


def test_cli_merge_into_a_server_url(
    master: Database,
    laptops: list[Database],
    tmp_path: Path,
    pg_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    packages = work_on_laptops(master, laptops, tmp_path / "usb")
    code = main(["merge", *map(str, packages), "--into", pg_url, "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Merged into “postgresql://" in out and "3 packages, 0 rejected" in out
