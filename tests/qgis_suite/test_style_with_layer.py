"""A result layer and its style arrive together, or neither does; a style that cannot be stored is said.

``store_default_style`` ignored OGR's return codes (GDAL 3.6: ``gdal.UseExceptions()`` leaves ``ogr`` without
exceptions), so on a full disk it returned normally with the old style deleted and none stored. The dock's
tasks and the Processing algorithms stored the style after the layer was replaced: a failure (or a kill) in
between left the new rows with the previous style, or none. The changes layer was replaced by GDAL's translate
(the old layer dropped first): a failure in the middle lost it.
"""

import errno
import os
import sqlite3

import pytest
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.task import OperationTask
from epoch_eudr.layers.styles.store import default_style_name, store_default_style
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from osgeo import ogr

from .kill_helpers import staging_folders, tiny_plots
from .test_disk_full import small_disk  # noqa: F401 (a fixture)

OLD_QML = '<qgis version="3.22"><renderer-v2 type="singleSymbol"/></qgis>'


@pytest.fixture
def ogr_without_exceptions():
    """As in QGIS on GDAL 3.6 until a module turns them on: ``ogr`` calls return error codes."""
    was = ogr.GetUseExceptions()
    ogr.DontUseExceptions()
    yield
    if was:
        ogr.UseExceptions()


def styles_of(gpkg, layer):
    """(styleName, description, useAsDefault, styleQML) of the layer's styles, as SQLite reads them."""
    with sqlite3.connect(str(gpkg)) as db:
        return sorted(db.execute("SELECT styleName, description, useAsDefault, styleQML FROM layer_styles "
                                 "WHERE f_table_name = ?", (layer,)))


def rows_of(gpkg, layer):
    with sqlite3.connect(str(gpkg)) as db:
        return db.execute(f'SELECT COUNT(*) FROM "{layer}"').fetchone()[0]  # noqa: S608 (a test's own name)


def _plots_with_style(gpkg):
    assert write_layer(tiny_plots(20, "old"), "plots", gpkg, "plots", derive=False).count == 20
    store_default_style(gpkg, "plots", OLD_QML, "plots", "style of old")
    return styles_of(gpkg, "plots")


# -- the style store says what failed ------------------------------------------------------------------------------
def test_a_style_that_cannot_be_added_is_said_and_the_old_style_stays(tmp_path, monkeypatch, ogr_without_exceptions):
    gpkg = tmp_path / "r.gpkg"
    before = _plots_with_style(gpkg)
    monkeypatch.setattr(ogr.Layer, "CreateFeature", lambda self, feature: ogr.OGRERR_FAILURE)
    with pytest.raises(OSError) as refused:  # it returned normally: the old style deleted, none stored
        store_default_style(gpkg, "plots", "<qgis/>", "plots", "style of new")
    message = str(refused.value)
    assert "Could not store the style of 'plots'" in message and "adding the style 'plots'" in message, message
    assert str(gpkg) in message and "left as they were" in message, message
    assert styles_of(gpkg, "plots") == before  # rolled back: the delete of the old one too


def test_a_full_disk_while_storing_a_style_names_the_disk(small_disk, ogr_without_exceptions):  # noqa: F811
    gpkg = small_disk / "r.gpkg"
    before = _plots_with_style(gpkg)
    with open(small_disk / "filler", "wb", buffering=0) as out:  # another program fills the disk (unbuffered:
        try:  # Python 3.14's 128 KiB buffer kept what did not fit, and closing raised again)
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    with pytest.raises(OSError) as refused:  # it returned normally, and no style was stored
        store_default_style(gpkg, "plots", "<qgis>" + "x" * 2_000_000 + "</qgis>", "plots", "style of new")
    message = str(refused.value)
    assert "is full" in message and str(small_disk) in message, message
    (small_disk / "filler").unlink()
    assert styles_of(gpkg, "plots") == before
    assert default_style_name(gpkg, "plots") == "plots"


# -- the style arrives with the layer --------------------------------------------------------------------------------
def _failing_style_store(monkeypatch):
    """The style store fails as on a full disk where the plugin stores every result's style (the changes
    layer's too: ``results.store_style`` is the one way a style goes into a GeoPackage)."""
    def fail(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("epoch_eudr.layers.writer.results.store_default_style", fail)


def test_the_dock_keeps_the_old_layer_and_style_when_the_style_cannot_be_stored(qgis_app, client, tmp_path,
                                                                                monkeypatch):
    gpkg = tmp_path / "results.gpkg"

    def load(limit):
        return OperationTask("Loading assessments", lambda progress, cancel: ops.assessments_to_gpkg(
            client, gpkg, limit=limit, snapshot=False, progress=progress, cancel=cancel), add_to_project=False)

    first = load(None)
    assert first.run(), first.error
    count, style = rows_of(gpkg, "assessments"), styles_of(gpkg, "assessments")
    assert count > 2 and [row[:3] for row in style] == [("assessments", "Epoch EUDR assessments style", 1)]
    _failing_style_store(monkeypatch)
    second = load(2)
    assert not second.run()
    assert rows_of(gpkg, "assessments") == count  # the new 2 rows were in the file, the old style with them
    assert styles_of(gpkg, "assessments") == style
    assert "is full" in second.error and str(tmp_path) in second.error, second.error
    assert staging_folders(tmp_path) == []


def test_processing_keeps_the_old_layer_and_style_when_the_style_cannot_be_stored(processing, env_login, tmp_path,
                                                                                  monkeypatch):
    from qgis.core import QgsProcessingException

    gpkg = tmp_path / "results.gpkg"
    processing.run("epoch_eudr:fetch_assessments", {"KEEP_SNAPSHOT": False,
                                                    "OUTPUT": f"{gpkg}|layername=assessments"})
    count, style = rows_of(gpkg, "assessments"), styles_of(gpkg, "assessments")
    assert count > 2 and style
    _failing_style_store(monkeypatch)
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("epoch_eudr:fetch_assessments", {"KEEP_SNAPSHOT": False, "LIMIT": 2,
                                                        "OUTPUT": f"{gpkg}|layername=assessments"})
    assert rows_of(gpkg, "assessments") == count and styles_of(gpkg, "assessments") == style
    assert "is full" in str(refused.value), str(refused.value)


# -- the changes layer -----------------------------------------------------------------------------------------------
def _two_loads(client, gpkg):
    ops.assessments_to_gpkg(client, gpkg)
    ops.assessments_to_gpkg(client, gpkg)


def _compare(gpkg, include_unchanged):
    from epoch_eudr.layers.operations.changes_task import changes_task

    task = changes_task(gpkg, include_unchanged=include_unchanged, add_to_project=False)
    return task, task.run()


def test_changes_keep_the_old_layer_and_style_when_the_style_cannot_be_stored(qgis_app, client, tmp_path,
                                                                              monkeypatch):
    gpkg = tmp_path / "r.gpkg"
    _two_loads(client, gpkg)
    task, done = _compare(gpkg, False)
    assert done, task.error
    style = styles_of(gpkg, "assessment_changes")
    assert rows_of(gpkg, "assessment_changes") == 0 and [row[:3] for row in style] == [
        ("assessment_changes", "Epoch EUDR changes style", 1)]
    _failing_style_store(monkeypatch)
    task, done = _compare(gpkg, True)  # every producer, unchanged ones too
    assert not done
    assert rows_of(gpkg, "assessment_changes") == 0 and styles_of(gpkg, "assessment_changes") == style
    assert "is full" in task.error, task.error


def test_a_changes_replace_failing_midway_keeps_the_old_layer(qgis_app, client, tmp_path):
    gpkg = tmp_path / "r.gpkg"
    _two_loads(client, gpkg)
    task, done = _compare(gpkg, False)
    assert done, task.error
    style = styles_of(gpkg, "assessment_changes")
    with sqlite3.connect(str(gpkg)) as db:  # the old layer dropped, the new rows in: then the disk fails
        db.execute("CREATE TRIGGER fail_midway BEFORE INSERT ON gpkg_extensions "
                   "WHEN lower(NEW.table_name) = 'assessment_changes' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); "
                   "END")
    task, done = _compare(gpkg, True)
    assert not done  # GDAL's translate went on: the new layer, without its spatial index, said as done
    with sqlite3.connect(str(gpkg)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT COUNT(*) FROM gpkg_extensions WHERE table_name = 'assessment_changes' AND "
                          "extension_name = 'gpkg_rtree_index'").fetchone() == (1,)  # the old layer's index
        db.execute("DROP TRIGGER fail_midway")
    assert "disk I/O error" in task.error and str(gpkg) in task.error, task.error
    assert rows_of(gpkg, "assessment_changes") == 0 and styles_of(gpkg, "assessment_changes") == style
    assert staging_folders(tmp_path) == []
    task, done = _compare(gpkg, True)  # the file as it was: the next run replaces the layer
    assert done, task.error
    assert rows_of(gpkg, "assessment_changes") == task.outcome.count > 0


# -- staging folders go with their lock ------------------------------------------------------------------------------
def open_locks(folder):
    """The staging locks of this process still open under ``folder`` (Linux ``/proc``; a removed one too)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)) and "in-use.lock" in target:
            found.append(target)
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads the open files in /proc")
def test_changes_and_a_copy_with_results_close_their_staging_lock(qgis_app, client, tmp_path):
    from qgis.core import QgsVectorLayer

    from .test_join_copy import SAMPLE, copy_of, results_for

    gpkg = tmp_path / "r.gpkg"
    _two_loads(client, gpkg)
    assert open_locks(tmp_path) == []
    task, done = _compare(gpkg, True)
    assert done, task.error
    assert open_locks(tmp_path) == [] and staging_folders(tmp_path) == []  # the lock of a removed folder was open
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    assert copy_of(layer, results_for(layer), gpkg)[0] == 30
    assert open_locks(tmp_path) == [] and staging_folders(tmp_path) == []
