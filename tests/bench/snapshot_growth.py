"""Benchmark: how much one more load of the same assessments adds to the results GeoPackage.

    .venv/bin/python tests/bench/snapshot_growth.py [--producers 100000] [--loads 3]

Writes N producers as the ``assessments`` layer (SQL, seconds), keeps a snapshot of them ``--loads`` times
(as each load of the dock or of Processing does, :func:`..layers.snapshots.keep_snapshot`), and prints the
file's size after each, and how long each took. Bar: the second and later loads of the same 100,000
producers add <= 4 MB each. Then it says what the default retention implies (400 loads at that size).

Measured on the 2-core Debian 12 VM (QGIS 3.22, 2026-12-07), 100,000 producers, three loads:
before (full rows with a point and an indexed id text in ``assessment_snapshots``): +21.4 MB every load
(0.4-0.5 s); then: first load +25.8 MB (the producers' identities and points, kept once, and an index of
their four identity texts), each later load +2.35 MB (0.5-0.65 s): PASS. Now (2026-12-07, third session: the
producers found by a 12-character key, ``snapshot_store._key``): first load +19.35 MB (0.82 s), each later
load +2.35 MB (0.47-0.49 s). The default retention (400 loads, 366 days) then holds at most
400 x 2.35 MB + 19 MB = ~0.96 GB: a year of daily loads of 100,000 producers under 1.5 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixtures import REPO, ensure_pkgpath  # noqa: E402

GROWTH_BAR_MB = 4.0


def results_gpkg(gpkg: Path, n: int) -> None:
    """A results GeoPackage holding ``n`` producers in ``assessments`` (made by SQL: seconds, not minutes),
    with the columns the dock's load writes that a snapshot reads, and a map tip (which it does not)."""
    from osgeo import gdal, ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = dataset.CreateLayer("assessments", srs, ogr.wkbPoint, ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
    for name, kind in (("collection_id", ogr.OFTString), ("company_name", ogr.OFTString),
                       ("commodity", ogr.OFTString), ("country", ogr.OFTString), ("status", ogr.OFTString),
                       ("risk_rank", ogr.OFTInteger), ("noncompliance_plot_count", ogr.OFTInteger),
                       ("nc_percent", ogr.OFTReal), ("legality_risk", ogr.OFTString), ("maptip_html", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    dataset = layer = None
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL(
        f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {n - 1}) "
        "INSERT INTO assessments (geom, collection_id, company_name, commodity, country, status, risk_rank, "
        "noncompliance_plot_count, nc_percent, legality_risk, maptip_html) "
        "SELECT AsGPB(MakePoint(-8.0 + (i % 1000) / 100.0, 4.0 + (i / 1000) / 100.0, 4326)), "
        "printf('0x%040x', i), 'Producer ' || i, 'cocoa', 'Ghana', "
        "CASE i % 4 WHEN 0 THEN 'Compliant' WHEN 1 THEN 'Not Assessable' WHEN 2 THEN 'Medium Risk' "
        "ELSE 'High Risk' END, i % 4, i % 7, (i % 13) / 3.0, "
        "CASE i % 3 WHEN 0 THEN 'Low' WHEN 1 THEN 'Medium' ELSE 'High' END, '<b>tip</b>' FROM n")
    dataset = None


def growth(n: int, loads: int, workdir: Path) -> list:
    """[(MB added, seconds)] of ``loads`` snapshots of the same ``n`` producers."""
    from epoch_eudr.layers.tables.snapshot_store import Retention
    from epoch_eudr.layers.tables.snapshots import keep_snapshot

    gpkg = workdir / "results.gpkg"
    results_gpkg(gpkg, n)
    figures = []
    start_day = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for load in range(loads):
        size = gpkg.stat().st_size
        start = time.perf_counter()
        keep_snapshot(gpkg, taken_at=start_day + dt.timedelta(days=load), retention=Retention(0, 0))
        figures.append(((gpkg.stat().st_size - size) / 1e6, time.perf_counter() - start))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--producers", type=int, default=100_000)
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ensure_pkgpath()))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from epoch_eudr.layers.tables.snapshot_store import DEFAULT_KEEP_LOADS

    (REPO / ".build").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=REPO / ".build") as workdir:
        figures = growth(args.producers, args.loads, Path(workdir))
    for load, (mb, seconds) in enumerate(figures, 1):
        print(f"load {load}: +{mb:6.2f} MB in {seconds:5.2f} s")
    later = max(mb for mb, _s in figures[1:]) if len(figures) > 1 else float("nan")
    ok = later <= GROWTH_BAR_MB * args.producers / 100_000
    print(f"each later load of the same {args.producers:,} producers: <= {later:.2f} MB "
          f"(bar {GROWTH_BAR_MB * args.producers / 100_000:.2f} MB)")
    print(f"default retention ({DEFAULT_KEEP_LOADS} loads): about "
          f"{(DEFAULT_KEEP_LOADS * later + figures[0][0]) / 1000:.2f} GB at most")
    print("PASS" if ok else "FAIL")
    app.exitQgis()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
