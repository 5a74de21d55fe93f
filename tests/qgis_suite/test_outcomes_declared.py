"""The facility check, the check before upload and a facility screening with its sources each return an
``Outcome`` (core/operation.py): what they wrote, a summary, and ``counts`` that agree with what was written."""

import json
from collections import Counter

from epoch_eudr.core.operation import Outcome
from epoch_eudr.layers.inputs.source import snapshot_layer
from epoch_eudr.layers.operations.epoch_api import screen_to_gpkg
from epoch_eudr.layers.operations.facility_checks import check_facility_to_gpkg
from epoch_eudr.layers.operations.preflight import preflight_to_gpkg
from epoch_eudr.layers.tables.screened_sources import split_sources
from qgis.core import QgsVectorLayer

from .helpers import facilities_layer, memory_layer

SQUARE = "POLYGON((-85.9 13.1, -85.89 13.1, -85.89 13.11, -85.9 13.11, -85.9 13.1))"
BOWTIE = "POLYGON((-85.8 13.1, -85.79 13.11, -85.79 13.1, -85.8 13.11, -85.8 13.1))"
BANGKOK = (100.5018, 13.7563)


def _features(output):
    layer = QgsVectorLayer(f"{output.gpkg}|layername={output.layer_name}", "t", "ogr")
    assert layer.isValid()
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def test_preflight_counts_the_findings_it_wrote(qgis_app, tmp_path):
    layer = memory_layer("Polygon?crs=EPSG:4326&field=ProducerName:string&field=ProducerCountry:string",
                         [(SQUARE, ["Finca A", ""]), (BOWTIE, ["Finca B", "NI"])], "plots")
    outcome = preflight_to_gpkg(snapshot_layer(layer), "plot", "coffee", tmp_path / "p.gpkg", "preflight")
    assert isinstance(outcome, Outcome) and outcome.outputs()[0] is outcome.layer
    rows = _features(outcome.layer)
    written = Counter(code for row in rows for code, _ in json.loads(row["findings"]))
    # the issues (errors and warnings) per code; informational notes (the EU country risk) are not issues
    notes = {code: n for code, n in written.items() if code not in outcome.counts}
    assert outcome.counts == {code: n for code, n in written.items() if code not in notes}
    assert outcome.counts["self_intersection"] == 1 and set(notes) == {"eu_country_risk"}
    assert outcome.severities == dict(Counter(row["severity"] for row in rows))


def test_a_facility_check_counts_its_level_and_sources(qgis_app, client, tmp_path):
    outcome = check_facility_to_gpkg(client, *BANGKOK, {"commodity_type": "rubber", "include_legality_check": True},
                                     tmp_path / "checks.gpkg")
    assert isinstance(outcome, Outcome) and outcome.outputs() == [outcome.layer, outcome.sources]
    (row,) = _features(outcome.layer)
    sources = _features(outcome.sources)
    assert outcome.counts == {row["confidence_level"]: 1, "legality_sources": len(sources)}
    assert row["confidence_level"] in ("high", "medium", "low", "invalid")


def test_a_facility_screening_with_its_sources_keeps_the_screenings_counts(qgis_app, client, tmp_path):
    screened = screen_to_gpkg(client, snapshot_layer(facilities_layer()), "facility",
                              {"commodity_type": "cocoa", "include_legality_check": True}, tmp_path / "s.gpkg",
                              "mills")
    outcome = split_sources(screened)
    assert isinstance(outcome, Outcome) and outcome.sources is not None and outcome.sources.count > 0
    assert outcome.counts == screened.counts and sum(outcome.counts.values()) == screened.layer.count
    assert outcome.outputs() == [screened.layer, outcome.sources]
