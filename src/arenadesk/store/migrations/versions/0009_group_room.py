"""A challenge group's room, printed on badges, lists and the door sign.

Revision ID: 0009_group_room
Revises: 0008_registration
Create Date: 2026-12-05 23:55:00.000000

Existing groups get no room (an empty text), as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009_group_room"
down_revision: str | Sequence[str] | None = "0008_registration"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("room", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("challenge_group", schema=None) as batch_op:
        batch_op.drop_column("room")
