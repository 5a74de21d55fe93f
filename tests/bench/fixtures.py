"""Benchmark inputs: N plot-like polygons as an NDJSON file, generated once and cached.

Polygons are star-shaped (always valid), about ``vertices`` points each, with the
properties ``/fetch_deforestation_check`` returns. Deterministic for a given N.
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Optional, Tuple

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".build" / "bench"
PKGPATH = REPO / ".build" / "pkgpath"


def _polygon(rng: random.Random, vertices: int) -> list:
    lon, lat = rng.uniform(-88.0, -83.0), rng.uniform(11.0, 14.5)
    radius = rng.uniform(60, 300) / 111_320.0
    ring = []
    for i in range(vertices - 1):
        angle = 2 * math.pi * i / (vertices - 1)
        scale = rng.uniform(0.6, 1.0)
        ring.append([round(lon + radius * scale * math.cos(angle), 7),
                     round(lat + radius * scale * math.sin(angle), 7)])
    ring.append(ring[0])
    return [ring]


def plot_lines(count: int, vertices: int = 20, seed: int = 2023) -> Iterator[str]:
    rng = random.Random(seed)
    for i in range(count):
        loss = round(rng.uniform(0.01, 3.0), 4) if rng.random() < 0.15 else 0.0
        area = round(rng.uniform(0.5, 30.0), 4)
        props = {"plotid": f"bench-{i + 1:07d}", "uuid": f"00000000-0000-4000-8000-{i:012d}", "area": area,
                 "noncompliance_area": loss, "noncompliance_area_perc": round(loss / area, 6),
                 "deforestation_alert": "critical" if loss > 0.5 else ("non-critical" if loss else "no deforestation"),
                 "deforestation_confidence": "high" if loss else "very high",
                 "deforestation_start": "2021-01-01" if loss else None, "deforestation_end": None,
                 "collection_id": "bench", "sandbox": True}
        yield json.dumps({"type": "Feature", "properties": props,
                          "geometry": {"type": "Polygon", "coordinates": _polygon(rng, vertices)}},
                         separators=(",", ":"))


def fixture(count: int, vertices: int = 20) -> Path:
    """The cached NDJSON file of ``count`` polygons (written on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"plots_{count}_{vertices}.ndjson"
    if not path.exists():
        partial = path.with_suffix(".part")
        with open(partial, "w", encoding="utf-8") as out:
            for line in plot_lines(count, vertices):
                out.write(line + "\n")
        partial.replace(path)
    return path


def ensure_pkgpath() -> Path:
    PKGPATH.mkdir(parents=True, exist_ok=True)
    link = PKGPATH / "epoch_eudr"
    if not link.exists():
        link.symlink_to(REPO)
    return PKGPATH


def start_sandbox(fixtures: dict, db: Path) -> Tuple[subprocess.Popen, str]:
    """The sandbox in its own process (so it shares no CPU time or memory with what is measured)."""
    args = [sys.executable, "-m", "epoch_eudr.sandbox", "--port", "0", "--db", str(db), "--delay", "0"]
    for cid, path in fixtures.items():
        args += ["--fixture", f"{cid}={path}"]
    env = {"PYTHONPATH": str(ensure_pkgpath()), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line: Optional[str] = proc.stdout.readline() if proc.stdout else None
    if not line or " on http" not in line:
        proc.kill()
        raise RuntimeError(f"sandbox did not start: {line!r}")
    return proc, line.split(" on ", 1)[1].split()[0]  # the port is bound before this line is printed
