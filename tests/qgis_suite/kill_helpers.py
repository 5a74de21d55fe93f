"""Killing writers on purpose: tiny plots, a kill timed from the moment the destination's transaction starts,
and what a GeoPackage layer holds afterwards (rows, counts, index, style, integrity)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Dict, Iterator, Optional

REPO = Path(__file__).resolve().parents[2]
PKGPATH = REPO / ".build" / "pkgpath"
WORKER = Path(__file__).with_name("replace_worker.py")


def tiny_plots(count: int, tag: str) -> Iterator[dict]:
    """``count`` small triangles with a plot id (few bytes each: many rows, small files)."""
    for i in range(count):
        x, y = -88 + (i % 1000) * 0.005, 11 + (i // 1000) * 0.005
        yield {"type": "Feature", "properties": {"plotid": f"{tag}-{i}", "area": 1.0, "collection_id": tag},
               "geometry": {"type": "Polygon", "coordinates": [[[x, y], [x + 0.001, y], [x, y + 0.001], [x, y]]]}}


def write_ndjson(path: Path, count: int, tag: str) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for feature in tiny_plots(count, tag):
            out.write(json.dumps(feature, separators=(",", ":")) + "\n")
    return path


def transaction_files(gpkg: Path):
    return [Path(f"{gpkg}-journal"), Path(f"{gpkg}-wal")]


def run_and_kill(args, env: Dict[str, str], gpkg: Path, delay: Optional[float], timeout: float = 180.0,
                 staging: bool = False) -> dict:
    """Run ``args``; ``delay`` seconds after the first write transaction on ``gpkg`` begins (its journal appears;
    ``staging``: after a staged file appears beside it), ``kill -9`` it (``None``: let it finish). Returns when
    that moment came, when the run ended, how it ended. A staged file counts only in a folder this run made
    (an earlier killed run's may still be there)."""
    earlier = set(gpkg.parent.glob(".epoch-*"))

    def started() -> bool:
        if staging:
            return any(p.parent not in earlier for p in gpkg.parent.glob(".epoch-*/staged.gpkg"))
        return any(p.exists() for p in transaction_files(gpkg))

    start = time.monotonic()
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    began = None
    killed = False
    while process.poll() is None and time.monotonic() - start < timeout:
        if began is None and started():
            began = time.monotonic()
        if began is not None and delay is not None and time.monotonic() - began >= delay:
            os.kill(process.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.002)
    if process.poll() is None and not killed:
        process.kill()
    out, err = process.communicate(timeout=60)
    end = time.monotonic()
    return {"began": None if began is None else began - start, "ended": end - start, "killed": killed,
            "returncode": process.returncode, "stdout": out, "stderr": err,
            "install_seconds": None if began is None else end - began}


def layer_state(gpkg: Path, layer: str) -> dict:
    """What the file holds for ``layer``, read as SQLite sees it (a hot journal is rolled back first)."""
    connection = sqlite3.connect(str(gpkg))
    try:
        state = {"integrity": connection.execute("PRAGMA integrity_check").fetchone()[0]}
        table = '"' + layer.replace('"', '""') + '"'
        state["rows"] = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
        found = connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                   (layer,)).fetchone()
        state["counted"] = found[0] if found else None
        rtree = connection.execute("SELECT name FROM sqlite_master WHERE name = ?", (f"rtree_{layer}_geom",)).fetchone()
        state["indexed"] = connection.execute(f'SELECT COUNT(*) FROM "rtree_{layer}_geom"').fetchone()[0] \
            if rtree else None  # noqa: S608
        styles = connection.execute("SELECT name FROM sqlite_master WHERE name = 'layer_styles'").fetchone()
        state["styles"] = sorted(r[0] for r in connection.execute(
            "SELECT styleName FROM layer_styles WHERE f_table_name = ?", (layer,))) if styles else []
        state["default_style"] = [r[0] for r in connection.execute(
            "SELECT description FROM layer_styles WHERE f_table_name = ? AND useAsDefault", (layer,))] \
            if styles else []
        state["extent"] = connection.execute("SELECT min_x IS NOT NULL FROM gpkg_contents WHERE table_name = ?",
                                             (layer,)).fetchone()
        return state
    finally:
        connection.close()


def assert_whole(state: dict, counts) -> None:
    """One complete layer: the old or the new rows, counted, indexed, and the file sound."""
    assert state["integrity"] == "ok", state
    assert state["rows"] in counts, state
    assert state["counted"] in (state["rows"], None), state  # None: GDAL counts on opening
    assert state["indexed"] == state["rows"], state
    assert state["extent"] == (1,), state


def staging_folders(folder: Path):
    return sorted(p.name for p in Path(folder).iterdir() if p.name.startswith(".epoch-"))
