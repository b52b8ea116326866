"""What every sub-command module of the CLI shares: exit codes and the database target."""

from __future__ import annotations

import argparse
from pathlib import Path

from arenadesk.platform.settings import default_database_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def db_target(args: argparse.Namespace) -> str | Path:
    """`--db` as given (a path or a URL), or the default database file."""
    target = getattr(args, "db", None)
    return target if target else default_database_path()
