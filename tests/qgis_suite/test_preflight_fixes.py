"""The fixed copy of the bundled sample keeps every declared Area, is named "Fixed: x" and drawn by its own check
(Processing, qgis_process and the dock's "Apply fixes to a new layer")."""

import hashlib
import json
from pathlib import Path

import pytest
from epoch_eudr.layers.words.preflight import finding_sentences
from qgis.core import QgsProject, QgsVectorLayer

from .dock_driver import click, wait_until
from .helpers import qgis_process_env, run_algorithm

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def declared_areas():
    """Plot ID -> the Area as the file holds it (a number, or text such as "5,84")."""
    features = json.loads(SAMPLE.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["Plot ID"]: f["properties"]["Area"] for f in features}


def expected_area(value):
    return float(value.replace(",", ".")) if isinstance(value, str) else value


def assert_areas_kept(layer):
    declared = declared_areas()
    rows = list(layer.getFeatures())
    assert len(rows) == 30
    for row in rows:
        plot = row["Plot ID"]
        assert row["Area"] == pytest.approx(expected_area(declared[plot])), plot
        if isinstance(declared[plot], str):
            assert f"Area {declared[plot]!r} made a number" in row["changes"]
        else:
            assert "Area" not in row["changes"]  # a fix changes only what its changes field says
    assert {r["Plot ID"]: r["Area"] for r in rows}["N_AR_105_01"] == 5.84
    assert {r["Plot ID"]: r["Area"] for r in rows}["N_AR_101_01"] == 2.54


def assert_drawn_by_its_own_check(layer):
    rows = list(layer.getFeatures())
    assert {r["severity"] for r in rows} <= {"warning", "ok"}  # checking the fixed copy again finds no error
    assert not any("area_not_number" in r["issues"] or "missing_producer_country" in r["issues"] for r in rows)
    flagged = {r["Plot ID"] for r in rows if "area_differs" in r["issues"]}
    assert "N_AR_101_01" in flagged  # 2.54 ha declared, 0.47 ha drawn: still said, as a warning
    from qgis.core import QgsRenderContext

    renderer, context = layer.renderer().clone(), QgsRenderContext()
    renderer.startRender(context, layer.fields())
    drawn = {key for r in rows for key in renderer.legendKeysForFeature(r, context)}
    renderer.stopRender(context)
    error_key = next(item.ruleKey() for item, category in zip(renderer.legendSymbolItems(), renderer.categories())
                     if category.value() == "error")
    assert drawn and error_key not in drawn  # nothing is drawn red


def test_processing_fix_keeps_every_area_and_checks_the_copy_again(processing, tmp_path):
    before = sha256(SAMPLE)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    checked = processing.run("epoch_eudr:preflight", {"INPUT": layer, "COMMODITY": "coffee",
                                                      "OUTPUT": str(tmp_path / "p.gpkg")})
    report = {r["source_fid"]: r for r in QgsVectorLayer(checked["OUTPUT"], "p", "ogr").getFeatures()}
    assert "area_differs" in report[0]["issues"] and '"declared": "2.54"' in report[0]["findings"]  # data
    assert "2.54 ha" in " ".join(finding_sentences(report[0]["findings"]))  # worded when shown
    fixed = processing.run("epoch_eudr:preflight", {"INPUT": layer, "COMMODITY": "coffee", "FIX": True,
                                                    "OUTPUT": str(tmp_path / "f.gpkg")})
    out = QgsVectorLayer(fixed["OUTPUT"], "f", "ogr")
    assert_areas_kept(out)
    from epoch_eudr.layers.styles.renderers import apply_style

    apply_style(out, "preflight")
    assert_drawn_by_its_own_check(out)
    assert "checked again: 0 error" in fixed["SUMMARY"]
    again = processing.run("epoch_eudr:preflight", {"INPUT": out, "COMMODITY": "coffee",
                                                    "OUTPUT": str(tmp_path / "r.gpkg")})
    assert "0 error" in again["SUMMARY"]  # an independent check of the written copy agrees
    assert sha256(SAMPLE) == before


def test_qgis_process_fix_keeps_every_area(tmp_path):
    env = qgis_process_env(tmp_path / "profile")
    before = sha256(SAMPLE)
    out = tmp_path / "fixed.gpkg"
    run = run_algorithm(env, "preflight", f"INPUT={SAMPLE}", "FIX=true", f"OUTPUT={out}", timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    layer = QgsVectorLayer(str(out), "fixed", "ogr")
    assert_areas_kept(layer)
    assert layer.renderer() is not None
    assert_drawn_by_its_own_check(layer)  # the style stored in the GeoPackage, by the copy's severities
    assert sha256(SAMPLE) == before


def test_dock_apply_fixes_names_the_copy_and_keeps_every_area(dock):
    before = sha256(SAMPLE)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.check.check_button)
    wait_until(lambda: screening.check.issues.count() > 0)
    texts = [screening.check.issues.item(i).text() for i in range(screening.check.issues.count())]
    differs = [screening.check.issues.item(i) for i, t in enumerate(texts) if "an Area that differs" in t]
    assert differs and "area_differs" in differs[0].toolTip()  # the sentence, the code for experts in its tip
    names = lambda: {lay.name() for lay in QgsProject.instance().mapLayers().values()}  # noqa: E731
    assert "Preflight: sample_plots" in names()
    click(screening.check.fix_button)
    wait_until(lambda: "Fixed: sample_plots" in names())
    assert "Preflight: Preflight: sample_plots" not in names()
    (fixed,) = QgsProject.instance().mapLayersByName("Fixed: sample_plots")
    assert_areas_kept(fixed)
    assert_drawn_by_its_own_check(fixed)
    assert "Checked again: none would be refused by the EU system" in screening.status.text()
    assert sha256(SAMPLE) == before and layer.featureCount() == 30
