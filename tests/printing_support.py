"""A real CUPS print queue with the CUPS-PDF virtual printer, for the print tests.

`make test` installs `cups` and `printer-driver-cups-pdf` (packaging/linux/system-deps.sh
--tests). This starts the scheduler when it is not running (as root, as in CI) and adds a
queue whose "paper" is a PDF in the job owner's ~/PDF. The queue converts with cairo:
ghostscript's PostScript step keeps the glyphs but drops their Unicode mapping, so æøå
would look right on paper yet not come back as text.

Without CUPS the tests skip; under CI (CI=true) they fail instead, so CI really prints.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "ArenaDesk-PDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
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


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r").stdout


def virtual_printer() -> VirtualPrinter:
    for tool in ("lp", "lpstat", "lpadmin", "cupsd"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed (packages cups, cups-client)")
    if not PPD.exists():
        _unavailable("the CUPS-PDF driver is not installed (printer-driver-cups-pdf)")
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unavailable("the CUPS scheduler is not running and only root may start it")
        _run("cupsd")  # forks into the background once it listens
        deadline = time.monotonic() + 20
        while not _scheduler_running() and time.monotonic() < deadline:
            time.sleep(0.2)
        if not _scheduler_running():
            _unavailable("the CUPS scheduler did not start")
    if QUEUE not in _run("lpstat", "-e").stdout.split():
        added = _run(
            "lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", str(PPD), "-E",
            "-o", "pdftops-renderer-default=pdftocairo",
        )  # fmt: skip
        if QUEUE not in _run("lpstat", "-e").stdout.split():
            _unavailable(f"the CUPS-PDF queue could not be added: {added.stderr.strip()}")
    outbox = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"  # cups-pdf.conf: Out ${HOME}/PDF
    return VirtualPrinter(QUEUE, outbox)


@pytest.fixture(scope="session")
def cups_pdf() -> VirtualPrinter:
    return virtual_printer()
