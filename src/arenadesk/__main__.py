"""`python -m arenadesk`: same as the `arenadesk` command."""

import sys

from arenadesk.cli.main import main

sys.exit(main())
