"""The open check's picture of the schema is the models' own, and loads no SQLAlchemy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from arenadesk.store.db import schema_facts
from arenadesk.store.db.database import Database
from arenadesk.store.db.row_rules import column_names


def test_the_columns_file_is_what_the_models_say(tmp_path: Path) -> None:
    written = tmp_path / "columns.json"
    schema_facts.write(written)
    shipped = Path(__file__).resolve().parents[2] / "resources/schema/columns.json"
    assert json.loads(shipped.read_text("utf-8")) == json.loads(written.read_text("utf-8")), (
        "a model changed: run `python -m arenadesk.store.db.schema_facts`"
    )
    # and the file is the writer's own layout, so a regenerated one makes no diff
    assert shipped.read_text("utf-8") == written.read_text("utf-8")


def test_every_kind_of_column_is_known() -> None:
    kinds = {c.kind for columns in schema_facts.schema_columns().values() for c in columns}
    assert kinds <= {kind for _type, kind in schema_facts.KINDS} | {"other"}
    assert "other" in kinds  # the photos' bytes: checked by the image rules instead
    assert column_names("membership")[:3] == ("group_id", "person_id", "role")


CHECK_ONLY = """
import sys
from pathlib import Path
from arenadesk.store.db.fileinfo import inspect_file

info = inspect_file(Path(sys.argv[1]), full_check=False)
assert info.integrity == "ok", info.integrity
print("LOADED", sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"}),
      sorted(m for m in sys.modules if m.startswith("arenadesk.store.models")))
"""


def test_checking_a_file_loads_neither_sqlalchemy_nor_the_models(demo_db: Database) -> None:
    """Every value of the file is checked before the first screen reads it; that check
    must not cost the ~0.4 s of importing SQLAlchemy and the models."""
    done = subprocess.run(
        [sys.executable, "-c", CHECK_ONLY, demo_db.location],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED [] []" in done.stdout
