"""`arenadesk print badges|lists|attendance|signs`: what the organiser prints before the
arena, as PDF through the same path as every report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from arenadesk.cli.common import EXIT_OK, db_target
from arenadesk.i18n.messages import UserError, message
from arenadesk.platform.settings import Settings

# What `arenadesk print` makes (reports/printouts.py has a builder for each). Here, not in
# domain/printouts.py: the parser is built on every start, the window's too, and that
# module's rows and vocabularies are not needed before the first window.
KINDS = ("badges", "lists", "attendance", "signs")

COMMANDS = ("print",)
WHAT = {
    "badges": "print.what_badges",
    "lists": "print.what_lists",
    "attendance": "print.what_attendance",
    "signs": "print.what_signs",
}


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    printing = commands.add_parser(
        "print",
        parents=[common],
        help="name badges, member lists, attendance lists or door signs as PDF",
    )
    printing.add_argument("kind", choices=KINDS, help="what to print")
    printing.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    printing.add_argument("--group", metavar="CODE", default="", help="only this group")


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.reports.printouts import save_printout
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.printouts import assemble_printout

    if args.out.suffix.lower() != ".pdf":
        raise UserError("print.out_pdf", path=args.out)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        printout = assemble_printout(db, require_arena_id(db), args.group)
    finally:
        db.close()
    if not printout.people and args.kind != "signs":
        raise UserError("print.nobody")
    save_printout(printout, args.kind, args.out)
    count = len(printout.groups) if args.kind == "signs" else len(printout.people)
    print(
        message(
            "print.written",
            language,
            what=message(WHAT[args.kind], language),
            count=count,
            path=args.out,
        )
    )
    return EXIT_OK
