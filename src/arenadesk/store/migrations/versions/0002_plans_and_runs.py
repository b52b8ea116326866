"""Støttemaler, group plans, økt runs with their timer state, and step logs.

Revision ID: 0002_plans_and_runs
Revises: 0001_foundation
Create Date: 2026-11-22 14:21:57.177950

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002_plans_and_runs"
down_revision: str | Sequence[str] | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "support_template",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("copied_from_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_support_template_arena_id_arena")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_support_template_group_id_challenge_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_template")),
    )
    with op.batch_alter_table("support_template", schema=None) as batch_op:
        batch_op.create_index("ix_support_template_arena", ["arena_id", "group_id"], unique=False)

    op.create_table(
        "template_session",
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["support_template.id"],
            name=op.f("fk_template_session_template_id_support_template"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_session")),
    )
    with op.batch_alter_table("template_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_template_session_template", ["template_id", "number"], unique=False
        )

    op.create_table(
        "session_run",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=True),
        sa.Column("step_started_at", sa.BigInteger(), nullable=True),
        sa.Column("paused_at", sa.BigInteger(), nullable=True),
        sa.Column("paused_total", sa.BigInteger(), nullable=False),
        sa.Column("extra_seconds", sa.Integer(), nullable=False),
        sa.Column("finished_at", sa.BigInteger(), nullable=True),
        sa.Column("sound", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_session_run_group_id_challenge_group"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["template_session.id"],
            name=op.f("fk_session_run_session_id_template_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_run")),
    )
    with op.batch_alter_table("session_run", schema=None) as batch_op:
        batch_op.create_index("ix_session_run_group", ["group_id", "session_id"], unique=False)

    op.create_table(
        "template_step",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("tips", sa.Text(), nullable=False),
        sa.Column("board", sa.String(length=80), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["template_session.id"],
            name=op.f("fk_template_step_session_id_template_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_step")),
    )
    with op.batch_alter_table("template_step", schema=None) as batch_op:
        batch_op.create_index("ix_template_step_session", ["session_id", "position"], unique=False)

    op.create_table(
        "step_log",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.Uuid(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("ended_at", sa.BigInteger(), nullable=False),
        sa.Column("planned_seconds", sa.Integer(), nullable=False),
        sa.Column("actual_seconds", sa.Integer(), nullable=False),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"], ["session_run.id"], name=op.f("fk_step_log_run_id_session_run")
        ),
        sa.ForeignKeyConstraint(
            ["step_id"], ["template_step.id"], name=op.f("fk_step_log_step_id_template_step")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_log")),
    )
    with op.batch_alter_table("step_log", schema=None) as batch_op:
        batch_op.create_index("ix_step_log_run", ["run_id", "step_index"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("step_log", schema=None) as batch_op:
        batch_op.drop_index("ix_step_log_run")

    op.drop_table("step_log")
    with op.batch_alter_table("template_step", schema=None) as batch_op:
        batch_op.drop_index("ix_template_step_session")

    op.drop_table("template_step")
    with op.batch_alter_table("session_run", schema=None) as batch_op:
        batch_op.drop_index("ix_session_run_group")

    op.drop_table("session_run")
    with op.batch_alter_table("template_session", schema=None) as batch_op:
        batch_op.drop_index("ix_template_session_template")

    op.drop_table("template_session")
    with op.batch_alter_table("support_template", schema=None) as batch_op:
        batch_op.drop_index("ix_support_template_arena")

    op.drop_table("support_template")
