"""Preview geocoding: a CSV of addresses placed by /normalize_locations, as a layer to check before screening.

Through the dock (a click on the Screening tab's button), Processing and qgis_process against the sandbox, and
through the dock against a second fake written here that answers another way (no row numbers, the row it could
not place left out): in every case the row that could not be geocoded is named, and a rerun replaces the layer.
"""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from .dock_driver import click, log_in, wait_until
from .helpers import qgis_process_env, results_of, run_algorithm, sandbox_login
from .helpers_fakes import KeySession, OtherGeocoder

ADDRESSES = Path(__file__).resolve().parents[1] / "data" / "geocoding" / "facility_addresses.csv"


def _rows(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) | {"_point": None if f.geometry().isNull()
                                                                 else f.geometry().asPoint()}
            for f in layer.getFeatures()]


def _geocoded_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and "layername=geocoded_facility_addresses" in layer.source()]


def _assert_sandbox_rows(rows):
    assert [r["facility_id"] for r in rows] == ["F-001", "F-002", "F-003", "F-004", "F-005"]  # every row, in order
    assert [r["preview_status"] for r in rows] == ["geocoded", "geocoded", "not_geocoded", "geocoded", "geocoded"]
    assert rows[2]["_point"] is None and rows[2]["preview_note"] == "no country in the row"
    assert all(r["_point"] is not None for i, r in enumerate(rows) if i != 2)
    assert [r["preview_row"] for r in rows] == [1, 2, 3, 4, 5]


def test_dock_preview_geocoding_names_the_row_not_placed_and_a_rerun_replaces_the_layer(dock, sandbox_server,
                                                                                          tmp_path):
    log_in(dock)
    screening = dock.screening
    csv = tmp_path / "facility_addresses.csv"
    shutil.copy(ADDRESSES, csv)
    before = csv.read_bytes()
    screening.file_widget.setFilePath(str(csv))
    asked = len(sandbox_server.facility_requests)
    click(screening.geocode_button)
    wait_until(lambda: _geocoded_layers() and screening.geocode_button.isEnabled())
    path, sent = sandbox_server.facility_requests[-1]
    assert len(sandbox_server.facility_requests) == asked + 1 and path == "/normalize_locations"
    assert sent["filename"] == "facility_addresses.csv"
    status = screening.status.text()
    assert "4 of 5 rows geocoded" in status
    assert "row 3 (Mill Without Country, Jalan Sudirman 5)" in status and "no country in the row" in status
    layer = _geocoded_layers()[0]
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    _assert_sandbox_rows(_rows(layer))
    # the points are what is screened next: the layer is chosen, the file cleared, facilities set
    assert screening.layer_combo.currentLayer() is layer and screening.file_widget.filePath() == ""
    assert screening.location_combo.currentData() == "facility"
    # the user moves a point, then previews the file again: the layer is replaced, not doubled
    screening.file_widget.setFilePath(str(csv))
    click(screening.geocode_button)
    wait_until(lambda: len(sandbox_server.facility_requests) == asked + 2 and screening.geocode_button.isEnabled())
    wait_until(lambda: screening.layer_combo.currentLayer() is not None)
    assert len(_geocoded_layers()) == 1 and _geocoded_layers()[0].featureCount() == 5
    assert csv.read_bytes() == before  # the input is never modified


def test_another_servers_answer_is_read_tolerantly_and_the_left_out_row_is_named(dock, other_geocoder):
    screening = dock.screening
    screening.session = KeySession(other_geocoder)
    screening.file_widget.setFilePath(str(ADDRESSES))
    click(screening.geocode_button)
    wait_until(lambda: _geocoded_layers() and screening.geocode_button.isEnabled())
    path, body = OtherGeocoder.asked[-1]
    assert path == "/normalize_locations" and b"Mill Without Country" in body  # the file, sent as it is
    assert b"fake-key" not in path.encode()  # the key in a header, never the URL
    status = screening.status.text()
    assert "3 of 5 rows geocoded" in status
    assert "row 3 (Mill Without Country, Jalan Sudirman 5): the server's answer left it out" in status
    assert "row 4 (Koperasi Sawit Maju, Jalan Raya Pekanbaru 77): the server says: “ambiguous street”" in status
    rows = _rows(_geocoded_layers()[0])
    assert [r["facility_id"] for r in rows] == ["F-001", "F-002", "F-003", "F-004", "F-005"]
    assert [r["preview_row"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[4]["match_score"] == 0.5 and (rows[4]["_point"].x(), rows[4]["_point"].y()) == (-4.0, 5.3)
    assert rows[2]["_point"] is None and rows[2]["address"] == "Jalan Sudirman 5"  # kept from the file itself


def test_processing_preview_geocoding_twice_into_the_same_output(processing, env_login, sandbox_server, tmp_path):
    out = tmp_path / "preview.gpkg"
    parameters = {"INPUT": str(ADDRESSES), "OUTPUT": f"{out}|layername=geocoded_facility_addresses"}
    for _ in range(2):
        result = processing.run("epoch_eudr:preview_geocoding", parameters)
    assert result["GEOCODED"] == 4 and result["NOT_GEOCODED"] == 1
    assert "row 3 (Mill Without Country, Jalan Sudirman 5)" in result["SUMMARY"]
    layer = QgsVectorLayer(result["OUTPUT"], "preview", "ogr")
    assert layer.isValid() and layer.featureCount() == 5
    _assert_sandbox_rows(_rows(layer))


def test_processing_refuses_a_file_that_is_not_addresses(processing, env_login, tmp_path):
    from qgis.core import QgsProcessingException

    geojson = tmp_path / "points.geojson"
    geojson.write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(QgsProcessingException, match="points.geojson: geocoding takes a CSV or XLSX file"):
        processing.run("epoch_eudr:preview_geocoding", {"INPUT": str(geojson), "OUTPUT": str(tmp_path / "o.gpkg")})


def test_qgis_process_preview_geocoding_names_the_row_and_reruns(sandbox_server, tmp_path):
    env = qgis_process_env(tmp_path / "profile", **sandbox_login(sandbox_server.url))
    out = tmp_path / "preview.gpkg"
    params = [f"INPUT={ADDRESSES}", f"OUTPUT={out}|layername=geocoded"]
    for _ in range(2):
        done = run_algorithm(env, "preview_geocoding", *params, timeout=120)
        results = results_of(done)
    assert results["NOT_GEOCODED"] == 1 and "row 3 (Mill Without Country" in results["SUMMARY"]
    assert "row 3 (Mill Without Country" in done.stdout + done.stderr
    layer = QgsVectorLayer(f"{out}|layername=geocoded", "again", "ogr")
    assert layer.featureCount() == 5


def _as_xlsx(csv_path, xlsx_path):
    """The same addresses as a workbook (every cell text, as address lists are), written by GDAL."""
    from osgeo import gdal

    gdal.VectorTranslate(str(xlsx_path), str(csv_path), format="XLSX", layerName="addresses")
    return xlsx_path


def test_an_xlsx_of_text_cells_is_read_with_its_header_and_a_cancel_keeps_the_previous_layer(client, sandbox_server,
                                                                                             tmp_path):
    from epoch_eudr.core.api.errors import CancelledError
    from epoch_eudr.layers.operations.geocoding import preview_geocoding_to_gpkg

    xlsx = _as_xlsx(ADDRESSES, tmp_path / "addresses.xlsx")
    gpkg = tmp_path / "results.gpkg"
    done = preview_geocoding_to_gpkg(client, xlsx, gpkg, "geocoded")
    assert (done.total, done.placed) == (5, 4)  # the header is not taken for a sixth row
    assert "row 3 (Mill Without Country, Jalan Sudirman 5)" in done.summary()
    with pytest.raises(CancelledError):
        preview_geocoding_to_gpkg(client, ADDRESSES, gpkg, "geocoded", cancel=lambda: True)
    layer = QgsVectorLayer(f"{gpkg}|layername=geocoded", "kept", "ogr")
    assert layer.featureCount() == 5  # the previous preview, whole
