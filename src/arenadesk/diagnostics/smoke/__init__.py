"""`arenadesk --smoke-test`: prove that this installation works, end to end, in a minute.

Run after building the frozen app (CI) or after installing it on a laptop. In a temporary
folder it reads the bundled resources, migrates a new database, creates the demo arena,
writes a group report (PDF and Word) and the arena report, loads the PostgreSQL driver,
opens and closes the main window (offscreen unless a Qt platform is set), and checks the
file. One line per step with its time; exit 0 when every step passed, 1 otherwise, with
the failed step named. Nothing outside the temporary folder is read or written: settings,
data and reports folders point into it while the test runs.

The output is a technical check-list for whoever builds or installs the app, in English.

The steps live by kind: `installation` (resources, drivers, programs), `database`,
`reports`, `window`; `runner` lists them in order and runs them.
"""

from arenadesk.diagnostics.smoke.runner import ENV_DIRS, STEPS, run_smoke_test
from arenadesk.diagnostics.smoke.state import Smoke, SmokeFailure, Step

__all__ = ["ENV_DIRS", "STEPS", "Smoke", "SmokeFailure", "Step", "run_smoke_test"]
