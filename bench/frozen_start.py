"""Start-up of the frozen app against the same app run from source.

Budget (issue: packaging): time to a usable main window, frozen <= 2x unfrozen, on the
same machine and the same file.

    .venv/bin/python bench/frozen_start.py [--exe dist/ArenaDesk/arenadesk] [--runs 5]
                                           [--large] [--json FILE]

Both are separate processes started with `--db FILE --quit-after-show` and timed from
Popen to their `ARENADESK_SHOWN` line (the window shown and painted), exactly as
bench/startup.py times the app: one warm-up run of each (fills the OS file cache), then
`--runs` timed runs alternating frozen and unfrozen. Figures are printed, never asserted:
the exit status is non-zero only when a process fails (crashes, exits with an error, or
never shows its window), because then there is nothing to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import BenchError, describe, timed_run

TIME_BUDGET = 2.0  # frozen median <= 2x unfrozen median
DEFAULT_EXE = Path("dist") / "ArenaDesk" / ("ArenaDesk.exe" if os.name == "nt" else "arenadesk")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help="the frozen executable")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--large", action="store_true", help="the 29-group arena, not the demo")
    parser.add_argument("--python", default=sys.executable, help="interpreter for the source run")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to a shown window")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not args.exe.is_file():
        print(f"no frozen app at {args.exe}: build it with pyinstaller arenadesk.spec")
        return 1

    with tempfile.TemporaryDirectory(prefix="arenadesk-frozen-bench-") as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ARENADESK_CONFIG_DIR": str(Path(tmp, "config")),  # never the user's own
            "ARENADESK_DATA_DIR": str(Path(tmp, "data")),
        }
        try:
            return bench(args, env, Path(tmp))
        except (BenchError, subprocess.SubprocessError) as error:
            print(f"\nFAILED: {error}", file=sys.stderr)
            return 1


def bench(args: argparse.Namespace, env: dict[str, str], tmp: Path) -> int:
    db = tmp / "bench.sqlite"
    source = [args.python, "-m", "arenadesk"]
    frozen = [str(args.exe.resolve())]
    made = subprocess.run(
        [*source, "demo", *(["--large"] if args.large else []), "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if made.returncode != 0:
        raise BenchError(f"creating the arena failed:\n{made.stdout}{made.stderr}")

    print("ArenaDesk frozen start-up: frozen app against the same app from source")
    print(f"  arena: {made.stdout.strip()}")
    print(f"  frozen: {args.exe}")
    print(f"  source: {' '.join(source)}")
    print(f"\n  warm-up, then {args.runs} timed runs of each, alternating ...", flush=True)
    commands = {
        "frozen": [*frozen, "--db", str(db), "--quit-after-show"],
        "source": [*source, "--db", str(db), "--quit-after-show"],
    }
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    for name, command in commands.items():
        timed_run(name, command, env, args.timeout)
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(timed_run(name, command, env, args.timeout).shown)

    ratio = statistics.median(times["frozen"]) / statistics.median(times["source"])
    verdict = "PASS" if ratio <= TIME_BUDGET else "OVER"
    print("\nTime from start to a shown, painted main window")
    print(f"  from source: {describe(times['source'])}")
    print(f"  frozen:      {describe(times['frozen'])}")
    print(
        f"  ratio frozen/source (medians): {ratio:.2f}x   budget <= {TIME_BUDGET:.1f}x  {verdict}"
    )
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        figures = {**{f"{k}_seconds": v for k, v in times.items()}, "ratio": ratio}
        Path(args.json).write_text(json.dumps({**figures, "verdict": verdict}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
