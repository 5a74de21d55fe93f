"""The preflight and TRACES export as Processing algorithms (and through qgis_process)."""

import json
from pathlib import Path

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from .helpers import memory_layer, qgis_process_env, run_algorithm

REPO = Path(__file__).resolve().parents[2]
REAL = REPO / "tests" / "data" / "real"




def messy_layer():
    return memory_layer("Polygon?crs=EPSG:4326&field=Productor:string&field=Area:string&field=ProducerCountry:string", [
        ("POLYGON((-85.900001 13.100001, -85.890001 13.100001, -85.890001 13.110001, -85.900001 13.110001, "
         "-85.900001 13.100001))", ["Finca A", "120,5", "NI"]),
        ("POLYGON((-85.800001 13.100001, -85.790001 13.110001, -85.790001 13.100001, -85.800001 13.110001, "
         "-85.800001 13.100001))", ["Finca B", None, ""]),  # a bow tie
        ("POLYGON((-85.700001 13.100001, -85.690001 13.100001, -85.690001 13.110001, -85.700001 13.110001, "
         "-85.700001 13.100001), (-85.696001 13.104001, -85.694001 13.104001, -85.694001 13.106001, "
         "-85.696001 13.104001))", ["Finca C", None, "HN"]),
    ], "messy")


def test_preflight_reports_and_styles(processing, tmp_path):
    layer = messy_layer()
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    out = QgsVectorLayer(result["OUTPUT"], "p", "ogr")
    rows = {f["source_fid"]: f for f in out.getFeatures()}
    assert rows[1]["severity"] == "error" and "area_not_number" in rows[1]["issues"]
    assert "self_intersection" in rows[2]["issues"] and "missing_producer_country" in rows[2]["issues"]
    assert "hole" in rows[3]["issues"] and "producer_country_mismatch" in rows[3]["issues"]
    assert rows[3]["country_iso2"] == "NI" and 119 < rows[1]["area_ha"] < 121
    assert isinstance(out.renderer(), QgsCategorizedSymbolRenderer)
    assert {c.value() for c in out.renderer().categories()} == {"error", "warning", "ok"}
    assert "3 error" in result["SUMMARY"]


def test_preflight_fix_writes_clean_copies_and_keeps_the_input(processing, tmp_path):
    layer = messy_layer()
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    fixed = processing.run("epoch_eudr:preflight", {"INPUT": layer, "FIX": True, "OUTPUT": str(tmp_path / "f.gpkg")})
    out = QgsVectorLayer(fixed["OUTPUT"], "f", "ogr")
    parts = list(out.getFeatures())
    assert len(parts) >= 5  # the bow tie and the holed plot come back in pieces
    assert {f["source_fid"] for f in parts} == {1, 2, 3}
    assert any(" split out (" in (f["changes"] or "") for f in parts)
    assert any("made valid" in (f["changes"] or "") for f in parts)
    assert all(f.geometry().isGeosValid() and not f.geometry().constGet().numInteriorRings() for f in parts
               if f.geometry().type() == 2 and not f.geometry().isMultipart())
    recheck = processing.run("epoch_eudr:preflight", {"INPUT": out, "OUTPUT": str(tmp_path / "r.gpkg")})
    rerows = list(QgsVectorLayer(recheck["OUTPUT"], "r", "ogr").getFeatures())
    assert not any(code in (f["issues"] or "") for f in rerows for code in ("self_intersection", "hole"))
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before


def test_export_traces_refuses_errors_and_keeps_four_properties(processing, tmp_path):
    layer = messy_layer()
    with pytest.raises(QgsProcessingException, match="3 features have errors the EU system refuses"):
        processing.run("epoch_eudr:export_traces_geojson", {
            "INPUT": layer, "PRODUCER_NAME_FIELD": "Productor", "FOLDER": str(tmp_path / "eu")})
    assert not list((tmp_path / "eu").glob("*.geojson"))  # refused: nothing written
    allowed = processing.run("epoch_eudr:export_traces_geojson", {
        "INPUT": layer, "PRODUCER_NAME_FIELD": "Productor", "INCLUDE_ERRORS": True, "FOLDER": str(tmp_path / "all")})
    (path,) = allowed["FILES"].split(", ")
    features = json.loads(Path(path).read_text())["features"]
    assert len(features) == 3
    assert set(features[0]["properties"]) <= {"ProducerName", "ProducerCountry", "ProductionPlace", "Area"}
    assert features[0]["properties"]["ProducerName"] == "Finca A"


def test_qgis_process_runs_preflight_on_the_real_nicaragua_file(tmp_path):
    env = qgis_process_env(tmp_path / "profile")
    out = tmp_path / "nic.gpkg"
    run = run_algorithm(env, "preflight", f"INPUT={REAL / 'nicaragua_coffee_efico.geojson'}", "COMMODITY=coffee",
                        f"OUTPUT={out}", timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    layer = QgsVectorLayer(str(out), "nic", "ogr")
    rows = list(layer.getFeatures())
    assert len(rows) == 1124
    assert sum("low_precision" in f["issues"] for f in rows) == 490
    assert sum(f["severity"] == "error" for f in rows) == 1
