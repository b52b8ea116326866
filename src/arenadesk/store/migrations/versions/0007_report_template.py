"""The organiser's report template and the groups' extra sections; free text read as
Markdown from now on, so the texts written before are escaped where it would read them
differently.

Revision ID: 0007_report_template
Revises: 0006_open_space
Create Date: 2026-12-05 23:40:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from arenadesk.domain.richtext_input import escape_legacy

# revision identifiers, used by Alembic.
revision: str = "0007_report_template"
down_revision: str | Sequence[str] | None = "0006_open_space"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The free-text columns written as plain text before this revision.
FREE_TEXT = {
    "group_report": ("problem", "result", "concretisation", "web_use", "comments"),
    "self_evaluation": ("results", "reasons_text", "tips"),
    "action_item": ("what",),
    "os_conversation": ("input_text", "discussion"),
}


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
        "report_template",
        sa.Column("arena_id", sa.Uuid(), nullable=False),
        sa.Column("preset", sa.String(length=20), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["arena_id"], ["arena.id"], name=op.f("fk_report_template_arena_id_arena")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_template")),
    )
    with op.batch_alter_table("report_template", schema=None) as batch_op:
        batch_op.create_index("ix_report_template_arena", ["arena_id"], unique=False)

    op.create_table(
        "group_report_extra",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("section_key", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["challenge_group.id"],
            name=op.f("fk_group_report_extra_group_id_challenge_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_report_extra")),
    )
    with op.batch_alter_table("group_report_extra", schema=None) as batch_op:
        batch_op.create_index(
            "ix_group_report_extra_group", ["group_id", "section_key"], unique=False
        )

    # Texts keep their meaning: a line "# …" stays text, a backslash stays a backslash.
    # Sync stamps are left alone: every laptop makes the same change when it upgrades.
    connection = op.get_bind()
    for table, columns in FREE_TEXT.items():
        rows = connection.execute(
            sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")
        ).mappings()
        changes = []
        for row in rows:
            new = {column: escape_legacy(row[column] or "") for column in columns}
            if any(new[column] != (row[column] or "") for column in columns):
                changes.append({"row_id": row["id"], **new})
        if changes:
            assignments = ", ".join(f"{column} = :{column}" for column in columns)
            connection.execute(
                sa.text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"),
                changes,
            )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("group_report_extra", schema=None) as batch_op:
        batch_op.drop_index("ix_group_report_extra_group")
    op.drop_table("group_report_extra")
    with op.batch_alter_table("report_template", schema=None) as batch_op:
        batch_op.drop_index("ix_report_template_arena")
    op.drop_table("report_template")
