"""Photos read for the reports: each photo's stored image with its caption and size, the
plain `ReportPhoto` the PDF and Word builders take. One query per report (the photos
joined to their images), whatever the number of groups or conversations. A photo whose
image did not reach this file (a package without it) still prints its caption, with a
line saying so."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from arenadesk.domain.report import ReportPhoto
from arenadesk.store.db.database import Database
from arenadesk.store.db.live import live
from arenadesk.store.models.arena import ChallengeGroup
from arenadesk.store.models.open_space import OpenSpaceConversation, OpenSpaceTopic
from arenadesk.store.models.photos import Photo, PhotoContent


@dataclass
class GroupPhotos:
    """A group's report photos (*Bilder*) and each board's, in their order."""

    report: list[ReportPhoto] = field(default_factory=list)
    boards: dict[uuid.UUID, list[ReportPhoto]] = field(default_factory=dict)


def _with_images(query: Select[Any]) -> Select[Any]:
    """The live photos of `query` with their images' bytes (None when missing here)."""
    return (
        query.add_columns(PhotoContent.data)
        .outerjoin(PhotoContent, PhotoContent.sha256 == Photo.sha256)
        .where(live(Photo))
        .order_by(Photo.board_id.is_not(None), Photo.board_id, Photo.position, Photo.id)
    )


def _photo(photo: Photo, data: bytes | None) -> ReportPhoto:
    return ReportPhoto(photo.caption, bytes(data or b""), photo.width, photo.height)


def _by_group(rows: Iterable[Any]) -> dict[uuid.UUID, GroupPhotos]:
    found: dict[uuid.UUID, GroupPhotos] = {}
    for photo, data in rows:
        group = found.setdefault(photo.group_id, GroupPhotos())
        if photo.board_id is None:
            group.report.append(_photo(photo, data))
        else:
            group.boards.setdefault(photo.board_id, []).append(_photo(photo, data))
    return found


def group_photos(db: Database, group_id: uuid.UUID) -> GroupPhotos:
    """Every live photo of the group, the report's and each board's."""
    with db.read() as session:
        rows = session.execute(_with_images(select(Photo).where(Photo.group_id == group_id)))
        return _by_group(rows).get(group_id, GroupPhotos())


def arena_photos(session: Session, arena_id: uuid.UUID) -> dict[uuid.UUID, GroupPhotos]:
    """Every live group's photos, by group id."""
    query = (
        select(Photo)
        .join(ChallengeGroup, Photo.group_id == ChallengeGroup.id)
        .where(ChallengeGroup.arena_id == arena_id, live(ChallengeGroup))
    )
    return _by_group(session.execute(_with_images(query)))


def conversation_photos(
    db: Database, arena_id: uuid.UUID
) -> dict[uuid.UUID, tuple[ReportPhoto, ...]]:
    """The photos of each conversation of the arena that has any, by conversation id."""
    query = (
        select(Photo)
        .join(OpenSpaceConversation, Photo.conversation_id == OpenSpaceConversation.id)
        .join(OpenSpaceTopic, OpenSpaceConversation.topic_id == OpenSpaceTopic.id)
        .where(
            OpenSpaceTopic.arena_id == arena_id, live(OpenSpaceTopic), live(OpenSpaceConversation)
        )
    )
    found: dict[uuid.UUID, list[ReportPhoto]] = {}
    with db.read() as session:
        for photo, data in session.execute(_with_images(query)):
            found.setdefault(photo.conversation_id, []).append(_photo(photo, data))
    return {key: tuple(value) for key, value in found.items()}
