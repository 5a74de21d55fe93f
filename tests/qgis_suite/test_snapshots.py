"""Snapshots kept across loads, and every kind of change between two sandbox states (issue 17 item 2)."""

import json
import sqlite3
import time

import pytest
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.core.risk import compliance_status
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.changes import CHANGES_LAYER, changes_since
from epoch_eudr.layers.operations.changes_task import changes_task, changes_with_style
from epoch_eudr.layers.styles.changes import open_changes_layer
from epoch_eudr.layers.tables import snapshot_store as store
from epoch_eudr.layers.tables import snapshots as snaps
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

COFFEE = "Cooperativa Cafetalera La Esperanza"  # Compliant, Article 10 Low
SOY = "Fazenda Santa Clara"  # Compliant, Article 10 Low
PALM = ("PT Sawit Lestari Makmur", "palm")  # High Risk
CATTLE = "Agropecuária Boa Vista"  # High Risk, many NC plots
TIMBER = "Suriname Timber Holdings"
GONE = "Thai Rubber Latex Co."


def _value(value):
    """A QGIS 3 NULL as None (QGIS 4 gives None already)."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def _rows(server):
    with sqlite3.connect(str(server.store.path)) as conn:
        return {cid: json.loads(text) for cid, text in conn.execute("SELECT collection_id, row FROM collections")}


def _find(server, company, commodity=None):
    for cid, row in _rows(server).items():
        if row.get("company_name") == company and (commodity is None or row.get("commodity") == commodity):
            return cid, row
    raise AssertionError(company)


def _update(server, company, commodity=None, **values):
    cid, row = _find(server, company, commodity)
    row.update(values)
    with sqlite3.connect(str(server.store.path)) as conn:
        conn.execute("UPDATE collections SET row = ? WHERE collection_id = ?", (json.dumps(row), cid))
    return cid, row


def test_each_load_keeps_a_snapshot_and_the_layer_stays_the_latest(qgis_app, own_client, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    first = ops.assessments_to_gpkg(own_client, gpkg)
    second = ops.assessments_to_gpkg(own_client, gpkg, filters={"commodity": "palm"}, monitoring_start="2020-12-31")
    infos = snaps.list_snapshots(gpkg)
    assert len(infos) == 2 and infos[0].taken_at >= infos[1].taken_at
    assert [i.rows for i in infos] == [second.layer.count, first.layer.count]
    assert infos[0].filters == {"commodity": "palm"} and infos[0].monitoring_start == "2020-12-31"
    assert infos[1].filters == {} and infos[1].monitoring_start is None
    assert infos[0].snapshot_id != infos[1].snapshot_id  # two loads in the same second get two ids
    assert "commodity=palm" in infos[0].label() and infos[0].label().startswith(infos[0].time_text)
    layer = QgsVectorLayer(f"{gpkg}|layername=assessments", "a", "ogr")
    assert layer.featureCount() == second.layer.count  # the layer is the latest load, not overwritten history
    table = QgsVectorLayer(f"{gpkg}|layername={store.ROWS_TABLE}", "s", "ogr")
    assert table.featureCount() == first.layer.count + second.layer.count
    kept = list(snaps.read_snapshot(gpkg, infos[1].snapshot_id))
    assert len(kept) == first.layer.count and all(p.key for p in kept)
    assert sum(p.geometry is not None for p in kept) >= first.layer.count - 2  # producers without a location
    # The GeoPackage stays tidy: three more tables (and the styles, stored with the layer), however many loads.
    ops.assessments_to_gpkg(own_client, gpkg)
    names = {row[0] for row in sqlite3.connect(str(gpkg)).execute("SELECT table_name FROM gpkg_contents")}
    assert names == {"assessments", "layer_styles", store.PRODUCERS_TABLE, store.ROWS_TABLE, snaps.RUNS_TABLE}
    assert len(snaps.list_snapshots(gpkg)) == 3
    assert snaps.keep_only_latest(gpkg, 2) == first.layer.count and len(snaps.list_snapshots(gpkg)) == 2


def test_a_load_without_snapshot_keeps_none(qgis_app, own_client, tmp_path):
    ops.assessments_to_gpkg(own_client, tmp_path / "r.gpkg", snapshot=False)
    assert snaps.list_snapshots(tmp_path / "r.gpkg") == []
    with pytest.raises(ConfigurationError, match="No snapshot in"):
        snaps.resolve_snapshot(tmp_path / "r.gpkg")


def test_every_kind_of_change_between_two_sandbox_states(qgis_app, own_server, own_client, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg)
    palm_cid, palm = _find(own_server, *PALM)
    cattle_cid, cattle = _find(own_server, CATTLE)
    timber_cid, timber = _find(own_server, TIMBER)
    assert compliance_status(palm).label == "High Risk" and compliance_status(timber).label == "Medium Risk"
    # The second state: one worse, one better, NC plots up, NC % down, Article 10 Low -> High, one new, one gone.
    _update(own_server, COFFEE, noncompliance_area_perc=0.2, noncompliance_plot_count=7)
    _update(own_server, *PALM, noncompliance_area_perc=0.0, noncompliance_plot_count=0, noncompliance_area_ha=0.0)
    _update(own_server, CATTLE, noncompliance_plot_count=cattle["noncompliance_plot_count"] + 10)
    _update(own_server, TIMBER, noncompliance_area_perc=timber["noncompliance_area_perc"] / 2)
    _update(own_server, SOY, legality_risk="High")
    gone_cid, _ = _find(own_server, GONE)
    with sqlite3.connect(str(own_server.store.path)) as conn:
        conn.execute("DELETE FROM collections WHERE collection_id = ?", (gone_cid,))
    square = [[[-85.9, 12.1], [-85.89, 12.1], [-85.89, 12.11], [-85.9, 12.11], [-85.9, 12.1]]]
    feature = {"type": "Feature", "properties": {"ProducerName": "Finca Nueva"},
               "geometry": {"type": "Polygon", "coordinates": square}}
    plots = {"type": "FeatureCollection", "features": [feature]}
    new_cid = own_client.batch_process(plots, f"coffee_new_{time.time_ns()}", "coffee").collection_id
    time.sleep(0.05)
    ops.assessments_to_gpkg(own_client, gpkg)

    outcome = changes_with_style(gpkg)  # "previous": the load before the latest
    assert outcome.snapshot is not None and outcome.since == outcome.snapshot.time_text
    layer = open_changes_layer(outcome.gpkg, outcome.layer_name)
    rows = {f["collection_id"]: {n: _value(f[n]) for n in f.fields().names()} for f in layer.getFeatures()}
    coffee_cid = _find(own_server, COFFEE)[0]
    soy_cid = _find(own_server, SOY)[0]
    assert rows[coffee_cid]["change"] == "worse"
    assert (rows[coffee_cid]["status_before"], rows[coffee_cid]["status_after"]) == ("Compliant", "High Risk")
    assert rows[coffee_cid]["nc_plots_change"] == "up"
    assert rows[palm_cid]["change"] == "better" and rows[palm_cid]["status_after"] == "Compliant"
    assert rows[palm_cid]["nc_plots_change"] == "down" and rows[palm_cid]["nc_percent_change"] == "down"
    assert rows[cattle_cid]["change"] == "changed" and rows[cattle_cid]["nc_plots_change"] == "up"
    assert rows[cattle_cid]["nc_plots_after"] - rows[cattle_cid]["nc_plots_before"] == 10
    assert rows[timber_cid]["change"] == "changed" and rows[timber_cid]["nc_percent_change"] == "down"
    assert rows[timber_cid]["nc_percent_after"] == pytest.approx(rows[timber_cid]["nc_percent_before"] / 2)
    assert rows[soy_cid]["change"] == "changed" and rows[soy_cid]["article10_change"] == "up"
    assert (rows[soy_cid]["article10_before"], rows[soy_cid]["article10_after"]) == ("Low", "High")
    assert rows[new_cid]["change"] == "new" and rows[new_cid]["status_before"] is None
    assert rows[gone_cid]["change"] == "gone" and rows[gone_cid]["status_after"] is None
    assert rows[gone_cid]["company_name"] == GONE and rows[gone_cid]["status_before"] == "Compliant"
    assert len(rows) == 7  # the unchanged ones are left out
    assert all(not f.geometry().isNull() for f in layer.getFeatures() if f["collection_id"] != new_cid)
    tally = outcome.tally
    assert (tally.counts["worse"], tally.counts["better"], tally.counts["new"], tally.counts["gone"]) == (1, 1, 1, 1)
    assert tally.article10_changed == 1 and tally.nc_plots_up == 2
    assert outcome.headline() == f"1 producer worse since {outcome.snapshot.day}"
    assert outcome.summary().startswith(f"7 producers changed since {outcome.snapshot.day}: 1 worse, 1 better, "
                                        "1 new, 1 gone")
    # Styled: worse red, better green, new and gone their own; the style is the file's default.
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "change"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours["worse"] == "#dc2626" and colours["better"] == "#16a34a"
    assert len({colours["new"], colours["gone"], colours["worse"], colours["better"]}) == 4
    reopened = QgsVectorLayer(f"{gpkg}|layername={CHANGES_LAYER}", "again", "ogr")
    assert isinstance(reopened.renderer(), QgsCategorizedSymbolRenderer)
    assert reopened.fields().field("status_before").alias() == "Status before"


def test_snapshots_are_named_many_ways(qgis_app, own_client, tmp_path):
    gpkg = tmp_path / "r.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg)
    with pytest.raises(ConfigurationError, match="Only one load of 'assessments'"):
        snaps.resolve_snapshot(gpkg)
    ops.assessments_to_gpkg(own_client, gpkg)
    newest, oldest = snaps.list_snapshots(gpkg)
    assert snaps.resolve_snapshot(gpkg, "previous") == oldest
    assert snaps.resolve_snapshot(gpkg, "latest") == newest and snaps.resolve_snapshot(gpkg, "oldest") == oldest
    assert snaps.resolve_snapshot(gpkg, oldest.snapshot_id) == oldest
    assert snaps.resolve_snapshot(gpkg, f"assessments_snapshot_{oldest.snapshot_id}") == oldest
    assert snaps.resolve_snapshot(gpkg, newest.day) == newest  # the last one taken that day
    assert snaps.resolve_snapshot(gpkg, "previous", current_layer="elsewhere") == newest
    with pytest.raises(ConfigurationError, match="No snapshot taken on or before 2001-01-01"):
        snaps.resolve_snapshot(gpkg, "2001-01-01")
    with pytest.raises(ConfigurationError, match=f"one of: {newest.snapshot_id}, {oldest.snapshot_id}"):
        snaps.resolve_snapshot(gpkg, "last tuesday")


def test_a_second_comparison_replaces_the_changes_layer_in_the_project(qgis_app, own_client, tmp_path):
    gpkg = tmp_path / "r.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg)
    ops.assessments_to_gpkg(own_client, gpkg)
    shown = []
    for include in (False, True):
        task = changes_task(gpkg, include_unchanged=include, on_done=lambda outcome, layer: shown.append((outcome,
                                                                                                        layer)))
        assert task.run(), task.error
        task.finished(True)
    (first, layer1), (second, layer2) = shown
    assert first.count == 0 and first.headline().startswith("No producer worse since")
    assert layer1 is layer2 and layer2.featureCount() == second.count == second.tally.compared > 0
    assert len([lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source() == layer2.source()]) == 1
    assert isinstance(layer2.renderer(), QgsCategorizedSymbolRenderer)
    QgsProject.instance().removeAllMapLayers()


def test_different_filters_are_said(qgis_app, own_client, tmp_path):
    gpkg = tmp_path / "r.gpkg"
    ops.assessments_to_gpkg(own_client, gpkg)
    ops.assessments_to_gpkg(own_client, gpkg, filters={"commodity": "palm"})
    outcome = changes_since(gpkg)
    assert outcome.tally.counts["gone"] > 0
    assert "filtered differently" in outcome.summary() and "commodity=palm" in outcome.summary()


def test_drill_down_in_a_monitoring_window(qgis_app, own_server, own_client, tmp_path):
    cid, _ = _find(own_server, *PALM)
    everything = ops.drilldown_to_gpkg(own_client, cid, tmp_path / "d.gpkg")
    assert everything.counts.get("Non-Compliant", 0) > 0
    late = ops.drilldown_to_gpkg(own_client, cid, tmp_path / "d.gpkg", monitoring_start="2026-01-01")
    assert set(late.counts) == {"Compliant"} and sum(late.counts.values()) == sum(everything.counts.values())
    hits = dict(own_server.hits)
    with pytest.raises(ConfigurationError, match="monitoring_end: '2026-02-30'"):
        ops.drilldown_to_gpkg(own_client, cid, tmp_path / "d.gpkg", monitoring_end="2026-02-30")
    assert own_server.hits == hits  # refused before any request


def _big_results(gpkg, n):
    """A results GeoPackage holding ``n`` producers in ``assessments`` (made by SQL: seconds, not minutes)."""
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
    # A point blob per row: GeoPackage header (little-endian, SRS 4326) + WKB point.
    dataset.ExecuteSQL(
        f"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {n - 1}) "
        "INSERT INTO assessments (geom, collection_id, company_name, commodity, country, status, risk_rank, "
        "noncompliance_plot_count, nc_percent, legality_risk, maptip_html) "
        "SELECT AsGPB(MakePoint(-8.0 + (i % 1000) / 100.0, 4.0 + (i / 1000) / 100.0, 4326)), "
        "printf('0x%040x', i), 'Producer ' || i, 'cocoa', 'Ghana', "
        "CASE i % 4 WHEN 0 THEN 'Compliant' WHEN 1 THEN 'Not Assessable' WHEN 2 THEN 'Medium Risk' "
        "ELSE 'High Risk' END, i % 4, i % 7, (i % 13) / 3.0, 'Low', '<b>tip</b>' FROM n")
    dataset = None


def test_100000_producers_compared_in_a_task_without_stalling_the_map(qgis_app, tmp_path):
    from osgeo import gdal
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer, QTimer

    n = 100_000
    gpkg = tmp_path / "big.gpkg"
    _big_results(gpkg, n)
    snaps.keep_snapshot(gpkg)
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("UPDATE assessments SET risk_rank = 3, status = 'High Risk' WHERE fid % 50 = 1")
    dataset.ExecuteSQL("UPDATE assessments SET legality_risk = 'High' WHERE fid % 100 = 2")
    dataset.ExecuteSQL("DELETE FROM assessments WHERE fid % 97 = 0")
    dataset = None
    snaps.keep_snapshot(gpkg)
    assert [i.rows for i in snaps.list_snapshots(gpkg)] == [n - n // 97, n]

    done, gaps = [], []
    clock, beat = QElapsedTimer(), QElapsedTimer()
    task = changes_task(gpkg, add_to_project=False, on_done=lambda outcome, layer: done.append(outcome))
    timer = QTimer()
    timer.setInterval(10)

    def heartbeat():
        gaps.append(beat.restart())

    timer.timeout.connect(heartbeat)
    clock.start()
    beat.start()
    timer.start()
    QgsApplication.taskManager().addTask(task)
    while not done and clock.elapsed() < 60_000 and not task.error:
        QCoreApplication.processEvents()
    timer.stop()
    assert done, task.error or "no result within 60 s"
    outcome = done[0]
    worse = len([i for i in range(1, n + 1, 50) if (i - 1) % 4 != 3 and i % 97])
    assert outcome.tally.counts["worse"] == worse and outcome.tally.counts["gone"] == n // 97
    assert outcome.tally.article10_changed == len([i for i in range(2, n + 1, 100) if i % 97])
    assert clock.elapsed() < 30_000
    longest = max(gaps[1:] or [0])
    # a freeze (the work on the main thread) shows as seconds; the 100 ms target is the benchmark's
    # (tests/bench/dock.py), not a timed unit test that a busy machine would break
    assert longest < 1000, f"the main thread stalled {longest} ms"
