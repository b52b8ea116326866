"""`arenadesk report …`: documents written from a database, without the window."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arenadesk.cli.common import EXIT_OK, db_target, out_path
from arenadesk.i18n.messages import Count, UserError, message
from arenadesk.platform.settings import Settings

if TYPE_CHECKING:
    from arenadesk.domain.report import GroupReport

COMMANDS = ("report", "export-sheet")
DEFAULT_PRINTER = ""  # `--print` without a name


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    report = commands.add_parser("report", help="write a report (PDF or Word)")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    group_report = kinds.add_parser(
        "group", parents=[common], help="a group's standard report with its self-evaluation"
    )
    group_report.add_argument("code", help="the group's code, e.g. 4F or 4E-1")
    group_report.add_argument("--out", type=Path, help="the file to write: .pdf or .docx")
    group_report.add_argument(
        "--print",
        nargs="?",
        const=DEFAULT_PRINTER,
        metavar="PRINTER",
        help="print the report (PDF) on PRINTER, or on the default printer",
    )
    imported = kinds.add_parser(
        "import",
        parents=[common],
        help="bring a group's report written in Word into the arena, and say what went where",
    )
    imported.add_argument("file", type=Path, metavar="FILE.docx", help="the Word report")
    imported.add_argument(
        "--group",
        metavar="CODE",
        help="the group to fill (without it the document's code and title make a new group)",
    )
    imported.add_argument(
        "--replace", action="store_true", help="replace sections the group has already filled"
    )
    _add_arena_commands(commands, kinds, common)


def _add_arena_commands(commands: Any, kinds: Any, common: argparse.ArgumentParser) -> None:
    arena_report = kinds.add_parser(
        "arena",
        parents=[common],
        help="the compiled arena report: summary, groups, standard reports, self-evaluations",
    )
    arena_report.add_argument(
        "--out", type=Path, required=True, help="the file to write: .pdf or .docx"
    )
    inputs = kinds.add_parser(
        "inputs",
        parents=[common],
        help="the Open Space inputs (Vedlegg 1) and working reports (Vedlegg 2)",
    )
    inputs.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the file to write: .pdf or .docx (both appendices), .xlsx or .csv (the inputs)",
    )
    sheets = commands.add_parser(
        "export-sheet",
        parents=[common],
        help="next steps, self-evaluations and participants per group as .xlsx or .csv",
    )
    sheets.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the file to write: .xlsx (three sheets) or .csv (one table per file)",
    )
    sheets.add_argument(
        "--sheet",
        choices=("actions", "evaluations", "participants", "inputs"),
        help="for .csv: the one table to write to --out; without it all three are "
        "written beside --out as NAME-actions.csv, NAME-evaluations.csv, "
        "NAME-participants.csv (and NAME-inputs.csv when the arena has Open Space inputs)",
    )


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    if args.command == "export-sheet":
        return _export_sheet(args, settings, language)
    if args.kind == "arena":
        return _arena_report(args, settings, language)
    if args.kind == "group":
        return _group_report(args, settings, language)
    if args.kind == "import":
        return _import_report(args, settings, language)
    if args.kind == "inputs":
        return _inputs_report(args, settings, language)
    raise AssertionError(args.kind)


def _group_report(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.reports.saving import save_group_report
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.groups import find_group_by_code
    from arenadesk.store.reports import assemble_group_report

    if args.out is None and args.print is None:
        raise UserError("cli.report_needs_out")
    kind = args.out.suffix.lower().lstrip(".") if args.out else "pdf"
    if kind not in ("pdf", "docx"):
        raise UserError("cli.report_kind", path=args.out)
    if args.out is not None:
        out_path(args.out, ("pdf", "docx"))
    db = open_database(db_target(args), settings.device, create=False)
    try:
        group = find_group_by_code(db, require_arena_id(db), args.code)
        if group is None:
            raise UserError("cli.no_group", code=args.code)
        report = assemble_group_report(db, group.id, language)
    finally:
        db.close()
    if args.out is not None:
        save_group_report(report, args.out)
        print(message("cli.report_written", language, code=report.code, path=args.out))
    if args.print is not None:
        _print_group_report(report, args, language)
    return EXIT_OK


def _import_report(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.importers.docx_blocks import read_docx
    from arenadesk.importers.docx_report import read_report
    from arenadesk.services.report_import import apply_import, plan_import
    from arenadesk.store import report_template
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    document = read_docx(args.file)  # checked in full before the database is opened
    db = open_database(db_target(args), settings.device, create=False)
    try:
        arena_id = require_arena_id(db)
        extras = {s.heading: s.key for s in report_template.get_template(db, arena_id).extras()}
        report = read_report(document, extras)
        plan = plan_import(
            db, arena_id, report, group_code=args.group, replace=args.replace, path=args.file
        )
        apply_import(db, arena_id, plan)
    finally:
        db.close()
    for line in plan.lines(language):
        print(line)
    return EXIT_OK


def _print_group_report(report: GroupReport, args: argparse.Namespace, language: str) -> None:
    """Print the same PDF that `--out` writes (a .docx is never what goes to paper)."""
    from arenadesk.domain.report import report_file_name
    from arenadesk.platform.printing import PrintOptions, print_pdf
    from arenadesk.reports.saving import save_group_report

    printer = args.print or None
    with tempfile.TemporaryDirectory(prefix="arenadesk-print-") as folder:
        pdf = Path(folder) / report_file_name(report.code, report.title, "pdf")
        save_group_report(report, pdf)
        job = print_pdf(pdf, PrintOptions(printer=printer, title=pdf.stem))
    print(message("cli.report_printed", language, code=report.code, job=job))


def _arena_report(args: argparse.Namespace, settings: Settings, language: str) -> int:
    """The compiled arena report; the suffix is checked before the database is opened."""
    from arenadesk.reports.saving import ARENA_REPORT_KINDS, kind_of
    from arenadesk.services.exports import export_arena_report
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    if kind_of(args.out) not in ARENA_REPORT_KINDS:
        raise UserError("arena_report.kind", path=args.out)
    out_path(args.out, ARENA_REPORT_KINDS)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        report = export_arena_report(db, require_arena_id(db), args.out, language)
    finally:
        db.close()
    if report.open_space is not None and not report.group_count:
        # An Open Space arena has no groups to count; its result is the inputs.
        counts = {"inputs": Count("count.inputs", len(report.open_space.inputs))}
        key = "arena_report.written_open_space"
    else:
        counts = {"groups": Count("count.groups", report.group_count)}
        key = "arena_report.written"
    print(message(key, language, name=report.arena_name, path=args.out, **counts))
    return EXIT_OK


def _inputs_report(args: argparse.Namespace, settings: Settings, language: str) -> int:
    """The Open Space proceedings; the suffix is checked before the database is opened."""
    from arenadesk.reports.saving import PROCEEDINGS_KINDS, kind_of
    from arenadesk.services.exports import export_proceedings
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    if kind_of(args.out) not in PROCEEDINGS_KINDS:
        raise UserError("proceedings.kind", path=args.out)
    out_path(args.out, PROCEEDINGS_KINDS)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        proceedings = export_proceedings(db, require_arena_id(db), args.out, language)
    finally:
        db.close()
    print(
        message(
            "proceedings.written",
            language,
            name=proceedings.arena_name,
            inputs=Count("count.inputs", len(proceedings.inputs)),
            reports=Count("count.working_reports", len(proceedings.reports)),
            path=args.out,
        )
    )
    return EXIT_OK


def _export_sheet(args: argparse.Namespace, settings: Settings, language: str) -> int:
    """Spreadsheets; each file written is printed on its own line."""
    from arenadesk.reports.sheets import SHEET_KINDS, check_request
    from arenadesk.services.exports import export_sheets
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    check_request(args.out, args.sheet or None)
    out_path(args.out, SHEET_KINDS)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        written = export_sheets(db, require_arena_id(db), args.out, language, sheet=args.sheet)
    finally:
        db.close()
    for path in written:
        print(message("sheets.written", language, path=path))
    return EXIT_OK
