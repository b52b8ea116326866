"""`arenadesk people import|place`: the registration sheet in, people placed in groups."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from arenadesk.cli.common import EXIT_OK, db_target
from arenadesk.i18n.messages import Count, message
from arenadesk.platform.settings import Settings

COMMANDS = ("people",)
WHY = {"fixed": "place.why_fixed", "mix": "place.why_mix"}  # Problem.reason → message


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    people = commands.add_parser("people", help="import participants, place them in groups")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    imported = actions.add_parser(
        "import",
        parents=[common],
        help="add and update participants from a registration sheet (.xlsx or .csv)",
    )
    imported.add_argument("file", type=Path, help="the .xlsx or .csv file to read")
    imported.add_argument(
        "--dry-run", action="store_true", help="show what would change; save nothing"
    )
    place = actions.add_parser(
        "place",
        parents=[common],
        help="place everyone without a group in the arena's groups (70 %% rule, wishes)",
    )
    place.add_argument("--dry-run", action="store_true", help="show the proposal; save nothing")


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    if args.action == "import":
        return _import(args, settings, language)
    return _place(args, settings, language)


def _import(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.domain.registration import guess_mapping, headers_key
    from arenadesk.importers.spreadsheet import read_sheet
    from arenadesk.services.people_import import import_people
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    sheet = read_sheet(args.file)  # checked in full before the database is opened
    mapping = guess_mapping(sheet.headers)
    remembered = settings.import_mappings.get(headers_key(sheet.headers))
    if remembered is not None:
        from arenadesk.domain.registration import Mapping

        mapping = Mapping.from_json(sheet.headers, remembered) or mapping
    db = open_database(db_target(args), settings.device, create=False)
    try:
        report = import_people(db, require_arena_id(db), sheet, mapping, dry_run=args.dry_run)
    finally:
        db.close()
    used = [f"{h} → {f.value}" for h, f in zip(mapping.headers, mapping.fields, strict=True) if f]
    print(message("cli.import_columns", language, columns=", ".join(used)))
    if report.ignored_columns:
        print(message("cli.import_ignored", language, columns=", ".join(report.ignored_columns)))
    for action, title in (
        ("added", "cli.import_added"),
        ("updated", "cli.import_updated"),
        ("skipped", "cli.import_skipped"),
    ):
        rows = [o for o in report.outcomes if o.action == action]
        if not rows:
            continue
        print(f"{message(title, language)} ({len(rows)}):")
        for o in rows:
            text = o.text(language)
            print("  " + message("cli.import_row", language, row=o.row, name=o.name, text=text))
    for line in report.unmapped_lines(language):
        print(line)
    for row, column in sheet.long_cells:
        print(message("cli.import_long_cell", language, row=row, column=column))
    print(report.summary(language))
    if args.dry_run:
        print(message("cli.import_dry_run", language))
    return EXIT_OK


def _place(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.i18n.messages import UserError
    from arenadesk.services.placement import apply_placement, propose_placement
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database

    db = open_database(db_target(args), settings.device, create=False)
    try:
        arena_id = require_arena_id(db)
        proposal = propose_placement(db, arena_id)
        if not proposal.people:
            raise UserError("place.nobody")
        if not args.dry_run:
            apply_placement(db, arena_id, proposal.assignment())
    finally:
        db.close()
    codes = {str(g.id): g.code for g in proposal.groups}
    people = {str(k): v for k, v in proposal.people.items()}
    names = {k: v[0] for k, v in people.items()}
    for person, group in sorted(
        proposal.proposal.assignment, key=lambda a: (codes[a[1]], names[a[0]])
    ):
        print(message("place.placed", language, name=names[person], code=codes[group]))
    print(_mix_lines(proposal, language))
    for key in proposal.proposal.missed_wishes:
        name, _org, _p, wish = people[key]
        group = dict(proposal.proposal.assignment)[key]
        print(message("place.wish_missed", language, name=name, wish=wish, code=codes[group]))
    for problem in proposal.proposal.problems:
        print(
            message(
                "place.over_limit",
                language,
                code=problem.code,
                share=round(problem.share * 100),
                perspective=problem.perspective.value,
                why=message(WHY[problem.reason], language),
            )
        )
    print(
        message(
            "place.summary",
            language,
            count=len(proposal.people),
            groups=Count("count.groups", len(proposal.groups)),
        )
    )
    if args.dry_run:
        print(message("place.dry_run", language))
    return EXIT_OK


def _mix_lines(proposal: Any, language: str) -> str:
    from collections import Counter

    from arenadesk.domain.vocabulary import Perspective

    by_group: dict[str, Counter[str]] = {str(g.id): Counter() for g in proposal.groups}
    for g in proposal.groups:
        for m in {m.person_id: m for m in g.members}.values():
            by_group[str(g.id)][m.perspective.value] += 1
    people = {str(k): v for k, v in proposal.people.items()}
    for person, group in proposal.proposal.assignment:
        perspective = people[person][2]
        by_group[group][perspective.value if perspective else Perspective.UNKNOWN.value] += 1
    lines = []
    for g in proposal.groups:
        counts = by_group[str(g.id)]
        total = sum(counts.values())
        known = {p: n for p, n in counts.items() if p != Perspective.UNKNOWN.value}
        if not known:
            continue
        top, n = max(known.items(), key=lambda item: (item[1], item[0]))
        lines.append(
            message(
                "place.group_mix",
                language,
                code=g.code,
                total=total,
                perspective=top,
                share=round(100 * n / sum(known.values())),
            )
        )
    return "\n".join(lines)
