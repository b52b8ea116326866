"""The `arenadesk` command: the GUI by default, sub-commands for headless work."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from arenadesk import __version__
from arenadesk.cli import people as cli_people
from arenadesk.cli import photos as cli_photos
from arenadesk.cli import printouts as cli_printouts
from arenadesk.cli import reports as cli_reports
from arenadesk.cli import sync as cli_sync
from arenadesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CleanStream,
    db_target,
    out_path,
)
from arenadesk.diagnostics.log import setup_logging
from arenadesk.i18n.messages import LANGUAGES, Count, UserError, message
from arenadesk.platform.settings import Settings

if TYPE_CHECKING:
    from arenadesk.store.db.database import Database

log = logging.getLogger(__name__)

# Areas that add their own sub-commands: each has COMMANDS, add_commands() and run().
AREAS = (cli_reports, cli_sync, cli_people, cli_printouts, cli_photos)


def _parser() -> argparse.ArgumentParser:
    # --db and --lang are accepted before or after the sub-command.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file (or postgresql:// URL) to open",
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages and the window: nb (default) or en",
    )

    parser = argparse.ArgumentParser(
        prog="arenadesk",
        description="ArenaDesk: facilitation tool for Åpen arena. Without a sub-command the "
        "window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ArenaDesk {__version__}")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation in a temporary folder (database, reports, window); "
        "exit 0 when it works",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[common], help="create the demo arena in a new database file"
    )
    demo.add_argument(
        "--large",
        action="store_true",
        help="a synthetic arena of 29 groups and 200 people (for benchmarks)",
    )
    demo.add_argument(
        "--open-space",
        action="store_true",
        help="an arena run as Open Space: 150 people, 4 økter × 16 spaces, 50 inputs",
    )

    language_only = argparse.ArgumentParser(add_help=False)
    language_only.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of the report: nb (default) or en",
    )
    check = commands.add_parser(
        "check", parents=[language_only], help="check a database file without changing it"
    )
    check.add_argument("file", type=Path, help="the file to check")

    template = commands.add_parser("template", help="export or import a støttemal (JSON)")
    actions = template.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common], help="write the arena's støttemal (or a group's plan) to a file"
    )
    export.add_argument("--out", type=Path, required=True, help="the .json file to write")
    export.add_argument("--group", metavar="CODE", help="export this group's plan instead")
    imported = actions.add_parser(
        "import", parents=[common], help="add a støttemal from a file as a new template"
    )
    imported.add_argument("file", type=Path, help="the .json file to read")
    for area in AREAS:
        area.add_commands(commands, common, language_only)
    return parser


COMMANDS = ("demo", "check", "template", *(name for area in AREAS for name in area.COMMANDS))


def _file_as_db(argv: list[str]) -> list[str]:
    """`arenadesk FILE` (a double-clicked file, a desktop entry's %f) means `--db FILE`."""
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        candidate = Path(argv[0])
        # Only something that looks like a file: a mistyped command stays an error.
        if candidate.exists() or candidate.suffix or len(candidate.parts) > 1:
            return ["--db", argv[0], *argv[1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(_file_as_db(sys.argv[1:] if argv is None else argv))
    if args.smoke_test:  # before the settings load: touches nothing of the user's
        from arenadesk.diagnostics.smoke import run_smoke_test

        return run_smoke_test()
    setup_logging(f"command {args.command}" if args.command else "window")
    settings = Settings.load()
    language = getattr(args, "lang", None) or settings.language
    if args.command is None:
        try:
            return _gui(args, settings, language)
        except UserError as error:
            print(error.text(language), file=sys.stderr)
            return EXIT_FAILED
    # Sub-commands print names from files (arena, device, group): never a control character.
    with (
        contextlib.redirect_stdout(CleanStream(sys.stdout)),
        contextlib.redirect_stderr(CleanStream(sys.stderr)),
    ):
        return _command(args, settings, language)


def _command(args: argparse.Namespace, settings: Settings, language: str) -> int:
    # Here, not at the top: the window's start-up shows its frame before these load.
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    try:
        if args.command == "demo":
            return _demo(args, settings, language)
        if args.command == "check":
            return _check(args.file, language)
        if args.command == "template":
            return _template(args, settings, language)
        for area in AREAS:
            if args.command in area.COMMANDS:
                return int(area.run(args, settings, language))
        raise AssertionError(args.command)
    except UserError as error:
        log.warning("%s: %s", args.command or "window", error.text("en"))
        print(error.text(language), file=sys.stderr)
        return EXIT_FAILED
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        # What the disk or another program did, in words: never SQL, a link or a traceback.
        print(_os_failure(exc, args).text(language), file=sys.stderr)
        return EXIT_FAILED
    except Exception:
        log.exception("%s failed", args.command or "window")
        raise


def _os_failure(exc: BaseException, args: argparse.Namespace) -> UserError:
    from arenadesk.platform.faults import as_user_error, os_reason

    target = str(getattr(args, "into", None) or getattr(args, "db", None) or db_target(args))
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return UserError("db.being_written", path=target)
    known = as_user_error(exc, target)
    if known is not None and known.key not in ("fault.io", "db.corrupt"):
        return known
    return UserError("cli.failed", path=target, detail=os_reason(exc))


def _demo(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.demo.arena import create_demo_arena, create_large_arena
    from arenadesk.store.arenas import get_arena
    from arenadesk.store.db.database import open_database
    from arenadesk.store.groups import list_groups
    from arenadesk.store.people import list_people

    db = open_database(db_target(args), settings.device)
    try:
        if args.open_space:
            return _demo_open_space(db, language)
        arena_id = create_large_arena(db) if args.large else create_demo_arena(db)
        arena = get_arena(db, arena_id)
        assert arena is not None
        print(
            message(
                "cli.demo_created",
                language,
                name=arena.name,
                path=db.location,
                groups=Count("count.groups", len(list_groups(db, arena_id))),
                people=Count("count.people", len(list_people(db, arena_id))),
            )
        )
    finally:
        db.close()
    return EXIT_OK


def _demo_open_space(db: Database, language: str) -> int:
    from arenadesk.demo.open_space import create_open_space_demo
    from arenadesk.store.arenas import get_arena
    from arenadesk.store.conversations import list_conversations
    from arenadesk.store.open_space import get_wall
    from arenadesk.store.people import list_people

    arena_id = create_open_space_demo(db)
    arena = get_arena(db, arena_id)
    assert arena is not None
    wall = get_wall(db, arena_id)
    print(
        message(
            "cli.demo_open_space_created",
            language,
            name=arena.name,
            path=db.location,
            people=len(list_people(db, arena_id)),
            slots=len(wall.slots),
            spaces=len(wall.spaces),
            topics=len(wall.topics),
            conversations=len(list_conversations(db, arena_id)),
        )
    )
    return EXIT_OK


def _template(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.domain.plan_io import default_plan, load_plan, save_plan
    from arenadesk.services import plans as plan_service
    from arenadesk.store import plans
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.groups import find_group_by_code

    if args.action == "import":
        load_plan(args.file)  # checked in full before the database is opened
    else:
        out_path(args.out, ("json",))
    db = open_database(db_target(args), settings.device, create=False)
    try:
        arena_id = require_arena_id(db)
        if args.action == "import":
            plan, _installed = plan_service.import_template(db, arena_id, args.file)
            steps = sum(len(s.steps) for s in plan.sessions)
            print(
                message(
                    "cli.template_imported",
                    language,
                    name=plan.name,
                    sessions=Count("count.sessions", len(plan.sessions)),
                    steps=Count("count.steps", steps),
                )
            )
            return EXIT_OK
        # Exporting only reads: a group without its own plan follows the master, an arena
        # without a master the shipped default, and neither is written into the file.
        template_id: uuid.UUID | None = None
        if args.group:
            group = find_group_by_code(db, arena_id, args.group)
            if group is None:
                raise UserError("cli.no_group", code=args.group)
            template_id = plans.group_plan_id(db, group.id)
        if template_id is None:
            masters = plans.list_templates(db, arena_id)
            template_id = masters[0].id if masters else None
        template = plans.get_template(db, template_id) if template_id is not None else None
        plan = template.as_plan() if template is not None else default_plan()
        save_plan(plan, args.out)
        print(message("cli.template_exported", language, name=plan.name, path=args.out))
    finally:
        db.close()
    return EXIT_OK


def _check(file: Path, language: str) -> int:
    from arenadesk.store.db import migrate
    from arenadesk.store.db.fileinfo import inspect_file

    info = inspect_file(file, exact_schema=True)
    if info.is_new:
        raise UserError("db.blank", path=file)
    if info.revision not in migrate.known_revisions():
        raise UserError("db.newer", path=file)
    current = info.revision == migrate.head_revision()
    state = message("check.current" if current else "check.older", language)
    print(message("check.file", language, path=info.path))
    print(message("check.size", language, size=Count("count.bytes", info.size)))
    print(message("check.application_id", language, id=f"0x{info.application_id:08X}"))
    print(message("check.revision", language, revision=info.revision, state=state))
    print(message("check.integrity", language, integrity=info.integrity))
    print(message("check.rows", language))
    for table, count in sorted(info.row_counts.items()):
        print(f"  {table}: {count}")
    if info.integrity != "ok":
        raise UserError("db.corrupt", path=file, detail=info.integrity)
    return EXIT_OK


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _gui(args: argparse.Namespace, settings: Settings, language: str) -> int:
    if not _has_display():
        print(message("cli.no_display", language), file=sys.stderr)
        return EXIT_USAGE
    from arenadesk.app import run

    explicit = getattr(args, "db", None)
    return run(
        settings,
        database=explicit,
        language=getattr(args, "lang", None),
        quit_after_show=args.quit_after_show,
    )
