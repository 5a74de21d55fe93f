"""The second opinion on drill-down plots of the bundled sample: its country comes from where each plot lies,
and its verdict is the same in the dock's table, the layer, the field report PDF and ``fetch_plots``, equal to a
computation of the composite-score rules (as README "EU country risk, the check sample and a second opinion"
states them) made here from the layer's raw figures and QGIS's own world map."""

import json
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from epoch_eudr.core.eu_benchmark import eu_country_risk
from epoch_eudr.core.second_opinion import PART_FIELDS
from epoch_eudr.layers.operations.epoch_api import wait_for_collection
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsVectorLayer

from .dock_driver import click, log_in, wait_until

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
VERDICTS = ("COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT")


@pytest.fixture
def sample_collection(client):
    """The bundled sample plots, submitted as one collection and assessed by the sandbox."""
    collection = json.loads(SAMPLE.read_text(encoding="utf-8"))
    job = client.batch_process(collection, "second opinion sample", "coffee", force_reprocess=True)
    assert wait_for_collection(client, job.collection_id, 30, first_delay=0.2)
    return job.collection_id


class WorldMap:
    """Countries of QGIS's bundled world map, read through QGIS (not the plugin's own lookup)."""

    def __init__(self):
        self.layer = QgsVectorLayer(f"{WORLD_MAP}|layername=countries", "countries", "ogr")
        assert self.layer.isValid()

    def code_at(self, lon, lat):
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        request = QgsFeatureRequest().setFilterRect(point.boundingBox())
        for feature in self.layer.getFeatures(request):
            if feature.geometry().intersects(point):
                return str(feature["iso_a2"]).upper()
        return None


def _value(feature, name):
    value = feature[name]
    if value is None or type(value).__name__ == "QVariant":  # NULL (QGIS 3.22 gives an invalid QVariant)
        return None
    if hasattr(value, "toString"):  # a QDate or QDateTime: GDAL reads the day columns as dates
        return value.toString("yyyy-MM-dd")
    return value


def expected_verdict(feature, country_code):
    """The rules, restated: country +20/0/-20, loss up to +10 (full at 2 %), a post-2020 alert +25 and its area
    up to +25 (full at 0.5 ha), +5; NON_COMPLIANT past 2 % loss, 70 points or a post-2020 alert; NEEDS_REVIEW past
    1 %, 60 points or an unknown country; else COMPLIANT."""
    risk = eu_country_risk(country_code)
    country = {"high": 20.0, "standard": 0.0, "low": -20.0}.get(risk)
    loss = float(_value(feature, "noncompliance_area_perc")) * 100.0
    lost_ha = float(_value(feature, "noncompliance_area"))
    alert_word = str(_value(feature, "deforestation_alert")).lower()
    assert alert_word in ("critical", "non-critical", "no deforestation"), alert_word  # the sandbox's words
    ends = [date.fromisoformat(str(value)[:10]) for value in
            (_value(feature, "deforestation_end"), _value(feature, "deforestation_start")) if value]
    post_cutoff = alert_word != "no deforestation" and (not ends or max(ends) > date(2020, 12, 31))
    score = (country or 0.0) + 10.0 * min(loss / 2.0, 1.0) + 5.0
    if post_cutoff:
        score += 25.0 + 25.0 * min(lost_ha / 0.5, 1.0)
    score = min(100.0, max(0.0, score))
    if loss > 2.0 or score > 70.0 or post_cutoff:
        return "NON_COMPLIANT"
    if country is None or loss > 1.0 or score > 60.0:
        return "NEEDS_REVIEW"
    return "COMPLIANT"


def _select_collection(tab, collection_id):
    for row in range(tab.model.rowCount()):
        if tab.model.row_at(row)["collection_id"] == collection_id:
            tab.table.selectRow(row)
            return tab.model.row_at(row)
    raise AssertionError(f"{collection_id} is not in the assessments table")


def _counted_in_view(tab, index):
    tab.plots_filter.setCurrentIndex(index)
    wait_until(lambda: not tab.plots_model.pending())
    return tab.plots_model.rowCount()


def _report_counts(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", " ", text)
    found = re.search(r"([\d,]+) non-compliant, ([\d,]+) needs review, ([\d,]+) compliant", text)
    assert found, text[:2000]
    nc, review, ok = (int(value.replace(",", "")) for value in found.groups())
    return {"NON_COMPLIANT": nc, "NEEDS_REVIEW": review, "COMPLIANT": ok}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_sample_drill_down_tells_one_second_opinion_everywhere(dock, processing, sample_collection, tmp_path,
                                                                   env_login):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(tab.ready)
    wait_until(lambda: tab.model.rowCount() > 0 and not tab.model.pending())
    producer = _select_collection(tab, sample_collection)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plots_layer is not None, timeout=60)

    # the layer: every plot's country found (each lies in Nicaragua), none questioned for lack of one
    layer = tab.plots_layer
    features = list(layer.getFeatures())
    assert len(features) == 30
    world = WorldMap()
    in_layer, expected = Counter(), Counter()
    for feature in features:
        parts = [feature[name] for name in PART_FIELDS]
        assert None not in parts and "country_unknown" not in feature["second_opinion_reasons"], parts
        vertex = feature.geometry().vertexAt(0)
        code = world.code_at(vertex.x(), vertex.y())
        assert code == "NI"
        in_layer[feature["second_opinion"]] += 1
        expected[expected_verdict(feature, code)] += 1
    assert in_layer == expected, (in_layer, expected)
    disagree = sum(int(feature["second_opinion_disagrees"]) for feature in features)
    assert disagree < len(features) // 2  # Epoch and the rules mostly agree on Nicaragua's coffee plots

    # the dock's table and its filters
    tab.view.setCurrentIndex(2)
    wait_until(lambda: not tab.plots_model.pending())
    in_table = Counter(tab.plots_model.row_at(i)["second_opinion"] for i in range(tab.plots_model.rowCount()))
    assert in_table == in_layer
    assert _counted_in_view(tab, 1) == disagree
    assert _counted_in_view(tab, 2) == in_layer["NON_COMPLIANT"]
    assert _counted_in_view(tab, 3) == in_layer["NEEDS_REVIEW"]
    tab.plots_filter.setCurrentIndex(0)

    # the field report PDF, read from the same GeoPackage
    tab.view.setCurrentIndex(0)
    _select_collection(tab, sample_collection)
    pdf = tmp_path / "report.pdf"
    tab.report(str(pdf))
    wait_until(lambda: tab.ready() and pdf.is_file(), timeout=120)
    assert _report_counts(pdf) == {verdict: in_layer[verdict] for verdict in VERDICTS}, producer["company_name"]

    # Processing's fetch_plots into another file
    out = tmp_path / "fetched.gpkg"
    processing.run("epoch_eudr:fetch_plots", {"COLLECTION_ID": sample_collection, "OUTPUT": str(out)})
    fetched = QgsVectorLayer(str(out), "fetched", "ogr")
    assert Counter(f["second_opinion"] for f in fetched.getFeatures()) == in_layer
