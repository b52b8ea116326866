"""Photos of the paper: the photo rows, their stored images (once per SHA-256) and the
originals kept on this laptop.

Additive: three new tables; no existing row changes.

Revision ID: 0011_photos
Revises: 0010_people_as_written
Create Date: 2026-12-06 02:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011_photos"
down_revision: str | Sequence[str] | None = "0010_people_as_written"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "photo",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("board_id", sa.Uuid(), nullable=True),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("caption", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("original_sha256", sa.String(length=64), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["arena_id"], ["arena.id"], name=op.f("fk_photo_arena_id_arena")),
        sa.ForeignKeyConstraint(["board_id"], ["board.id"], name=op.f("fk_photo_board_id_board")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["os_conversation.id"],
            name=op.f("fk_photo_conversation_id_os_conversation"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["challenge_group.id"], name=op.f("fk_photo_group_id_challenge_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index("ix_photo_board", ["board_id", "position"], unique=False)
        batch_op.create_index(
            "ix_photo_conversation", ["conversation_id", "position"], unique=False
        )
        batch_op.create_index("ix_photo_group", ["group_id", "position"], unique=False)

    op.create_table(
        "photo_content",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_content")),
    )
    with op.batch_alter_table("photo_content", schema=None) as batch_op:
        batch_op.create_index("ix_photo_content_sha256", ["sha256"], unique=True)

    op.create_table(
        "photo_original",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_photo_original")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("photo_original")
    with op.batch_alter_table("photo_content", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_content_sha256")
    op.drop_table("photo_content")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_group")
        batch_op.drop_index("ix_photo_conversation")
        batch_op.drop_index("ix_photo_board")
    op.drop_table("photo")
