"""A result written into an existing GeoPackage uses the journal QGIS itself uses there: write-ahead logging on a
local disk (so that QGIS, showing another layer of the file, keeps reading it), the rollback journal on a network
share, where SQLite's WAL can corrupt the file, or wherever the user turned WAL off in QGIS; and once a task or an
algorithm wrote into a file, the project's other layers of that file read it again (a connection QGIS opened on
the file in the rollback journal reads without locks, and fails once the file went to WAL)."""

import sqlite3

import pytest
from epoch_eudr.layers.operations.epoch_api import LayerOutput
from epoch_eudr.layers.operations.task import OperationTask
from epoch_eudr.layers.writer import gpkg_install
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import layer_uri, reload_file_layers
from osgeo import gdal, ogr
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer


def _plots(count):
    for i in range(count):
        x = -85.0 + i * 0.01
        ring = [[x, 12.0], [x + 0.003, 12.0], [x + 0.003, 12.002], [x, 12.0]]
        yield {"type": "Feature", "properties": {"plotid": f"p{i}"}, "geometry": {"type": "Polygon",
                                                                                   "coordinates": [ring]}}


def _journal(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def _write_twice(path):
    """A first layer (a new file, moved into place), then a second one written into the existing file."""
    write_layer(_plots(5), "plots", path, "first", derive=False)
    write_layer(_plots(7), "plots", path, "second", derive=False)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute('SELECT COUNT(*) FROM "second"').fetchone()[0] == 7
    finally:
        conn.close()


def _set_journal(path, mode):
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(f"PRAGMA journal_mode={mode}").fetchone()[0] == mode
    finally:
        conn.close()


class _GdalErrors(list):
    """GDAL's errors and warnings while in the block (QGIS's reads report theirs through GDAL)."""

    def __enter__(self):
        gdal.PushErrorHandler(lambda level, number, text: self.append(text))
        return self

    def __exit__(self, *exc):
        gdal.PopErrorHandler()


@pytest.fixture
def wal_setting():
    settings = QgsSettings()
    before = settings.value("qgis/walForSqlite3", None)
    yield settings
    if before is None:
        settings.remove("qgis/walForSqlite3")
    else:
        settings.setValue("qgis/walForSqlite3", before)


def test_a_local_geopackage_is_written_with_write_ahead_logging(qgis_app, tmp_path, wal_setting):
    _write_twice(tmp_path / "local.gpkg")
    assert _journal(tmp_path / "local.gpkg") == "wal"


def test_a_geopackage_on_a_network_share_keeps_the_rollback_journal(qgis_app, tmp_path, monkeypatch, wal_setting):
    path = tmp_path / "share.gpkg"
    _write_twice(path)  # in WAL, as a local file would be (journal mode is kept in the file)
    assert _journal(path) == "wal"
    monkeypatch.setattr(gpkg_install, "on_network_share", lambda gpkg: True)
    write_layer(_plots(3), "plots", path, "third", derive=False)
    assert _journal(path) == "delete"


def test_wal_turned_off_in_qgis_is_respected(qgis_app, tmp_path, wal_setting):
    wal_setting.setValue("qgis/walForSqlite3", False)
    _write_twice(tmp_path / "no_wal.gpkg")
    assert _journal(tmp_path / "no_wal.gpkg") == "delete"


def _copy_task(path, count=7):
    def copy(progress, cancel):
        written = write_layer(_plots(count), "plots", path, "copy", derive=False)
        return LayerOutput(path, "copy", "plots", "Copy", written.count)

    return OperationTask("Copy", copy, notify=lambda level, text: None)


def test_a_filtered_layer_qgis_showed_before_a_task_wrote_into_its_file_reads_on(qgis_app, tmp_path, wal_setting):
    """The file in the rollback journal when QGIS opened the layer: QGIS reads it without locks, and that
    connection failed at its next query once the task's write turned the file to WAL ("unable to open database
    file": the filtered layer drew nothing) until the layer was reloaded."""
    project = QgsProject.instance()
    project.clear()
    path = tmp_path / "results.gpkg"
    write_layer(_plots(30), "plots", path, "screening", derive=False)
    _set_journal(path, "delete")
    layer = QgsVectorLayer(layer_uri(path, "screening"), "screening", "ogr")
    project.addMapLayer(layer)
    assert layer.setSubsetString("\"plotid\" LIKE 'p1%'")
    assert sum(1 for _ in layer.getFeatures()) == 11
    task = _copy_task(path)
    assert task.run()
    assert _journal(path) == "wal"
    task.finished(True)
    with _GdalErrors() as errors:
        assert sum(1 for _ in layer.getFeatures()) == 11 and layer.featureCount() == 11
    assert errors == []
    project.clear()


def _add_plots(path, layer_name, count):
    """Rows added by a connection of its own (as the snapshots' and statements' tables are written)."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    table = dataset.GetLayerByName(layer_name)
    for i in range(count):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("plotid", f"added{i}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({i} 1)"))
        table.CreateFeature(feature)
    table = dataset = None  # noqa: F841 (closes the file)


def test_a_task_that_wrote_into_a_file_has_the_projects_other_layers_of_it_read_again(qgis_app, tmp_path):
    project = QgsProject.instance()
    project.clear()
    path, other = tmp_path / "results.gpkg", tmp_path / "other.gpkg"
    write_layer(_plots(30), "plots", path, "screening", derive=False)
    write_layer(_plots(4), "plots", other, "screening", derive=False)
    shown, elsewhere = (QgsVectorLayer(layer_uri(p, "screening"), p.stem, "ogr") for p in (path, other))
    project.addMapLayers([shown, elsewhere])
    assert (shown.featureCount(), elsewhere.featureCount()) == (30, 4)
    _add_plots(path, "screening", 3)
    _add_plots(other, "screening", 2)
    assert shown.featureCount() == 30  # QGIS's connection has not seen the other's rows

    task = _copy_task(path)
    assert task.run()
    task.finished(True)
    assert [layer.name() for layer in project.mapLayers().values() if layer.featureCount() == 7] == ["Copy"]
    assert shown.featureCount() == 33 and sum(1 for _ in shown.getFeatures()) == 33
    assert elsewhere.featureCount() == 4  # another file's layer is left as it is
    assert reload_file_layers(other) == 1 and elsewhere.featureCount() == 6
    project.clear()


@pytest.mark.parametrize("system, network", [(b"ext4", False), (b"NTFS", False), (b"nfs4", True), (b"cifs", True),
                                             (b"smb3", True), (b"fuse.sshfs", True)])
def test_network_file_systems_are_recognised(qgis_app, tmp_path, monkeypatch, system, network):
    import os

    from qgis.PyQt import QtCore

    class Storage:
        def __init__(self, folder):
            assert folder == str(tmp_path)

        def fileSystemType(self):  # noqa: N802 (Qt's name)
            return system

    monkeypatch.setattr(QtCore, "QStorageInfo", Storage)
    monkeypatch.setattr(os, "name", "posix")
    assert gpkg_install.on_network_share(tmp_path / "x.gpkg") is network


def test_an_algorithm_that_wrote_into_a_file_has_the_projects_other_layers_of_it_read_again(processing, tmp_path):
    from .helpers import SAMPLE_PLOTS

    project = QgsProject.instance()
    project.clear()
    path = tmp_path / "results.gpkg"
    write_layer(_plots(30), "plots", path, "screening", derive=False)
    shown = QgsVectorLayer(layer_uri(path, "screening"), "screening", "ogr")
    project.addMapLayer(shown)
    assert shown.featureCount() == 30
    _add_plots(path, "screening", 3)
    processing.run("epoch_eudr:preflight", {"INPUT": str(SAMPLE_PLOTS), "LOCATION_TYPE": "plot",
                                            "COMMODITY": "coffee", "OUTPUT": layer_uri(path, "preflight")})
    assert shown.featureCount() == 33
    project.clear()
