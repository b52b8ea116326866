"""Photo benchmark: adding a 12-megapixel phone photo, time and memory.

Budgets (issue #18): adding a 12-megapixel photo <= 1 s; memory while adding <= 150 MB
above the app's.

    .venv/bin/python bench/photos.py [--runs 7] [--json FILE]

The photo is the tests' phone photo (`tests/images/samples.py`): a 4 000 × 3 000 JPEG of a
flip-chart with EXIF orientation 6 and a GPS position, written to a temporary folder.
"Adding" is `services.photos.add_photos` from the file into a group of the demo arena:
reading and checking the file, decoding, turning it upright, scaling it to 2 400 px,
re-encoding it without metadata and one transaction writing it. The floor, in the same
run, is Pillow alone doing the least the same result needs: open the file, decode, resize
to the same size (same filter) and save JPEG quality 85 to memory. One warm-up each, then
--runs timed runs alternating; medians count.

Memory is measured in a fresh Python process per figure: the resident size after the
app's modules are imported and the database is open (the baseline), then its peak while
adding the photo, sampled every 2 ms from /proc/self/status (Linux); the difference is
what adding costs.
Figures are reported, never asserted: exit status 0.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the sample photo lives with the tests

from PIL import Image  # noqa: E402
from tests.images.samples import phone_photo  # noqa: E402

from arenadesk.demo.arena import create_demo_arena  # noqa: E402
from arenadesk.services import photos  # noqa: E402
from arenadesk.store.db.database import open_database  # noqa: E402
from arenadesk.store.db.device import Device  # noqa: E402
from arenadesk.store.groups import list_groups  # noqa: E402

BUDGET_S = 1.0
BUDGET_MB = 150.0
DEVICE = Device("22222222-2222-4222-8222-222222222222", "bench")

# Run in a fresh process: the baseline is the app's modules and an open database.
MEMORY_SCRIPT = """
import sys, threading, time
from pathlib import Path
from arenadesk.services import photos
from arenadesk.store.arenas import require_arena_id
from arenadesk.store.db.database import open_database
from arenadesk.store.db.device import Device
from arenadesk.store.groups import list_groups
import arenadesk.images.reading as reading

def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

reading._register_heif()
db = open_database(Path(sys.argv[1]), Device("22222222-2222-4222-8222-222222222222", "bench"))
group = list_groups(db, require_arena_id(db))[0]
before = rss_kb()
peak = [before]
done = threading.Event()

def sample():
    while not done.is_set():
        peak[0] = max(peak[0], rss_kb())
        time.sleep(0.002)

sampler = threading.Thread(target=sample)
sampler.start()
if sys.argv[3] == "ours":
    photos.add_photos(db, [Path(sys.argv[2])], group_id=group.id)
else:
    import io
    from PIL import Image
    image = Image.open(sys.argv[2])
    image.load()
    image.resize((2400, 1800), Image.Resampling.BICUBIC).save(io.BytesIO(), "JPEG", quality=85)
done.set()
sampler.join()
db.close()
print(before, max(peak[0], rss_kb()))
"""


def floor(path: Path) -> float:
    start = time.perf_counter()
    image = Image.open(path)
    image.load()
    scaled = image.resize((2400, 1800), Image.Resampling.BICUBIC)
    scaled.save(io.BytesIO(), "JPEG", quality=85)
    return time.perf_counter() - start


def ours(db_path: Path, path: Path) -> float:
    db = open_database(db_path, DEVICE)
    try:
        from arenadesk.store.arenas import require_arena_id

        group = list_groups(db, require_arena_id(db))[0]
        start = time.perf_counter()
        photos.add_photos(db, [path], group_id=group.id)
        return time.perf_counter() - start
    finally:
        db.close()


def memory(db_path: Path, path: Path, which: str) -> tuple[float, float]:
    """(baseline MB, growth MB) of a fresh process adding the photo."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(db_path), str(path), which],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=300,
    )
    before, after = (int(v) for v in result.stdout.split()[-2:])
    return before / 1024, (after - before) / 1024  # VmRSS is in KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arenadesk-bench-") as folder:
        work = Path(folder)
        path = work / "IMG_0001.JPG"
        path.write_bytes(phone_photo())
        db_path = work / "arena.sqlite"
        db = open_database(db_path, DEVICE)
        create_demo_arena(db)
        db.close()
        ours(db_path, path), floor(path)  # warm-up: imports, plugins, caches
        times, floors = [], []
        for _ in range(args.runs):
            times.append(ours(db_path, path))
            floors.append(floor(path))
        base, growth = memory(db_path, path, "ours")
        floor_base, floor_growth = memory(db_path, path, "floor")
        size = path.stat().st_size
    ours_s, floor_s = statistics.median(times), statistics.median(floors)
    results = {
        "file_kb": size / 1024,
        "add_ms": ours_s * 1000,
        "floor_ms": floor_s * 1000,
        "ratio": ours_s / floor_s,
        "baseline_mb": base,
        "growth_mb": growth,
        "floor_growth_mb": floor_growth,
    }
    print(
        f"Adding a 12-megapixel phone photo (4 000 × 3 000 JPEG, {size / 1024:.0f} KB, "
        f"EXIF orientation 6, GPS) to a group ({args.runs} runs, medians)"
    )
    verdict = "PASS" if ours_s <= BUDGET_S else "OVER"
    print(
        f"  ArenaDesk add_photos : {ours_s * 1000:7.0f} ms  budget <= {BUDGET_S:.0f} s: {verdict}"
    )
    print(f"  floor: Pillow alone  : {floor_s * 1000:7.0f} ms  (open, decode, resize, save)")
    print(f"  ratio ours/floor     : {ours_s / floor_s:7.2f}x")
    verdict = "PASS" if growth <= BUDGET_MB else "OVER"
    print(
        f"  memory while adding  : {growth:7.0f} MB above the app's {base:.0f} MB  "
        f"budget <= {BUDGET_MB:.0f} MB: {verdict}"
    )
    print(f"  floor: Pillow alone  : {floor_growth:7.0f} MB above {floor_base:.0f} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
