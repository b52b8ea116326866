"""`python -m arenadesk`: same as the `arenadesk` command."""

import sys

from arenadesk.cli import main

sys.exit(main())
