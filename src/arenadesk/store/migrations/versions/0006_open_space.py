"""Open Space: the program wall (slots, spaces, topics) and documented conversations.

Revision ID: 0006_open_space
Revises: 0005_sync
Create Date: 2026-11-22 17:10:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006_open_space"
down_revision: str | Sequence[str] | None = "0005_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "os_slot",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("starts", sa.Time(), nullable=True),
        sa.Column("ends", sa.Time(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["arena_id"], ["arena.id"], name=op.f("fk_os_slot_arena_id_arena")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_os_slot")),
    )
    with op.batch_alter_table("os_slot", schema=None) as batch_op:
        batch_op.create_index("ix_os_slot_arena", ["arena_id", "number"], unique=False)

    op.create_table(
        "os_space",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_os_space_arena_id_arena")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_os_space")),
    )
    with op.batch_alter_table("os_space", schema=None) as batch_op:
        batch_op.create_index("ix_os_space_arena", ["arena_id", "number"], unique=False)

    op.create_table(
        "os_topic",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("convener", sa.String(length=200), nullable=False),
        sa.Column("slot_id", sa.Uuid(), nullable=True),
        sa.Column("space_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_os_topic_arena_id_arena")
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["os_slot.id"], name=op.f("fk_os_topic_slot_id_os_slot")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"], ["os_space.id"], name=op.f("fk_os_topic_space_id_os_space")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_os_topic")),
    )
    with op.batch_alter_table("os_topic", schema=None) as batch_op:
        batch_op.create_index("ix_os_topic_arena", ["arena_id"], unique=False)
        batch_op.create_index("ix_os_topic_cell", ["slot_id", "space_id"], unique=False)

    op.create_table(
        "os_conversation",
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.Column("input_type", sa.Integer(), nullable=True),
        sa.Column("reference_id", sa.Uuid(), nullable=True),
        sa.Column("input_title", sa.String(length=300), nullable=False),
        sa.Column("input_text", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("documented_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["os_topic.id"], name=op.f("fk_os_conversation_topic_id_os_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_os_conversation")),
    )
    with op.batch_alter_table("os_conversation", schema=None) as batch_op:
        batch_op.create_index("ix_os_conversation_topic", ["topic_id"], unique=False)

    op.create_table(
        "os_participant",
        sa.Column("conversation_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["os_conversation.id"],
            name=op.f("fk_os_participant_conversation_id_os_conversation"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_os_participant_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_os_participant")),
    )
    with op.batch_alter_table("os_participant", schema=None) as batch_op:
        batch_op.create_index("ix_os_participant_conversation", ["conversation_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("os_participant", schema=None) as batch_op:
        batch_op.drop_index("ix_os_participant_conversation")

    op.drop_table("os_participant")
    with op.batch_alter_table("os_conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_os_conversation_topic")

    op.drop_table("os_conversation")
    with op.batch_alter_table("os_topic", schema=None) as batch_op:
        batch_op.drop_index("ix_os_topic_cell")
        batch_op.drop_index("ix_os_topic_arena")

    op.drop_table("os_topic")
    with op.batch_alter_table("os_space", schema=None) as batch_op:
        batch_op.drop_index("ix_os_space_arena")

    op.drop_table("os_space")
    with op.batch_alter_table("os_slot", schema=None) as batch_op:
        batch_op.drop_index("ix_os_slot_arena")

    op.drop_table("os_slot")
