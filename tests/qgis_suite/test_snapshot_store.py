"""Snapshots that keep what a comparison needs: the same comparisons as full rows, a small growth per load,
a retention that deletes the oldest loads, and the full-row snapshots of earlier versions still compared."""

import datetime as dt
import importlib.util
import json
import sqlite3
from pathlib import Path

from epoch_eudr.core.gpkg.sql import quote_identifier
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.changes import changes_since
from epoch_eudr.layers.tables import snapshot_store as store
from epoch_eudr.layers.tables import snapshots as snaps
from osgeo import gdal, ogr

KEEP_ALL = store.Retention(0, 0)
DAY = dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)


def _bench():
    path = Path(__file__).resolve().parents[1] / "bench" / "snapshot_growth.py"
    spec = importlib.util.spec_from_file_location("snapshot_growth", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the format of earlier versions: full rows with a point, found by the snapshot id ---------------------------
_FULL_COLUMNS = (
    ("collection_id", ogr.OFTString), ("company_name", ogr.OFTString), ("commodity", ogr.OFTString),
    ("country", ogr.OFTString), ("status", ogr.OFTString), ("risk_rank", ogr.OFTInteger),
    ("noncompliance_plot_count", ogr.OFTInteger64), ("nc_percent", ogr.OFTReal), ("legality_risk", ogr.OFTString))


def _keep_full_rows(gpkg, snapshot_id, taken_at, layer_name="assessments"):
    """A snapshot as earlier versions kept it (their tables and SQL): runs without a row range."""
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if dataset.GetLayerByName(snaps.SNAPSHOTS_TABLE) is None:
        layer = dataset.CreateLayer(snaps.SNAPSHOTS_TABLE, snaps.srs_4326(), ogr.wkbPoint,
                                    ["GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"])
        layer.CreateField(ogr.FieldDefn("snapshot", ogr.OFTString))
        for name, kind in _FULL_COLUMNS:
            layer.CreateField(ogr.FieldDefn(name, kind))
    if dataset.GetLayerByName(snaps.RUNS_TABLE) is None:
        runs = dataset.CreateLayer(snaps.RUNS_TABLE, geom_type=ogr.wkbNone)
        for name in ("snapshot", "taken_at", "layer_name", "rows", "filters", "monitoring_start", "monitoring_end"):
            runs.CreateField(ogr.FieldDefn(name, ogr.OFTInteger64 if name == "rows" else ogr.OFTString))
    names = ", ".join(name for name, _ in _FULL_COLUMNS)
    dataset.ExecuteSQL(f"INSERT INTO {snaps.SNAPSHOTS_TABLE} (geom, snapshot, {names}) "
                       f"SELECT geom, '{snapshot_id}', {names} FROM {quote_identifier(layer_name)} ORDER BY fid")
    count = dataset.GetLayerByName(layer_name).GetFeatureCount()
    runs = dataset.GetLayerByName(snaps.RUNS_TABLE)
    row = ogr.Feature(runs.GetLayerDefn())
    for name, value in (("snapshot", snapshot_id), ("taken_at", taken_at.strftime("%Y-%m-%dT%H:%M:%SZ")),
                        ("layer_name", layer_name), ("rows", count), ("filters", "{}")):
        row.SetField(name, value)
    runs.CreateFeature(row)
    dataset = None


def _changes(gpkg, layer):
    """The changes layer's rows (every field, the point as WKB), by producer."""
    with sqlite3.connect(str(gpkg)) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute(f"SELECT * FROM {quote_identifier(layer)}")]
    for row in rows:
        row.pop("fid")
        row["compared_with"] = "-"
        row["geom"] = bytes(row["geom"])[8:] if row["geom"] else None  # the point, whatever the SRS id's bytes
    return sorted(rows, key=lambda r: r["match_key"])


def _second_state(server):
    """The sandbox's producers changed: worse, better, NC plots up, Article 10 up, one gone."""
    with sqlite3.connect(str(server.store.path)) as conn:
        rows = {cid: json.loads(text) for cid, text in conn.execute("SELECT collection_id, row FROM collections")}
        changed = 0
        for cid, row in sorted(rows.items()):
            if "noncompliance_plot_count" not in row:
                continue
            if changed == 0:
                row.update(noncompliance_area_perc=0.2, noncompliance_plot_count=7)
            elif changed == 1:
                row.update(noncompliance_area_perc=0.0, noncompliance_plot_count=0, noncompliance_area_ha=0.0)
            elif changed == 2:
                row.update(legality_risk="High")
            elif changed == 3:
                conn.execute("DELETE FROM collections WHERE collection_id = ?", (cid,))
                changed += 1
                continue
            else:
                break
            conn.execute("UPDATE collections SET row = ? WHERE collection_id = ?", (json.dumps(row), cid))
            changed += 1


def test_the_same_changes_as_with_full_rows(qgis_app, own_server, own_client, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg, snapshot=False)
    snaps.keep_snapshot(gpkg, taken_at=DAY, retention=KEEP_ALL)
    _keep_full_rows(gpkg, "20260228T000000", DAY - dt.timedelta(days=1))  # the same load, kept as before
    _second_state(own_server)
    ops.assessments_to_gpkg(own_client, gpkg, snapshot=False)
    snaps.keep_snapshot(gpkg, taken_at=DAY + dt.timedelta(days=1), retention=KEEP_ALL)
    _newest, compact, full = snaps.list_snapshots(gpkg)
    assert compact.rows_range is not None and full.rows_range is None and compact.rows == full.rows
    assert [p.record() for p in snaps.read_snapshot(gpkg, compact.snapshot_id)] == \
        [p.record() for p in snaps.read_snapshot(gpkg, full.snapshot_id)]
    now = changes_since(gpkg, compact.snapshot_id, output_layer="changes_compact", include_unchanged=True)
    before = changes_since(gpkg, full.snapshot_id, output_layer="changes_full", include_unchanged=True)
    counts = now.tally.as_dict()
    assert {k: v for k, v in counts.items() if k != "since"} == \
        {k: v for k, v in before.tally.as_dict().items() if k != "since"}
    assert (counts["worse"], counts["better"], counts["gone"]) == (1, 1, 1) and counts["article10_up"] == 1
    assert _changes(gpkg, "changes_compact") == _changes(gpkg, "changes_full")


def test_a_second_load_of_the_same_producers_adds_little(qgis_app, tmp_path):
    """4 MB for 100,000 producers is 40 bytes each (tests/bench/snapshot_growth.py measures 100,000)."""
    n = 20_000
    figures = _bench().growth(n, 3, tmp_path)
    first, later = figures[0][0], max(mb for mb, _s in figures[1:])
    assert later * 1e6 / n <= 40, figures
    assert later < first / 4  # the producers' identities and points are kept once
    gpkg = tmp_path / "results.gpkg"
    with sqlite3.connect(str(gpkg)) as conn:
        assert conn.execute(f"SELECT COUNT(*) FROM {store.PRODUCERS_TABLE}").fetchone()[0] == n
        assert conn.execute(f"SELECT COUNT(*) FROM {store.ROWS_TABLE}").fetchone()[0] == 3 * n
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({store.ROWS_TABLE})")}
    assert columns == {"fid", "producer", "risk_rank", "status", "nc_plots", "nc_percent", "article10"}
    newest = snaps.list_snapshots(gpkg)[0]
    kept = list(snaps.read_snapshot(gpkg, newest.snapshot_id))
    assert len(kept) == n and kept[3].status == "High Risk" and kept[3].risk_rank == 3
    assert kept[1].legality == "Medium" and kept[1].geometry is not None and kept[1].company_name == "Producer 1"


def _loads(gpkg, days_ago, retention, now):
    for days in days_ago:
        snaps.keep_snapshot(gpkg, taken_at=now - dt.timedelta(days=days), retention=retention)


def test_retention_deletes_the_oldest_loads_and_keeps_the_latest(qgis_app, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    _bench().results_gpkg(gpkg, 50)
    now = dt.datetime.now(dt.timezone.utc)
    _loads(gpkg, (9, 8, 7, 6, 5), store.Retention(keep_loads=3, keep_days=0), now)
    kept = snaps.list_snapshots(gpkg)
    assert [info.taken_at.day for info in kept] == [(now - dt.timedelta(days=d)).day for d in (5, 6, 7)]
    with sqlite3.connect(str(gpkg)) as conn:
        assert conn.execute(f"SELECT COUNT(*) FROM {store.ROWS_TABLE}").fetchone()[0] == 3 * 50
    for info in kept:
        assert len(list(snaps.read_snapshot(gpkg, info.snapshot_id))) == 50
    # by age: the loads older than 4 days go, the two newest stay whatever their age
    snaps.keep_snapshot(gpkg, taken_at=now - dt.timedelta(days=1), retention=store.Retention(0, 4))
    assert [info.taken_at.day for info in snaps.list_snapshots(gpkg)] == [(now - dt.timedelta(days=d)).day
                                                                          for d in (1, 5)]
    older = tmp_path / "old.gpkg"
    _bench().results_gpkg(older, 10)
    _loads(older, (400, 300), store.Retention(0, 30), now)
    assert len(snaps.list_snapshots(older)) == 2  # nothing to compare with would be worse than a big file


def test_retention_is_a_setting(qgis_app):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(store.SETTINGS_PREFIX + key) for key in ("keep_loads", "keep_days")}
    try:
        for key in saved:
            settings.remove(store.SETTINGS_PREFIX + key)
        default = store.Retention.from_settings()
        assert (default.keep_loads, default.keep_days) == (store.DEFAULT_KEEP_LOADS, store.DEFAULT_KEEP_DAYS)
        store.Retention(30, 0).save()
        assert store.Retention.from_settings() == store.Retention(30, 0)
        settings.setValue(store.SETTINGS_PREFIX + "keep_days", "a week")
        assert store.Retention.from_settings().keep_days == store.DEFAULT_KEEP_DAYS
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(store.SETTINGS_PREFIX + key)
            else:
                settings.setValue(store.SETTINGS_PREFIX + key, value)


def test_a_file_of_an_earlier_version_is_still_compared(qgis_app, own_server, own_client, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg, snapshot=False)
    _keep_full_rows(gpkg, "20260228T000000", DAY)
    _second_state(own_server)
    ops.assessments_to_gpkg(own_client, gpkg)  # this version's load into that file
    newest, old = snaps.list_snapshots(gpkg)
    assert old.rows_range is None and newest.rows_range is not None
    outcome = changes_since(gpkg)  # previous: the earlier version's snapshot
    assert outcome.snapshot == old
    counts = outcome.tally.counts
    assert (counts["worse"], counts["better"], counts["gone"], counts["new"]) == (1, 1, 1, 0)
    gone = [row for row in _changes(gpkg, outcome.layer_name) if row["change"] == "gone"]
    assert gone[0]["company_name"] and gone[0]["geom"] is not None
    # the retention deletes its full rows like any other load
    assert snaps.delete_snapshots(gpkg, [old.snapshot_id]) == old.rows
    with sqlite3.connect(str(gpkg)) as conn:
        assert conn.execute(f"SELECT COUNT(*) FROM {snaps.SNAPSHOTS_TABLE}").fetchone()[0] == 0


def test_an_empty_load_is_an_empty_snapshot(qgis_app, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    _bench().results_gpkg(gpkg, 5)
    snaps.keep_snapshot(gpkg, taken_at=DAY, retention=KEEP_ALL)
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("DELETE FROM assessments")
    dataset = None
    empty = snaps.keep_snapshot(gpkg, taken_at=DAY + dt.timedelta(days=1), retention=KEEP_ALL)
    assert empty.rows == 0 and list(snaps.read_snapshot(gpkg, empty.snapshot_id)) == []
    assert changes_since(gpkg, write=False).tally.counts["gone"] == 5
    snaps.keep_snapshot(gpkg, taken_at=DAY + dt.timedelta(days=2), retention=KEEP_ALL)
    assert changes_since(gpkg, write=False).tally.counts["gone"] == 0


def test_producers_are_found_by_a_short_key(qgis_app, tmp_path):
    """A first snapshot keeps each producer once, found by a key of a few characters (the index of its four
    identity texts was 100 bytes a producer); a file of an earlier version loses that index at its next load,
    and the same producers are still found (no new identity rows)."""
    n = 5_000
    figures = _bench().growth(n, 1, tmp_path)
    assert figures[0][0] * 1e6 / n <= 200, figures  # identity texts, point, narrow row, key: ~170 bytes
    gpkg = tmp_path / "results.gpkg"
    old = quote_identifier("idx_" + store.PRODUCERS_TABLE + "_identity")
    with sqlite3.connect(str(gpkg)) as conn:
        conn.execute(f"CREATE INDEX {old} ON {store.PRODUCERS_TABLE} ({', '.join(store.IDENTITY)})")
    snaps.keep_snapshot(gpkg, retention=KEEP_ALL)
    with sqlite3.connect(str(gpkg)) as conn:
        indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                                  f"tbl_name = '{store.PRODUCERS_TABLE}'")}
        plan = " ".join(row[-1] for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT fid FROM {store.PRODUCERS_TABLE} AS p WHERE "
            f"{store._key('p.collection_id', 'p.company_name')} IS 'x'"))
        assert conn.execute(f"SELECT COUNT(*) FROM {store.PRODUCERS_TABLE}").fetchone()[0] == n
    key = "idx_" + store.PRODUCERS_TABLE + "_key"
    assert indexes == {key} and f"INDEX {key}" in plan, (indexes, plan)  # SQLite 3.46 says USING COVERING INDEX
