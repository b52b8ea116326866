"""People and codes as the reports give them: longer codes ("2B – 1 og 2"), a note on a
member's attendance ("siste halvdel dag 2"), and the member order the facilitator chose.

Existing rows keep their meaning: codes are unchanged, every membership keeps its days,
its note is empty and its position unset (the default order: facilitators, owner, then
entry order). An unknown perspective is a new value ("ukjent") of the same column and an
unknown set of days an empty list, so no existing value changes.

Revision ID: 0010_people_as_written
Revises: 0009_group_room
Create Date: 2026-12-05 23:40:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010_people_as_written"
down_revision: str | Sequence[str] | None = "0009_group_room"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.alter_column(
            "code",
            existing_type=sa.String(length=10),
            type_=sa.String(length=30),
            existing_nullable=False,
        )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("attendance_note", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_column("position")
        batch_op.drop_column("attendance_note")
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.alter_column(
            "code",
            existing_type=sa.String(length=30),
            type_=sa.String(length=10),
            existing_nullable=False,
        )
