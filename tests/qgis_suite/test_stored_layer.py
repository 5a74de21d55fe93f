"""A task's worker reads the project's results GeoPackage with GDAL (``StoredLayer``), never through a second QGIS
provider on the file the project shows (that can deadlock with the main thread changing the layer's filter). What
it reads must be what QGIS reads: the same rows, values and geometries, the same filter and selection."""

import pytest
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.layers.inputs.features import StoredLayer, stored_count, stored_rows, wgs84_rows
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_report import rows_of_layer
from osgeo import ogr, osr
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from .helpers import DEMO_EMAIL, DEMO_PASSWORD


def _same(stored, layer, request=None):
    ours = list(stored_rows(stored, selected_only=bool(stored.fids)))
    theirs = list(wgs84_rows(layer, request or QgsFeatureRequest()))
    assert [row for row, _ in ours] == [row for row, _ in theirs]
    for (_, mine), (_, qgis) in zip(ours, theirs):
        assert (mine is None) == (qgis is None)
        if mine is not None:
            assert mine.asWkt(9) == qgis.asWkt(9)
    return ours


@pytest.fixture(scope="module")
def assessments(sandbox_server, tmp_path_factory):
    from epoch_eudr.core.api.auth import PasswordCredentials
    from epoch_eudr.core.api.client import EpochClient

    gpkg = tmp_path_factory.mktemp("stored") / "results.gpkg"
    ops.assessments_to_gpkg(EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD)), gpkg)
    return gpkg


def test_the_assessments_read_by_gdal_are_what_qgis_reads(assessments):
    layer = QgsVectorLayer(f"{assessments}|layername=assessments", "a", "ogr")
    stored = StoredLayer.of_source(layer.source())
    assert stored.path == str(assessments) and stored.name == "assessments" and not stored.subset
    rows = _same(stored, layer)
    assert len(rows) == layer.featureCount() == stored_count(stored) > 10
    assert any(isinstance(value, str) and value[:2] == "20" and "T" in value for value in rows[0][0].values())
    assert rows_of_layer(stored) == rows_of_layer(layer)  # the field report's rows, facility_geo and all


def test_a_filter_and_a_selection_are_those_qgis_applies(assessments):
    layer = QgsVectorLayer(f"{assessments}|layername=assessments", "a", "ogr")
    layer.setSubsetString('"noncompliance_plot_count" > 0')
    kept = sorted(f.id() for f in layer.getFeatures())
    everything = sorted(f.id() for f in QgsVectorLayer(f"{assessments}|layername=assessments", "b", "ogr")
                        .getFeatures())
    assert 0 < len(kept) < len(everything)
    stored = StoredLayer.of_source(layer.source())
    assert stored.subset == '"noncompliance_plot_count" > 0' and stored_count(stored) == len(kept)
    _same(stored, layer)
    picked = [everything[0], kept[-1], everything[-1]]
    plain = QgsVectorLayer(f"{assessments}|layername=assessments", "c", "ogr")
    plain.selectByIds(picked)
    request = QgsFeatureRequest().setFilterFids(plain.selectedFeatureIds())
    read = _same(StoredLayer.of_source(plain.source(), plain.selectedFeatureIds()), plain, request)
    assert [row["epoch_source_fid"] for row, _ in read] == sorted(picked)
    # a selection is what was selected, filter or not (as QGIS gives it)
    filtered = StoredLayer.of_source(layer.source(), picked)
    assert [row["epoch_source_fid"] for row, _ in stored_rows(filtered, True)] == sorted(picked)


def test_every_kind_of_field_and_another_crs_read_as_qgis_reads_them(tmp_path):
    gpkg = tmp_path / "kinds.gpkg"
    mercator = osr.SpatialReference()
    mercator.ImportFromEPSG(3857)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = dataset.CreateLayer("kinds", mercator, ogr.wkbMultiPolygon)
    flag = ogr.FieldDefn("flag", ogr.OFTInteger)
    flag.SetSubType(ogr.OFSTBoolean)
    for definition in (ogr.FieldDefn("name", ogr.OFTString), ogr.FieldDefn("count", ogr.OFTInteger64),
                       ogr.FieldDefn("share", ogr.OFTReal), ogr.FieldDefn("day", ogr.OFTDate),
                       ogr.FieldDefn("at", ogr.OFTDateTime), flag):
        layer.CreateField(definition)
    values = [("Café « Ñ »", 2 ** 40, 0.125, "2024-02-29", "2024-02-29T23:59:58.9Z", 1, "MULTIPOLYGON(((0 0,0 "
               "200000,150000 200000,0 0)))"),
              (None, None, None, None, None, None, None),
              ("", 0, -1.5, "1999-12-31", "2020-12-31T00:00:00+02:00", 0, "MULTIPOLYGON EMPTY")]
    for name, count, share, day, at, flag_value, wkt in values:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in (("name", name), ("count", count), ("share", share), ("day", day), ("at", at),
                           ("flag", flag_value)):
            if value is not None:
                feature.SetField(key, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None  # noqa: F841 (closes the file)
    qgis_layer = QgsVectorLayer(f"{gpkg}|layername=kinds", "kinds", "ogr")
    rows = _same(StoredLayer.of_source(qgis_layer.source()), qgis_layer)
    first = rows[0][0]
    assert first["flag"] is True and first["count"] == 2 ** 40 and first["day"] == "2024-02-29"
    assert rows[1][1] is None and rows[2][1] is None and rows[2][0]["flag"] is False
    assert 0 < rows[0][1].boundingBox().xMaximum() < 2  # degrees, not metres


def test_a_missing_layer_or_an_unreadable_filter_is_named(assessments):
    with pytest.raises(ConfigurationError, match="nowhere"):
        list(stored_rows(StoredLayer(str(assessments), "nowhere")))
    with pytest.raises(ConfigurationError, match="assessments"):
        stored_count(StoredLayer(str(assessments), "assessments", subset="no_such_field = 1"))
