"""A private CUPS scheduler with a PDF print queue, for the print tests.

`make test` installs `cups` (packaging/linux/system-deps.sh --tests). Nothing of the
machine's own CUPS is used or changed: when this plugin loads, `CUPS_SERVER` points every
client in the test run (`lp`, `lpstat`, Qt's print dialog) at a socket in a private
folder; the first print test starts `cupsd` in the foreground there, with its own
configuration, spool, logs and one queue, and the end of the session stops it and
removes the folder. The queue's backend is a small script that writes each job's PDF
(after CUPS's pdftopdf applied copies and page ranges) to that folder as
`job_<number>.pdf`, so nothing lands in anyone's home folder.

Without CUPS (or as a user who may not run a scheduler) the tests skip; under CI
(CI=true) they fail instead, so CI really prints.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "ArenaDesk-PDF"
WAIT_S = 60


@dataclass(frozen=True)
class VirtualPrinter:
    name: str
    outbox: Path

    def printed(self, job: str, timeout: float = WAIT_S) -> Path:
        """The PDF that CUPS-PDF wrote for `job` ("QUEUE-42"), once it is complete.

        CUPS-PDF ends each file name with "job_<number>", so tests running side by side
        never pick up each other's paper.
        """
        number = job.rsplit("-", 1)[-1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = list(self.outbox.glob(f"*job_{number}.pdf"))
            if found and not _job_active(job):
                size = found[0].stat().st_size
                time.sleep(0.2)
                if size and found[0].stat().st_size == size:
                    return found[0]
            time.sleep(0.2)
        raise AssertionError(f"nothing for {job} arrived in {self.outbox} within {timeout} s")


def _run(*command: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, env=env
    )


def _job_active(job: str) -> bool:
    return any(line.split()[:1] == [job] for line in _run("lpstat", "-o").stdout.splitlines())


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI must print for real, but {reason}")
    pytest.skip(reason)


# The private scheduler's folder; every CUPS client in this test run talks to it only.
_ROOT = Path(tempfile.mkdtemp(prefix="adcups-"))
os.environ["CUPS_SERVER"] = str(_ROOT / "cups.sock")
_SCHEDULER: list[subprocess.Popen[bytes]] = []

_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct arenapdf "Unknown" "ArenaDesk test PDF"'; exit 0; fi
out="{out}/job_$1.pdf"
if [ -n "$6" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi
mv "$out.part" "$out"
"""
_PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "ARENAPDF.PPD"
*Manufacturer: "ArenaDesk"
*Product: "(ArenaDesk test PDF)"
*ModelName: "ArenaDesk test PDF"
*ShortNickName: "ArenaDesk test PDF"
*NickName: "ArenaDesk test PDF"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsVersion: 2.2
*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*CloseUI: *Duplex
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
"""


def _configure(root: Path) -> Path:
    """The scheduler's configuration, spool and queue under `root`; returns the outbox."""
    root.chmod(0o755)  # filters run as CUPS's own user and must reach the spool
    for name in ("etc/ppd", "lib/backend", "spool", "cache", "state", "log", "tmp", "out"):
        (root / name).mkdir(parents=True, exist_ok=True)
    (root / "tmp").chmod(0o1777)
    (root / "out").chmod(0o777)
    for name in ("filter", "daemon", "cgi-bin", "monitor", "notifier", "driver"):
        if Path(f"/usr/lib/cups/{name}").exists():
            (root / "lib" / name).symlink_to(f"/usr/lib/cups/{name}")
    backend = root / "lib" / "backend" / "arenapdf"
    backend.write_text(_BACKEND.format(out=root / "out"))
    backend.chmod(0o700)  # run as root by cupsd, like any backend that is not world-readable
    (root / "etc" / "ppd" / f"{QUEUE}.ppd").write_text(_PPD, encoding="latin-1")
    printers = root / "etc" / "printers.conf"
    printers.write_text(
        f"<Printer {QUEUE}>\nInfo ArenaDesk test PDF\nDeviceURI arenapdf:/\nState Idle\n"
        "Accepting Yes\nShared No\n</Printer>\n"
    )
    printers.chmod(0o600)
    (root / "etc" / "cupsd.conf").write_text(
        f"Listen {root / 'cups.sock'}\nBrowsing Off\nWebInterface No\nLogLevel warn\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    files = {
        "ServerRoot": root / "etc",
        "ServerBin": root / "lib",
        "DataDir": "/usr/share/cups",
        "RequestRoot": root / "spool",
        "TempDir": root / "tmp",
        "CacheDir": root / "cache",
        "StateDir": root / "state",
        "AccessLog": root / "log" / "access_log",
        "ErrorLog": root / "log" / "error_log",
        "PageLog": root / "log" / "page_log",
        "FileDevice": "No",
        "SystemGroup": "root",
    }
    (root / "etc" / "cups-files.conf").write_text(
        "".join(f"{key} {value}\n" for key, value in files.items())
    )
    return root / "out"


def _die_with_parent() -> None:
    """The scheduler stops even when the test run is killed (Linux: PR_SET_PDEATHSIG)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def virtual_printer() -> VirtualPrinter:
    for tool in ("lp", "lpstat", "cupsd"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed (packages cups, cups-client)")
    if not Path("/usr/lib/cups/filter/pdftopdf").exists():
        _unavailable("CUPS's pdftopdf filter is not installed (cups-filters)")
    outbox = _ROOT / "out"
    if not _SCHEDULER:
        if os.geteuid() != 0:
            _unavailable("a private CUPS scheduler needs root (as in CI)")
        _configure(_ROOT)
        etc = _ROOT / "etc"
        _SCHEDULER.append(
            subprocess.Popen(
                ["cupsd", "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=_die_with_parent,
            )
        )
        deadline = time.monotonic() + 20
        while not _scheduler_running() and time.monotonic() < deadline:
            time.sleep(0.1)
    if not _scheduler_running() or QUEUE not in _run("lpstat", "-e").stdout.split():
        _unavailable("the private CUPS scheduler did not start")
    return VirtualPrinter(QUEUE, outbox)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Stop the private scheduler and remove its folder: the machine is as it was."""
    for scheduler in _SCHEDULER:
        scheduler.terminate()
        try:
            scheduler.wait(timeout=10)
        except subprocess.TimeoutExpired:
            scheduler.kill()
            scheduler.wait(timeout=10)
    _SCHEDULER.clear()
    shutil.rmtree(_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def cups_pdf() -> VirtualPrinter:
    return virtual_printer()
