"""Photos in the database: rows per owner, their stored images by SHA-256, kept originals.

A photo belongs to exactly one owner: a group's report (`group_id` only), a board
(`board_id`, with the board's group in `group_id`), or an Open Space input
(`conversation_id`). Positions count from 0 within the owner, in the order shown.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from arenadesk.domain.photos import MAX_CAPTION, PhotoRow
from arenadesk.i18n.messages import UserError
from arenadesk.images.prepare import Encoded
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup
from arenadesk.store.models.boards import Board
from arenadesk.store.models.open_space import OpenSpaceConversation, OpenSpaceTopic
from arenadesk.store.models.photos import (
    CONTENT_DEVICE,
    CONTENT_STAMP,
    Photo,
    PhotoContent,
    PhotoOriginal,
    content_id,
)
from arenadesk.store.validate import clean_text


@dataclass(frozen=True)
class Owner:
    """Where a photo belongs; exactly one of the three is given (see the module)."""

    group_id: uuid.UUID | None = None
    board_id: uuid.UUID | None = None
    conversation_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.group_id, self.board_id, self.conversation_id) if v]
        if len(given) != 1:
            raise UserError("photo.no_owner")


@dataclass(frozen=True)
class Resolved:
    arena_id: uuid.UUID
    group_id: uuid.UUID | None
    board_id: uuid.UUID | None
    conversation_id: uuid.UUID | None


def clean_caption(caption: str) -> str:
    return clean_text(caption, "caption", limit=MAX_CAPTION)


def _resolve(session: Session, owner: Owner) -> Resolved:
    """The owner's arena (and a board's group); a missing or deleted owner is refused."""
    if owner.board_id is not None:
        board = session.get(Board, owner.board_id)
        group = session.get(ChallengeGroup, board.group_id) if board and not board.deleted else None
        if board is None or group is None or group.deleted:
            raise UserError("record.missing")
        return Resolved(group.arena_id, group.id, board.id, None)
    if owner.group_id is not None:
        group = session.get(ChallengeGroup, owner.group_id)
        if group is None or group.deleted:
            raise UserError("record.missing")
        return Resolved(group.arena_id, group.id, None, None)
    conversation = session.get(OpenSpaceConversation, owner.conversation_id)
    topic = (
        session.get(OpenSpaceTopic, conversation.topic_id)
        if conversation and not conversation.deleted
        else None
    )
    if conversation is None or topic is None:
        raise UserError("record.missing")
    return Resolved(topic.arena_id, None, None, conversation.id)


def _owner_filter(owner: Owner) -> list[object]:
    if owner.board_id is not None:
        return [Photo.board_id == owner.board_id]
    if owner.group_id is not None:
        return [Photo.group_id == owner.group_id, Photo.board_id.is_(None)]
    return [Photo.conversation_id == owner.conversation_id]


def _owner_of(photo: Photo) -> Owner:
    if photo.board_id is not None:
        return Owner(board_id=photo.board_id)
    if photo.group_id is not None:
        return Owner(group_id=photo.group_id)
    return Owner(conversation_id=photo.conversation_id)


def _rows(session: Session, owner: Owner) -> list[Photo]:
    return list(
        session.scalars(
            select(Photo)
            .where(*_owner_filter(owner), live(Photo))  # type: ignore[arg-type]
            .order_by(Photo.position, Photo.created_at, Photo.id)
        )
    )


def _originals_here(session: Session, photos: list[Photo]) -> set[str]:
    """Which of these photos' originals this file holds (a master never has them)."""
    wanted = {p.original_sha256 for p in photos if p.original_sha256}
    if not wanted:
        return set()
    return set(
        session.scalars(select(PhotoOriginal.sha256).where(PhotoOriginal.sha256.in_(wanted)))
    )


def _as_rows(session: Session, photos: list[Photo]) -> list[PhotoRow]:
    here = _originals_here(session, photos)
    return [_as_row(p, p.original_sha256 in here) for p in photos]


def _as_row(photo: Photo, has_original: bool) -> PhotoRow:
    return PhotoRow(
        id=photo.id,
        group_id=photo.group_id,
        board_id=photo.board_id,
        conversation_id=photo.conversation_id,
        caption=photo.caption,
        position=photo.position,
        sha256=photo.sha256,
        width=photo.width,
        height=photo.height,
        byte_size=photo.byte_size,
        created_at=dt.datetime.fromtimestamp(photo.created_at / 1_000_000, dt.UTC),
        mime=photo.mime,
        has_original=has_original,
    )


def list_photos(db: Database, owner: Owner) -> list[PhotoRow]:
    with db.read() as session:
        return _as_rows(session, _rows(session, owner))


def group_photos(db: Database, group_id: uuid.UUID) -> list[PhotoRow]:
    """Every live photo of a group: its report's and its boards', report's first."""
    with db.read() as session:
        rows = session.scalars(
            select(Photo)
            .where(Photo.group_id == group_id, live(Photo))
            .order_by(Photo.board_id.is_not(None), Photo.board_id, Photo.position, Photo.id)
        )
        return _as_rows(session, list(rows))


def get_photo(db: Database, photo_id: uuid.UUID) -> PhotoRow:
    with db.read() as session:
        photo = session.get(Photo, photo_id)
        if photo is None or photo.deleted:
            raise UserError("record.missing")
        return _as_rows(session, [photo])[0]


def store_content(session: Session, image: Encoded) -> None:
    """The image's bytes as a content row, unless a row with these bytes is there already.

    Written with Core so the fixed version is kept (the ORM would stamp it)."""
    sha = image.sha256
    if session.scalar(select(PhotoContent.id).where(PhotoContent.sha256 == sha)) is not None:
        return
    session.execute(
        insert(PhotoContent).values(
            id=content_id(sha),
            sha256=sha,
            mime=image.mime,
            width=image.width,
            height=image.height,
            byte_size=image.byte_size,
            data=image.data,
            created_at=CONTENT_STAMP,
            updated_at=CONTENT_STAMP,
            device_id=CONTENT_DEVICE,
            deleted=False,
        )
    )


def store_original(session: Session, image: Encoded) -> None:
    if session.get(PhotoOriginal, image.sha256) is not None:
        return
    session.add(
        PhotoOriginal(
            sha256=image.sha256,
            mime=image.mime,
            width=image.width,
            height=image.height,
            byte_size=image.byte_size,
            data=image.data,
            stored_at=int(time.time() * 1_000_000),
        )
    )


def add_photo(
    session: Session,
    owner: Owner,
    image: Encoded,
    *,
    caption: str,
    original: Encoded | None,
) -> uuid.UUID:
    """One photo at the end of its owner's photos (inside the caller's unit of work)."""
    where = _resolve(session, owner)
    store_content(session, image)
    if original is not None:
        store_original(session, original)
    position = len(_rows(session, owner))
    photo = Photo(
        arena_id=where.arena_id,
        group_id=where.group_id,
        board_id=where.board_id,
        conversation_id=where.conversation_id,
        caption=caption,
        position=position,
        sha256=image.sha256,
        mime=image.mime,
        width=image.width,
        height=image.height,
        byte_size=image.byte_size,
        original_sha256=original.sha256 if original is not None else None,
    )
    session.add(photo)
    session.flush()
    return photo.id


def live_photo(session: Session, photo_id: uuid.UUID) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None or photo.deleted:
        raise UserError("record.missing")
    return photo


def set_caption(db: Database, photo_id: uuid.UUID, caption: str) -> None:
    clean = clean_caption(caption)
    with db.session() as session:
        photo = live_photo(session, photo_id)
        if photo.caption != clean:
            photo.caption = clean


def _renumber(rows: list[Photo]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def move_photo(db: Database, photo_id: uuid.UUID, new_position: int) -> None:
    """To `new_position` among its owner's photos (clamped to the ends)."""
    with db.session() as session:
        photo = live_photo(session, photo_id)
        rows = [r for r in _rows(session, _owner_of(photo)) if r.id != photo_id]
        rows.insert(max(0, min(new_position, len(rows))), photo)
        _renumber(rows)


def remove_photo(db: Database, photo_id: uuid.UUID) -> None:
    """A tombstone; the others close the gap. Its bytes stay, so undo can restore it."""
    with db.session() as session:
        photo = session.get(Photo, photo_id)
        if photo is None or photo.deleted:
            return
        photo.deleted = True
        _renumber([r for r in _rows(session, _owner_of(photo)) if r.id != photo_id])


def restore_photo(db: Database, photo_id: uuid.UUID) -> None:
    """Undo a removal: live again at the position it had (or the end)."""
    with db.session() as session:
        photo = session.get(Photo, photo_id)
        if photo is None:
            raise UserError("record.missing")
        if not photo.deleted:
            return
        if session.get(PhotoContent, content_id(photo.sha256)) is None:
            raise UserError("photo.missing_image")
        _resolve(session, _owner_of(photo))
        rows = _rows(session, _owner_of(photo))
        photo.deleted = False
        rows.insert(max(0, min(photo.position, len(rows))), photo)
        _renumber(rows)


def replace_image(session: Session, photo: Photo, image: Encoded) -> None:
    """The photo now shows `image` (an edit or a shrink); its original stays."""
    store_content(session, image)
    if photo.sha256 == image.sha256:
        return
    photo.sha256 = image.sha256
    photo.mime = image.mime
    photo.width = image.width
    photo.height = image.height
    photo.byte_size = image.byte_size


def content_bytes(db: Database, sha256: str) -> bytes:
    """The stored image with this SHA-256."""
    with db.read() as session:
        data = session.scalar(select(PhotoContent.data).where(PhotoContent.sha256 == sha256))
    if data is None:
        raise UserError("photo.missing_image")
    return bytes(data)


def original_bytes(session: Session, sha256: str | None) -> bytes | None:
    if sha256 is None:
        return None
    original = session.get(PhotoOriginal, sha256)
    return bytes(original.data) if original is not None else None


def live_photos(session: Session) -> list[Photo]:
    return list(session.scalars(select(Photo).where(live(Photo)).order_by(Photo.id)))


@dataclass(frozen=True)
class PhotoWeight:
    """The live photos of a file and the bytes of their stored images (each counted once)."""

    photos: int
    image_bytes: int


def photo_weight(db: Database) -> PhotoWeight:
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(Photo).where(live(Photo))) or 0
        used = select(Photo.sha256).where(live(Photo)).distinct().subquery()
        size = session.scalar(
            select(func.coalesce(func.sum(PhotoContent.byte_size), 0)).where(
                PhotoContent.sha256.in_(select(used.c.sha256))
            )
        )
    return PhotoWeight(int(count), int(size or 0))
