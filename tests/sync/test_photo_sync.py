"""Photos through sync: rows merge like any row, images by their hash (once, whichever
laptop sent them), removals as tombstones; kept originals and images no live photo shows
stay on the laptop; a forged image is refused with the whole package."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import uuid
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import func, select

from arenadesk.demo.open_space import create_open_space_wall
from arenadesk.i18n.messages import UserError
from arenadesk.services import photos
from arenadesk.store import conversations as conv
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.boards import create_board
from arenadesk.store.db.database import Database, open_database
from arenadesk.store.groups import find_group_by_code
from arenadesk.store.models.photos import PhotoContent
from arenadesk.store.open_space import get_wall
from arenadesk.sync.export import export_package
from arenadesk.sync.log import list_imports
from arenadesk.sync.merge import ALREADY, MERGE, REJECTED, merge_packages, preview_merge
from arenadesk.sync.rows import synced_tables, to_json
from arenadesk.sync.setup import start_working_file
from tests.images import samples

from .conftest import ORGANISER, laptop_device, table_count


@cache
def image(seed: int) -> bytes:
    return samples.jpeg(samples.flip_chart(800, 600, seed=seed), quality=90)


def group_id(db: Database, code: str) -> uuid.UUID:
    group = find_group_by_code(db, require_arena_id(db), code)
    assert group is not None
    return group.id


def rows_by_id(db: Database) -> dict[str, dict[str, object]]:
    """Every synced row by table and id (photo rows mix None and ids in one column, which
    `synced_rows` cannot sort)."""
    out: dict[str, dict[str, object]] = {}
    with db.engine.connect() as connection:
        for table in synced_tables():
            for row in connection.execute(select(table)):
                data = to_json(row._mapping)
                out[f"{table.name}/{data['id']}"] = data
    return out


def content_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(PhotoContent)) or 0)


def photographed(laptops: list[Database], out: Path) -> list[Path]:
    """Laptop 1: two report photos (one later removed) and a board photo, kept originals;
    laptop 2: the same poster as laptop 1's first (another copy of the file) and one more."""
    one, two, _three = laptops
    group = group_id(one, "1C")
    photos.add_photos(one, [image(1), image(2)], group_id=group, keep_original=True)
    board = create_board(one, group, "toppen-av-fjellet", "Toppen 1C")
    photos.add_photos(one, [image(3)], board_id=board, caption="Tavla på veggen")
    removed = photos.photos_of(one, group_id=group)[1]
    photos.remove_photo(one, removed.id)
    photos.add_photos(two, [image(1), image(4)], group_id=group_id(two, "1A"))
    return [export_package(db, out) for db in laptops[:2]]


def test_photos_travel_to_the_master_and_merge_once(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    packages = photographed(laptops, tmp_path / "usb")
    # Kept originals never leave the laptop; the removed photo's image stays behind too.
    assert table_count(packages[0], "photo_original") == 0
    assert table_count(packages[0], "photo_content") == 2
    assert table_count(packages[0], "photo") == 3  # the tombstone travels

    result = merge_packages(master, packages)
    assert [o.status for o in result.outcomes] == [MERGE, MERGE]
    report_1c = photos.photos_of(master, group_id=group_id(master, "1C"))
    laptop_1c = photos.photos_of(laptops[0], group_id=group_id(laptops[0], "1C"))
    assert [p.sha256 for p in report_1c] == [laptop_1c[0].sha256]
    assert not report_1c[0].has_original  # the original stayed on laptop 1
    [on_board] = [p for p in photos.group_photos(master, group_id(master, "1C")) if p.board_id]
    assert on_board.caption == "Tavla på veggen"
    assert len(photos.photos_of(master, group_id=group_id(master, "1A"))) == 2
    assert content_count(master) == 3  # image 1 from both laptops, stored once
    for row in [*report_1c, on_board]:
        assert hashlib.sha256(photos.photo_bytes(master, row.sha256)).hexdigest() == row.sha256

    again = merge_packages(master, packages)
    assert [o.status for o in again.outcomes] == [ALREADY, ALREADY]
    # A removal on the master's side of a merged photo travels back as a tombstone.
    photos.remove_photo(master, report_1c[0].id)
    assert photos.photos_of(master, group_id=group_id(master, "1C")) == []


def test_the_preview_counts_a_photo_once(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    """A photo is one thing to a person, though its image travels in a row of its own:
    two new photos are two added, a removed one is one deleted, in the preview as in the
    merge and its import log."""
    one = laptops[0]
    photos.add_photos(one, [image(5), image(6)], group_id=group_id(one, "1C"))
    package = export_package(one, tmp_path / "usb")
    assert table_count(package, "photo") == table_count(package, "photo_content") == 2
    [seen] = preview_merge(master, [package]).outcomes
    assert (seen.added, seen.updated, seen.deleted) == (2, 0, 0)
    [merged] = merge_packages(master, [package]).outcomes
    assert (merged.added, merged.updated, merged.deleted) == (2, 0, 0)
    assert [(entry.added, entry.updated) for entry in list_imports(master)] == [(2, 0)]
    assert content_count(master) == 2

    photos.remove_photo(one, photos.photos_of(one, group_id=group_id(one, "1C"))[0].id)
    later = export_package(one, tmp_path / "usb")
    [seen] = preview_merge(master, [later]).outcomes
    assert (seen.added, seen.deleted) == (0, 1)  # (the other photo moves up: one updated)


def test_a_shrunk_package_carries_only_the_smaller_images(
    laptops: list[Database], tmp_path: Path
) -> None:
    one = laptops[0]
    photos.add_photos(one, [samples.phone_photo()], group_id=group_id(one, "1C"))
    before = photos.package_size(one)
    photos.shrink_photos(one, 1600)
    after = photos.package_size(one)
    assert after.photos == before.photos == 1
    assert after.bytes < before.bytes - (before.image_bytes - after.image_bytes) // 2
    package = export_package(one, tmp_path / "usb")
    assert table_count(package, "photo_content") == 1


def test_photos_merge_into_postgres_as_into_a_file(
    master: Database, laptops: list[Database], tmp_path: Path, pg_url: str
) -> None:
    packages = photographed(laptops, tmp_path / "usb")
    server = open_database(pg_url, ORGANISER)
    file = open_database(tmp_path / "file-master.sqlite", ORGANISER)
    try:
        for target in (server, file):
            assert [o.status for o in merge_packages(target, packages).outcomes] == [MERGE] * 2
        assert rows_by_id(server) == rows_by_id(file)
        assert content_count(server) == 3
        row = photos.photos_of(server, group_id=group_id(server, "1A"))[1]
        assert photos.photo_bytes(server, row.sha256) == photos.photo_bytes(file, row.sha256)
    finally:
        server.close()
        file.close()


def _forged(package: Path, folder: Path, sql: str, *params: object) -> Path:
    copy = folder / f"forged-{uuid.uuid4().hex[:8]}.arenapakke"
    shutil.copyfile(package, copy)
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        connection.execute(sql, params)
        connection.commit()
    return copy


def test_forged_images_are_refused_with_the_package(
    master: Database, laptops: list[Database], tmp_path: Path
) -> None:
    package = photographed(laptops, tmp_path / "usb")[0]
    before = rows_by_id(master)
    other = samples.jpeg(samples.flip_chart(640, 480, seed=9), quality=80)
    bomb = samples.png_header(2400, 2400)
    attacks = {
        "other bytes": ("UPDATE photo_content SET data = ? WHERE rowid = 1", other),
        "bytes as text": ("UPDATE photo_content SET data = 'hello' WHERE rowid = 1",),
        "a PNG bomb under a JPEG's hash": (
            "UPDATE photo_content SET data = ?, sha256 = ?, byte_size = ? WHERE rowid = 1",
            bomb,
            hashlib.sha256(bomb).hexdigest(),
            len(bomb),
        ),
        "another version": ("UPDATE photo_content SET updated_at = updated_at + 1",),
        "a tombstone": ("UPDATE photo_content SET deleted = 1 WHERE rowid = 1",),
        "an unknown type": ("UPDATE photo SET mime = 'image/svg+xml' WHERE rowid = 1",),
        "a giant size": ("UPDATE photo SET width = 100000 WHERE rowid = 1",),
        "a hash that is not one": ("UPDATE photo SET sha256 = '../../etc' WHERE rowid = 1",),
    }
    for name, (sql, *params) in attacks.items():
        forged = _forged(package, tmp_path, sql, *params)
        result = merge_packages(master, [forged])
        [outcome] = result.outcomes
        assert outcome.status == REJECTED, name
        assert outcome.error is not None and "photo" in outcome.error.text("en"), name
    assert rows_by_id(master) == before


def test_setup_files_carry_inputs_photos_only(master: Database, tmp_path: Path) -> None:
    photos.add_photos(master, [image(5)], group_id=group_id(master, "1C"))
    setup = export_package(master, tmp_path / "usb", kind="setup")
    assert table_count(setup, "photo") == 0 and table_count(setup, "photo_content") == 0
    # A setup file that carries a group's photo anyway is refused whole.
    package = export_package(master, tmp_path / "pkg")
    forged = tmp_path / "forged.arenaoppsett"
    shutil.copyfile(setup, forged)
    with contextlib.closing(sqlite3.connect(forged)) as connection:
        connection.execute("ATTACH DATABASE ? AS pkg", (str(package),))
        connection.execute("INSERT INTO photo SELECT * FROM pkg.photo")
        connection.execute("INSERT INTO photo_content SELECT * FROM pkg.photo_content")
        connection.commit()
    with pytest.raises(UserError) as refused:
        start_working_file(forged, tmp_path / "laptop", laptop_device(7))
    assert "photo" in refused.value.text("en")


def test_an_inputs_photo_travels_in_the_setup_file(tmp_path: Path) -> None:
    organiser = open_database(tmp_path / "master" / "master.sqlite", ORGANISER)
    laptop = None
    try:
        create_open_space_wall(organiser)
        topic = next(t for t in get_wall(organiser, require_arena_id(organiser)).topics)
        conv.save_field(organiser, topic.id, "input_title", "Unge i arbeid")
        conversation_id = conv.conversation_id_for(topic.id)
        photos.add_photos(organiser, [image(6)], conversation_id=conversation_id, caption="Ark")
        setup = export_package(organiser, tmp_path / "usb", kind="setup")
        laptop = start_working_file(setup, tmp_path / "laptop", laptop_device(4))
        [row] = photos.photos_of(laptop, conversation_id=conversation_id)
        assert row.caption == "Ark"
        assert photos.photo_bytes(laptop, row.sha256) == photos.photo_bytes(organiser, row.sha256)
    finally:
        organiser.close()
        if laptop is not None:
            laptop.close()


@pytest.mark.slow
def test_thirty_photos_fit_in_a_package_for_email(laptops: list[Database], tmp_path: Path) -> None:
    one = laptops[0]
    noisy = [
        samples.jpeg(samples.flip_chart(2400, 1800, seed=s, noise=0.2), quality=92)
        for s in range(30)
    ]
    photos.add_photos(one, noisy, group_id=group_id(one, "1C"))
    size = photos.package_size(one)
    assert size.photos == 30
    assert size.bytes <= 25 * 1024 * 1024
    package = export_package(one, tmp_path / "usb")
    assert package.stat().st_size == size.bytes
    if size.too_large_for_email:
        photos.shrink_photos(one)
        assert not photos.package_size(one).too_large_for_email
