"""What a hostile or broken server sends back, through the Processing algorithms and the layer tasks
(issue 13, items 6, 7, 8 and 11).

A purpose-built loopback server (``tests/core/hostile_server.py``) answers; the algorithms run with
``SERVER`` pointing at it and the API key in the environment. Each case ends in the right layer (its
row count is what the messages say) or a specific message, within its stated time, with no partial
output file and no secret in any message.
"""

import json
import sys
import time
from pathlib import Path

import pytest
import requests
from qgis.core import QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_server import API_KEY, USER_ID, feature_line, gzip_bomb, hostile_servers, nested  # noqa: E402

from .helpers import RecordingFeedback, facilities_layer  # noqa: E402


@pytest.fixture
def hostile(monkeypatch):
    monkeypatch.setenv("EPOCH_API_KEY", API_KEY)
    monkeypatch.setenv("EPOCH_USER_ID", USER_ID)
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_URL"):
        monkeypatch.delenv(name, raising=False)
    with hostile_servers() as make:
        yield make


def no_secret(text):
    assert API_KEY not in text and USER_ID not in text


def nothing_left(folder, name):
    assert not (folder / name).exists(), "a partial output was left"
    assert not [p for p in folder.iterdir() if p.name.startswith(".epoch-")], "a temporary folder was left"


def written(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return layer, {f["plotid"] if "plotid" in f.fields().names() else f["company_name"]: f for f in layer.getFeatures()}


PLOT_LINES = [
    feature_line(1),
    b'{"type": "Feature", "properties": {"plotid": "P2", "name": "Cooperative"}, \xe9"geometry": null}\n',
    feature_line(3, {'odd "name"': "kept", "fid": "text fid", "geom": 1, "PlotID": "case twin"}),
    ('{"type": "Feature", "properties": {"plotid": "P4"}, "geometry": {"type": "Polygon", "coordinates": '
     + nested(100_000) + "}}\n").encode(),
    feature_line(5, {"noncompliance_area": "abc"}),
    feature_line(6, {"noncompliance_area": 0.9}),
]


def test_fetch_plots_reports_every_line_not_written_and_keeps_odd_names(processing, hostile, tmp_path):
    server = hostile(lambda h, n: h.ndjson(PLOT_LINES))
    feedback = RecordingFeedback()
    started = time.monotonic()
    result = processing.run("epoch_eudr:fetch_plots", {"SERVER": server.url, "COLLECTION_ID": "c1",
                                                       "OUTPUT": str(tmp_path / "plots.gpkg")}, feedback=feedback)
    assert time.monotonic() - started < 20
    layer, rows = written(result["OUTPUT"])
    assert layer.featureCount() == 4 and set(rows) == {"P1", "P3", "P5", "P6"}
    assert "4 plots of c1 written" in feedback.text  # the number said is the rows in the layer
    assert "2 lines not written: line 2: not UTF-8 text" in feedback.text
    assert "line 4: its geometry is nested deeper than any GeoJSON geometry" in feedback.text
    assert "1 plot with a number that is not one, so Data Error" in feedback.text
    # the finding as stored (a code): layers/operations.layer_notes is to word it (explanations.finding_sentences)
    assert 'not_a_number:noncompliance_area="abc"' in feedback.text
    assert rows["P5"]["status"] == "Data Error" and rows["P6"]["status"] == "Non-Compliant"
    assert rows["P3"]["odd _name_"] == "kept" and rows["P3"]["fid_"] == "text fid" and rows["P3"]["geom_"] == 1
    assert rows["P3"]["PlotID_2"] == "case twin" and "renamed for the GeoPackage" in feedback.text
    no_secret(feedback.text)


def test_a_geometry_gdal_refuses_is_reported_and_not_counted(processing, hostile, tmp_path):
    collection = {"type": "Point", "coordinates": [0, 0]}
    for _ in range(40):  # deeper than GDAL's JSON reader goes, yet no five arrays in a row
        collection = {"type": "GeometryCollection", "geometries": [collection]}
    lines = [feature_line(i) for i in range(1, 5)] + [feature_line(5, geometry=collection)]
    server = hostile(lambda h, n: h.ndjson(lines))
    feedback = RecordingFeedback()
    result = processing.run("epoch_eudr:fetch_plots", {"SERVER": server.url, "COLLECTION_ID": "c1",
                                                       "OUTPUT": str(tmp_path / "plots.gpkg")}, feedback=feedback)
    layer, rows = written(result["OUTPUT"])
    assert layer.featureCount() == 4 and "P5" not in rows
    assert "4 plots of c1 written" in feedback.text and "line 5: GDAL could not read the feature" in feedback.text


def test_fetch_assessments_counts_unreadable_numbers_and_lines(processing, hostile, tmp_path):
    def row(name, **props):
        return json.dumps({"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},
                           "properties": {"company_name": name, "locations_confidence": "high", **props}}).encode()

    lines = [row("Clean", noncompliance_area_perc=0.0) + b"\n", b'{"type": "Feature", "properties": \xff}\n',
             row("Percent", noncompliance_area_perc="5%") + b"\n",
             row("Comma", noncompliance_area_perc="0,07") + b"\n",
             b'{"type": "Feature", "geometry": null, "properties": {"company_name": "Nan Coop", '
             b'"locations_confidence": "high", "noncompliance_area_ha": NaN, "odd\\"key": 1}}\n']
    server = hostile(lambda h, n: h.ndjson(lines))
    feedback = RecordingFeedback()
    result = processing.run("epoch_eudr:fetch_assessments", {"SERVER": server.url,
                                                             "OUTPUT": str(tmp_path / "a.gpkg")}, feedback=feedback)
    layer, rows = written(result["OUTPUT"])
    assert layer.featureCount() == 4
    assert {name: f["status"] for name, f in rows.items()} == {
        "Clean": "Compliant", "Percent": "Not Assessable", "Comma": "Not Assessable", "Nan Coop": "Not Assessable"}
    assert rows["Percent"]["skip_reason"] == 'not_a_number:noncompliance_area_perc="5%"'  # codes, worded when shown
    assert rows["Nan Coop"]["data_error"] == "not_a_number:noncompliance_area_ha=NaN"
    assert "4 producer assessments loaded: 3 Not Assessable, 1 Compliant" in feedback.text
    assert "3 producer assessments with a number that is not one, so Not Assessable" in feedback.text
    assert "1 line not written: line 2: not UTF-8 text" in feedback.text
    assert "3 Not Assessable" in result["COUNTS"]


@pytest.mark.parametrize("algorithm", ["fetch_assessments", "fetch_plots"])
def test_limit_is_enforced_on_our_side(processing, hostile, tmp_path, algorithm):
    server = hostile(lambda h, n: h.ndjson(feature_line(i, {"company_name": f"C{i}"}) for i in range(3_000)))
    feedback = RecordingFeedback()
    started = time.monotonic()
    result = processing.run(f"epoch_eudr:{algorithm}", {"SERVER": server.url, "COLLECTION_ID": "c1", "LIMIT": 100,
                                                         "OUTPUT": str(tmp_path / "out.gpkg")}, feedback=feedback)
    assert QgsVectorLayer(result["OUTPUT"], "out", "ogr").featureCount() == 100
    assert "the server sent more than the 100 rows asked for: only the first 100 were read" in feedback.text
    # fetch_plots looks up the collection's assessment first (a collection nobody knows is refused)
    assert any("limit=100" in seen[1] for seen in server.seen) and time.monotonic() - started < 20


def test_a_line_over_the_cap_fails_cleanly_with_no_output(processing, hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOCH_MAX_LINE_MB", "1")
    server = hostile(lambda h, n: h.endless_line(20 * 2**20))
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Line 1 of the answer is longer than 1 MiB") as caught:
        processing.run("epoch_eudr:fetch_plots", {"SERVER": server.url, "COLLECTION_ID": "c1",
                                                  "OUTPUT": str(tmp_path / "plots.gpkg")})
    assert time.monotonic() - started < 10
    nothing_left(tmp_path, "plots.gpkg")
    no_secret(str(caught.value))


def test_a_gzip_bomb_fails_cleanly_with_no_output(processing, hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOCH_MAX_STREAM_MB", "16")
    bomb = gzip_bomb(100, b"\n")
    server = hostile(lambda h, n: h.gzip_body(bomb))
    with pytest.raises(QgsProcessingException, match="more than 16 MiB .decompressed."):
        processing.run("epoch_eudr:fetch_assessments", {"SERVER": server.url, "OUTPUT": str(tmp_path / "a.gpkg")})
    nothing_left(tmp_path, "a.gpkg")


def test_a_trickle_meets_the_deadline_with_no_output(processing, hostile, tmp_path, monkeypatch):
    monkeypatch.setenv("EPOCH_REQUEST_DEADLINE_S", "2")
    server = hostile(lambda h, n: h.trickle(every=0.3))
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="EPOCH_REQUEST_DEADLINE_S"):
        processing.run("epoch_eudr:fetch_plots", {"SERVER": server.url, "COLLECTION_ID": "c1",
                                                  "OUTPUT": str(tmp_path / "plots.gpkg")})
    assert time.monotonic() - started < 6
    nothing_left(tmp_path, "plots.gpkg")


@pytest.mark.parametrize("answer, words", [
    (lambda h, n: h.gzip_body(b"\x1f\x8b\x08\x00not really gzip" * 20, "application/json"), "corrupt compressed"),
    (lambda h, n: h.answer(200, b'{"type": "FeatureCollection", "features": ' + nested(100_000).encode() + b"}"),
     "nested too deeply"),
], ids=["corrupt-gzip", "deep-json"])
def test_a_broken_upload_answer_reads_as_a_server_failure(processing, hostile, tmp_path, answer, words):
    server = hostile(answer)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:screen_locations", {"SERVER": server.url, "INPUT": facilities_layer(),
                                                       "LOCATION_TYPE": "facility", "OUTPUT": str(tmp_path / "s.gpkg")})
    message = str(caught.value)
    assert words in message and "Could not write the output" not in message and "Traceback" not in message
    nothing_left(tmp_path, "s.gpkg")
    no_secret(message)


def test_a_layer_task_reports_lines_not_written_and_the_rows_in_the_layer(qgis_app, hostile, tmp_path):
    from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
    from epoch_eudr.layers.operations.epoch_api import plots_to_gpkg
    from epoch_eudr.layers.operations.task import OperationTask

    server = hostile(lambda h, n: h.ndjson(PLOT_LINES))
    client = EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID))
    said = []
    task = OperationTask("Plots c1", lambda progress, cancel: plots_to_gpkg(
        client, "c1", tmp_path / "r.gpkg", "plots", producer_country="", progress=progress, cancel=cancel),
        add_to_project=False, notify=lambda level, text: said.append(text))
    assert task.run()
    task.finished(True)
    assert task.outcome.count == 4 == QgsVectorLayer(str(tmp_path / "r.gpkg"), "r", "ogr").featureCount()
    assert said and said[-1].startswith("Plots c1: 4 plots loaded; 1 plot with a number that is not one"), said
    assert "2 lines not written: line 2" in said[-1]


@pytest.mark.parametrize("failure, words", [
    (requests.exceptions.ChunkedEncodingError("broken"), "connection to the server failed"),
    (ConnectionResetError(104, "reset"), "connection to the server failed"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (PermissionError(13, "Permission denied"), "Could not write the results: Permission denied"),
], ids=["requests", "socket", "recursion", "disk"])
def test_a_task_says_what_failed(qgis_app, failure, words):
    from epoch_eudr.layers.operations.task import OperationTask

    def failing(progress, cancel):
        raise failure

    said = []
    task = OperationTask("Upload", failing, notify=lambda level, text: said.append(text))
    assert not task.run()
    task.finished(False)
    assert words in said[-1] and "Traceback" not in said[-1]
