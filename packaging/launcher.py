"""Entry script of the frozen app (PyInstaller): the same as the `arenadesk` command."""

from arenadesk.cli.main import main

raise SystemExit(main())
