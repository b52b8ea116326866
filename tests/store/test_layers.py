"""Layering: nothing outside arenadesk.ui and arenadesk.app may load Qt, and each layer
imports only what is below it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    from pathlib import Path

    import arenadesk

    SKIP = ("arenadesk.ui", "arenadesk.app", "arenadesk.__main__")
    # Run by Alembic inside a migration, not importable on its own; it is exercised
    # below by opening a database, which runs every migration through it.
    ALEMBIC_ENV = "arenadesk.store.migrations.env"

    imported = []
    for info in pkgutil.walk_packages(arenadesk.__path__, "arenadesk."):
        name = info.name
        if name == ALEMBIC_ENV or any(name == s or name.startswith(s + ".") for s in SKIP):
            continue
        importlib.import_module(name)
        imported.append(name)

    from arenadesk.cli.main import main
    from arenadesk.demo.arena import create_demo_arena
    from arenadesk.store.db.database import open_database
    from arenadesk.store.db.device import Device

    path = Path(sys.argv[1])
    db = open_database(path, Device("33333333-3333-4333-8333-333333333333", "layers"))
    create_demo_arena(db)
    db.close()
    assert main(["check", str(path)]) == 0

    qt = sorted(
        m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qtawesome")
    )
    print(json.dumps({"imported": imported, "qt": qt}))
    """
)


def test_core_modules_never_load_qt(tmp_path: Path) -> None:
    env_dirs = {"ARENADESK_CONFIG_DIR": str(tmp_path / "c"), "ARENADESK_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "layers.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env_dirs},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["qt"] == []
    # The walk really covered the core: each layer is represented.
    imported = set(report["imported"])
    for module in (
        "arenadesk.cli.main",
        "arenadesk.demo.arena",
        "arenadesk.i18n.messages",
        "arenadesk.platform.settings",
        "arenadesk.services.runner",
        "arenadesk.domain.diversity",
        "arenadesk.store.db.database",
        "arenadesk.platform.location",
        "arenadesk.store.migrations.versions.0001_foundation",
    ):
        assert module in imported
    assert not any(m.startswith("arenadesk.ui") for m in imported)


def test_the_package_top_level_stays_small() -> None:
    """Modules belong in the folder of their layer or feature, not at the top."""
    top = Path(__file__).resolve().parents[2] / "src" / "arenadesk"
    modules = sorted(p.name for p in top.glob("*.py"))
    assert len(modules) <= 10, modules


SOURCE = Path(__file__).resolve().parents[2] / "src" / "arenadesk"

# Package (folder under src/arenadesk) -> module prefixes it must never import, even inside
# a function: reports take plain data, domain rules know no storage, and use cases
# orchestrate repositories instead of writing queries themselves.
FORBIDDEN = {
    "domain": ("arenadesk.store", "arenadesk.services", "arenadesk.reports", "sqlalchemy"),
    "reports": ("arenadesk.store", "arenadesk.services", "sqlalchemy"),
    "i18n": ("arenadesk.store", "arenadesk.services", "sqlalchemy"),
    "services": ("sqlalchemy", "arenadesk.store.models", "arenadesk.store.db.live", "arenadesk.ui"),
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_each_layer_imports_only_what_is_below_it() -> None:
    leaks = []
    for package, forbidden in FORBIDDEN.items():
        for path in sorted((SOURCE / package).rglob("*.py")):
            for name in sorted(imported_modules(path)):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    leaks.append(f"{path.relative_to(SOURCE)} imports {name}")
    assert leaks == []
