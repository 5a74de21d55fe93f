"""What suppliers send, read by the preflight: a GeometryCollection of a point and a polygon, a table of
coordinates, a KML file cut short, a file without any geometry; and a TRACES export that must refuse.
Through Processing, qgis_process and the dock, as users run them."""

import hashlib
import json
from pathlib import Path

import pytest
from epoch_eudr.layers.words.preflight import finding_sentences
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer, QgsWkbTypes

from .dock_driver import click, wait_until
from .helpers import qgis_process_env, run_algorithm

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "preflight"
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"
COLLECTION = DATA / "collection_point_polygon.geojson"
FARMS = DATA / "supplier_farms_es.csv"
AMBIGUOUS = DATA / "petani_ambiguous.csv"


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def rows(uri):
    return list(QgsVectorLayer(uri, "rows", "ogr").getFeatures())


@pytest.fixture(scope="module")
def qp(tmp_path_factory):
    """qgis_process with the plugin enabled in a fresh profile (the offline algorithms need no server)."""
    env = qgis_process_env(tmp_path_factory.mktemp("profile"))
    for name in ("EPOCH_EMAIL", "EPOCH_PASSWORD", "EPOCH_API_KEY", "EPOCH_USER_ID"):
        env.pop(name, None)

    def run(algorithm, *params, json_output=True):
        return run_algorithm(env, algorithm, *params, as_json=json_output, timeout=300)

    return run


# -- a GeometryCollection of a point and a polygon (EU GeoJSON File Description v1.3, rule 2) -------------------

def assert_collection_drawn(polygons_uri, points_uri):
    (polygon,) = rows(polygons_uri)
    (point,) = rows(points_uri)
    assert polygon["source_fid"] == point["source_fid"] == 0
    assert polygon.geometry().type() == QgsWkbTypes.GeometryType.PolygonGeometry
    assert point.geometry().type() == QgsWkbTypes.GeometryType.PointGeometry
    assert point.geometry().asGeometryCollection()[0].asPoint().x() == pytest.approx(-6.594321)
    assert polygon["severity"] != "error" and "unsupported_type" not in polygon["issues"]
    assert 1.2 < polygon["area_ha"] < 1.6


def test_processing_checks_and_draws_both_members_of_a_collection(processing, tmp_path):
    before = sha256(COLLECTION)
    layer = QgsVectorLayer(str(COLLECTION), "collection", "ogr")
    for fix in (False, True):
        result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LOCATION_TYPE": "plot", "FIX": fix,
                                                         "OUTPUT": str(tmp_path / f"c{fix}.gpkg")})
        assert result["OTHER_OUTPUT"].endswith("_points")
        assert_collection_drawn(result["OUTPUT"], result["OTHER_OUTPUT"])
    assert sha256(COLLECTION) == before


def test_qgis_process_checks_a_collection(qp, tmp_path):
    out = tmp_path / "c.gpkg"
    run = qp("preflight", f"INPUT={COLLECTION}", "LOCATION_TYPE=plot", f"OUTPUT={out}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout[run.stdout.index("{"):])["results"]
    assert_collection_drawn(results["OUTPUT"], results["OTHER_OUTPUT"])


def test_dock_checks_and_draws_a_collection(dock):
    layer = QgsVectorLayer(str(COLLECTION), "collection", "ogr")
    QgsProject.instance().addMapLayer(layer)
    dock.screening.layer_combo.setLayer(layer)
    click(dock.screening.check.check_button)
    wait_until(lambda: dock.screening.check.issues.count() > 0)
    assert "has no point or polygon" not in dock.screening.status.text()
    names = {lay.name(): lay for lay in QgsProject.instance().mapLayers().values()}
    polygons, points = names["Preflight: collection"], names["Preflight: collection (points)"]
    assert polygons.featureCount() == 1 and points.featureCount() == 1
    assert polygons.renderer() is not None and points.renderer() is not None
    assert points.geometryType() == QgsWkbTypes.GeometryType.PointGeometry


# -- tables of coordinates ----------------------------------------------------------------------------------------

def xlsx_farms(path):
    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    table = dataset.CreateLayer("fazendas", None, ogr.wkbNone)
    for name, kind in (("fazenda", ogr.OFTString), ("Latitude", ogr.OFTReal), ("Longitude", ogr.OFTReal)):
        table.CreateField(ogr.FieldDefn(name, kind))
    for name, lat, lon in (("Boa Vista", -15.812345, -47.912345), ("Santa Rita", -15.822345, -47.922345)):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("fazenda", name)
        feature.SetField("Latitude", lat)
        feature.SetField("Longitude", lon)
        table.CreateFeature(feature)
    dataset = None  # noqa: F841 (closes the file)
    return path


def assert_farms_read(uri):
    found = dict(zip(("GT-001", "GT-002", "GT-003"), sorted(rows(uri), key=lambda f: f["source_fid"])))
    assert len(rows(uri)) == 3
    point = found["GT-002"].geometry().asGeometryCollection()[0].asPoint()  # "14,571234": a decimal comma
    assert (point.x(), point.y()) == pytest.approx((-90.721234, 14.571234))
    swapped = found["GT-003"]
    assert "coordinates_swapped" in swapped["issues"] and "look swapped" in " ".join(
        finding_sentences(swapped["findings"]))
    point = swapped.geometry().asGeometryCollection()[0].asPoint()
    assert (point.x(), point.y()) == pytest.approx((-90.711234, 14.581234))
    assert found["GT-001"]["country_iso2"] == "GT" and "coordinates_swapped" not in found["GT-001"]["issues"]


def test_processing_reads_a_csv_and_an_xlsx_by_their_coordinate_columns(processing, tmp_path):
    before = sha256(FARMS)
    layer = QgsVectorLayer(str(FARMS), "farms", "ogr")
    assert layer.wkbType() == QgsWkbTypes.Type.NoGeometry
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": str(tmp_path / "csv.gpkg")})
    assert_farms_read(result["OUTPUT"])
    assert all("point_over_4ha" not in f["issues"] for f in rows(result["OUTPUT"]))  # rows with Area: plots
    xlsx = QgsVectorLayer(str(xlsx_farms(tmp_path / "fazendas.xlsx")), "fazendas", "ogr")
    result = processing.run("epoch_eudr:preflight", {"INPUT": xlsx, "OUTPUT": str(tmp_path / "xlsx.gpkg")})
    assert {f["country_iso2"] for f in rows(result["OUTPUT"])} == {"BR"}
    assert sha256(FARMS) == before


def test_processing_asks_for_unclear_coordinate_columns(processing, tmp_path):
    layer = QgsVectorLayer(str(AMBIGUOUS), "petani", "ogr")
    with pytest.raises(QgsProcessingException, match="'lintang', 'lintang_gps', 'bujur' may hold the coordinates.*"
                                                     "LATITUDE_FIELD and LONGITUDE_FIELD"):
        processing.run("epoch_eudr:preflight", {"INPUT": layer, "OUTPUT": str(tmp_path / "a.gpkg")})
    assert not (tmp_path / "a.gpkg").exists()
    result = processing.run("epoch_eudr:preflight", {"INPUT": layer, "LATITUDE_FIELD": "lintang_gps",
                                                     "LONGITUDE_FIELD": "bujur", "OUTPUT": str(tmp_path / "b.gpkg")})
    assert {f["country_iso2"] for f in rows(result["OUTPUT"])} == {"ID"}


def test_qgis_process_reads_a_csv(qp, tmp_path):
    out = tmp_path / "farms.gpkg"
    run = qp("preflight", f"INPUT={FARMS}", f"OUTPUT={out}")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert_farms_read(str(out))


def test_dock_reads_a_csv_and_asks_when_unsure(dock):
    screening = dock.screening
    screening.file_widget.setFilePath(str(FARMS))
    click(screening.check.check_button)
    wait_until(lambda: QgsProject.instance().mapLayersByName("Preflight: supplier_farms_es"))
    (layer,) = QgsProject.instance().mapLayersByName("Preflight: supplier_farms_es")
    assert layer.featureCount() == 3 and layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    asked = []
    screening.check.ask_coordinates = lambda name, columns: asked.append(columns) or ("lintang_gps", "bujur")
    screening.file_widget.setFilePath(str(AMBIGUOUS))
    click(screening.check.check_button)
    wait_until(lambda: QgsProject.instance().mapLayersByName("Preflight: petani_ambiguous"))
    assert asked and asked[0][:3] == ["lintang", "lintang_gps", "bujur"]
    (layer,) = QgsProject.instance().mapLayersByName("Preflight: petani_ambiguous")
    assert layer.featureCount() == 2


# -- files that cannot be read, or hold no geometry -------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ["preflight", "screen_locations"])
def test_qgis_process_says_what_is_wrong_with_a_truncated_kml(qp, tmp_path, algorithm):
    run = qp(algorithm, f"INPUT={DATA / 'truncated_plots.kml'}", f"OUTPUT={tmp_path / 'k.gpkg'}", json_output=False)
    said = run.stdout + run.stderr
    assert run.returncode != 0
    assert "'truncated_plots.kml' cannot be read as a vector layer" in said and "no element found" in said
    assert "cut short or damaged" in said
    assert not (tmp_path / "k.gpkg").exists()


def test_qgis_process_export_names_the_missing_layer_and_the_layers_the_file_has(qp, tmp_path):
    """A fine GeoPackage and a wrong ``|layername=``: the layer is missing, the file is not damaged."""
    gpkg = tmp_path / "preflight.gpkg"
    dataset, source = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg)), ogr.Open(str(SAMPLE))
    for name in ("plots", "mills"):
        dataset.CopyLayer(source.GetLayer(0), name)
    dataset = source = None
    before = sha256(gpkg)
    run = qp("export_traces_geojson", f"INPUT={gpkg}|layername=nope", f"FOLDER={tmp_path / 'eu'}",
             json_output=False)
    said = run.stdout + run.stderr
    assert run.returncode != 0
    assert "'preflight.gpkg' holds no layer named 'nope'. Its layers: 'plots', 'mills'." in said, said[-2000:]
    assert "cut short" not in said and "damaged" not in said
    assert not list((tmp_path / "eu").glob("*.geojson")) and sha256(gpkg) == before


@pytest.mark.parametrize("algorithm", ["preflight", "screen_locations"])
def test_qgis_process_says_a_file_has_no_geometry(qp, tmp_path, algorithm):
    run = qp(algorithm, f"INPUT={DATA / 'no_geometry.geojson'}", f"OUTPUT={tmp_path / 'n.gpkg'}", json_output=False)
    said = run.stdout + run.stderr
    assert run.returncode != 0
    assert "has 2 features and not one has a geometry" in said
    assert "set LOCATION_TYPE" not in said


# -- the TRACES export refuses, once, naming the features ----------------------------------------------------------

def test_processing_export_refuses_features_with_errors_and_writes_nothing(processing, tmp_path):
    from .test_preflight_qgis import messy_layer

    folder = tmp_path / "eu"
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("epoch_eudr:export_traces_geojson", {"INPUT": messy_layer(), "FOLDER": str(folder)})
    text = str(caught.value)
    assert "3 features have errors the EU system refuses, so no file was written" in text
    assert "Feature 2 (Finca B): The outline crosses itself" in text and "INCLUDE_ERRORS" in text
    assert not folder.exists() or not list(folder.iterdir())


def test_qgis_process_export_refuses_once_and_warns_about_producer_country(qp, tmp_path):
    before = sha256(SAMPLE)
    refused = qp("export_traces_geojson", f"INPUT={SAMPLE}", f"FOLDER={tmp_path / 'eu'}", json_output=False)
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0, said[-2000:]
    assert said.count("have errors the EU system refuses") == 1, said[-3000:]
    assert "Feature 1 (N_AR_105_01): Area is the text '5,84'" in said or "Area is the text '5,84'" in said
    assert not list((tmp_path / "eu").glob("*.geojson"))
    written = qp("export_traces_geojson", f"INPUT={SAMPLE}", "INCLUDE_ERRORS=true", f"FOLDER={tmp_path / 'all'}",
                 json_output=False)
    said = written.stdout + written.stderr
    assert written.returncode == 0, said[-2000:]
    assert "30 features written without ProducerCountry" in said and "COUNTRY_FIELD=Pais" in said
    mapped = qp("export_traces_geojson", f"INPUT={SAMPLE}", "INCLUDE_ERRORS=true", "COUNTRY_FIELD=Pais",
                f"FOLDER={tmp_path / 'mapped'}", json_output=False)
    said = mapped.stdout + mapped.stderr
    assert mapped.returncode == 0, said[-2000:]
    assert "6 features written without ProducerCountry (the first: feature 0): their field 'Pais' is empty" \
        in said  # 6 plots leave Pais empty
    assert sha256(SAMPLE) == before
