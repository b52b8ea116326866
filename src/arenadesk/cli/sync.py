"""`arenadesk export` and `arenadesk merge`: packages to the organiser, merged headless.

Exit codes of `merge`: 0 every package merged (or was already imported); 3 at least one
package was rejected (each named on its own line) and the others merged; 1 nothing was
written (the target could not be opened or the merge failed); 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arenadesk.cli.common import EXIT_OK, db_target, out_path
from arenadesk.i18n.messages import Count, message
from arenadesk.platform.settings import Settings

if TYPE_CHECKING:
    from arenadesk.sync.merge import MergePreview

COMMANDS = ("export", "merge")
EXIT_REJECTED = 3


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a package for the organiser (.arenapakke), or a setup file",
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PACKAGE",
        help="the package file, or a folder to save it in under its own name",
    )
    export.add_argument(
        "--setup",
        action="store_true",
        help="write a setup file for facilitators (.arenaoppsett) instead",
    )
    merge = commands.add_parser(
        "merge", parents=[language_only], help="merge packages into a master file or server"
    )
    merge.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")
    merge.add_argument(
        "--into", required=True, metavar="FILE|URL", help="the master: a file or postgresql:// URL"
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="show what would change and write nothing"
    )
    merge.add_argument(
        "--accept-other-arena",
        action="store_true",
        help="also merge packages that belong to another arena than the master's",
    )
    merge.add_argument(
        "--accept-deletions",
        action="store_true",
        help="also merge packages that delete the arena or more than half of their rows",
    )
    merge.add_argument(
        "--accept-future",
        action="store_true",
        help="also merge packages dated more than a day ahead of this computer's clock "
        "(a laptop whose clock is wrong)",
    )


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    if args.command == "export":
        return _export(args, settings, language)
    return _merge(args, settings, language)


def _export(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.services import sync
    from arenadesk.store.db.database import open_database
    from arenadesk.sync.package import SUFFIXES

    kind = "setup" if args.setup else "package"
    out_path(args.out, (SUFFIXES[kind].lstrip("."),), folder_allowed=True)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        path = sync.export(db, args.out, setup=args.setup)
    finally:
        db.close()
    key = "cli.setup_written" if kind == "setup" else "cli.package_written"
    print(message(key, language, path=path))
    return EXIT_OK


def _merge(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.services import sync
    from arenadesk.store.db.database import open_database

    missing = "://" not in args.into and not Path(args.into).expanduser().exists()
    if args.dry_run and missing:
        # The merge would create the master: preview into a new one made the same way.
        with tempfile.TemporaryDirectory(prefix="arenadesk-preview-") as work:
            db = open_database(Path(work) / "master.sqlite", settings.device)
            try:
                result = sync.preview_merge(db, args.packages, accept_future=args.accept_future)
            finally:
                db.close()
        print(message("cli.dry_run_new", language, path=args.into))
        return _report(args, result, language, args.into)
    db = open_database(args.into, settings.device, create=not args.dry_run)
    try:
        if args.dry_run:
            result = sync.preview_merge(db, args.packages, accept_future=args.accept_future)
        else:
            result = sync.merge(
                db,
                args.packages,
                accept_other_arena=args.accept_other_arena,
                accept_deletions=args.accept_deletions,
                accept_future=args.accept_future,
            ).result
        location = db.location
    finally:
        db.close()
    return _report(args, result, language, location)


def _report(args: argparse.Namespace, result: MergePreview, language: str, location: str) -> int:
    """One line per package, then the total; the exit code says whether any was rejected."""
    from arenadesk.sync.merge import ALREADY, REJECTED

    for outcome in result.outcomes:
        if outcome.status == REJECTED:
            assert outcome.error is not None
            reason = outcome.error.text(language)
            if outcome.error.key == "sync.future" and outcome.error.params.get("acceptable"):
                device = outcome.error.params.get("device", "")
                reason += " " + message("cli.accept_future", language, device=device)
            print(message("cli.merge_rejected", language, reason=reason), file=sys.stderr)
        elif outcome.status == ALREADY:
            print(message("cli.merge_already", language, name=outcome.path.name))
        else:
            assert outcome.info is not None
            line = message(
                "cli.merge_counts",
                language,
                name=outcome.path.name,
                added=Count("count.added", outcome.added),
                updated=outcome.updated,
                deleted=outcome.deleted,
                conflicts=Count("count.conflicts", outcome.conflicts),
                arena=outcome.info.arena_name,
                device=outcome.info.device_name,
            )
            if outcome.other_arena and args.dry_run:
                line += " — " + message(
                    "sync.other_arena",
                    language,
                    name=outcome.path.name,
                    arena=outcome.info.arena_name,
                )
            if outcome.needs_deletion_confirmation and args.dry_run:
                from arenadesk.sync.merge import deletion_error

                line += " — " + deletion_error(outcome).text(language)
            print(line)
    rejected = len(result.rejected)
    if args.dry_run:
        print(message("cli.merge_dry_run", language, path=location))
    else:
        merged = len(result.outcomes) - rejected
        packages = Count("count.packages", merged)
        print(
            message("cli.merge_done", language, path=location, merged=packages, rejected=rejected)
        )
    return EXIT_REJECTED if rejected else EXIT_OK
