"""Benchmark: fetch-to-styled-GeoPackage vs curl + ogr2ogr on the same stream.

    .venv/bin/python tests/bench/ingest.py [--features 100000] [--vertices 20] [--runs 3]

Serves N polygons from the sandbox (its own process) over loopback. Baseline:
``curl`` saves the stream, ``ogr2ogr -f GPKG`` converts the GeoJSONSeq file.
Ours: the dock's OperationTask (``plots_to_gpkg``) in a QGIS process (derived fields, typed columns, style
saved in the GeoPackage). Prints both times, the ratio, our peak RSS and the longest main-thread stall; with
``--runs 3`` each run measures both and the medians pass or fail. Bars: ratio <= 1.15 at 100,000 and <= 1.1
beyond; RSS < 400 MB; stall <= 100 ms at 100,000 (memory does not grow with the feature count).

Measured on the 2-core Debian 12 VM (QGIS 3.22, GDAL 3.6, Python 3.11), 2026-12-07, shared with other sessions
(load average 1.5-3), 100,000 polygons of 20 vertices:

- before (GDAL read every part back from GeoJSONSeq text, 20,000 rows a part): curl + ogr2ogr 5.48 s, ours
  18.34 s: 3.35x, RSS 245 MB, stall 104 ms (earlier, on a quieter VM: 0.99-1.67x);
- after (parts after the first inserted in one SQLite transaction each, ``core/gpkg/append.py``; each
  batch's countries in one query; the cycle collector kept off QGIS's objects): 1.68x, 1.74x, 1.91x in three
  runs (median 1.74x; curl + ogr2ogr 5.3-5.5 s, ours 8.9-10.4 s), RSS 285 MB, stall 40-66 ms. FAIL against
  1.15x: the time left is Python deriving each row (``core/result_rows.py`` and the rules it calls: the second
  opinion about 45 % of it, text typing 25 %, data_error and the status 20 %) and splitting each line
  (``core/api/feature_line.py``), all under Python's one lock, where GDAL's whole conversion is C.

1,000,000 polygons, one run each: before 2.91x (curl + ogr2ogr 76.9 s, ours 223.9 s, RSS 251 MB, stall 195 ms),
after 1.48x (75.6 s and 111.6 s, RSS 293 MB, stall 80 ms): FAIL against 1.1x, for the same reason.

2026-12-07, third session: each plot's polygon read from its JSON text by numpy for a whole part
(``core/gpkg/polygon_text.py``: decoding it into Python lists took 2.5 s of 100,000 plots, packing them 0.9 s;
now about 1 s for both); a prepared part inserted, with its R-tree entries, by a thread of its own
(the index was built from every row once the last was written: 1.1 s after the stream ended); a plot's row
derived without computing its status three times (2.23 -> 1.69 s per 100,000); countries from the grid cells
first. A/B on the same VM, old and new alternating, three pairs: before 1.56-1.84x (median 1.67x, 8.0-9.2 s),
after 1.19-1.45x (median 1.26x, 6.0-7.4 s), RSS 350 MB (285 before: numpy's text and arrays of a part in
flight, one part waiting instead of two), stall 40-49 ms; a later ``--runs 3``: 1.38-1.45x (the VM's own
pace moves 15 % from one minute to the next). 1,000,000 polygons: 1.36x (62.8 s and 85.2 s, RSS 368 MB, stall
77 ms). FAIL against 1.15x and 1.1x. Where the time is now (thread CPU, in-process, 100,000 plots, no network):
the thread deriving rows 3.9-4.1 s (``derive_row`` about 1.7 s of it, reading the lines 0.9 s), the thread
preparing parts 2.2 s (polygons 1.0-1.4 s), the thread inserting 2.2-2.5 s (SQLite, mostly without
Python's lock): 8.5 s of CPU on two cores, most of it under Python's one lock, where ogr2ogr's 5 s are all C.

2026-12-07, fourth session (no change to the plots' path): 1.41x, 1.63x, 1.41x (median 1.41x; curl + ogr2ogr
5.0-5.2 s, ours 7.0-8.5 s), RSS 351 MB, stall 47-61 ms. CPU time (``/usr/bin/time``, one run): ogr2ogr 6.2-6.7 s on
one core; ours 11 s on two (Python's lock held for about 8 s of it: reading lines, deriving rows, the second
opinion 9.4 us a plot, the polygons' numbers), so the wall time follows the lock, not the cores.

2026-12-07, fifth session, tried and not kept: the cycle collector paused (``gc.disable``) while rows are written,
beside keeping it off QGIS's objects. Six runs of each, alternating, 100,000 plots: ours 8.4 s paused against 8.8 s
(medians), the longest stall 36-50 ms against 43-79 ms; the dock's 1,000,000-plot drill-down 80-90 ms against
100-126 ms. But the dock's status filter right after a load took 87-224 ms paused, 197 ms or more in four of five
runs (bar 200 ms; a collection put off until the collector is back can land on the main thread's next step),
against 67-245 ms not paused, one of eight: on a VM whose pace moved that much, not a gain worth that risk.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures import REPO, ensure_pkgpath, fixture, start_sandbox  # noqa: E402

RATIO_BAR, RATIO_BAR_1M, RSS_BAR_MB, STALL_BAR_MS = 1.15, 1.1, 400.0, 100.0


def _token(url: str) -> str:
    sys.path.insert(0, str(ensure_pkgpath()))
    from epoch_eudr.sandbox.tokens import DEMO_EMAIL, DEMO_PASSWORD

    body = json.dumps({"email": DEMO_EMAIL, "password": DEMO_PASSWORD}).encode()
    request = urllib.request.Request(f"{url}/refresh_token", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)["access_token"]


def baseline(url: str, token: str, workdir: Path) -> float:
    seq, gpkg = workdir / "stream.geojsonl", workdir / "baseline.gpkg"
    start = time.perf_counter()
    subprocess.run(["curl", "-sSf", "-o", str(seq), "-H", f"Authorization: Bearer {token}",
                    f"{url}/fetch_deforestation_check?filename=bench"], check=True)
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(gpkg), str(seq), "-nln", "plots"], check=True)
    return time.perf_counter() - start


def ours(url: str, workdir: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ensure_pkgpath()), QT_QPA_PLATFORM="offscreen")
    worker = str(Path(__file__).with_name("ingest_worker.py"))
    command = [sys.executable, worker, url, "bench", str(workdir / "ours.gpkg")]
    profile = os.environ.get("EPOCH_BENCH_PROFILE")  # a py-spy output file: where our time goes, by function
    if profile:
        command = ["py-spy", "record", "-r", "100", "-f", "raw", "-o", profile, "--"] + command
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"our run failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--vertices", type=int, default=20)
    parser.add_argument("--runs", type=int, default=1, help="runs (each measures both); the medians pass or fail")
    args = parser.parse_args()
    for tool in ("curl", "ogr2ogr"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed for the baseline (apt-get install curl gdal-bin)")
    print(f"fixture: {args.features} polygons of {args.vertices} vertices ...", flush=True)
    path = fixture(args.features, args.vertices)
    print(f"  {path} ({path.stat().st_size / 1e6:.0f} MB)")
    workdir = Path(tempfile.mkdtemp(prefix="epoch-bench-", dir=REPO / ".build"))
    proc, url = start_sandbox({"bench": path}, workdir / "sandbox.sqlite")
    runs = []
    try:
        token = _token(url)
        for run in range(args.runs):
            for name in ("baseline.gpkg", "ours.gpkg"):
                (workdir / name).unlink(missing_ok=True)
            base = baseline(url, token, workdir)
            mine = ours(url, workdir)
            mine["ratio"] = mine["seconds"] / base
            runs.append(mine)
            print(f"run {run + 1}: curl + ogr2ogr {base:6.2f} s | ours {mine['seconds']:6.2f} s "
                  f"({mine['features']} features; {mine['message']}) | ratio {mine['ratio']:5.2f}, "
                  f"RSS {mine['rss_mb']:4.0f} MB, stall {mine['stall_ms']:4.0f} ms", flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)
    ratio, stall = statistics.median(r["ratio"] for r in runs), statistics.median(r["stall_ms"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    bar = RATIO_BAR if args.features <= 100_000 else RATIO_BAR_1M
    print(f"ratio (median of {len(runs)})      : {ratio:7.2f}   (bar {bar})")
    print(f"our peak RSS (highest)   : {rss:7.0f} MB (bar {RSS_BAR_MB:.0f} MB)")
    print(f"longest stall (median)   : {stall:7.0f} ms (bar {STALL_BAR_MS:.0f} ms at 100,000)")
    ok = all(r["ok"] and r["features"] == args.features for r in runs) and ratio <= bar and rss < RSS_BAR_MB
    if args.features <= 100_000:  # the stall bar is set for a 100k load
        ok = ok and stall <= STALL_BAR_MS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
