"""What a lying server sends reaches the GeoPackage whole: bad bytes, NUL characters, impossible numbers.

A purpose-built loopback server (``tests/core/hostile_server.py``) answers; :class:`EpochClient` reads
the NDJSON and ``layers.writer.gpkg_writer.write_layer`` writes it, as the dock's tasks and the Processing
algorithms do. A line with one byte that is not UTF-8 in a name keeps its plot (geometry and verdict),
the byte read as U+FFFD and the row's ``data_note`` saying so; a NUL inside text is taken out rather
than cutting the text there; a count GDAL would clamp to -1 is flagged; a negative number is no verdict.
"""

import sys
import time
from pathlib import Path

import pytest
from osgeo import ogr

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from hostile_server import API_KEY, USER_ID, HostileServer, feature_line  # noqa: E402

REPLACED = "\ufffd"


@pytest.fixture
def client_for(qgis_app):
    from epoch_eudr.core.api import ApiKeyCredentials, EpochClient
    from epoch_eudr.core.api.transport import RetryPolicy

    made = []

    def make(lines):
        server = HostileServer(lambda handler, n: handler.ndjson(lines))
        made.append(server)
        return EpochClient(server.url, ApiKeyCredentials(API_KEY, USER_ID), retry=RetryPolicy(max_attempts=1))

    yield make
    for server in made:
        server.stop()


def stored(path, layer_name, key):
    """Every row of the written layer by ``key``, as GDAL reads it back: attributes and the geometry's WKT."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name)
    rows = {}
    for feature in layer:
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["wkt"] = geometry.ExportToWkt() if geometry is not None else None
        rows[row[key]] = row
    return rows


BAD_NAME = (b'{"type": "Feature", "properties": {"plotid": "P2", "name": "Coop\xe9rative du Sud", '
            b'"noncompliance_area": 0.9}, "geometry": {"type": "Polygon", "coordinates": '
            b'[[[2, 0], [3, 0], [3, 1], [2, 0]]]}}\n')


def write_plots(client, tmp_path):
    from epoch_eudr.layers.writer.gpkg_writer import write_layer

    stream = client.fetch_deforestation_check("c1")
    started = time.monotonic()
    result = write_layer(stream, "plots", tmp_path / "plots.gpkg", "plots")
    assert time.monotonic() - started < 20
    return stream, result, stored(tmp_path / "plots.gpkg", "plots", "plotid")


def test_a_bad_byte_in_a_name_keeps_the_plot_and_says_so(client_for, tmp_path):
    client = client_for([feature_line(1), BAD_NAME, feature_line(3)])
    stream, result, rows = write_plots(client, tmp_path)
    assert result.count == 3 and set(rows) == {"P1", "P2", "P3"}  # P2 was lost, geometry and all
    plot = rows["P2"]
    assert plot["wkt"].startswith("MULTIPOLYGON (((2 0,3 0,3 1,2 0")  # the geometry is written
    assert plot["name"] == f"Coop{REPLACED}rative du Sud" and plot["status"] == "Non-Compliant"
    assert plot["data_note"] == "not_utf8:2=65"  # stored as a code, worded when shown
    from epoch_eudr.layers.styles.explanations import findings_text
    assert findings_text(plot["data_note"]) == "Bytes that are not UTF-8 replaced by U+FFFD (line 2, byte 65)"
    assert rows["P1"]["data_note"] is None and plot["data_error"] is None  # a name is no reason to doubt a verdict
    assert result.skipped_count == 0 and stream.repaired_count == 1
    assert stream.summary() == (
        "1 line read with U+FFFD for bytes that are not UTF-8 (the rows are written, see data_note): line 2: "
        f"byte 65 ('id\": \"P2\", \"name\": \"Coop{REPLACED}rative du Sud\", \"noncom')")


def test_a_line_that_is_no_json_even_with_its_bytes_replaced_is_still_reported(client_for, tmp_path):
    client = client_for([feature_line(1), b'{"type": "Feature", "properties": \xff}\n',
                         b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                         b'{"plotid": "P3", "name": "\xff\xfe"}, "geometry": null}, 7]}\n'])
    stream, result, rows = write_plots(client, tmp_path)
    assert set(rows) == {"P1", "P3"} and rows["P3"]["name"] == REPLACED * 2
    assert [(item.line_no, item.reason) for item in stream.skipped] == [
        (2, "not UTF-8 text (byte 35)"), (3, "a FeatureCollection member that is not a Feature")]
    assert result.skipped_count == 2 and stream.repaired_count == 1


def test_the_write_summary_counts_the_lines_read_with_replaced_bytes(client_for, tmp_path):
    client = client_for([feature_line(1), BAD_NAME, BAD_NAME.replace(b"P2", b"P4"), feature_line(5)])
    stream, result, rows = write_plots(client, tmp_path)
    assert result.count == 4 and rows["P4"]["wkt"] is not None
    assert "2 lines read with U+FFFD for bytes that are not UTF-8 (the rows are written, see data_note): " \
           "line 2: byte 65" in result.summary()


def test_impossible_producer_numbers_and_a_nul_are_stored_as_they_should_be(client_for, tmp_path):
    from epoch_eudr.layers.writer.gpkg_writer import write_layer

    def producer(name, props):
        return (b'{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.3, 6.0]}, "properties": '
                b'{"company_name": "' + name + b'", "locations_confidence": "high", ' + props + b"}}\n")

    client = client_for([
        producer(b"Minus perc", b'"noncompliance_area_perc": -5'),
        producer(b"Minus count", b'"noncompliance_plot_count": -5'),
        producer(b"Huge float", b'"noncompliance_plot_count": 1e308'),
        producer(b"Thirty digits", b'"noncompliance_plot_count": 123456789012345678901234567890'),
        producer(b"NUL\\u0000inside", b'"noncompliance_plot_count": 3'),
        producer(b"Fine", b'"noncompliance_plot_count": 0, "noncompliance_area_perc": 0.0'),
    ])
    result = write_layer(client.fetch_supply_shed(), "assessments", tmp_path / "a.gpkg", "assessments")
    rows = stored(tmp_path / "a.gpkg", "assessments", "company_name")
    assert result.count == 6 and set(rows) == {"Minus perc", "Minus count", "Huge float", "Thirty digits",
                                               "NULinside", "Fine"}  # the NUL row was stored as "NUL"
    for name in ("Minus perc", "Minus count", "Huge float", "Thirty digits"):  # -5 was Compliant
        assert rows[name]["status"] == "Not Assessable" and rows[name]["skip_reason"] == rows[name]["data_error"]
    assert rows["Minus perc"]["data_error"] == "out_of_range:noncompliance_area_perc=-5"  # codes, worded when shown
    assert rows["Minus count"]["data_error"] == "out_of_range:noncompliance_plot_count=-5"
    assert rows["Huge float"]["data_error"] == "too_large:noncompliance_plot_count=1e+308"
    assert rows["Thirty digits"]["data_error"] == "too_large:noncompliance_plot_count=123456789012345678901234567890"
    assert {rows[name]["noncompliance_plot_count"] for name in ("Huge float", "Thirty digits")} == {None}  # was -1
    assert rows["NULinside"]["status"] == "Medium Risk" and rows["NULinside"]["noncompliance_plot_count"] == 3
    assert rows["NULinside"]["data_note"] == "nul_removed:company_name"  # a code, worded when shown
    assert rows["Fine"]["status"] == "Compliant" and rows["Fine"]["data_note"] is None
