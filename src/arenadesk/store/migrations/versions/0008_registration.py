"""People from a registration sheet: e-mail, group wish, registered days, comment, check-in.

Revision ID: 0008_registration
Revises: 0007_report_template
Create Date: 2026-12-05 23:40:00.000000

Existing people get empty values: no e-mail, no wish, days not given, not checked in.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008_registration"
down_revision: str | Sequence[str] | None = "0007_report_template"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("email", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("group_wish", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("registered_days", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("attended_days", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("attended_days")
        batch_op.drop_column("note")
        batch_op.drop_column("registered_days")
        batch_op.drop_column("group_wish")
        batch_op.drop_column("email")
