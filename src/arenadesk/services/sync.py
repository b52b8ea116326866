"""Sync use cases, the same for the window and the command line: preview and merge
packages, write a package or setup file, and take in a setup file.

Each one that writes returns what it did with the `ChangeSet` the window announces (a
merge can touch any kind of row, so it is everything when anything was written). Long
ones take `on_package(done, total, name)`, called before each package; whatever it raises
(the window's Cancel) stops the merge and rolls all of it back: the file stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from arenadesk.i18n.messages import UserError
from arenadesk.services.changes import ChangeSet
from arenadesk.store.arenas import current_arena_id
from arenadesk.store.db.database import Database
from arenadesk.store.db.device import Device
from arenadesk.sync import setup as setup_files
from arenadesk.sync.export import export_package
from arenadesk.sync.merge import MergePreview, MergeResult, PackageHook, merge_packages
from arenadesk.sync.merge import preview_merge as _preview
from arenadesk.sync.package import inspect_package

__all__ = [
    "Merged",
    "PackageHook",
    "SetupTaken",
    "export",
    "merge",
    "preview_merge",
    "take_in_setup",
]


@dataclass(frozen=True)
class Merged:
    """A merge's outcome per package, and what the window refreshes."""

    result: MergeResult
    changes: ChangeSet


def _merged(result: MergeResult) -> Merged:
    return Merged(result, ChangeSet.everything() if result.written else ChangeSet())


def preview_merge(
    db: Database,
    paths: list[Path],
    *,
    accept_future: bool = False,
    on_package: PackageHook | None = None,
) -> MergePreview:
    """What merging would do, package by package; nothing is written."""
    return _preview(db, paths, accept_future=accept_future, on_package=on_package)


def merge(
    db: Database,
    paths: list[Path],
    *,
    accept_other_arena: bool = False,
    accept_deletions: bool = False,
    accept_future: bool = False,
    on_package: PackageHook | None = None,
) -> Merged:
    """Back up the file, then merge every good package; the others are reported."""
    return _merged(
        merge_packages(
            db,
            paths,
            accept_other_arena=accept_other_arena,
            accept_deletions=accept_deletions,
            accept_future=accept_future,
            on_package=on_package,
        )
    )


def export(db: Database, target: Path, *, setup: bool = False) -> Path:
    """Write a package for the organiser (or a setup file for facilitators)."""
    return export_package(db, target, kind="setup" if setup else "package")


@dataclass(frozen=True)
class SetupTaken:
    """A setup file taken in: merged into this file (`merged`), or a new working file
    made from it (`started`, which the window switches to)."""

    merged: Merged | None = None
    started: Database | None = None


def take_in_setup(
    db: Database,
    path: Path,
    folder: Path,
    device: Device,
    *,
    accept_deletions: bool = False,
    accept_future: bool = False,
) -> SetupTaken:
    """A later setup file of this file's arena merges into it (the facilitator's newer
    edits stay); a setup file of another arena starts a new working file in `folder`."""
    info = inspect_package(path, accept_future=accept_future)
    if info.kind != "setup":
        raise UserError("sync.not_setup", name=info.file_name)
    if info.arena_id is not None and info.arena_id == current_arena_id(db):
        result = setup_files.import_setup(
            db, path, accept_deletions=accept_deletions, accept_future=accept_future, checked=info
        )
        return SetupTaken(merged=_merged(result))
    return SetupTaken(
        started=setup_files.start_working_file(path, folder, device, accept_future=accept_future)
    )
