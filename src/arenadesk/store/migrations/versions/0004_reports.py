"""The standard report: section texts, next steps (action items) and self-evaluation.

Revision ID: 0004_reports
Revises: 0003_boards
Create Date: 2026-11-22 15:05:01.962752

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004_reports"
down_revision: str | Sequence[str] | None = "0003_boards"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "action_item",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("when_text", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_action_item_group_id_challenge_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index("ix_action_item_group", ["group_id", "position"], unique=False)

    op.create_table(
        "group_report",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("concretisation", sa.Text(), nullable=False),
        sa.Column("next_meeting", sa.Text(), nullable=False),
        sa.Column("next_meeting_caller", sa.String(length=200), nullable=False),
        sa.Column("web_use", sa.Text(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_group_report_group_id_challenge_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_report")),
    )
    with op.batch_alter_table("group_report", schema=None) as batch_op:
        batch_op.create_index("ix_group_report_group", ["group_id"], unique=False)

    op.create_table(
        "self_evaluation",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("reasons_text", sa.Text(), nullable=False),
        sa.Column("tips", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_self_evaluation_group_id_challenge_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_evaluation")),
    )
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.create_index("ix_self_evaluation_group", ["group_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("self_evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_self_evaluation_group")

    op.drop_table("self_evaluation")
    with op.batch_alter_table("group_report", schema=None) as batch_op:
        batch_op.drop_index("ix_group_report_group")

    op.drop_table("group_report")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_group")

    op.drop_table("action_item")
