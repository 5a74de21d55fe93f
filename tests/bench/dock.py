"""Benchmark: the dock's tables at 100,000 producers, measured like a user feels them.

    .venv/bin/python tests/bench/dock.py [--producers 100000] [--plots 0] [--shot /tmp/assessments.png]

Serves N producer assessments (and, with ``--plots``, one collection of M drill-down plots)
from the sandbox in its own process, then drives the Assessments tab in a QGIS process
(offscreen) with a 10 ms QTimer heartbeat on the main thread. Prints:

- the floor: ``curl`` fetching the dock's own request (the same NDJSON stream) then ``ogr2ogr`` writing it
  to a GeoPackage, no Python;
- the layer-ingest time alone (the same fetch-to-GeoPackage task, no table);
- the longest main-thread stall from the click on *Load assessments* to the first rows shown;
- the time to the table being usable (rows shown, cards and filter lists filled), against the layer load
  of the same click and against the curl + ogr2ogr floor;
- a second load into the same GeoPackage while the table shows the first and is scrolled to rows not read
  yet every 100 ms (a paint meanwhile): its longest stall, and how much the file grew;
- the time of a filter (status), a search (a producer name) and a sort (by producer), at N;
- the grouped-by-producer view (groups shown, one group opened);
- the Screening tab's table over a screening result of N plots (first rows, a sort);
- with ``--plots``: the drill-down plots layer (M plots) loaded and shown in the tab's plots
  table, paged to its end and sorted, with the longest stall;
- the peak RSS of the QGIS process.

Targets at 100,000 producers: stall <= 100 ms in every step (the second load's included); usable within
1.2x the layer load of the same click and within 1.5x curl + ogr2ogr; filter, search and sort each
< 200 ms; peak RSS < 400 MB. At 1,000,000 plots: no stall over 100 ms.

Measured 2026-12-07 (third session, idle VM, load average 1), old code and new on the same VM, one run each: click
-> table usable 11.30 s = 3.22x curl + ogr2ogr (3.50 s) before, 9.13-10.05 s = 2.47-2.80x after (the writer's
R-tree filled part by part by a thread of its own, assessments derived with their numbers read once); usable
1.05x the same click's layer load; stalls 47-59 ms; filter, search and sort 58-133 ms; peak RSS 418 MB before,
428-431 MB after (the screening step; the producers' tables 396-401 MB): FAIL against 1.5x and 400 MB.

Measured on the 2-core Debian 12 VM (QGIS 3.22, 2026-12-07, shared with other sessions: load average 2-4),
100,000 producers, before -> after the table's pages were read in a thread of their own (``ui/table_reader``),
the table opened in the load's task and compact snapshots (``layers/snapshot_store``):

- second load, table shown and scrolled: longest stall 152 ms -> 53 and 43 ms (two runs); the first
  version of this step (a paint every 20 ms from a busy loop) 229 ms before;
- click -> first rows: stall 57 -> 41 and 35 ms; click -> table usable 12.0 s (idle machine) and 16.5 s
  (load average 4) before, 9.0 s in both runs after: the load task itself, which this change does not
  touch, moves that much with the machine's load (the ingest alone 12.2 and 16.1 s before, 10.4 and
  10.7 s after); the ratio to the same click's layer load stays 1.04-1.08x;
- curl + ogr2ogr of the same stream 3.7-5.4 s: click -> table usable 3.28x and 3.04x of it before, 2.43x
  in both runs after: FAIL against 1.5x. The load task is 8.1-8.6 s at 100,000: ``write_layer`` 7.1-8.0 s
  (rows derived in Python, ``core/result_rows.py``: about half of it under a profiler), the snapshot 0.5-0.9 s,
  ``count_by`` 0.04 s;
- filter 73-102 ms, search 61-72 ms, sort 60-88 ms, grouped view 336-764 ms, peak RSS 397-400 MB;
- the file's growth on the second load: 0.00 MB (the replaced layer's pages are reused); a snapshot alone
  adds 2.35 MB, was 21.4 MB (``tests/bench/snapshot_growth.py``).

Measured on an idle 2-core Debian 12 VM (QGIS 3.22, 2026-11-23, load average 0.1 before the runs):
100,000 producers: stall 35 ms, usable 1.04x the layer load of the same click, filter 63/69 ms, search
80 ms, sort 116/121 ms, grouped view 374 ms, peak RSS 354 MB: PASS. ``--producers 1000 --plots 1000000``,
four runs: the dock's Drill down loads 1,000,000 plots in 124-129 s with longest main-thread stalls
86, 43, 48 and 32 ms (PASS); the plots table shown in 1.9-2.0 s, paged to its end in 2 ms, sorted in 0.6 s, stalls
<= 26 ms; peak RSS 422 MB once the 1M-plot table is shown (the producers' tables peak at 260 MB).

Earlier figures, on the same VM shared with other sessions:

On a 2-core Debian 12 VM (QGIS 3.22) shared with other test runs: 100,000 producers, stall
53-94 ms, usable 1.05-1.07x the layer load of the same click, filter 32-180 ms, search 47-183 ms,
sort 73-145 ms (once 226 ms under the heaviest load), peak RSS 350-354 MB; 1,000,000 plots shown
1.95 s after the layer, paged in 1 ms, sorted in 0.95 s, stalls <= 30 ms.

The 1,000,000-plot load itself (``--producers 1000 --plots 1000000``, the dock's Drill down, 143-167 s),
on the same shared VM (load average 1-4 from other sessions): longest main-thread stall 58, 72, 247, 59
and 33 ms in five runs with the GDAL thread niced (and the layer then opened in the worker, since
reverted); before: 244, 42, 121, 292 and 111 ms in five runs. ``finished()`` is not the cause: it costs
the main thread 7-8 ms whatever the row count (opening the layer 7 ms, as a GeoPackage's extent and
count come from its metadata tables; styling under 1 ms; adding 0.2 ms). Opening it in the worker and
moving it to the main thread took that to 0.3-0.6 ms but hung a second drill-down on QGIS 3.44: reverted.
The stalls come while rows are parsed: the main thread waits for Python's lock, held by the thread
parsing rows, which the GDAL thread and other processes kept off the CPU. The GDAL thread now runs at
nice 10: main-thread gaps over 20 ms in 40 s of the load, 4 runs each: 62-103 before, 10-41 after.
The one 247 ms stall left came in a cluster of 40-75 ms gaps half-way through the load, machine loaded.
Peak RSS 425 MB with ``--plots 1000000``: 280 MB after the load, the rest comes with the plots table.

2026-12-07, fourth session (assessments derived with their three verdict numbers read once), one run: click ->
table usable 8.33 s = 1.06x the layer load, 2.54x curl + ogr2ogr (3.28 s; bar 1.5x: FAIL), stall 42 ms; the
second load's longest stall 55 ms; filter 59-150 ms, search 101 ms, sorts 76-99 ms; RSS after the ingest 297 MB,
the table 357, the grouped view 400, the Screening tab's 100,000 plots 426 MB (bar 400 MB: FAIL, as before).

2026-12-07, fifth session (each table's narrow copy, with its sort indexes, in SQLite's temporary database instead
of in memory: ``core/gpkg/tables.COPY_DATABASES``), three runs of each, old and new alternating on the same VM: peak
RSS 426, 427, 424 MB before; 396, 393, 391 MB with an 8 MB page cache; 364, 366, 367 MB with SQLite's default
2 MB (RSS after the table 317-322 MB, was 351-357; the grouped view 345-350, was 397-399): PASS against 400 MB.
Filters, search and sorts 55-187 ms after, 62-174 ms before (the VM's own noise: a table read alone, 100,000
assessments, medians of five, in memory then in the temporary database: filter 26-34 / 26-38 ms, search 30-44 /
32-35 ms, sort 25-29 / 26-27 ms, groups 224-296 / 296-341 ms; 1,000,000 plots: sorts 460-800 / 440-1,070 ms, the
copy 101 / 21-27 MB). Click -> table usable 2.14x, 2.32x, 3.05x curl + ogr2ogr: FAIL against 1.5x, as before.

``EPOCH_BENCH_STALL_TRACE=file`` writes every thread's stack there when the main thread is 80 ms late during
the plots load (faulthandler's watchdog, for diagnosis only: it reads other threads' frames without
Python's lock; one traced run died while it wrote).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dock_steps import curl_ogr2ogr, reload_while_shown  # noqa: E402
from dock_steps import painted as _painted  # noqa: E402
from dock_steps import spin as _spin  # noqa: E402
from fixtures import CACHE, REPO, ensure_pkgpath, fixture, start_sandbox  # noqa: E402
from heartbeat import Heartbeat  # noqa: E402

STALL_BAR_MS, USABLE_BAR, OP_BAR_MS, RSS_BAR_MB = 100.0, 1.2, 200.0, 400.0
FLOOR_BAR = 1.5  # click -> table usable, against curl then ogr2ogr of the same stream
PLOTS_CID = "0xbenchplots"
SCREEN_CID = "0xbenchscreen"
COMMODITIES = ("cocoa", "coffee", "palm", "rubber", "soy", "timber", "cattle")
COUNTRIES = (("Côte d'Ivoire", "CI", -6.3, 6.0), ("Ghana", "GH", -1.6, 7.0), ("Brazil", "BR", -47.9, -15.8),
             ("Indonesia", "ID", 102.1, 1.6), ("Malaysia", "MY", 113.0, 2.9), ("Nicaragua", "NI", -85.9, 13.2),
             ("Peru", "PE", -75.0, -9.2), ("Colombia", "CO", -74.3, 4.6), ("Viet Nam", "VN", 108.0, 14.0))
ADMIN1 = ("North", "South", "East", "West", "Central", "Coast", "Highlands")
WORDS = ("Coop", "Finca", "Hacienda", "PT", "Fazenda", "Estate", "Union", "Societe", "Agro", "Cafe")


# -- the server's data ---------------------------------------------------------------------------
def _assessment(rng: random.Random, i: int, producers: int) -> Dict[str, Any]:
    k = (i * 7919) % producers  # about two assessments per producer: the grouped view has work to do
    country, code, lon, lat = COUNTRIES[k % len(COUNTRIES)]
    lon, lat = round(lon + rng.uniform(-1, 1), 6), round(lat + rng.uniform(-1, 1), 6)
    commodity = COMMODITIES[(k + i) % len(COMMODITIES)]
    cid = f"0x{i:040x}"
    row: Dict[str, Any] = {
        "company_name": f"{WORDS[k % len(WORDS)]} Producer {k:06d}", "commodity": commodity, "country": country,
        "country_code": code, "admin1": ADMIN1[k % len(ADMIN1)], "legality_risk": ("Low", "Medium", "High")[i % 3],
        "ingestion_date": f"2026-0{1 + i % 9}-{1 + i % 28:02d}T10:00:00+00:00", "collection_id": cid,
        "collection_name": f"{commodity}_{code}_{i}", "stat_type": "supply_shed_eudr",
        "facility_geo": f"POINT({lon:.6f} {lat:.6f})",
        "metadata": json.dumps({"supplier_id": f"SUP-{k:06d}", "facility_geo": f"POINT({lon:.6f} {lat:.6f})"}),
        "area_ha_supply_shed": round(rng.uniform(1e4, 5e5), 2), "sandbox": True}
    if rng.random() < 0.08:
        row["locations_confidence"] = "not processed: no address or geolocation provided"
        return row
    nc_plots = rng.choice((0, 0, 0, 1, 3, 12, 140))
    perc = 0.0 if not nc_plots else round(rng.choice((0.01, 0.03, 0.08, 0.2)), 6)
    row.update(locations_confidence=rng.choice(("high", "medium", "low")), noncompliance_plot_count=nc_plots,
               noncompliance_area_perc=perc, noncompliance_area_ha=round(perc * 900, 4),
               noncompliance_area_rate=round(perc / 4, 6), plot_count=rng.randint(20, 400))
    return row


def assessments_db(count: int) -> Path:
    """A sandbox store holding ``count`` ready assessments (cached), plus the plot collection's row."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"assessments_{count}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial))
    conn.executescript("""
        CREATE TABLE collections (collection_id TEXT PRIMARY KEY, name TEXT, kind TEXT, user_id TEXT,
            created REAL, ready REAL, row TEXT, geometry TEXT);
        CREATE TABLE plots (collection_id TEXT, seq INTEGER, feature TEXT, PRIMARY KEY (collection_id, seq));
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
""")
    sys.path.insert(0, str(ensure_pkgpath()))
    from epoch_eudr.sandbox.catalogue import CATALOGUE_VERSION

    conn.execute("INSERT INTO meta VALUES ('catalogue_version', ?)", (CATALOGUE_VERSION,))  # no demo rows added
    rng = random.Random(15)
    producers = max(1, count // 2)
    rows = []
    for i in range(count):
        row = _assessment(rng, i, producers)
        if i == 0:
            row.update(collection_id=PLOTS_CID, company_name="Bench Drill-down Coop")
        rows.append((row["collection_id"], row["collection_name"], "bench", "bench", float(i), 0.0,
                     json.dumps(row, separators=(",", ":")), None))
        if len(rows) == 20000:
            conn.executemany("INSERT INTO collections VALUES (?,?,?,?,?,?,?,?)", rows)
            rows = []
    conn.executemany("INSERT INTO collections VALUES (?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    partial.replace(path)
    return path


# -- the QGIS side (run with --worker, in its own process) ---------------------------------------
def _timed(view, model, action, done) -> Dict[str, float]:
    """Run ``action``, spin until ``done()``, paint: wall time and longest stall (ms)."""
    from qgis.core import QgsApplication

    beat = _HEART[0]
    QgsApplication.processEvents()
    beat.reset()
    start = time.perf_counter()
    action()
    _spin(done)
    _painted(view)
    seconds = time.perf_counter() - start
    QgsApplication.processEvents()
    return {"ms": seconds * 1000, "stall_ms": beat.stall_ms()}


_HEART: List[Any] = []


def _rss_mb() -> Tuple[float, float]:
    """(current, peak) resident set size of this process, MB."""
    import resource

    current = 0.0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(url: str, workdir: str, producers: int, plots: int, shot: str) -> int:
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], True)
    app.initQgis()
    from epoch_eudr.connection.session import Session
    from epoch_eudr.connection.settings import ConnectionSettings
    from epoch_eudr.core.api.auth import PasswordCredentials
    from epoch_eudr.core.api.client import EpochClient
    from epoch_eudr.layers.operations.epoch_api import assessments_to_gpkg, drilldown_to_gpkg
    from epoch_eudr.layers.operations.task import OperationTask
    from epoch_eudr.sandbox.tokens import DEMO_EMAIL, DEMO_PASSWORD
    from epoch_eudr.ui import wdg_assessments, wdg_screening
    from epoch_eudr.ui.wdg_dock import EudrDockWidget

    out: Dict[str, Any] = {"producers": producers}
    work = Path(workdir)
    client = EpochClient(url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    beat = Heartbeat()
    _HEART.append(beat)

    # 0. the floor: the same stream fetched by curl and written by ogr2ogr (no QGIS, no Python)
    out["curl_ogr2ogr_s"] = curl_ogr2ogr(client, url, work)

    # 1. the layer-ingest time alone: the same task, no table
    messages: List[str] = []
    task = OperationTask("Bench ingest", lambda progress, cancel: assessments_to_gpkg(
        client, work / "ingest.gpkg", progress=progress, cancel=cancel), notify=lambda lv, t: messages.append(t),
        add_to_project=False)
    finished: List[bool] = []
    task.taskCompleted.connect(lambda: finished.append(True))
    task.taskTerminated.connect(lambda: finished.append(False))
    beat.reset()
    start = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    _spin(lambda: finished)
    out["ingest_s"] = time.perf_counter() - start
    out["ingest_stall_ms"] = beat.stall_ms()
    out["ingest_message"] = messages[-1] if messages else ""
    out["rss_after_ingest"] = _rss_mb()
    del task

    # 2. the Assessments tab of the dock: click to first rows, to usable
    wdg_assessments.default_results_path = wdg_screening.default_results_path = lambda: work / "results.gpkg"
    session = Session(ConnectionSettings())
    session.client = lambda: client  # logged in (the login itself is not measured)
    dock = EudrDockWidget(None, session=session)
    dock.resize(520, 960)  # about a dock's width
    dock.tabs.setCurrentIndex(3)
    dock.show()
    tab = dock.assessments
    QgsApplication.processEvents()
    beat.reset()
    start = time.perf_counter()
    first_rows: List[float] = []
    profile = None
    if os.environ.get("EPOCH_BENCH_PROFILE"):
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    loaded_at: List[float] = []
    real_loaded = tab._loaded

    def loaded(outcome, layers) -> None:  # the task is done: the layer is written and opened
        loaded_at.append(time.perf_counter() - start)
        real_loaded(outcome, layers)

    tab._loaded = loaded
    tab.load()
    _spin(lambda: tab.model.rowCount() > 0)
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    _painted(tab.table)
    first_rows.append(time.perf_counter() - start)
    out["first_rows_s"] = first_rows[0]
    out["layer_loaded_s"] = loaded_at[0] if loaded_at else float("nan")
    out["stall_to_first_rows_ms"] = beat.stall_ms()
    _spin(lambda: tab.ready())
    _painted(tab.table)
    out["usable_s"] = time.perf_counter() - start
    out["stall_to_usable_ms"] = beat.stall_ms()
    out["rss_after_table"] = _rss_mb()
    out["rows"] = tab.model.rowCount()
    out["cards_total"] = tab.cards.values["total"].text()
    out["commodities"] = tab.commodity_filter.count() - 1
    out["countries"] = tab.country_filter.count() - 1

    # 2b. a second load into the same file while the table shows the first: the main thread never waits for it
    out["reload"] = reload_while_shown(tab, beat, start_clock=time.perf_counter)
    out["snapshot_growth_mb"] = out["reload"].pop("growth_mb")

    # 3. filter, search, sort at N
    model, table = tab.model, tab.table
    out["filter"] = _timed(table, model, lambda: tab.status_filter.setCurrentIndex(
        tab.status_filter.findData("High Risk")), lambda: not model.pending())
    out["filter_rows"] = model.rowCount()
    out["filter_country"] = _timed(table, model, lambda: tab.country_filter.setCurrentIndex(2),
                                   lambda: not model.pending())
    out["filter_country_rows"] = model.rowCount()
    tab.country_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(0)
    _spin(lambda: not model.pending())
    wanted = f"Producer {min(1234, producers // 2 - 1):06d}"
    out["search"] = _timed(table, model, lambda: tab.search.setText(wanted), lambda: not model.pending())
    out["search_rows"] = model.rowCount()
    tab.search.setText("")
    _spin(lambda: not model.pending())
    producer_column = next(i for i, (key, _h) in enumerate(model.columns) if key == "company_name")
    out["sort"] = _timed(table, model, lambda: table.sortByColumn(producer_column, 0), lambda: not model.pending())
    out["sort_status"] = _timed(table, model, lambda: table.sortByColumn(
        next(i for i, (key, _h) in enumerate(model.columns) if key == "status"), 1), lambda: not model.pending())
    out["scroll_end"] = _timed(table, model, table.scrollToBottom, lambda: True)

    # 4. grouped by producer
    tree = tab.tree
    out["grouped"] = _timed(tree, tab.groups, lambda: tab.view.setCurrentIndex(1), lambda: not tab.groups.pending())
    out["groups"] = len(tab.groups.groups)
    first = tab.groups.index(0, 0)
    out["group_open"] = _timed(tree, tab.groups, lambda: tree.expand(first), lambda: True)
    out["group_children"] = tab.groups.rowCount(first)
    out["rss_after_groups"] = _rss_mb()
    tab.view.setCurrentIndex(0)
    QgsApplication.processEvents()
    if shot:
        table.scrollToTop()
        table.selectRow(0)
        _spin(lambda: not model.pending())
        QgsApplication.processEvents()
        dock.grab().save(shot)
        out["shot"] = shot

    # 5. the Screening tab's table over N screened plots (the result layer as the tab gets it)
    dock.tabs.setCurrentIndex(1)
    out["screening"] = screening_table(dock.screening, work, producers)
    dock.tabs.setCurrentIndex(3)

    out["rss_after_screening"] = _rss_mb()

    # 6. 1,000,000 drill-down plots: the layer loads, the plots table pages
    if plots:
        # the dock's own Drill down: every plot (the API allows 1,000,000 a collection), the outline and the
        # facility, added to the project in a group when the task finishes
        task = OperationTask("Bench plots", lambda progress, cancel: drilldown_to_gpkg(
            client, PLOTS_CID, work / "results.gpkg", progress=progress, cancel=cancel),
            notify=lambda lv, t: messages.append(t), group="Drill-down: bench")
        done: List[Any] = []
        task.on_done = lambda outcome, layers: done.append([layer for output, layer in zip(outcome.outputs(), layers)
                                                            if output.kind == "plots"])
        task.taskCompleted.connect(lambda: out.setdefault("plots_completed_at", time.perf_counter() - start))
        task.progressChanged.connect(lambda value: out.setdefault("plots_99_at", time.perf_counter() - start)
                                     if value >= 95 else None)
        task.taskTerminated.connect(lambda: done.append(None))
        beat.reset()
        beat.arm(True, "plots load")
        out["plots_load_wall"] = time.time()  # to compare with another process's heartbeat (is the VM stalling?)
        start = time.perf_counter()
        QgsApplication.taskManager().addTask(task)
        _spin(lambda: done)
        beat.arm(False)
        out["plots_load_collections"] = list(beat.collections)
        layers = done[0] or []
        out["plots_message"] = messages[-1] if messages else ""
        out["plots_load_s"] = time.perf_counter() - start
        out["plots_load_stall_ms"] = beat.stall_ms()
        out["plots_load_stall_at_s"] = beat.worst_at
        out["plots_load_gaps"] = list(beat.gaps)
        out["rss_after_plots_load"] = _rss_mb()
        if layers:
            view = tab.plots_table
            out["plots_shown"] = _timed(view, tab.plots_model, lambda: tab.show_plots(layers[0]),
                                        lambda: tab.plots_model.rowCount() > 0 and not tab.plots_model.pending())
            out["plots_rows"] = tab.plots_model.rowCount()
            out["plots_page_end"] = _timed(view, tab.plots_model, view.scrollToBottom, lambda: True)
            status = next(i for i, (key, _h) in enumerate(tab.plots_model.columns) if key == "status")
            out["plots_sort"] = _timed(view, tab.plots_model, lambda: view.sortByColumn(status, 1),
                                       lambda: not tab.plots_model.pending())
            out["plots_page_end_sorted"] = _timed(view, tab.plots_model, view.scrollToBottom, lambda: True)
            out["rss_after_plots_table"] = _rss_mb()
    import resource

    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out), flush=True)
    dock.shutdown()
    dock.deleteLater()
    QgsProject.instance().clear()
    QgsApplication.processEvents()
    app.exitQgis()
    return 0


def screening_table(tab, work: Path, count: int) -> Dict[str, Any]:
    """The Screening tab showing a result layer of ``count`` screened plots (written as the task writes it)."""
    from epoch_eudr.layers.writer.gpkg_writer import write_layer
    from epoch_eudr.layers.writer.results import open_result_layer

    rng = random.Random(7)

    def features():
        for i in range(count):
            lon, lat = -85.9 + rng.uniform(0, 3), 12.0 + rng.uniform(0, 2)
            loss = rng.choice((0.0, 0.0, 0.2, 0.9))
            yield {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[
                [lon, lat], [lon + 0.001, lat], [lon + 0.001, lat + 0.001], [lon, lat + 0.001], [lon, lat]]]},
                "properties": {"status": "Non-Compliant" if loss > 0.5 else "Compliant", "area_ha": 1.2,
                               "deforestation_area_ha": loss, "country": "Nicaragua", "admin1": "Leon",
                               "epoch_source_fid": i + 1}}

    gpkg = work / "screening.gpkg"
    start = time.perf_counter()
    written = write_layer(features(), "screened_plots", gpkg, "screened")
    layer = open_result_layer(gpkg, "screened", "screened_plots", "Screening bench")
    result: Dict[str, Any] = {"written": written.count, "write_s": time.perf_counter() - start}
    result["shown"] = _timed(tab.table, tab.model, lambda: tab.show_result(layer, {"Compliant": 0}, "plot"),
                             lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    result["rows"] = tab.model.rowCount()
    status = next(i for i, (key, _h) in enumerate(tab.model.columns) if key == "status")
    result["sort"] = _timed(tab.table, tab.model, lambda: tab.table.sortByColumn(status, 0),  # default: descending
                            lambda: not tab.model.pending())
    result["map_selection"] = _timed(tab.table, tab.model, lambda: layer.selectByIds(list(range(1, 2001))),
                                     lambda: True)
    result["selected_rows"] = len(tab.table.selectionModel().selectedRows())
    return result


# -- the driver ----------------------------------------------------------------------------------
def run_worker(url: str, workdir: Path, args) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ensure_pkgpath()), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM",
                                                                                            "offscreen"))
    command = [sys.executable, __file__, "--worker", url, str(workdir), str(args.producers), str(args.plots),
               args.shot or ""]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"the QGIS run failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return json.loads(lines[-1])


def _op(name: str, item: Dict[str, float], bar: Optional[float] = OP_BAR_MS) -> bool:
    ok = bar is None or item["ms"] < bar
    bars = f" (bar {bar:.0f} ms)" if bar else ""
    print(f"  {name:<34}: {item['ms']:8.0f} ms{bars}; longest stall {item['stall_ms']:5.0f} ms")
    return ok and item["stall_ms"] <= STALL_BAR_MS


def report(r: dict, args) -> bool:
    n = r["producers"]
    ok = True
    print(f"producers: {n:,}  (rows in the table: {r['rows']:,}; cards total {r['cards_total']}; "
          f"{r['commodities']} commodities, {r['countries']} countries in the filter lists)")
    print(f"  layer ingest alone (no table)     : {r['ingest_s']:8.2f} s   (stall {r['ingest_stall_ms']:.0f} ms)")
    print(f"  click -> first rows shown         : {r['first_rows_s']:8.2f} s")
    print(f"  longest stall, click -> first rows: {r['stall_to_first_rows_ms']:8.0f} ms (bar {STALL_BAR_MS:.0f} ms)")
    print(f"  click -> layer loaded (same click): {r['layer_loaded_s']:8.2f} s")
    floor = r["curl_ogr2ogr_s"]
    print(f"  curl then ogr2ogr, the same stream  : {floor:8.2f} s")
    ratio = r["usable_s"] / r["layer_loaded_s"]
    print(f"  click -> table usable             : {r['usable_s']:8.2f} s   = {ratio:.2f}x the layer load of the same "
          f"click (bar {USABLE_BAR}x), {r['usable_s'] / r['ingest_s']:.2f}x the ingest alone; "
          f"stall {r['stall_to_usable_ms']:.0f} ms")
    # the ratio bar is the for 100,000 producers; under 10,000 the whole load takes well under a second
    ok &= r["stall_to_first_rows_ms"] <= STALL_BAR_MS and (ratio <= USABLE_BAR or n < 10_000) and r["rows"] == n
    vs_floor = r["usable_s"] / floor
    print(f"  click -> table usable / curl+ogr2ogr: {vs_floor:6.2f}x (bar {FLOOR_BAR}x)")
    ok &= vs_floor <= FLOOR_BAR or n < 10_000
    ok &= r["stall_to_usable_ms"] <= STALL_BAR_MS
    ok &= _op("second load, table shown, scrolled", r["reload"], None)
    if r["reload"]["gaps"]:
        gaps = ", ".join(f"{at:.1f}: {ms:.0f}" for at, ms in r["reload"]["gaps"])
        print(f"    (gaps over 40 ms, at s: ms: {gaps})")
    print(f"  the second load's growth of the GeoPackage: {r['snapshot_growth_mb']:.2f} MB")
    ok &= _op(f"filter status ({r['filter_rows']:,} rows)", r["filter"])
    ok &= _op(f"filter country ({r['filter_country_rows']:,} rows)", r["filter_country"])
    ok &= _op(f"search ({r['search_rows']:,} rows)", r["search"])
    ok &= _op("sort by producer", r["sort"])
    ok &= _op("sort by status (risk)", r["sort_status"])
    ok &= _op("scroll to the last row", r["scroll_end"])
    ok &= _op(f"grouped view ({r['groups']:,} groups)", r["grouped"], None)
    ok &= _op(f"open a group ({r['group_children']} rows)", r["group_open"], None)
    s = r["screening"]
    print(f"screening table over {s['rows']:,} screened plots:")
    ok &= _op("result shown", s["shown"], None)
    ok &= _op("sort by status", s["sort"])
    ok &= _op(f"2,000 selected on the map ({s['selected_rows']} rows)", s["map_selection"])
    if args.plots and "plots_shown" not in r:
        print(f"drill-down plots: not shown ({r.get('plots_message', '')})")
        ok = False
    elif args.plots:
        print(f"drill-down plots: {r.get('plots_rows', 0):,}")
        print(f"  plots layer loaded                : {r['plots_load_s']:8.2f} s   "
              f"(stall {r['plots_load_stall_ms']:.0f} ms)")
        nan = float("nan")
        print(f"    (started at {r.get('plots_load_wall', nan):.2f} s since the epoch; longest stall at "
              f"{r['plots_load_stall_at_s']:.1f} s; progress 95% at "
              f"{r.get('plots_99_at', nan):.1f} s, task done at {r.get('plots_completed_at', nan):.1f} s)")
        gaps = r.get("plots_load_gaps") or []
        if gaps:
            print(f"    (gaps over {Heartbeat.GAP_MS:.0f} ms, at s: ms: "
                  + ", ".join(f"{at:.1f}: {ms:.0f}" for at, ms in gaps[:30]) + ")")
        collections = r.get("plots_load_collections") or []
        if collections:
            print("    (garbage collections over 10 ms, at s: generation, ms, thread: "
                  + ", ".join(f"{at:.1f}: {gen}, {ms:.0f}, {name}" for at, gen, ms, name in collections[:20]) + ")")
        ok &= r["plots_load_stall_ms"] <= STALL_BAR_MS
        ok &= _op("plots table shown", r["plots_shown"], None)
        ok &= _op("page to the last plot", r["plots_page_end"], None)
        ok &= _op("sort 1M plots by status", r["plots_sort"], None)
        ok &= _op("page to the last plot, sorted", r["plots_page_end_sorted"], None)
        ok &= r.get("plots_rows") == args.plots
    steps = [(k[len("rss_after_"):], v) for k, v in r.items() if k.startswith("rss_after_")]
    print("  RSS (current/peak MB) after " + ", ".join(f"{name} {now:.0f}/{peak:.0f}" for name, (now, peak) in steps))
    # the RSS bar is the issue's for the producers' tables; the 1,000,000-plot drill-down has the stall bar only
    producers_peak = max([peak for name, (_now, peak) in steps if not name.startswith("plots")] or [r["rss_mb"]])
    print(f"peak RSS, producers' tables         : {producers_peak:8.0f} MB (bar {RSS_BAR_MB:.0f} MB)")
    print(f"peak RSS, whole run                 : {r['rss_mb']:8.0f} MB")
    ok &= producers_peak < RSS_BAR_MB
    if r.get("shot"):
        print(f"screenshot: {r['shot']}")
    return bool(ok)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        import faulthandler

        faulthandler.enable()
        url, workdir, producers, plots, shot = sys.argv[2:7]
        return worker(url, workdir, int(producers), int(plots), shot)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--producers", type=int, default=100_000)
    parser.add_argument("--plots", type=int, default=0, help="drill-down plots of one collection (0: skip)")
    parser.add_argument("--shot", default="", help="save a PNG of the Assessments tab here")
    args = parser.parse_args()
    print(f"fixture: {args.producers:,} producer assessments ...", flush=True)
    db = assessments_db(args.producers)
    fixtures = {PLOTS_CID: fixture(args.plots)} if args.plots else {}
    workdir = Path(tempfile.mkdtemp(prefix="epoch-dock-", dir=REPO / ".build"))
    shutil.copy(db, workdir / "sandbox.sqlite")
    if args.plots:  # the drilled-down producer says how many plots it has (the drill-down's progress reads it)
        conn = sqlite3.connect(str(workdir / "sandbox.sqlite"))
        (text,) = conn.execute("SELECT row FROM collections WHERE collection_id = ?", (PLOTS_CID,)).fetchone()
        conn.execute("UPDATE collections SET row = ? WHERE collection_id = ?",
                     (json.dumps(dict(json.loads(text), plot_count=args.plots), separators=(",", ":")), PLOTS_CID))
        conn.commit()
        conn.close()
    proc, url = start_sandbox(fixtures, workdir / "sandbox.sqlite")
    try:
        result = run_worker(url, workdir, args)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)
    ok = report(result, args)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
