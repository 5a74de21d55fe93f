"""A property QGIS 3.22 reads as NULL is sent as the file declares it: GDAL types the bundled sample's ``Area``
(2.54 in some features, "5,84" in others) as JSON, which QGIS shows as NULL on every feature; the upload, the
submission and the statement read it through GDAL instead, so the Epoch API and the drill-down get the areas."""

import json

from epoch_eudr.layers.inputs.mixed_fields import declared_value
from epoch_eudr.layers.inputs.source import build_upload, snapshot_layer
from qgis.core import QgsVectorLayer

from .helpers import SAMPLE_PLOTS


def test_the_samples_declared_areas_are_sent_as_the_file_has_them(qgis_app):
    declared = [f["properties"]["Area"] for f in json.loads(SAMPLE_PLOTS.read_text(encoding="utf-8"))["features"]]
    assert {type(v) for v in declared} == {float, str}
    layer = QgsVectorLayer(str(SAMPLE_PLOTS), "sample_plots", "ogr")
    prepared = build_upload(snapshot_layer(layer), "plot")
    sent = json.loads(prepared.upload.content)["features"]
    assert [f["properties"]["Area"] for f in sent] == declared


def test_a_selection_sends_the_selected_features_declared_values(qgis_app):
    declared = [f["properties"]["Area"] for f in json.loads(SAMPLE_PLOTS.read_text(encoding="utf-8"))["features"]]
    layer = QgsVectorLayer(str(SAMPLE_PLOTS), "sample_plots", "ogr")
    prepared = build_upload(snapshot_layer(layer, fids=[1, 3]), "plot")
    sent = json.loads(prepared.upload.content)["features"]
    assert [f["properties"]["Area"] for f in sent] == [declared[1], declared[3]]


def test_a_declared_value_is_a_number_when_it_reads_as_one(qgis_app):
    assert declared_value("2.54") == 2.54 and declared_value("7") == 7
    assert declared_value("5,84") == "5,84" and declared_value(None) is None
    assert declared_value("NaN") == "NaN" and declared_value("true") == "true"
