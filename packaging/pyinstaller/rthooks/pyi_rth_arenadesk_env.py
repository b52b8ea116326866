"""Runtime hook of the frozen app: programs it starts see the system's libraries.

The bootloader puts the bundle's folder first on LD_LIBRARY_PATH (keeping the user's value
in LD_LIBRARY_PATH_ORIG). The app's own process has already read that path when this hook
runs, so its bundled libraries stay in use; but the programs ArenaDesk starts (`lp` to
print, the sound player, a file manager or browser) would inherit it and load the
bundle's copies of libcups, libreadline, libsqlite3… instead of their own, and break on a
system whose versions differ. Restore the user's value for them.
"""

import os
import sys

if sys.platform.startswith("linux") or "bsd" in sys.platform:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
