"""Bad input through the Processing algorithms and the dock (issue 13, items 12-15).

Each case ends in a correct result or a specific message naming the layer or feature and what to do;
a refusal leaves no output file; the input file keeps its checksum and the input layer its settings.
"""

import hashlib
import json

import pytest
from epoch_eudr.layers.inputs.source import build_upload, snapshot_layer
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .dock_driver import click, log_in
from .helpers import RecordingFeedback, memory_layer

SQUARE = [[-6.301234, 6.001234], [-6.291234, 6.001234], [-6.291234, 6.011234], [-6.301234, 6.011234],
          [-6.301234, 6.001234]]
SQUARE2 = [[x + 0.05, y] for x, y in SQUARE]
LATIN1_ROWS = [("CI-01", "Coopérative Soubré", "Côte d'Ivoire", "Route de Soubré", -6.35, 6.05),
               ("DE-02", "Müller Kaffeerösterei", "Germany", "Hafenstraße 1", 8.8, 53.1)]


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def uploads(monkeypatch):
    """What reached the sandbox's /validate_locations and batch endpoints: (file name, bytes)."""
    import epoch_eudr.sandbox.server as server

    seen = []
    original = server.read_features

    def recording(data, filename):
        seen.append((filename, data))
        return original(data, filename)

    monkeypatch.setattr(server, "read_features", recording)
    return seen


def _ogr_file(path, driver, srs, geometry_type, wkts):
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer(path.stem, srs, geometry_type)
    layer.CreateField(ogr.FieldDefn("plot", ogr.OFTString))
    for i, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("plot", f"P{i}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None  # noqa: F841 (closes the file)
    return path


def no_crs_layer(tmp_path):
    """A shapefile without .prj: coordinates in metres that QGIS cannot place."""
    path = _ogr_file(tmp_path / "site_plots.shp", "ESRI Shapefile", None, ogr.wkbPolygon,
                     ["POLYGON((1000 2000,1100 2000,1100 2100,1000 2100,1000 2000))"])
    layer = QgsVectorLayer(str(path), "site_plots", "ogr")
    assert layer.isValid() and not layer.crs().isValid()
    return layer, path


def local_crs_layer(tmp_path):
    srs = osr.SpatialReference()
    srs.SetFromUserInput('LOCAL_CS["Estate grid",LOCAL_DATUM["estate",0],UNIT["metre",1],AXIS["X",EAST],'
                         'AXIS["Y",NORTH]]')
    path = _ogr_file(tmp_path / "estate.gpkg", "GPKG", srs, ogr.wkbPolygon,
                     ["POLYGON((1000 2000,1100 2000,1100 2100,1000 2100,1000 2000))"])
    layer = QgsVectorLayer(str(path), "estate", "ogr")
    assert layer.isValid() and layer.crs().isValid() and not layer.crs().isGeographic()
    return layer, path


def geojson_file(path, geometries):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"plot": f"P{i}", "ProducerCountry": "CI"}, "geometry": g}
        for i, g in enumerate(geometries)]}))
    return path


def polygon(ring):
    return {"type": "Polygon", "coordinates": [ring]}


def collection(*members):
    return {"type": "GeometryCollection", "geometries": list(members)}


def address_csv(tmp_path, name="mills.csv"):
    """A table of addresses, no coordinate columns: nothing to check before geocoding."""
    path = tmp_path / name
    lines = ["facility_id,name,country,address"] + [",".join(str(v) for v in row[:4]) for row in LATIN1_ROWS]
    path.write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    return path


def latin1_csv(tmp_path, name="mills.csv"):
    path = tmp_path / name
    lines = ["facility_id,name,country,address,lon,lat"]
    lines += [",".join(str(v) for v in row) for row in LATIN1_ROWS]
    path.write_bytes(("\n".join(lines) + "\n").encode("latin-1"))
    return path


# -- item 12: coordinates not on Earth --------------------------------------------------------------

@pytest.mark.parametrize("make, words", [(no_crs_layer, "has no coordinate reference system"),
                                         (local_crs_layer, "'Estate grid', a local (engineering) CRS")])
def test_screen_submit_and_preflight_refuse_a_layer_not_on_earth(processing, env_login, uploads, tmp_path, make,
                                                                 words):
    layer, path = make(tmp_path)
    before = sha256(path)
    runs = [("epoch_eudr:screen_locations", {"LOCATION_TYPE": "plot", "OUTPUT": str(tmp_path / "s.gpkg")}),
            ("epoch_eudr:submit_batch", {"LOCATION_TYPE": "plot", "COLLECTION_NAME": "metres_as_degrees"}),
            ("epoch_eudr:preflight", {"LOCATION_TYPE": "plot", "OUTPUT": str(tmp_path / "p.gpkg")}),
            ("epoch_eudr:export_traces_geojson", {"LOCATION_TYPE": "plot", "FOLDER": str(tmp_path / "traces")})]
    for algorithm, parameters in runs:
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(algorithm, {"INPUT": layer, **parameters})
        text = str(caught.value)
        assert f"'{layer.name()}'" in text and words in text and "Set it in Layer Properties" in text, algorithm
    assert uploads == []  # nothing was sent as degrees
    assert not (tmp_path / "s.gpkg").exists() and not (tmp_path / "p.gpkg").exists()
    assert not (tmp_path / "traces").exists() or not list((tmp_path / "traces").iterdir())
    assert sha256(path) == before


def test_the_dock_refuses_a_layer_without_crs_for_screening_and_the_check(dock, tmp_path):
    layer, _ = no_crs_layer(tmp_path)
    QgsProject.instance().addMapLayer(layer)
    log_in(dock)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.run_button)
    assert "'site_plots' has no coordinate reference system" in screening.status.text()
    click(screening.check.check_button)
    assert "'site_plots' has no coordinate reference system" in screening.status.text()
    assert not screening.task_bar.busy() and not (tmp_path / "results.gpkg").exists()


def test_a_projected_crs_is_still_accepted(qgis_app):
    layer = memory_layer("Polygon?crs=EPSG:32630&field=plot:string",
                         [("POLYGON((500000 660000, 500100 660000, 500100 660100, 500000 660000))", ["P1"])])
    sent = json.loads(build_upload(snapshot_layer(layer), "plot").upload.content)
    lon, lat = sent["features"][0]["geometry"]["coordinates"][0][0]
    assert -3.01 < lon < -2.99 and 5.9 < lat < 6.0


# -- item 13: collections and null geometries are never sent as a table -----------------------------

def test_geometry_collections_go_as_their_parts_never_as_csv(processing, env_login, uploads, tmp_path):
    path = geojson_file(tmp_path / "collections.geojson", [
        collection(polygon(SQUARE), polygon(SQUARE2)),
        collection({"type": "Point", "coordinates": [-6.3, 6.0]}, polygon(SQUARE2)),
        collection({"type": "LineString", "coordinates": [[-6.3, 6.0], [-6.29, 6.0]]}),
    ])
    layer = QgsVectorLayer(str(path), "collections", "ogr")
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.Type.GeometryCollection and not layer.isSpatial()
    feedback = RecordingFeedback()
    result = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                            "OUTPUT": str(tmp_path / "s.gpkg")}, feedback=feedback)
    (filename, data), = uploads
    assert filename.endswith(".geojson")
    (sent,) = json.loads(data)["features"]
    assert sent["geometry"]["type"] == "MultiPolygon" and len(sent["geometry"]["coordinates"]) == 2
    rows = list(QgsVectorLayer(result["OUTPUT"], "s", "ogr").getFeatures())
    assert len(rows) == 1 and rows[0].geometry().type() == QgsWkbTypes.GeometryType.PolygonGeometry
    text = feedback.text
    assert "2 features not sent" in text and "feature 1: a geometry collection mixing points and polygons" in text
    assert "feature 2: a geometry collection holding lines" in text
    with pytest.raises(QgsProcessingException, match="'collections' holds mixed geometries"):
        processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "OUTPUT": str(tmp_path / "auto.gpkg")})


def test_a_geojson_whose_geometries_are_all_null_is_refused_not_geocoded(processing, env_login, uploads, tmp_path):
    path = geojson_file(tmp_path / "nowhere.geojson", [None, None])
    before = sha256(path)
    layer = QgsVectorLayer(str(path), "nowhere", "ogr")
    assert layer.wkbType() == QgsWkbTypes.Type.NoGeometry  # how OGR reports it
    for algorithm, extra in (("epoch_eudr:screen_locations", {"OUTPUT": str(tmp_path / "s.gpkg")}),
                             ("epoch_eudr:submit_batch", {"COLLECTION_NAME": "nowhere"})):
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(algorithm, {"INPUT": layer, "LOCATION_TYPE": "plot", **extra})
        text = str(caught.value)
        assert "'nowhere' has no feature with a usable geometry" in text and "feature 0: no geometry" in text
    assert uploads == [] and not (tmp_path / "s.gpkg").exists() and sha256(path) == before


def test_a_collection_layer_of_points_is_sent_as_points_and_polygons_refused_as_facilities(qgis_app):
    layer = memory_layer("GeometryCollection?crs=EPSG:4326&field=facility_id:string", [
        ("GEOMETRYCOLLECTION(POINT(-6.35 6.05))", ["CI-01"]),
        ("GEOMETRYCOLLECTION(POLYGON((-6.30 6.00, -6.29 6.00, -6.29 6.01, -6.30 6.00)))", ["CI-02"]),
    ])
    prepared = build_upload(snapshot_layer(layer), "facility")
    assert prepared.upload.kind == "geojson" and prepared.sent == 1
    assert prepared.skipped == [(2, "a polygon: facilities are points (screen polygons as plots)")]
    (sent,) = json.loads(prepared.upload.content)["features"]
    assert sent["geometry"]["type"] == "MultiPoint"


# -- item 14: the preflight on what has no geometry to check -------------------------------------------

def _xlsx(path):
    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = dataset.CreateLayer("farms", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("farm", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("farm", "Finca Uno")
    layer.CreateFeature(feature)
    dataset = None  # noqa: F841 (closes the file)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx", "memory table"])
def test_the_preflight_refuses_a_table_with_no_output(processing, tmp_path, kind):
    if kind == "csv":
        path = address_csv(tmp_path)
        layer = QgsVectorLayer(str(path), "mills", "ogr")
    elif kind == "xlsx":
        path = _xlsx(tmp_path / "farms.xlsx")
        layer = QgsVectorLayer(str(path), "farms", "ogr")
    else:
        path, layer = None, memory_layer("None?field=farm:string", [(None, ["Finca Uno"])], "farms")
    assert layer.isValid() and layer.wkbType() == QgsWkbTypes.Type.NoGeometry
    before = sha256(path) if path else None
    for fix in (False, True):
        out = tmp_path / f"p{fix}.gpkg"
        with pytest.raises(QgsProcessingException, match=f"'{layer.name()}' is a table without geometry: the check "
                                                         "before upload tests"):
            processing.run("epoch_eudr:preflight", {"INPUT": layer, "FIX": fix, "OUTPUT": str(out)})
        assert not out.exists()
    with pytest.raises(QgsProcessingException, match="is a table without geometry"):
        processing.run("epoch_eudr:export_traces_geojson", {"INPUT": layer, "FOLDER": str(tmp_path / "t")})
    assert not (tmp_path / "t").exists() or not list((tmp_path / "t").iterdir())
    if path:
        assert sha256(path) == before


def test_the_preflight_checks_each_member_of_a_collection(processing, tmp_path):
    path = geojson_file(tmp_path / "collections.geojson", [
        collection(polygon(SQUARE), polygon(SQUARE2)),
        collection({"type": "Point", "coordinates": [-6.3, 6.0]}, polygon(SQUARE2)),
        None,
    ])
    before = sha256(path)
    layer = QgsVectorLayer(str(path), "collections", "ogr")
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot",
                                                     "OUTPUT": str(tmp_path / "p.gpkg")})
    out = QgsVectorLayer(result["OUTPUT"], "p", "ogr")
    assert out.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry  # styled: no setColor on None
    rows = {f["source_fid"]: f for f in out.getFeatures()}
    assert "multipart" in rows[0]["issues"] and rows[0].geometry().constGet().numGeometries() == 2
    assert 200 < rows[0]["area_ha"] < 260  # both members measured
    # points and polygons together: accepted by the EU (2026 text, rule 2), each member checked by its rules;
    # the polygon is drawn in the output layer, the point beside it in the second one (OTHER_OUTPUT)
    assert "unsupported_type" not in rows[1]["issues"] and rows[1]["area_ha"] > 100
    assert not rows[1].geometry().isNull()
    points = QgsVectorLayer(result["OTHER_OUTPUT"], "points", "ogr")
    assert [f["source_fid"] for f in points.getFeatures()] == [1]
    assert points.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    assert "null_geometry" in rows[2]["issues"]
    fixed = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot", "FIX": True,
                                                    "OUTPUT": str(tmp_path / "f.gpkg")})
    parts = [f for f in QgsVectorLayer(fixed["OUTPUT"], "f", "ogr").getFeatures() if f["source_fid"] == 0]
    assert len(parts) == 2 and all(len(p.geometry().asGeometryCollection()) == 1 for p in parts)  # one each
    assert sha256(path) == before


def test_the_preflight_refuses_a_layer_with_nothing_to_draw(processing, tmp_path):
    path = geojson_file(tmp_path / "lines_only.geojson", [
        collection({"type": "LineString", "coordinates": [[-6.3, 6.0], [-6.29, 6.0]]}), None])
    layer = QgsVectorLayer(str(path), "lines_only", "ogr")
    out = tmp_path / "p.gpkg"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot", "OUTPUT": str(out)})
    text = str(caught.value)
    assert "'lines_only' has no point or polygon to check (2 features; feature 0: a GeometryCollection; " \
           "feature 1: no geometry)" in text
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".epoch-")]


def test_the_dock_check_refuses_a_table_before_any_task(dock, tmp_path):
    path = address_csv(tmp_path)
    dock.screening.file_widget.setFilePath(str(path))
    click(dock.screening.check.check_button)
    assert "'mills' is a table without geometry" in dock.screening.status.text()
    assert not dock.screening.task_bar.busy() and not (tmp_path / "results.gpkg").exists()


# -- item 15: encodings ---------------------------------------------------------------------------------

def test_a_latin1_csv_layer_is_screened_with_its_names_intact(processing, env_login, uploads, tmp_path):
    path = latin1_csv(tmp_path)
    before = sha256(path)
    layer = QgsVectorLayer(str(path), "mills", "ogr")
    assert "Coop\ufffdrative Soubr\ufffd" in [f["name"] for f in layer.getFeatures()]  # how QGIS opens it
    feedback = RecordingFeedback()
    result = processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": "facility",
                                                            "OUTPUT": str(tmp_path / "s.gpkg")}, feedback=feedback)
    assert "is Windows-1252 text: read as Windows-1252, not as UTF-8" in feedback.text
    (filename, data), = uploads
    assert filename.endswith(".csv") and "Coopérative Soubré" in data.decode("utf-8")
    assert "\ufffd" not in data.decode("utf-8")
    names = {f["facility_id"]: f for f in QgsVectorLayer(result["OUTPUT"], "s", "ogr").getFeatures()}
    assert set(names) == {"CI-01", "DE-02"}
    assert sha256(path) == before and layer.dataProvider().encoding() == "UTF-8"  # the user's layer as it was


def test_a_latin1_delimited_text_layer_with_coordinates_reads_right(qgis_app, tmp_path):
    path = latin1_csv(tmp_path)
    layer = QgsVectorLayer(f"file://{path}?delimiter=,&xField=lon&yField=lat&crs=EPSG:4326", "mills",
                           "delimitedtext")
    assert layer.isValid() and layer.isSpatial()
    prepared = build_upload(snapshot_layer(layer), "facility")
    sent = json.loads(prepared.upload.content)["features"]
    assert [f["properties"]["name"] for f in sent] == [row[1] for row in LATIN1_ROWS]
    assert "encoding" not in layer.source()  # the user's layer keeps its own settings


def test_an_explicit_encoding_chosen_by_the_user_is_kept(qgis_app, tmp_path):
    path = latin1_csv(tmp_path)
    layer = QgsVectorLayer(str(path), "mills", "ogr")
    layer.setProviderEncoding("ISO-8859-1")
    snapshot = snapshot_layer(layer)
    assert snapshot.notes == []
    assert [f["name"] for f in snapshot.source.getFeatures()][0] == "Coopérative Soubré"


def test_a_utf8_csv_read_as_latin1_by_mistake_is_read_as_utf8(qgis_app, tmp_path):
    path = tmp_path / "utf8.csv"
    path.write_text("facility_id,name\nCI-01,Coopérative Soubré\n", encoding="utf-8")
    layer = QgsVectorLayer(str(path), "utf8", "ogr")
    layer.setProviderEncoding("windows-1252")
    snapshot = snapshot_layer(layer)
    assert [f["name"] for f in snapshot.source.getFeatures()] == ["Coopérative Soubré"]
    assert "read as UTF-8, not as windows-1252" in snapshot.notes[0]


def test_a_csv_in_no_known_encoding_is_refused_saying_how_to_save_it(processing, env_login, uploads, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"facility_id,name,country\nCI-01,Coop\x81rative,CI\n")
    layer = QgsVectorLayer(str(path), "broken", "ogr")
    with pytest.raises(QgsProcessingException, match=r"'broken' \(broken.csv\) is neither UTF-8 nor Windows-1252.*"
                                                     r"byte 0x81.*CSV UTF-8"):
        processing.run("epoch_eudr:screen_locations", {"INPUT": layer, "LOCATION_TYPE": "facility",
                                                       "OUTPUT": str(tmp_path / "s.gpkg")})
    assert uploads == [] and not (tmp_path / "s.gpkg").exists()


def test_layers_from_other_providers_are_untouched(qgis_app):
    layer = memory_layer("Point?crs=EPSG:4326&field=name:string", [("POINT(-6.35 6.05)", ["Coopérative"])])
    snapshot = snapshot_layer(layer)
    assert snapshot.notes == [] and snapshot.crs == QgsCoordinateReferenceSystem("EPSG:4326")
