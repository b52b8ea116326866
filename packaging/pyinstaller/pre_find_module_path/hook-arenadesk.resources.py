"""PyInstaller hook: find `arenadesk.resources` in the top-level resources/ folder.

pyproject.toml maps the package `arenadesk.resources` to resources/ (package-dir), so it
is not under src/arenadesk/ where PyInstaller's path-based module finder looks. Point the
finder at the repository root, where resources/__init__.py lives.
"""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]


def pre_find_module_path(api):
    api.search_dirs = [str(REPO_ROOT)]
