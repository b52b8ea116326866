"""Printing a finished PDF on the system's printers, without Qt.

The report is printed as the very PDF that is saved, so paper and file never differ. On
Linux and macOS the PDF goes to CUPS with `lp` (which every CUPS system has); on Windows
it goes to the PDF application registered for printing ("printto"), which is the only
way Windows offers to print a PDF without a renderer of our own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from arenadesk.i18n.messages import UserError

LP_TIMEOUT_S = 30
# A job title travels through CUPS into file names and banners; keep it to one line.
_TITLE_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class PrintOptions:
    printer: str | None = None  # None: the system's default printer
    copies: int = 1
    first_page: int | None = None  # 1-based, inclusive; None: from the first page
    last_page: int | None = None  # None: to the last page
    two_sided: bool = False
    title: str = ""

    def page_range(self) -> str | None:
        if self.first_page is None and self.last_page is None:
            return None
        first = self.first_page or 1
        return f"{first}-{self.last_page}" if self.last_page else f"{first}-"


def _lp(name: str) -> str | None:
    return shutil.which(name)


def uses_cups() -> bool:
    return sys.platform != "win32" and _lp("lp") is not None


def printers() -> list[str]:
    """The names of the print queues CUPS knows, in its order."""
    lpstat = _lp("lpstat")
    if sys.platform == "win32" or lpstat is None:
        return []
    result = _run([lpstat, "-e"], check=False)
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def default_printer() -> str | None:
    lpstat = _lp("lpstat")
    if sys.platform == "win32" or lpstat is None:
        return None
    result = _run([lpstat, "-d"], check=False)
    # "system default destination: NAME" (in the C locale we ask for)
    match = re.search(r":\s*(\S+)\s*$", result.stdout.strip())
    return match.group(1) if match and "no system default" not in result.stdout else None


def lp_command(pdf: Path, options: PrintOptions) -> list[str]:
    """The `lp` command line for a job (kept apart so its arguments are testable)."""
    lp = _lp("lp") or "lp"
    command = [lp]
    if options.printer:
        command += ["-d", options.printer]
    if options.copies > 1:
        command += ["-n", str(options.copies)]
    if options.page_range():
        command += ["-o", f"page-ranges={options.page_range()}"]
    command += ["-o", "sides=two-sided-long-edge" if options.two_sided else "sides=one-sided"]
    title = _TITLE_UNSAFE.sub(" ", options.title).strip()
    if title:
        command += ["-t", title]
    command += ["--", str(pdf)]
    return command


def print_pdf(pdf: Path, options: PrintOptions) -> str:
    """Send a PDF to a printer; returns the job's id (CUPS) or the printer's name (Windows).

    Raises UserError with a plain reason when there is no printing system, the printer is
    unknown, or the system refuses the job.
    """
    pdf = Path(pdf)
    if not pdf.is_file():
        raise UserError("print.no_file", path=pdf)
    if options.copies < 1:
        raise UserError("print.copies")
    if sys.platform == "win32":
        return _print_windows(pdf, options)
    if not uses_cups():
        raise UserError("print.no_system")
    if options.printer is None and default_printer() is None:
        raise UserError("print.no_default")
    if options.printer is not None and options.printer not in printers():
        raise UserError("print.unknown_printer", printer=options.printer)
    result = _run(lp_command(pdf, options), check=False)
    if result.returncode != 0:
        detail = (result.stderr.strip() or result.stdout.strip()).splitlines()
        raise UserError(
            "print.refused",
            printer=options.printer or default_printer() or "",
            detail=detail[-1] if detail else result.returncode,
        )
    # "request id is QUEUE-42 (1 file(s))"
    match = re.search(r"request id is (\S+)", result.stdout)
    return match.group(1) if match else result.stdout.strip()


def _print_windows(pdf: Path, options: PrintOptions) -> str:
    startfile = getattr(os, "startfile", None)
    if startfile is None:
        raise UserError("print.no_system")
    try:
        for _copy in range(options.copies):
            if options.printer:
                startfile(str(pdf), "printto", arguments=f'"{options.printer}"')
            else:
                startfile(str(pdf), "print")
    except OSError as exc:
        raise UserError("print.no_pdf_app", detail=exc.strerror or exc) from exc
    return options.printer or ""


def _run(command: list[str], *, check: bool) -> subprocess.CompletedProcess[str]:
    # The C locale makes lpstat's and lp's answers parseable whatever the user's language.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_S,
            check=check,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise UserError("print.timeout", seconds=LP_TIMEOUT_S) from exc
    except OSError as exc:
        raise UserError("print.no_system") from exc
