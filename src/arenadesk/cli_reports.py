"""`arenadesk report …`: documents written from a database, without the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from arenadesk.cli_common import EXIT_OK, db_target
from arenadesk.messages import UserError, message
from arenadesk.settings import Settings

COMMANDS = ("report",)


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    report = commands.add_parser("report", help="write a report (PDF or Word)")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    group_report = kinds.add_parser(
        "group", parents=[common], help="a group's standard report with its self-evaluation"
    )
    group_report.add_argument("code", help="the group's code, e.g. 4F or 4E-1")
    group_report.add_argument(
        "--out", type=Path, required=True, help="the file to write: .pdf or .docx"
    )


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    if args.kind == "group":
        return _group_report(args, settings, language)
    raise AssertionError(args.kind)


def _group_report(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.database import open_database
    from arenadesk.store.groups import find_group_by_code
    from arenadesk.store.reports import assemble_group_report

    kind = args.out.suffix.lower().lstrip(".")
    if kind not in ("pdf", "docx"):
        raise UserError("cli.report_kind", path=args.out)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        group = find_group_by_code(db, require_arena_id(db), args.code)
        if group is None:
            raise UserError("cli.no_group", code=args.code)
        report = assemble_group_report(db, group.id, language)
    finally:
        db.close()
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if kind == "pdf":
            from arenadesk.reports.group_pdf import build_group_pdf

            build_group_pdf(report, args.out)
        else:
            from arenadesk.reports.group_docx import build_group_docx

            build_group_docx(report, args.out)
    except OSError as exc:
        raise UserError("report.cannot_save", path=args.out, detail=exc) from exc
    print(message("cli.report_written", language, code=report.code, path=args.out))
    return EXIT_OK
