"""compare_assessments and the monitoring windows through processing.run and qgis_process (issue 17 items 2, 3)."""

import json
import sqlite3
from pathlib import Path

import pytest
from epoch_eudr.layers.tables.snapshots import list_snapshots
from epoch_eudr.sandbox import temporary_server
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsProject, QgsVectorLayer

from .conftest import login_env
from .helpers import memory_layer, qgis_process_env, results_of, run_algorithm, sandbox_login

REPO = Path(__file__).resolve().parents[2]
COFFEE = "Cooperativa Cafetalera La Esperanza"  # Compliant in the catalogue
PALM = ("PT Sawit Lestari Makmur", "palm")  # High Risk: 45 % of its plots lost forest in 2021-2025


@pytest.fixture(scope="module")
def own_server():
    server = temporary_server(ready_delay=0)
    yield server
    server.stop()


@pytest.fixture
def own_env(monkeypatch, own_server):
    login_env(monkeypatch, own_server.url)
    return own_server


def _set(server, company, commodity=None, **values):
    """Change a producer's row in the sandbox; returns (collection id, a function putting the row back)."""
    with sqlite3.connect(str(server.store.path)) as conn:
        for cid, text in conn.execute("SELECT collection_id, row FROM collections").fetchall():
            row = json.loads(text)
            if row.get("company_name") == company and commodity in (None, row.get("commodity")):
                conn.execute("UPDATE collections SET row = ? WHERE collection_id = ?",
                             (json.dumps({**row, **values}), cid))

                def restore(text=text, cid=cid):
                    with sqlite3.connect(str(server.store.path)) as again:
                        again.execute("UPDATE collections SET row = ? WHERE collection_id = ?", (text, cid))

                return cid, restore
    raise AssertionError(company)


def _cid(server, company, commodity=None):
    with sqlite3.connect(str(server.store.path)) as conn:
        for cid, text in conn.execute("SELECT collection_id, row FROM collections"):
            row = json.loads(text)
            if row.get("company_name") == company and commodity in (None, row.get("commodity")):
                return cid
    raise AssertionError(company)


def test_algorithm_is_registered_with_its_parameters(processing):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("epoch_eudr:compare_assessments")
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == ["CURRENT", "EARLIER", "SNAPSHOT", "INCLUDE_UNCHANGED", "OUTPUT"]
    assert {o.name() for o in algorithm.outputDefinitions()} >= {"OUTPUT", "SUMMARY", "HEADLINE", "WORSE", "BETTER",
                                                                 "NEW", "GONE", "CHANGED", "COUNTS", "SINCE"}
    for alg_id in ("epoch_eudr:fetch_assessments", "epoch_eudr:fetch_plots"):
        fetch = QgsApplication.processingRegistry().algorithmById(alg_id)
        assert fetch.parameterDefinition("MONITORING_START").defaultValue() == "2020-12-31"
        assert fetch.parameterDefinition("MONITORING_END").defaultValue() in ("", None)


def test_a_bad_monitoring_day_names_its_parameter(processing, own_env, tmp_path):
    for params, name in (({"MONITORING_START": "31/12/2020"}, "MONITORING_START"),
                         ({"MONITORING_START": "2023-01-01", "MONITORING_END": "2022-01-01"}, "MONITORING_END"),
                         ({"MONITORING_END": "2022-02-30"}, "MONITORING_END")):
        with pytest.raises(QgsProcessingException, match=name):
            processing.run("epoch_eudr:fetch_assessments", {**params, "OUTPUT": str(tmp_path / "a.gpkg")})
        with pytest.raises(QgsProcessingException, match=name):
            processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": "0x1", **params,
                                                      "OUTPUT": str(tmp_path / "p.gpkg")})
    assert not (tmp_path / "a.gpkg").exists()


def test_fetch_plots_and_assessments_in_a_window(processing, own_env, tmp_path):
    cid = _cid(own_env, *PALM)
    default = processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": cid, "OUTPUT": str(tmp_path / "p.gpkg")})
    statuses = [f["status"] for f in QgsVectorLayer(default["OUTPUT"], "p", "ogr").getFeatures()]
    assert "Non-Compliant" in statuses
    late = processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": cid, "MONITORING_START": "2026-01-01",
                                                     "OUTPUT": str(tmp_path / "late.gpkg")})
    statuses = [f["status"] for f in QgsVectorLayer(late["OUTPUT"], "late", "ogr").getFeatures()]
    assert len(statuses) == 40 and set(statuses) == {"Compliant"}
    loaded = processing.run("epoch_eudr:fetch_assessments", {
        "COMMODITY": "palm", "COMPANY": PALM[0], "MONITORING_START": "2026-01-01",
        "OUTPUT": f"{tmp_path / 'a.gpkg'}|layername=assessments"})
    assert [f["status"] for f in QgsVectorLayer(loaded["OUTPUT"], "a", "ogr").getFeatures()] == ["Compliant"]
    (kept,) = list_snapshots(tmp_path / "a.gpkg")
    assert kept.monitoring_start == "2026-01-01" and kept.filters == {"commodity": "palm", "company_name": PALM[0]}


def test_compare_twice_into_the_same_output(processing, own_env, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    current = f"{gpkg}|layername=assessments"
    processing.run("epoch_eudr:fetch_assessments", {"OUTPUT": current})
    cid, restore = _set(own_env, COFFEE, noncompliance_area_perc=0.3, noncompliance_plot_count=4)
    try:
        processing.run("epoch_eudr:fetch_assessments", {"OUTPUT": current})
        assert len(list_snapshots(gpkg)) == 2
        out = f"{gpkg}|layername=assessment_changes"
        results = []
        for _ in range(2):  # twice into the same table: replaced, the style kept as the default
            results.append(processing.run("epoch_eudr:compare_assessments", {"CURRENT": current, "OUTPUT": out}))
        first, second = results
        assert second["WORSE"] == first["WORSE"] == 1 and second["NEW"] == second["GONE"] == 0
        assert second["HEADLINE"].startswith("1 producer worse since 20")
        assert json.loads(second["COUNTS"])["worse"] == 1 and "1 worse" in second["SUMMARY"]
        layer = QgsVectorLayer(second["OUTPUT"], "changes", "ogr")
        rows = list(layer.getFeatures())
        assert len(rows) == 1 and rows[0]["collection_id"] == cid and rows[0]["change"] == "worse"
        assert (rows[0]["status_before"], rows[0]["status_after"]) == ("Compliant", "High Risk")
        assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
        # The same with everything kept, and against a named snapshot (the oldest).
        oldest = list_snapshots(gpkg)[-1].snapshot_id
        every = processing.run("epoch_eudr:compare_assessments", {"CURRENT": current, "SNAPSHOT": oldest,
                                                                  "INCLUDE_UNCHANGED": True, "OUTPUT": out})
        assert QgsVectorLayer(every["OUTPUT"], "c", "ogr").featureCount() == QgsVectorLayer(
            current, "a", "ogr").featureCount()
    finally:
        restore()


def test_compare_with_an_earlier_layer_of_any_kind(processing, own_env, tmp_path):
    gpkg = tmp_path / "r.gpkg"
    processing.run("epoch_eudr:fetch_assessments", {"OUTPUT": f"{gpkg}|layername=assessments"})
    current = QgsVectorLayer(f"{gpkg}|layername=assessments", "now", "ogr")
    first = next(current.getFeatures())
    earlier = memory_layer("Point?crs=EPSG:3857&field=collection_id:string&field=company_name:string"
                           "&field=status:string&field=risk_rank:integer&field=legality_risk:string",
                           [("POINT(0 0)", [first["collection_id"], first["company_name"], "High Risk", 3, "Low"])],
                           "earlier")
    QgsProject.instance().addMapLayer(earlier)
    try:
        result = processing.run("epoch_eudr:compare_assessments", {"CURRENT": current, "EARLIER": earlier,
                                                                   "OUTPUT": str(tmp_path / "c.gpkg")})
    finally:
        QgsProject.instance().removeMapLayer(earlier.id())
    assert result["NEW"] == current.featureCount() - 1 and result["SINCE"] == "earlier"
    assert result["GONE"] == 0 and result["WORSE"] + result["BETTER"] + result["CHANGED"] == 1


def test_a_snapshot_needs_the_geopackage_layer(processing, own_env, tmp_path):
    layer = memory_layer("Point?crs=EPSG:4326&field=collection_id:string", [("POINT(1 1)", ["x"])], "mem")
    QgsProject.instance().addMapLayer(layer)
    try:
        with pytest.raises(QgsProcessingException, match="SNAPSHOT: snapshots are kept in the GeoPackage"):
            processing.run("epoch_eudr:compare_assessments", {"CURRENT": layer, "OUTPUT": str(tmp_path / "c.gpkg")})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    gpkg = tmp_path / "one.gpkg"
    processing.run("epoch_eudr:fetch_assessments", {"OUTPUT": f"{gpkg}|layername=assessments"})
    with pytest.raises(QgsProcessingException, match="Only one load of 'assessments'"):
        processing.run("epoch_eudr:compare_assessments", {"CURRENT": f"{gpkg}|layername=assessments",
                                                          "OUTPUT": str(tmp_path / "c.gpkg")})


def test_a_scheduled_qgis_process_run(own_server, tmp_path):
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(own_server.url))

    def run(algorithm, *params):
        return results_of(run_algorithm(env, algorithm, *params))

    gpkg = tmp_path / "results.gpkg"
    run("fetch_assessments", f"OUTPUT={gpkg}|layername=assessments", "MONITORING_START=2020-12-31")
    _, restore = _set(own_server, *PALM, noncompliance_area_perc=0.0, noncompliance_plot_count=0,
                      noncompliance_area_ha=0.0)
    try:
        run("fetch_assessments", f"OUTPUT={gpkg}|layername=assessments")
        results = run("compare_assessments", f"CURRENT={gpkg}|layername=assessments", "SNAPSHOT=previous",
                      f"OUTPUT={gpkg}|layername=assessment_changes")
    finally:
        restore()
    assert results["BETTER"] == 1 and results["WORSE"] == 0
    assert "1 better" in results["SUMMARY"] and results["HEADLINE"].startswith("No producer worse since")
    changes = QgsVectorLayer(f"{gpkg}|layername=assessment_changes", "c", "ogr")
    assert [f["change"] for f in changes.getFeatures()] == ["better"]
    assert isinstance(changes.renderer(), QgsCategorizedSymbolRenderer)  # the style stored in the file
