"""Steps of the dock benchmark (tests/bench/dock.py) kept apart: the event loop and paint helpers, the
curl + ogr2ogr floor, and a second load into the file the table shows."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any, Dict


def spin(condition, timeout: float = 600.0) -> bool:
    """Run the event loop (as QGIS does when idle) until ``condition()``."""
    from qgis.core import QgsApplication

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QgsApplication.processEvents()
        time.sleep(0.001)
    return True


def painted(view) -> None:
    """Paint the view now, as the next frame would (data() for every visible cell)."""
    view.viewport().repaint()


def curl_ogr2ogr(client, url: str, work: Path) -> float:
    """Seconds for ``curl <the dock's request> | ogr2ogr -f GPKG``: the same NDJSON stream as the dock's load,
    parsed and written by GDAL alone (the floor the dock's click-to-table time is measured against)."""
    transport = client.transport
    headers = transport.credentials.headers(lambda e, p: transport._fetch_token(e, p, None))
    header_file = work / "curl_headers.txt"  # never on the command line (ps would show the sandbox token)
    header_file.write_text("".join(f"{k}: {v}\n" for k, v in headers.items()) + "accept: application/x-ndjson\n",
                           encoding="utf-8")
    request = f"{url.rstrip('/')}/fetch_supply_shed?stat_type=all&table_extension=eudr&limit=100000"
    target, stream = work / "curl_ogr2ogr.gpkg", work / "curl_stream.geojsonl"
    start = time.perf_counter()
    curl = subprocess.run(["curl", "-sS", "--fail", "-H", f"@{header_file}", "-o", str(stream), request],
                          capture_output=True, text=True)
    ogr = subprocess.run(["ogr2ogr", "-f", "GPKG", str(target), str(stream), "-nln", "assessments", "-gt", "65536"],
                         capture_output=True, text=True) if not curl.returncode else curl
    seconds = time.perf_counter() - start
    header_file.unlink()
    if curl.returncode or ogr.returncode:
        raise RuntimeError(f"curl then ogr2ogr failed: {curl.stderr[-300:]} {ogr.stderr[-500:]}")
    stream.unlink()
    return seconds


def reload_while_shown(tab, beat, start_clock) -> Dict[str, Any]:
    """Load again into the same GeoPackage while the table shows the first load (painted, scrolled mid-way,
    the GeoPackage written meanwhile): the longest stall, and how much the second snapshot added to the file."""
    from epoch_eudr.ui import wdg_assessments
    from qgis.PyQt.QtCore import QTimer

    gpkg = wdg_assessments.default_results_path()
    size_before = gpkg.stat().st_size
    table = tab.table
    loads = []
    real_loaded = tab._loaded

    def loaded(outcome, layers) -> None:
        loads.append(start_clock())
        real_loaded(outcome, layers)

    tab._loaded = loaded
    beat.reset()
    beat.arm(True, "second load, table shown")
    start = start_clock()
    tab.load()
    middle = [tab.model.rowCount() // 2]

    def scroll() -> None:  # the user scrolls the table meanwhile: each paint may ask for rows not read yet
        table.scrollTo(tab.model.index(middle[0], 0))
        painted(table)
        middle[0] = (middle[0] + 997) % max(1, tab.model.rowCount())

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(scroll)
    timer.start()
    spin(lambda: loads)
    timer.stop()
    beat.arm(False)
    spin(lambda: tab.ready())
    painted(table)
    result = {"ms": (start_clock() - start) * 1000, "stall_ms": beat.stall_ms(),
              "gaps": list(beat.gaps)[:20], "growth_mb": (gpkg.stat().st_size - size_before) / 1e6}
    tab._loaded = real_loaded
    return result
