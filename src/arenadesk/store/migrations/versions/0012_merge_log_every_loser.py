"""The merge log keeps every losing version: three or more versions of a row with the same
stamp and device (cloned laptops) differ by content, and each loser is logged.

`data_key` is the SHA-256 of a logged version's content (the same key that orders ties),
and it joins the version's unique key. Existing entries get the key of the data they hold,
so every entry keeps its meaning and stays unique.

Revision ID: 0012_merge_log_every_loser
Revises: 0011_photos
Create Date: 2026-12-06 02:30:00.000000

"""

import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012_merge_log_every_loser"
down_revision: str | Sequence[str] | None = "0011_photos"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = ("table_name", "row_id", "row_updated_at", "row_device_id")


def _key(data: object) -> str:
    if isinstance(data, str):
        data = json.loads(data)
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("data_key", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.drop_index("ix_merge_log_version")
    logs = sa.table(
        "merge_log",
        sa.column("id", sa.Integer),
        sa.column("data", sa.JSON),
        sa.column("data_key", sa.String),
    )
    bind = op.get_bind()
    keys = [
        {"_id": r.id, "_key": _key(r.data)} for r in bind.execute(sa.select(logs.c.id, logs.c.data))
    ]
    if keys:
        bind.execute(
            logs.update()
            .where(logs.c.id == sa.bindparam("_id"))
            .values(data_key=sa.bindparam("_key")),
            keys,
        )
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.create_index("ix_merge_log_version", [*_OLD, "data_key"], unique=True)


def downgrade() -> None:
    """Downgrade schema (keeping the newest logged version of each stamp and device)."""
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "DELETE FROM merge_log WHERE id NOT IN (SELECT max(id) FROM merge_log "
            "GROUP BY table_name, row_id, row_updated_at, row_device_id)"
        )
    )
    with op.batch_alter_table("merge_log", schema=None) as batch_op:
        batch_op.drop_index("ix_merge_log_version")
        batch_op.create_index("ix_merge_log_version", list(_OLD), unique=True)
        batch_op.drop_column("data_key")
