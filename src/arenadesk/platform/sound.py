"""The chime at the end of a step, played by the operating system's own player.

Qt's multimedia module would add tens of megabytes to the installer for one sound, so
this uses what every system has: winsound on Windows, afplay on macOS, and PipeWire,
PulseAudio or ALSA's player on Linux. It never blocks and never raises.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

LINUX_PLAYERS = ("pw-play", "paplay", "aplay")
_playing: list[subprocess.Popen[bytes]] = []  # kept until they end, then reaped


def chime_path() -> Path:
    with as_file(files("arenadesk.resources").joinpath("sounds", "chime.wav")) as path:
        return Path(path)


def play_chime() -> bool:
    """Start playing the chime; False when no player could be started (caller may beep)."""
    path = chime_path()
    try:
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        players = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
        for player in players:
            found = shutil.which(player)
            if found:
                _playing[:] = [p for p in _playing if p.poll() is None]
                _playing.append(
                    subprocess.Popen(
                        [found, str(path)],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        stdin=subprocess.DEVNULL,
                    )
                )
                return True
    except OSError:
        return False
    return False
