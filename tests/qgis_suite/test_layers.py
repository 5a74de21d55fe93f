import json
from pathlib import Path

import pytest
from epoch_eudr.core.api import EpochClient, PasswordCredentials
from epoch_eudr.core.api.errors import CancelledError
from epoch_eudr.core.result_rows import SOURCE_KEY
from epoch_eudr.layers.inputs.source import SourceError, build_upload, guess_location_type, snapshot_layer
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.task import OperationTask
from epoch_eudr.layers.qgis_compat import is_integer, is_type
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer, store_style
from epoch_eudr.sandbox import DEMO_EMAIL
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsVectorLayer,
)

from .helpers import memory_layer  # noqa: E402

REAL = Path(__file__).resolve().parents[1] / "data" / "real"  # copied from shared/, kept in the repo


def test_layer_in_utm_with_z_becomes_wgs84_upload_with_source_keys(qgis_app):
    layer = memory_layer("PolygonZ?crs=EPSG:32616&field=Nombre:string&field=area:double", [
        ("POLYGONZ((720000 1470000 5, 720100 1470000 5, 720100 1470100 5, 720000 1470000 5))", ["Ana", 1.5]),
        (None, ["No shape", None]),
        ("POLYGONZ((720200 1470000 1, 720300 1470000 1, 720300 1470100 1, 720200 1470000 1))", ["Luis", None]),
    ])
    before = [f.geometry().asWkt() for f in layer.getFeatures()]
    assert guess_location_type(layer) == "plot"
    prepared = build_upload(snapshot_layer(layer), "plot")
    collection = json.loads(prepared.upload.content)
    assert prepared.sent == 2 and prepared.skipped == [(2, "no geometry")]
    first = collection["features"][0]
    assert first["properties"] == {"Nombre": "Ana", "area": 1.5, SOURCE_KEY: 1}
    ring = first["geometry"]["coordinates"][0]
    assert all(len(p) == 2 for p in ring)  # Z dropped
    assert -85.5 < ring[0][0] < -84.5 and 13 < ring[0][1] < 14  # EPSG:4326 lon/lat (UTM 16N, ~85°W)
    assert collection["features"][1]["properties"]["area"] is None
    assert [f.geometry().asWkt() for f in layer.getFeatures()] == before  # input untouched
    assert "feature 2: no geometry" in prepared.skipped_summary()


def test_selection_only_and_empty_selection(qgis_app):
    layer = memory_layer("Point?crs=EPSG:4326&field=name:string",
                          [("POINT(110 -0.5)", ["A"]), ("POINT(111 -0.6)", ["B"])])
    assert guess_location_type(layer) == "facility"
    with pytest.raises(SourceError, match="no selected features"):
        snapshot_layer(layer, selected_only=True)
    layer.selectByIds([2])
    prepared = build_upload(snapshot_layer(layer, selected_only=True), "facility")
    names = [f["properties"]["name"] for f in json.loads(prepared.upload.content)["features"]]
    assert names == ["B"]


def test_table_without_geometry_goes_as_csv(qgis_app):
    layer = memory_layer("None?field=facility_name:string&field=address:string&field=country:string",
                          [(None, ["Mill", "Jl. Sawit 1", "Indonesia"])])
    prepared = build_upload(snapshot_layer(layer), None)
    assert prepared.upload.kind == "csv"
    assert prepared.upload.content.decode().splitlines() == [
        f"facility_name,address,country,{SOURCE_KEY}", "Mill,Jl. Sawit 1,Indonesia,1"]


def test_layer_with_only_null_geometries_is_refused(qgis_app):
    layer = memory_layer("Polygon?crs=EPSG:4326&field=a:int", [(None, [1])])
    with pytest.raises(SourceError, match="no feature with a usable geometry"):
        build_upload(snapshot_layer(layer), "plot")


def test_assessments_written_typed_styled_and_style_saved(qgis_app, client, tmp_path):
    gpkg = tmp_path / "results.gpkg"
    write_layer(client.fetch_supply_shed(), "assessments", gpkg, "assessments")
    store_style(gpkg, "assessments", "assessments")  # the worker's step
    layer = open_result_layer(gpkg, "assessments", "assessments")
    fields = layer.fields()
    assert is_type(fields.field("nc_percent"), "Double")
    assert is_integer(fields.field("noncompliance_plot_count"))
    assert is_type(fields.field("ingestion_date"), "QDateTime")
    assert layer.attributeAlias(fields.indexOf("company_name")) == "Producer"
    assert layer.attributeAlias(fields.indexOf("nc_percent")) == "NC %"
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.orderByEnabled()
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours == {"compliant": "#16a34a", "unknown": "#94a3b8", "medium-risk": "#ca8a04",
                       "high-risk": "#dc3545"}
    assert "maptip_html" not in fields.names() and '"company_name"' in layer.mapTipTemplate()
    statuses = {f["status"] for f in layer.getFeatures()}
    assert statuses == {"High Risk", "Medium Risk", "Compliant", "Not Assessable"}
    # facility_geo gives a point even to rows without geometry
    mekong = next(f for f in layer.getFeatures() if f["company_name"] == "Mekong Rubber Trading")
    assert mekong.geometry().asPoint().x() == pytest.approx(106.9)
    reopened = QgsVectorLayer(f"{gpkg}|layername=assessments", "again", "ogr")  # default style from the file
    assert isinstance(reopened.renderer(), QgsCategorizedSymbolRenderer)
    assert {c.value() for c in reopened.renderer().categories()} == set(colours)


def test_result_task_adds_layer_and_cancel_adds_none(qgis_app, client, tmp_path):
    project = QgsProject.instance()
    project.clear()
    messages = []
    gpkg = tmp_path / "r.gpkg"
    cid = next(iter(client.fetch_supply_shed(filters={"commodity": "coffee"})))["properties"]["collection_id"]
    task = OperationTask("Load plots", lambda progress, cancel: ops.plots_to_gpkg(
        client, cid, gpkg, "plots_coffee", progress=progress, cancel=cancel),
        notify=lambda level, text: messages.append(text))
    assert task.run()
    task.finished(True)
    assert len(project.mapLayers()) == 1 and "30 plots loaded" in messages[-1]
    cancelled = OperationTask("Load again", lambda progress, cancel: ops.plots_to_gpkg(
        client, cid, tmp_path / "other.gpkg", "x", progress=progress, cancel=cancel),
        notify=lambda level, text: messages.append(text))
    cancelled.cancel()
    assert not cancelled.run()
    cancelled.finished(False)
    assert len(project.mapLayers()) == 1 and "cancelled" in messages[-1]
    assert not (tmp_path / "other.gpkg").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["r.gpkg"]
    project.clear()


def test_failed_task_reports_the_error(qgis_app, sandbox_server, tmp_path):
    messages = []
    wrong = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, "changed-password"))
    task = OperationTask("Load assessments", lambda progress, cancel: ops.assessments_to_gpkg(
        wrong, tmp_path / "a.gpkg", "a", progress=progress, cancel=cancel),
        notify=lambda level, text: messages.append(text))
    assert not task.run()
    task.finished(False)
    assert "Load assessments: Epoch refused the email or password" in messages[-1]
    assert list(tmp_path.iterdir()) == []


def test_real_nicaragua_plots_upload(qgis_app):
    layer = QgsVectorLayer(str(REAL / "nicaragua_coffee_efico.geojson"), "nic", "ogr")
    prepared = build_upload(snapshot_layer(layer), guess_location_type(layer))
    assert prepared.location_type == "plot" and prepared.sent == 1124
    QgsApplication.processEvents()


def test_zero_features_still_make_a_typed_styled_layer(qgis_app, tmp_path):
    gpkg = tmp_path / "empty.gpkg"
    assert write_layer(iter([]), "plots", gpkg, "plots").count == 0
    layer = open_result_layer(gpkg, "plots", "plots")
    assert layer.isValid() and list(layer.getFeatures()) == []
    assert is_type(layer.fields().field("noncompliance_area"), "Double")
    assert layer.fields().indexOf("status_key") >= 0 and isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)


def test_every_kind_of_the_catalogue_has_its_style_and_geometry(qgis_app, tmp_path):
    """Writer and styles read the catalogue (core/result_kinds.py): no kind without a renderer or a geometry."""
    from epoch_eudr.core.result_kinds import RESULT_KINDS
    from epoch_eudr.layers.styles.renderers import RENDERERS
    from qgis.core import QgsWkbTypes

    assert {kind.style_key for kind in RESULT_KINDS.values()} <= set(RENDERERS)
    gpkg = tmp_path / "kinds.gpkg"
    for key in ("outline", "facility_point"):
        assert write_layer(iter([]), key, gpkg, key, derive=False).count == 0
    expected = {"outline": QgsWkbTypes.GeometryType.PolygonGeometry,
                "facility_point": QgsWkbTypes.GeometryType.PointGeometry}
    for key, geometry in expected.items():
        layer = open_result_layer(gpkg, key, key)
        assert layer.geometryType() == geometry and layer.renderer().type() == "singleSymbol"
    points = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.0, 6.0]},
               "properties": {"plotid": "p1", "area": 1.0}}]
    write_layer(iter(points), "screened_plots", gpkg, "points")  # plots given as points: the catalogue says so
    layer = open_result_layer(gpkg, "points", "screened_plots")
    assert QgsWkbTypes.displayString(layer.wkbType()) == "MultiPoint"
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)


def test_raw_geometry_stream_in_parts_matches_a_parsed_one(qgis_app, client, tmp_path):
    """Parts of 4 features (a first part of 1), new keys in later parts, raw geometry: same layer."""
    cid = next(iter(client.fetch_supply_shed(filters={"commodity": "coffee"})))["properties"]["collection_id"]
    parsed = [dict(f) for f in client.fetch_deforestation_check(cid)]
    for i, feature in enumerate(parsed):
        if i >= 9:
            feature["properties"] = {**feature["properties"], "late_extra": i}
    write_layer(iter(parsed), "plots", tmp_path / "a.gpkg", "plots")
    stream = client.fetch_deforestation_check(cid)
    assert write_layer(stream, "plots", tmp_path / "b.gpkg", "plots", part_features=4).count == len(parsed) == 30
    assert stream.parser.raw_geometry  # the writer asked for raw geometry
    a = QgsVectorLayer(f"{tmp_path / 'a.gpkg'}|layername=plots", "a", "ogr")
    b = QgsVectorLayer(f"{tmp_path / 'b.gpkg'}|layername=plots", "b", "ogr")
    assert a.featureCount() == b.featureCount() == 30
    assert [f.name() for f in a.fields()][:-1] == [f.name() for f in b.fields()]  # 'late_extra' only in a
    assert is_integer(a.fields().field("late_extra"))
    for fa, fb in zip(a.getFeatures(), b.getFeatures()):
        assert fa["plotid"] == fb["plotid"] and fa["status"] == fb["status"] and fa["area"] == fb["area"]
        assert fa.geometry().equals(fb.geometry())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".epoch-")]  # no parts left behind


def test_cancel_between_parts_leaves_the_existing_file_untouched(qgis_app, client, tmp_path):
    gpkg = tmp_path / "keep.gpkg"
    write_layer(client.fetch_supply_shed(), "assessments", gpkg, "assessments")
    before = gpkg.read_bytes()
    cid = next(iter(client.fetch_supply_shed(filters={"commodity": "coffee"})))["properties"]["collection_id"]
    seen = []

    def features():
        for f in client.fetch_deforestation_check(cid):
            seen.append(f)
            yield f

    with pytest.raises(CancelledError):
        write_layer(features(), "plots", gpkg, "plots", part_features=2, cancel=lambda: len(seen) > 20)
    assert gpkg.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.gpkg"]
