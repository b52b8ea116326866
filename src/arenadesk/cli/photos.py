"""`arenadesk photo add|list`: photos of the paper attached to a group (or one of its
boards) from the command line, as the window's photo panel does."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from arenadesk.cli.common import EXIT_OK, db_target
from arenadesk.i18n.messages import Count, UserError, message
from arenadesk.platform.settings import Settings

COMMANDS = ("photo",)


def add_commands(
    commands: Any, common: argparse.ArgumentParser, language_only: argparse.ArgumentParser
) -> None:
    photo = commands.add_parser("photo", help="attach photos of flip-charts and posters")
    actions = photo.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=[common],
        help="add photos (JPEG, PNG, HEIC) to a group's report, or to one of its boards",
    )
    add.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="image files")
    add.add_argument("--group", metavar="CODE", required=True, help="the group's code")
    add.add_argument("--caption", metavar="TEXT", default="", help="caption of every photo")
    add.add_argument("--board", metavar="TITLE", help="attach to this board of the group")
    listed = actions.add_parser("list", parents=[common], help="list a group's photos")
    listed.add_argument("--group", metavar="CODE", required=True, help="the group's code")


def run(args: argparse.Namespace, settings: Settings, language: str) -> int:
    from arenadesk.store.arenas import require_arena_id
    from arenadesk.store.db.database import open_database
    from arenadesk.store.groups import find_group_by_code

    if args.action == "add":
        for path in args.images:  # a missing file is named before the database is opened
            if not Path(path).is_file():
                from arenadesk.images import ImageRefused

                key = "photo.not_image" if Path(path).is_dir() else "photo.not_found"
                raise ImageRefused(key, name=Path(path).name)
    db = open_database(db_target(args), settings.device, create=False)
    try:
        group = find_group_by_code(db, require_arena_id(db), args.group)
        if group is None:
            raise UserError("cli.no_group", code=args.group)
        if args.action == "add":
            return _add(db, args, group.id, group.code, language)
        return _list(db, group.id, group.code, language)
    finally:
        db.close()


def _board_named(db: Any, group_id: uuid.UUID, title: str, code: str) -> uuid.UUID:
    """The group's board with this title (case, spaces and dashes as loosely as codes)."""
    from arenadesk.domain.codes import code_key
    from arenadesk.store.boards import list_boards

    boards = list_boards(db, group_id)
    for board in boards:
        if code_key(board.title) == code_key(title):
            return board.id
    titles = ", ".join(f"«{b.title}»" for b in boards) or "–"
    raise UserError("cli.no_board", code=code, title=title, boards=titles)


def _add(db: Any, args: argparse.Namespace, group_id: uuid.UUID, code: str, language: str) -> int:
    from arenadesk.services import photos
    from arenadesk.services.changes import Kind

    board_id = _board_named(db, group_id, args.board, code) if args.board else None
    changes = photos.add_photos(
        db,
        list(args.images),
        group_id=None if board_id else group_id,
        board_id=board_id,
        caption=args.caption,
    )
    added = changes.ids(Kind.PHOTOS)
    rows = (
        photos.photos_of(db, board_id=board_id)
        if board_id
        else photos.photos_of(db, group_id=group_id)
    )
    print(
        message(
            "cli.photos_added",
            language,
            photos=Count("count.photos", len(added)),
            code=code,
            path=db.location,
        )
    )
    for row in rows:
        if row.id in added:
            print("  " + _line(row, language))
    return EXIT_OK


def _list(db: Any, group_id: uuid.UUID, code: str, language: str) -> int:
    from arenadesk.services import photos
    from arenadesk.store.boards import list_boards

    rows = photos.group_photos(db, group_id)
    titles = {b.id: b.title for b in list_boards(db, group_id)}
    print(
        message("cli.photos_of_group", language, code=code, photos=Count("count.photos", len(rows)))
    )
    for number, row in enumerate(rows, start=1):
        where = (
            message("cli.photo_on_board", language, title=titles.get(row.board_id, "?"))
            if row.board_id
            else message("cli.photo_in_report", language)
        )
        print(f"  {number}. {where}: {_line(row, language)}")
    return EXIT_OK


def _line(row: Any, language: str) -> str:
    kind = "JPEG" if row.mime == "image/jpeg" else "PNG"
    size = f"{row.byte_size / 1024:.0f} kB"
    caption = f"«{row.caption}»" if row.caption else message("cli.photo_no_caption", language)
    return message(
        "cli.photo_line",
        language,
        caption=caption,
        width=row.width,
        height=row.height,
        kind=kind,
        size=size,
        sha=row.sha256[:12],
    )
