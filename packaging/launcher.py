"""Entry script of the frozen app (PyInstaller): the same as the `arenadesk` command."""

from arenadesk.cli import main

raise SystemExit(main())
