"""Photo use cases: all-or-nothing adds, captions, order, removal and its undo, edits
from the kept original, and shrinking for e-mail."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from functools import cache
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from arenadesk.domain.photos import PhotoEdit
from arenadesk.i18n.messages import UserError, ValidationError
from arenadesk.images import ImageRefused
from arenadesk.services import photos, wall
from arenadesk.services.changes import Kind
from arenadesk.store import conversations as conversation_store
from arenadesk.store import open_space as wall_store
from arenadesk.store.arenas import create_arena
from arenadesk.store.boards import create_board
from arenadesk.store.db.database import Database
from arenadesk.store.groups import GroupDraft, create_group
from arenadesk.store.models.photos import Photo, PhotoContent, PhotoOriginal
from tests.images import samples


def _group(db: Database) -> tuple[object, object]:
    arena_id = create_arena(db, "Åpen arena 2026")
    group_id = create_group(db, arena_id, GroupDraft(code="4F", title="Tidlig oppfølging"))
    return arena_id, group_id


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Photo, PhotoContent, PhotoOriginal)
        )


@cache
def _small(seed: int) -> bytes:
    return samples.jpeg(samples.flip_chart(640, 480, seed=seed), quality=90)


def test_a_phone_photo_is_added_upright_with_its_caption(db: Database, tmp_path: Path) -> None:
    _arena, group_id = _group(db)
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(samples.phone_photo())
    changes = photos.add_photos(db, [path], group_id=group_id, caption="  Plakaten  ")
    assert changes.kinds == {Kind.PHOTOS}
    [row] = photos.photos_of(db, group_id=group_id)
    assert changes.ids(Kind.PHOTOS) == {row.id}
    assert (row.width, row.height, row.caption, row.position) == (1800, 2400, "Plakaten", 0)
    assert row.group_id == group_id and row.board_id is None and not row.has_original
    assert row.created_at.tzinfo is dt.UTC
    data = photos.photo_bytes(db, row.sha256)
    assert len(data) == row.byte_size
    assert b"GPS" not in data and b"PhoneMaker" not in data
    assert Image.open(io.BytesIO(data)).size == (1800, 2400)


def test_one_refused_image_adds_nothing(db: Database) -> None:
    _arena, group_id = _group(db)
    with pytest.raises(ImageRefused) as refused:
        photos.add_photos(
            db,
            [_small(1), samples.truncated(), _small(2)],
            group_id=group_id,
            names=["a.jpg", "b.jpg", "c.jpg"],
        )
    assert "b.jpg" in refused.value.text("nb")
    assert _counts(db) == (0, 0, 0)
    with pytest.raises(ImageRefused):
        photos.add_photos(db, [_small(1), samples.png_header(30_000, 30_000)], group_id=group_id)
    assert _counts(db) == (0, 0, 0)


def test_the_same_image_twice_is_stored_once(db: Database) -> None:
    _arena, group_id = _group(db)
    photos.add_photos(db, [_small(1), _small(1)], group_id=group_id, keep_original=True)
    assert _counts(db) == (2, 1, 1)


def test_owner_is_required_and_must_exist(db: Database) -> None:
    arena_id, _group_id = _group(db)
    with pytest.raises(UserError) as error:
        photos.add_photos(db, [_small(1)])
    assert error.value.key == "photo.no_owner"
    with pytest.raises(UserError) as error:
        photos.add_photos(db, [_small(1)], group_id=arena_id)
    assert error.value.key == "record.missing"
    assert _counts(db) == (0, 0, 0)


def test_board_and_open_space_photos(db: Database) -> None:
    arena_id, group_id = _group(db)
    board_id = create_board(db, group_id, "toppen-av-fjellet", "Toppen av fjellet")
    photos.add_photos(db, [_small(1)], board_id=board_id)
    [on_board] = photos.photos_of(db, board_id=board_id)
    assert on_board.group_id == group_id and on_board.board_id == board_id
    assert photos.photos_of(db, group_id=group_id) == []  # the report's own photos
    assert [p.id for p in photos.group_photos(db, group_id)] == [on_board.id]

    wall.set_up_wall(db, arena_id, [(1, None, None)], ["Rom 1"])
    layout = wall_store.get_wall(db, arena_id)
    cell = (layout.slots[0].id, layout.spaces[0].id)
    topic = wall.add_topic(db, arena_id, "Unge i arbeid", "Kari", cell)
    conversation_store.save_field(db, topic.id, "input_title", "Innspill")
    conversation_id = conversation_store.conversation_id_for(topic.id)
    photos.add_photos(db, [_small(2)], conversation_id=conversation_id, caption="Arket")
    [input_photo] = photos.photos_of(db, conversation_id=conversation_id)
    assert input_photo.caption == "Arket" and input_photo.group_id is None


def test_caption_order_remove_and_undo(db: Database) -> None:
    _arena, group_id = _group(db)
    photos.add_photos(db, [_small(i) for i in range(4)], group_id=group_id)
    rows = photos.photos_of(db, group_id=group_id)
    assert [r.position for r in rows] == [0, 1, 2, 3]
    photos.set_caption(db, rows[1].id, "Bilde av plakaten " + "x" * 100)
    with pytest.raises(ValidationError):
        photos.set_caption(db, rows[1].id, "x" * 501)
    with pytest.raises(ValidationError):
        photos.set_caption(db, rows[1].id, "tekst\x07")
    photos.move_photo(db, rows[3].id, 0)
    assert [r.id for r in photos.photos_of(db, group_id=group_id)] == [
        rows[3].id,
        rows[0].id,
        rows[1].id,
        rows[2].id,
    ]
    photos.move_photo(db, rows[3].id, 99)
    assert photos.photos_of(db, group_id=group_id)[-1].id == rows[3].id
    photos.remove_photo(db, rows[1].id)
    after = photos.photos_of(db, group_id=group_id)
    assert [r.id for r in after] == [rows[0].id, rows[2].id, rows[3].id]
    assert [r.position for r in after] == [0, 1, 2]
    with db.read() as session:
        assert session.get(Photo, rows[1].id).deleted  # a tombstone, not removed
    photos.restore_photo(db, rows[1].id)
    restored = photos.photos_of(db, group_id=group_id)
    assert [r.id for r in restored] == [rows[0].id, rows[1].id, rows[2].id, rows[3].id]
    assert restored[1].caption.startswith("Bilde av plakaten")
    with pytest.raises(UserError):
        photos.set_caption(db, rows[1].id.__class__(int=0), "x")


def test_edits_come_from_the_kept_original(db: Database) -> None:
    _arena, group_id = _group(db)
    photos.add_photos(db, [_small(1)], group_id=group_id, keep_original=True)
    [row] = photos.photos_of(db, group_id=group_id)
    assert row.has_original and (row.width, row.height) == (640, 480)
    photos.edit_photo(db, row.id, PhotoEdit(quarter_turns=1))
    photos.edit_photo(db, row.id, PhotoEdit(quarter_turns=1, crop=(0, 0, 1, 0.5)))
    [turned] = photos.photos_of(db, group_id=group_id)
    # Edits replace each other: one quarter turn, then the top half.
    assert (turned.width, turned.height) == (480, 320)
    photos.edit_photo(db, row.id, PhotoEdit())  # back to the original, unedited
    [reset] = photos.photos_of(db, group_id=group_id)
    assert (reset.width, reset.height) == (640, 480)


def test_edits_without_an_original_add_up(db: Database) -> None:
    _arena, group_id = _group(db)
    photos.add_photos(db, [_small(1)], group_id=group_id)
    [row] = photos.photos_of(db, group_id=group_id)
    assert photos.edit_photo(db, row.id, PhotoEdit()).kinds == frozenset()
    photos.edit_photo(db, row.id, PhotoEdit(quarter_turns=1))
    photos.edit_photo(db, row.id, PhotoEdit(quarter_turns=1))
    [twice] = photos.photos_of(db, group_id=group_id)
    assert (twice.width, twice.height) == (640, 480) and twice.sha256 != row.sha256
    with pytest.raises(ImageRefused):
        photos.edit_photo(db, row.id, PhotoEdit(crop=(0.6, 0, 0.5, 1)))
    assert photos.photos_of(db, group_id=group_id)[0].sha256 == twice.sha256


def test_shrinking_photos_for_email(db: Database) -> None:
    _arena, group_id = _group(db)
    photos.add_photos(db, [samples.phone_photo(), _small(1)], group_id=group_id)
    before = photos.package_photo_bytes(db)
    assert before.photos == 2
    changes = photos.shrink_photos(db, 1600)
    big, small = photos.photos_of(db, group_id=group_id)
    assert changes.ids(Kind.PHOTOS) == {big.id}
    assert (big.width, big.height) == (1200, 1600) and (small.width, small.height) == (640, 480)
    assert photos.package_photo_bytes(db).image_bytes < before.image_bytes
    assert not photos.shrink_photos(db, 1600)


def test_an_anonymised_copy_has_no_photos(db: Database, tmp_path: Path) -> None:
    from arenadesk.store.anonymise import export_anonymised

    _arena, group_id = _group(db)
    photos.add_photos(db, [_small(1)], group_id=group_id, keep_original=True)
    copy = export_anonymised(db, tmp_path / "anonym.sqlite")
    data = copy.read_bytes()
    assert (
        photos.photo_bytes(db, photos.photos_of(db, group_id=group_id)[0].sha256)[:64] not in data
    )
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        for table in ("photo", "photo_content", "photo_original"):
            assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
