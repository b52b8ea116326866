"""Foundation schema: arena, days, challenge groups, people and memberships.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-22 13:40:40.728859

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001_foundation"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "arena",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arena")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "arena_day",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_arena_day_arena_id_arena")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arena_day")),
    )
    with op.batch_alter_table("arena_day", schema=None) as batch_op:
        batch_op.create_index("ix_arena_day_arena", ["arena_id", "number"], unique=False)

    op.create_table(
        "challenge_group",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("main_area", sa.String(length=200), nullable=False),
        sa.Column("owner_org", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_challenge_group_arena_id_arena")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenge_group")),
    )
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.create_index("ix_challenge_group_arena", ["arena_id", "code"], unique=False)

    op.create_table(
        "person",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("perspective", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["arena_id"], ["arena.id"], name=op.f("fk_person_arena_id_arena")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_arena", ["arena_id", "name"], unique=False)

    op.create_table(
        "membership",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_membership_group_id_challenge_group"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index("ix_membership_group", ["group_id"], unique=False)
        batch_op.create_index("ix_membership_person", ["person_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index("ix_membership_person")
        batch_op.drop_index("ix_membership_group")

    op.drop_table("membership")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_arena")

    op.drop_table("person")
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.drop_index("ix_challenge_group_arena")

    op.drop_table("challenge_group")
    with op.batch_alter_table("arena_day", schema=None) as batch_op:
        batch_op.drop_index("ix_arena_day_arena")

    op.drop_table("arena_day")
    op.drop_table("meta")
    op.drop_table("arena")
