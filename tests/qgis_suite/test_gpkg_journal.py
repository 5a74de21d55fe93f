"""A result written into an existing GeoPackage uses the journal QGIS itself uses there: write-ahead logging on a
local disk (so that QGIS, showing another layer of the file, keeps reading it), the rollback journal on a network
share, where SQLite's WAL can corrupt the file, or wherever the user turned WAL off in QGIS."""

import sqlite3

import pytest
from epoch_eudr.layers.writer import gpkg_install
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from qgis.core import QgsSettings


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
